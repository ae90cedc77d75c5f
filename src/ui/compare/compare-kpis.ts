// What the comparison view shows of a Comparison: which KPIs, how each reads (unit, which way is better), and
// the text of a difference and of the variance reduction that common random numbers bought. Pure, no DOM.
import { msg, str } from '@lit/localize';
import type { Difference, KpiComparisons } from '../../sim/compare';
import type { Estimate } from '../../sim/results';
import { formatHalfWidth, formatMoney, formatNumber, formatValue, unitOf, type KpiKind } from '../format';
import { kpiName } from '../i18n/kpi-terms';

/** A KPI kind of the comparison: the app's kinds plus money (the scenario's currency, two decimals). */
export type CompareKind = KpiKind | 'money';

export interface CompareKpi {
  field: string;
  /** The row's name in the page's language (read at render time). */
  label: () => string;
  kind: CompareKind;
  /** Which way is better, when one is (occupancy is a trade-off, counts depend on the day). */
  better?: 'lower' | 'higher';
}

export interface CompareRow extends CompareKpi {
  /** Whole centre only: a department has the call KPIs only. */
  centreOnly?: boolean;
  /** An organisation KPI: shown only when some variant has it (defined and not zero). */
  organisation?: boolean;
}

/** The headline KPIs, then the useful organisation ones (docs/organisation.md). */
export const COMPARE_KPIS: readonly CompareRow[] = [
  { field: 'serviceLevel', label: () => kpiName('serviceLevel'), kind: 'percent', better: 'higher' },
  { field: 'asaSeconds', label: () => kpiName('asa'), kind: 'seconds', better: 'lower' },
  { field: 'abandonRate', label: () => kpiName('abandonment'), kind: 'percent', better: 'lower' },
  {
    field: 'occupancy',
    label: () => msg('Occupancy', { id: 'compare.kpi.occupancy' }),
    kind: 'percent',
    centreOnly: true,
  },
  {
    field: 'costPerHandledCall',
    label: () => msg('Cost per handled call', { id: 'compare.kpi.costPerHandledCall' }),
    kind: 'money',
    better: 'lower',
    centreOnly: true,
  },
  { field: 'firstContactResolution', label: () => kpiName('fcr'), kind: 'percent', better: 'higher' },
  { field: 'ahtSeconds', label: () => kpiName('aht'), kind: 'seconds', better: 'lower' },
  {
    field: 'meanWaitSeconds',
    label: () => msg('Mean wait (all callers)', { id: 'compare.kpi.meanWait' }),
    kind: 'seconds',
    better: 'lower',
  },
  {
    field: 'transferRate',
    label: () => msg('Transfer rate', { id: 'compare.kpi.transferRate' }),
    kind: 'percent',
    better: 'lower',
  },
  { field: 'offered', label: () => msg('Calls offered', { id: 'kpi.offered.name' }), kind: 'count' },
  {
    field: 'answered',
    label: () => msg('Calls answered', { id: 'kpi.answered.name' }),
    kind: 'count',
    better: 'higher',
  },
  {
    field: 'cost',
    label: () => msg('Labour cost', { id: 'kpi.cost.name' }),
    kind: 'money',
    better: 'lower',
    centreOnly: true,
  },
  // More peer consults or moves are neither better nor worse in themselves: what they do shows in the rows above.
  {
    field: 'peerConsults',
    label: () => msg('Peer consults', { id: 'org.peerConsults' }),
    kind: 'count',
    centreOnly: true,
    organisation: true,
  },
  {
    field: 'agentsReassigned',
    label: () => msg('Agents moved at reviews', { id: 'org.agentsReassigned' }),
    kind: 'count',
    centreOnly: true,
    organisation: true,
  },
  {
    field: 'supportStaffCost',
    label: () => msg('Support staff cost', { id: 'org.supportStaffCost' }),
    kind: 'money',
    better: 'lower',
    centreOnly: true,
    organisation: true,
  },
  {
    field: 'meanEfficiency',
    label: () => msg('Mean learning-curve efficiency', { id: 'compare.kpi.meanEfficiency' }),
    kind: 'percent',
    better: 'higher',
    centreOnly: true,
    organisation: true,
  },
];

/**
 * The rows of one scope's table: the KPIs it has (a department: call KPIs only), and organisation KPIs only
 * where some variant has a defined, non-zero mean (two plain floors would show rows of zeros).
 */
export function compareRows(kpis: KpiComparisons, isCentre: boolean): CompareRow[] {
  return COMPARE_KPIS.filter((k) => {
    const c = kpis[k.field];
    if (c === undefined || (k.centreOnly === true && !isCentre)) return false;
    return k.organisation !== true || c.variants.some((e) => Number.isFinite(e.mean) && e.mean !== 0);
  });
}

/** A baseline's heading, e.g. `A (baseline)`, in the form and the tables. */
export function baselineHeading(letter: string): string {
  return msg(str`${letter} (baseline)`, { id: 'compare.baseline' });
}

/** `currency` (here and below): the ISO 4217 code money is shown in, the baseline scenario's. */
export function formatCompareValue(value: number, kind: CompareKind, currency: string): string {
  if (kind !== 'money') return formatValue(value, kind);
  return formatMoney(value, currency);
}

export function formatCompareHalfWidth(estimate: Estimate, kind: CompareKind, currency: string): string {
  if (kind !== 'money') return formatHalfWidth(estimate, kind);
  return estimate.n > 1 && Number.isFinite(estimate.halfWidth) && estimate.halfWidth > 0
    ? `±${formatMoney(estimate.halfWidth, currency)}`
    : '';
}

/**
 * A difference with its sign and unit, e.g. `−12.4 s` or `+3.1 pts` (a difference of shares is in
 * percentage points, not per cent: `p.p.` in Italian and Romanian, `п. п.` in Russian).
 */
export function formatDifference(value: number, kind: CompareKind, currency: string): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const size = Math.abs(value);
  if (kind === 'money') return `${sign}${formatMoney(size, currency)}`;
  if (kind === 'percent') {
    const points = formatNumber(size, 'percent');
    return `${sign}${msg(str`${points} pts`, { id: 'compare.points' })}`;
  }
  const unit = unitOf(kind);
  return `${sign}${formatNumber(size, kind === 'count' ? 'agents' : kind)}${unit === '' ? '' : ` ${unit}`}`;
}

/** The 95% interval of a difference as `±x unit`, '' without one. */
export function formatDifferenceHalfWidth(difference: Difference, kind: CompareKind, currency: string): string {
  if (!Number.isFinite(difference.halfWidth)) return '';
  return formatDifference(difference.halfWidth, kind, currency).replace(/^[+−±]/, '±');
}

export type Verdict = 'better' | 'worse' | 'changed' | 'no-difference' | 'unknown';

/** Whether the variant differs from the baseline beyond noise, and if so in the good or the bad direction. */
export function verdictOf(difference: Difference, better: CompareKpi['better']): Verdict {
  if (!Number.isFinite(difference.halfWidth)) return 'unknown';
  if (!difference.significant) return 'no-difference';
  if (better === undefined) return 'changed';
  return difference.mean < 0 === (better === 'lower') ? 'better' : 'worse';
}

export function verdictText(verdict: Verdict): string {
  switch (verdict) {
    case 'better':
      return msg('Yes, better', { id: 'compare.verdict.better' });
    case 'worse':
      return msg('Yes, worse', { id: 'compare.verdict.worse' });
    case 'changed':
      return msg('Yes', { id: 'compare.verdict.changed' });
    case 'no-difference':
      return msg('No', { id: 'compare.verdict.noDifference' });
    case 'unknown':
      return msg('Too few data', { id: 'compare.verdict.unknown' });
  }
}

/**
 * How much common random numbers narrowed the difference's variance against independent runs: 1 − var ratio,
 * e.g. `87%`; '—' when neither variant varies. Negative when the pairs moved against each other (see
 * didCrnHelp): the paired interval is still the right one, CRN only bought no precision for that KPI.
 */
export function formatVarianceReduction(difference: Difference): string {
  if (!Number.isFinite(difference.varianceRatio)) return '—';
  return formatValue(1 - difference.varianceRatio, 'percent');
}

/** False when pairing widened the difference's variance (a negative cut); undefined when it cannot be told. */
export function didCrnHelp(difference: Difference): boolean | undefined {
  return Number.isFinite(difference.varianceRatio) ? difference.varianceRatio <= 1 : undefined;
}
