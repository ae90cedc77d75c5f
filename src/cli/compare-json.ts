// The `compare --json` output: one object, every KPI of every compared population, variants and differences
// keyed by their label (A, B, …). NaN (undefined) becomes null. No timings, so the same inputs and seed give
// byte-identical output.
import type { Comparison, Difference, KpiComparisons } from '../sim/compare';
import type { Estimate } from '../sim/results';

export interface JsonEstimate {
  mean: number | null;
  halfWidth: number | null;
  n: number;
}

export interface JsonDifference extends JsonEstimate {
  skipped: number;
  significant: boolean;
  unpairedHalfWidth: number | null;
  varianceRatio: number | null;
}

export interface JsonKpiComparison {
  /** Each variant's own mean and 95% half-width, keyed by label. */
  variants: Record<string, JsonEstimate>;
  /** Variant − baseline (A), keyed by the variant's label. */
  differences: Record<string, JsonDifference>;
}

export type JsonKpiComparisons = Record<string, JsonKpiComparison>;

export interface JsonComparison {
  seed: string;
  replications: number;
  confidenceLevel: number;
  variants: { label: string; scenarioId: string; scenarioName: string; seed: string; source: string }[];
  warnings: string[];
  notCompared: Comparison['notCompared'];
  total: JsonKpiComparisons;
  queues: Record<string, JsonKpiComparisons>;
  departments: Record<string, JsonKpiComparisons>;
  groups: Record<string, JsonKpiComparisons>;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function jsonEstimate(e: Estimate): JsonEstimate {
  return { mean: finiteOrNull(e.mean), halfWidth: finiteOrNull(e.halfWidth), n: e.n };
}

function jsonDifference(d: Difference): JsonDifference {
  return {
    mean: finiteOrNull(d.mean),
    halfWidth: finiteOrNull(d.halfWidth),
    n: d.n,
    skipped: d.skipped,
    significant: d.significant,
    unpairedHalfWidth: finiteOrNull(d.unpairedHalfWidth),
    varianceRatio: finiteOrNull(d.varianceRatio),
  };
}

function jsonRecord(record: KpiComparisons, labels: readonly string[]): JsonKpiComparisons {
  const out: JsonKpiComparisons = {};
  for (const [key, c] of Object.entries(record)) {
    const variants: Record<string, JsonEstimate> = {};
    c.variants.forEach((e, i) => (variants[labels[i] as string] = jsonEstimate(e)));
    const differences: Record<string, JsonDifference> = {};
    for (const d of c.differences) differences[labels[d.variant] as string] = jsonDifference(d);
    out[key] = { variants, differences };
  }
  return out;
}

function jsonRecords(
  records: Record<string, KpiComparisons>,
  labels: readonly string[],
): Record<string, JsonKpiComparisons> {
  const out: Record<string, JsonKpiComparisons> = {};
  for (const [id, record] of Object.entries(records)) out[id] = jsonRecord(record, labels);
  return out;
}

export function toJsonComparison(comparison: Comparison, sources: readonly string[]): JsonComparison {
  const labels = comparison.variants.map((v) => v.label);
  return {
    seed: comparison.seed,
    replications: comparison.replications,
    confidenceLevel: comparison.confidenceLevel,
    variants: comparison.variants.map((v, i) => ({ ...v, source: sources[i] ?? '' })),
    warnings: comparison.warnings,
    notCompared: comparison.notCompared,
    total: jsonRecord(comparison.total, labels),
    queues: jsonRecords(comparison.queues, labels),
    departments: jsonRecords(comparison.departments, labels),
    groups: jsonRecords(comparison.groups, labels),
  };
}

/** The JSON text printed to stdout: two-space indented, one trailing newline. */
export function formatComparisonJson(comparison: Comparison, sources: readonly string[]): string {
  return `${JSON.stringify(toJsonComparison(comparison, sources), null, 2)}\n`;
}
