// The human-readable comparison: a header naming the variants and the seed, then one table per population
// (total, each common queue, department and group) with, per KPI, the baseline, each variant, the paired
// difference and its verdict. Pure: comparison in, text out.
import type { Comparison, Difference, KpiComparisons } from '../sim/compare';
import type { Estimate } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import { displayOf, GROUP_KPIS, QUEUE_KPIS, TOTAL_KPIS, type KpiDisplay, type KpiFormat } from './compare-kpis';
import { MISSING } from './format-value';
import { renderTable, type Column } from './text-table';

export interface CompareTableOptions {
  /** Every KPI of each population instead of the headline ones. */
  allKpis?: boolean;
}

/** Where each variant came from, e.g. `file "a.json"`, in the order of Comparison.variants. */
export type VariantSources = readonly string[];

const MINUS = '−';
const scales: Record<KpiFormat, { scale: number; decimals: number; unit: string; differenceUnit: string }> = {
  percent: { scale: 100, decimals: 1, unit: '%', differenceUnit: ' pp' },
  seconds: { scale: 1, decimals: 1, unit: '', differenceUnit: '' },
  count: { scale: 1, decimals: 1, unit: '', differenceUnit: '' },
  level: { scale: 1, decimals: 2, unit: '', differenceUnit: '' },
  money: { scale: 1, decimals: 2, unit: '', differenceUnit: '' },
  hours: { scale: 1, decimals: 1, unit: '', differenceUnit: '' },
};

function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return MISSING;
  // Avoid "-0.0": a difference that rounds to zero prints without a sign.
  const text = Math.abs(value).toFixed(decimals);
  return Number(text) === 0 ? text : `${value < 0 ? MINUS : ''}${text}`;
}

export function formatEstimate(e: Estimate | undefined, format: KpiFormat): string {
  if (e === undefined || !Number.isFinite(e.mean)) return MISSING;
  const { scale, decimals, unit } = scales[format];
  return `${fixed(e.mean * scale, decimals)}${unit} ± ${fixed(e.halfWidth * scale, decimals)}`;
}

export function formatDifference(d: Difference | undefined, format: KpiFormat): string {
  if (d === undefined || !Number.isFinite(d.mean)) return MISSING;
  const { scale, decimals, differenceUnit } = scales[format];
  const mean = fixed(d.mean * scale, decimals);
  const signed = mean.startsWith(MINUS) || Number(mean) === 0 ? mean : `+${mean}`;
  return `${signed}${differenceUnit} ± ${fixed(d.halfWidth * scale, decimals)}`;
}

export function verdict(d: Difference | undefined, replications: number): string {
  if (d === undefined || !Number.isFinite(d.halfWidth)) return MISSING;
  const word = d.significant ? 'significant' : 'not significant';
  return d.n < replications ? `${word} (${d.n} of ${replications} pairs)` : word;
}

function ratio(d: Difference | undefined): string {
  return d !== undefined && Number.isFinite(d.varianceRatio) ? d.varianceRatio.toFixed(2) : MISSING;
}

function headerLines(comparison: Comparison, scenarios: readonly Scenario[], sources: VariantSources): string[] {
  const baseline = scenarios[0];
  const sl = baseline
    ? `service level: answered within ${baseline.serviceLevel.thresholdSeconds} s, convention ${baseline.serviceLevel.convention ?? 'excludeShortAbandons'}`
    : undefined;
  const percent = Math.round(comparison.confidenceLevel * 100);
  return [
    `Comparing ${comparison.variants.length} variants on the same callers (common random numbers)`,
    `seed ${comparison.seed}, ${comparison.replications} paired replications; each variant: mean ± half-width of its ${percent}% confidence interval`,
    ...comparison.variants.map((v, i) => {
      const role = i === 0 ? `${v.label} (baseline)` : v.label;
      return `  ${role}: ${v.scenarioId} "${v.scenarioName}"${sources[i] ? `, ${sources[i]}` : ''}`;
    }),
    `difference: variant ${MINUS} A in each replication, mean ± half-width of its ${percent}% confidence interval;`,
    `  significant when that interval excludes 0 (pp: percentage points)`,
    `var ratio: variance of the paired difference ÷ that of independent runs (0.25: as precise as 4× the replications)`,
    ...(sl ? [sl] : []),
  ];
}

function noteLines(comparison: Comparison): string[] {
  const lines = comparison.warnings.map((w) => `warning: ${w}`);
  const { queues, departments, groups } = comparison.notCompared;
  const missing = [
    ...queues.map((id) => `queue ${id}`),
    ...departments.map((id) => `department ${id}`),
    ...groups.map((id) => `group ${id}`),
  ];
  if (missing.length > 0) lines.push(`not in every variant, so not compared: ${missing.join(', ')}`);
  return lines;
}

function rowsFor(displays: readonly KpiDisplay[], record: KpiComparisons, comparison: Comparison): string[][] {
  const rows: string[][] = [];
  for (const display of displays) {
    const c = record[display.key];
    if (c === undefined) continue;
    if (display.whenUsed && !c.variants.some((v) => Number.isFinite(v.mean) && v.mean !== 0)) continue;
    c.differences.forEach((d, i) => {
      const variant = comparison.variants[d.variant];
      rows.push([
        i === 0 ? display.label : '',
        i === 0 ? formatEstimate(c.variants[0], display.format) : '',
        variant?.label ?? '?',
        formatEstimate(c.variants[d.variant], display.format),
        formatDifference(d, display.format),
        verdict(d, comparison.replications),
        ratio(d),
      ]);
    });
  }
  return rows;
}

function table(
  title: string,
  displays: readonly KpiDisplay[],
  record: KpiComparisons,
  comparison: Comparison,
  options: CompareTableOptions,
): string[] {
  const shown = options.allKpis
    ? Object.keys(record).map((key) => displays.find((d) => d.key === key) ?? displayOf(key))
    : displays;
  const left = (header: string): Column => ({ header, align: 'left' });
  const right = (header: string): Column => ({ header, align: 'right' });
  const columns = [
    left(title),
    right('A'),
    left('variant'),
    right('variant mean'),
    right(`variant ${MINUS} A`),
    left('verdict'),
    right('var ratio'),
  ];
  return renderTable(columns, rowsFor(shown, record, comparison));
}

/** The whole comparison as text, ending with a newline. `scenarios` are the variants, baseline first. */
export function formatComparison(
  comparison: Comparison,
  scenarios: readonly Scenario[],
  sources: VariantSources,
  options: CompareTableOptions = {},
): string {
  const sections: string[][] = [headerLines(comparison, scenarios, sources)];
  const notes = noteLines(comparison);
  if (notes.length > 0) sections.push(notes);
  sections.push(table('total', TOTAL_KPIS, comparison.total, comparison, options));
  for (const [id, record] of Object.entries(comparison.queues))
    sections.push(table(`queue ${id}`, QUEUE_KPIS, record, comparison, options));
  for (const [id, record] of Object.entries(comparison.departments))
    sections.push(table(`department ${id}`, QUEUE_KPIS, record, comparison, options));
  for (const [id, record] of Object.entries(comparison.groups))
    sections.push(table(`group ${id}`, GROUP_KPIS, record, comparison, options));
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
