// Paired statistics of scenario variants from runs already made: replication r of every variant ran with the
// same seed and replication index (common random numbers), so each KPI difference is estimated from the
// per-replication differences. Pure and engine-free: it runs nothing, so any thread can merge runs with it.
import type { Estimate, KpiRecord, RunResult } from './results';
import type { Scenario } from './scenario/schema';
import { CONFIDENCE_LEVEL, MAX_REPLICATIONS, estimate } from './replication-summary';
import { studentTQuantile, tHalfWidth } from './stats/student-t';

/** A paired difference needs a spread, so at least two replications. */
export const MIN_COMPARE_REPLICATIONS = 2;
/** Variants are labelled A, B, C, …; A is the baseline. */
export const MAX_VARIANTS = 26;

export interface VariantInfo {
  /** "A" (the baseline), "B", "C", … */
  label: string;
  scenarioId: string;
  scenarioName: string;
  /** The seed its runs used: the same for every variant in a fair comparison. */
  seed: string;
}

/** The difference variant − baseline of one KPI, from the replications in which both are defined. */
export interface Difference {
  /** Index into Comparison.variants (≥ 1). */
  variant: number;
  /** Mean of the paired differences d_r = x_r(variant) − x_r(baseline). */
  mean: number;
  /** Half-width of the 95% confidence interval of the mean difference (Student t, n − 1 df); NaN if n < 2. */
  halfWidth: number;
  stdDev: number;
  /** Pairs used, and replications skipped because either value was undefined (NaN). */
  n: number;
  skipped: number;
  /** The confidence interval excludes 0. */
  significant: boolean;
  /** Welch half-width of the same difference of means, treating the two samples as independent. */
  unpairedHalfWidth: number;
  /**
   * var(d) ÷ (var(x_variant) + var(x_baseline)): the paired estimator's variance over that of independent
   * runs. Below 1, common random numbers narrowed the interval; NaN when neither KPI varies.
   */
  varianceRatio: number;
}

export interface KpiComparison {
  /** Each variant's mean and 95% CI over its own defined replications, baseline first. */
  variants: Estimate[];
  /** One per variant after the baseline. */
  differences: Difference[];
}

export type KpiComparisons = Record<string, KpiComparison>;

export interface Comparison {
  /** The baseline's seed. */
  seed: string;
  replications: number;
  confidenceLevel: number;
  variants: VariantInfo[];
  total: KpiComparisons;
  /** Only the queues, departments and groups present in every variant. */
  queues: Record<string, KpiComparisons>;
  departments: Record<string, KpiComparisons>;
  groups: Record<string, KpiComparisons>;
  /** Ids present in some variants only, which are therefore not compared. */
  notCompared: { queues: string[]; departments: string[]; groups: string[] };
  /** Differences between the variants that make some KPIs mean different things (e.g. the SL threshold). */
  warnings: string[];
}

/** The parts of a run that a comparison reads (a RunResult is one). */
export type PairedRun = Pick<RunResult, 'seed' | 'replication' | 'total' | 'queues' | 'departments' | 'groups'>;

export interface VariantRuns {
  scenarioId: string;
  scenarioName: string;
  /** runs[r] is replication r; every variant has the same replications in the same order. */
  runs: readonly PairedRun[];
}

function sampleVariance(values: readonly number[], mean: number): number {
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return squares / (values.length - 1);
}

function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Welch half-width for the difference of two means of n observations each, with sample variances a and b. */
function welchHalfWidth(varianceA: number, varianceB: number, n: number, confidence: number): number {
  const sumVariance = varianceA + varianceB;
  if (sumVariance === 0) return 0;
  // Welch–Satterthwaite with n1 = n2 = n: between n − 1 and 2(n − 1) degrees of freedom.
  const df = ((n - 1) * sumVariance * sumVariance) / (varianceA * varianceA + varianceB * varianceB);
  return studentTQuantile((1 + confidence) / 2, df) * Math.sqrt(sumVariance / n);
}

/** Neither sample varies beyond floating-point rounding (e.g. a time-averaged 6 agents that is 6 ± 1e-15). */
function isConstant(sumVariance: number, a: readonly number[], b: readonly number[]): boolean {
  const scale = Math.max(Math.abs(meanOf(a)), Math.abs(meanOf(b)));
  return Math.sqrt(sumVariance) <= 1e-9 * scale || sumVariance === 0;
}

/** The paired difference variant − baseline over replications; replications where either is NaN are skipped. */
export function pairedDifference(
  baseline: readonly number[],
  variant: readonly number[],
  variantIndex = 1,
  confidence = CONFIDENCE_LEVEL,
): Difference {
  if (baseline.length !== variant.length)
    throw new RangeError(
      `variant: must have one value per replication of the baseline (got ${variant.length}, not ${baseline.length})`,
    );
  const a: number[] = [];
  const b: number[] = [];
  const d: number[] = [];
  for (let r = 0; r < baseline.length; r++) {
    const x = baseline[r] as number;
    const y = variant[r] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    a.push(x);
    b.push(y);
    d.push(y - x);
  }
  const n = d.length;
  const skipped = baseline.length - n;
  if (n === 0) {
    const none = { mean: NaN, halfWidth: NaN, stdDev: NaN, unpairedHalfWidth: NaN, varianceRatio: NaN };
    return { variant: variantIndex, n, skipped, significant: false, ...none };
  }
  const mean = meanOf(d);
  if (n < 2) {
    const none = { halfWidth: NaN, stdDev: NaN, unpairedHalfWidth: NaN, varianceRatio: NaN };
    return { variant: variantIndex, mean, n, skipped, significant: false, ...none };
  }
  const varianceD = sampleVariance(d, mean);
  const varianceA = sampleVariance(a, meanOf(a));
  const varianceB = sampleVariance(b, meanOf(b));
  const stdDev = Math.sqrt(varianceD);
  const halfWidth = tHalfWidth(stdDev, n, confidence);
  return {
    variant: variantIndex,
    mean,
    halfWidth,
    stdDev,
    n,
    skipped,
    // A zero-width interval around a non-zero difference (e.g. staffed agents) excludes 0 too.
    significant: Math.abs(mean) > halfWidth,
    unpairedHalfWidth: welchHalfWidth(varianceA, varianceB, n, confidence),
    varianceRatio: isConstant(varianceA + varianceB, a, b) ? NaN : varianceD / (varianceA + varianceB),
  };
}

type Population = 'queues' | 'departments' | 'groups';

function compareRecords(
  variants: readonly VariantRuns[],
  pickRecord: (run: PairedRun) => object | undefined,
): KpiComparisons {
  // KPI records are flat objects of numbers (results.ts).
  const pick = (run: PairedRun) => pickRecord(run) as KpiRecord | undefined;
  const firstRecords = variants.map((v) => pick(v.runs[0] as PairedRun) ?? {});
  const keys = Object.keys(firstRecords[0] as KpiRecord).filter((k) =>
    firstRecords.every((r) => typeof r[k] === 'number'),
  );
  const out: KpiComparisons = {};
  for (const key of keys) {
    const series = variants.map((v) => v.runs.map((run) => pick(run)?.[key] ?? NaN));
    const baseline = series[0] as number[];
    out[key] = {
      variants: series.map((values) => estimate(values)),
      differences: series.slice(1).map((values, i) => pairedDifference(baseline, values, i + 1)),
    };
  }
  return out;
}

function splitIds(
  variants: readonly VariantRuns[],
  population: Population,
): { common: string[]; notCompared: string[] } {
  const idSets = variants.map((v) => Object.keys((v.runs[0] as PairedRun)[population]));
  const all = [...new Set(idSets.flat())];
  const common = all.filter((id) => idSets.every((ids) => ids.includes(id)));
  return { common, notCompared: all.filter((id) => !common.includes(id)) };
}

/** Throws a RangeError naming `field` unless there are 2 to MAX_VARIANTS variants. */
export function checkVariantCount(count: number, field: string): void {
  if (count < 2) throw new RangeError(`${field}: a comparison needs at least 2 variants (got ${count})`);
  if (count > MAX_VARIANTS) throw new RangeError(`${field}: at most ${MAX_VARIANTS} variants (got ${count})`);
}

/** Throws a RangeError unless `replications` is a whole number from MIN_COMPARE_REPLICATIONS to MAX_REPLICATIONS. */
export function checkReplications(replications: unknown): void {
  const isWhole = typeof replications === 'number' && Number.isInteger(replications);
  if (!isWhole || replications < MIN_COMPARE_REPLICATIONS || replications > MAX_REPLICATIONS)
    throw new RangeError(
      `replications: must be a whole number from ${MIN_COMPARE_REPLICATIONS} to ${MAX_REPLICATIONS} (got ${String(replications)})`,
    );
}

/** Compares runs that were already made; runs[r] of every variant must be replication r of a common design. */
export function compareRuns(variants: readonly VariantRuns[]): Comparison {
  checkVariantCount(variants.length, 'variants');
  const baseline = variants[0] as VariantRuns;
  checkReplications(baseline.runs.length);
  variants.forEach((v, i) => {
    if (v.runs.length !== baseline.runs.length)
      throw new RangeError(
        `variants[${i}].runs: must have ${baseline.runs.length} runs like the baseline (got ${v.runs.length})`,
      );
    v.runs.forEach((run, r) => {
      const expected = (baseline.runs[r] as PairedRun).replication;
      if (run.replication !== expected)
        throw new RangeError(
          `variants[${i}].runs[${r}].replication: must be ${expected} to pair with the baseline (got ${run.replication})`,
        );
    });
  });
  const notCompared: Comparison['notCompared'] = { queues: [], departments: [], groups: [] };
  const byId = (population: Population): Record<string, KpiComparisons> => {
    const { common, notCompared: missing } = splitIds(variants, population);
    notCompared[population] = missing;
    const out: Record<string, KpiComparisons> = {};
    for (const id of common) out[id] = compareRecords(variants, (run) => run[population][id]);
    return out;
  };
  return {
    seed: (baseline.runs[0] as PairedRun).seed,
    replications: baseline.runs.length,
    confidenceLevel: CONFIDENCE_LEVEL,
    variants: variants.map((v, i) => ({
      label: String.fromCharCode(65 + i),
      scenarioId: v.scenarioId,
      scenarioName: v.scenarioName,
      seed: (v.runs[0] as PairedRun).seed,
    })),
    total: compareRecords(variants, (run) => run.total),
    queues: byId('queues'),
    departments: byId('departments'),
    groups: byId('groups'),
    notCompared,
    warnings: [],
  };
}

/** What differs between variants in a way that changes the meaning of a KPI rather than the centre. */
export function fairnessWarnings(scenarios: readonly Scenario[]): string[] {
  const baseline = scenarios[0] as Scenario;
  const describeSl = (s: Scenario) =>
    `${s.serviceLevel.thresholdSeconds} s, ${s.serviceLevel.convention ?? 'excludeShortAbandons'}`;
  const describeWindow = (s: Scenario) => `${JSON.stringify(s.horizon)}, warm-up ${s.warmupSeconds ?? 0} s`;
  const warnings: string[] = [];
  scenarios.forEach((s, i) => {
    if (i === 0) return;
    const label = String.fromCharCode(65 + i);
    if (describeSl(s) !== describeSl(baseline))
      warnings.push(
        `serviceLevel: ${label} measures it differently (${describeSl(s)}) from A (${describeSl(baseline)}), so its difference mixes the change with the definition`,
      );
    if (describeWindow(s) !== describeWindow(baseline))
      warnings.push(
        `horizon: ${label} observes a different window (${describeWindow(s)}) from A (${describeWindow(baseline)}): counts and costs are not comparable`,
      );
  });
  return warnings;
}

/** Keeps only what a comparison reads: intervals and histograms would grow with replications × variants. */
export function pairedRunOf(run: RunResult): PairedRun {
  const { seed, replication, total, queues, departments, groups } = run;
  return { seed, replication, total, queues, departments, groups };
}
