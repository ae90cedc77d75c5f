// What the app shows of a run's organisation KPIs (docs/organisation.md): a readable label and unit per KPI,
// the rows worth showing (defined and non-zero), and their text. Pure, no DOM; the same rows serve a finished
// run with replications (mean ± 95% CI) and a live run so far (one value).
import type { Estimate, OrganisationKpis } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import { formatHalfWidth, formatValue, hasInterval } from './format';

/** Counts, a duration, a money amount in the scenario's currency, or a share shown as a percentage. */
export type OrganisationKind = 'count' | 'seconds' | 'money' | 'percent';

export interface OrganisationSpec {
  label: string;
  kind: OrganisationKind;
  /** What the number counts, for a tooltip. */
  hint: string;
}

/** Every organisation KPI, in the order the app lists them (the record makes a new KPI a type error here). */
export const ORGANISATION_SPECS: Readonly<Record<keyof OrganisationKpis, OrganisationSpec>> = {
  peerConsults: {
    label: 'Peer consults',
    kind: 'count',
    hint: 'Calls about to be escalated that an idle peer looked at first',
  },
  peerConsultsResolved: {
    label: 'Solved by the peers',
    kind: 'count',
    hint: 'Peer consults that ended without an escalation',
  },
  peerUnavailable: {
    label: 'Escalated, no idle peer',
    kind: 'count',
    hint: 'Escalations with no idle peer to consult',
  },
  agentsReassigned: {
    label: 'Agents moved at reviews',
    kind: 'count',
    hint: 'Idle agents a supervisor moved to a group serving a queue in trouble',
  },
  breaksShifted: { label: 'Breaks put off', kind: 'count', hint: 'Breaks delayed because callers were waiting' },
  breakShiftMeanSeconds: {
    label: 'Mean delay of a break put off',
    kind: 'seconds',
    hint: 'How long a break that was put off waited',
  },
  meetingSessions: { label: 'Team meeting sessions', kind: 'count', hint: 'People times meetings' },
  coachingSessions: { label: 'Coaching sessions', kind: 'count', hint: 'Sessions of a team lead with an agent' },
  qaReviews: { label: 'QA reviews', kind: 'count', hint: 'Calls a QA analyst reviewed' },
  qaFeedbackSessions: {
    label: 'QA feedback sessions',
    kind: 'count',
    hint: 'Feedback sessions agents took off the phones',
  },
  trainingSessions: {
    label: 'Training sessions',
    kind: 'count',
    hint: 'People times training sessions that add experience',
  },
  supportStaffCost: {
    label: 'Support staff cost',
    kind: 'money',
    hint: 'Supervisors, QA analysts and staff who take no calls (included in the labour cost)',
  },
  meanEfficiency: {
    label: 'Mean efficiency',
    kind: 'percent',
    hint: 'Learning-curve efficiency of agents still learning, at the end (100% = tenured)',
  },
  meanSlowdown: { label: 'Mean fatigue slowdown', kind: 'percent', hint: 'Share of speed lost to fatigue, at the end' },
};

export interface OrganisationRow extends OrganisationSpec {
  field: keyof OrganisationKpis;
  estimate: Estimate;
}

/** The organisation KPIs that are defined and not zero, as rows; none for a run that uses no organisation. */
export function organisationRows(total: { readonly [K in keyof OrganisationKpis]?: Estimate }): OrganisationRow[] {
  return (Object.keys(ORGANISATION_SPECS) as (keyof OrganisationKpis)[]).flatMap((field) => {
    const estimate = total[field];
    if (estimate === undefined || !Number.isFinite(estimate.mean) || estimate.mean === 0) return [];
    return [{ field, ...ORGANISATION_SPECS[field], estimate }];
  });
}

/** One run's value as an estimate without an interval (a live run so far). */
export function singleEstimate(value: number): Estimate {
  return { mean: value, halfWidth: NaN, stdDev: NaN, n: Number.isNaN(value) ? 0 : 1 };
}

/** A live run's organisation KPIs as estimates without intervals. */
export function singleEstimates(total: OrganisationKpis): { [K in keyof OrganisationKpis]: Estimate } {
  const out = {} as { [K in keyof OrganisationKpis]: Estimate };
  for (const field of Object.keys(ORGANISATION_SPECS) as (keyof OrganisationKpis)[])
    out[field] = singleEstimate(total[field]);
  return out;
}

/** The scenario's currency (ISO 4217); USD when the scenario gives no costs, as the simulator's default. */
export function currencyOf(scenario: Scenario | undefined): string {
  return scenario?.costs?.currency ?? 'USD';
}

function moneyFormat(currency: string): Intl.NumberFormat {
  // Whole units: support staff cost runs to hundreds or thousands a day, cents would be noise.
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  });
}

/** A value with its unit, e.g. `24`, `95 s`, `$1,491` or `78.4%`; `—` when undefined. */
export function formatOrganisationValue(value: number, kind: OrganisationKind, currency: string): string {
  if (kind !== 'money') return formatValue(value, kind);
  return Number.isFinite(value) ? moneyFormat(currency).format(value) : '—';
}

/** The 95% half-width as `±x` in the KPI's unit, '' without an interval (one run, or every run alike). */
export function formatOrganisationHalfWidth(estimate: Estimate, kind: OrganisationKind, currency: string): string {
  if (kind !== 'money') return formatHalfWidth(estimate, kind);
  if (!hasInterval(estimate) || estimate.halfWidth === 0) return '';
  return `±${moneyFormat(currency).format(estimate.halfWidth)}`;
}
