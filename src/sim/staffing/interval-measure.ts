// How well one interval did over replications: the mean of each goal's KPI, its two-sided confidence interval
// and the one-sided bound the target is checked against. Pure statistics over run results.
import type { RunResult } from '../results';
import { studentTQuantile, tHalfWidth } from '../stats/student-t';
import type { StaffingTarget } from './target';

export interface Bound {
  mean: number;
  /** Half-width of the two-sided interval at the target's confidence; NaN with fewer than 2 values. */
  halfWidth: number;
  /** One-sided bounds at the target's confidence: mean ∓ t(confidence, n − 1)·sd/√n. */
  lower: number;
  upper: number;
  n: number;
}

export interface IntervalMeasure {
  /** False when no replication had a call in the interval: nothing to meet. */
  observed: boolean;
  serviceLevel: Bound;
  abandonRate: Bound;
  occupancy: Bound;
  meets: boolean;
}

export function boundOf(values: readonly number[], confidence: number): Bound {
  const valid = values.filter((v) => Number.isFinite(v));
  const n = valid.length;
  if (n === 0) return { mean: NaN, halfWidth: NaN, lower: NaN, upper: NaN, n };
  const mean = valid.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, halfWidth: NaN, lower: mean, upper: mean, n };
  const variance = valid.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  const stdDev = Math.sqrt(variance);
  const oneSided = (studentTQuantile(confidence, n - 1) * stdDev) / Math.sqrt(n);
  return { mean, halfWidth: tHalfWidth(stdDev, n, confidence), lower: mean - oneSided, upper: mean + oneSided, n };
}

/** Interval `index` of each run, measured against the target. */
export function measureInterval(runs: readonly RunResult[], index: number, target: StaffingTarget): IntervalMeasure {
  const kpis = runs.map((run) => run.intervals[index]);
  const pick = (read: (k: NonNullable<(typeof kpis)[number]>) => number): number[] =>
    kpis.map((k) => (k === undefined || k.offered === 0 ? NaN : read(k)));
  const serviceLevel = boundOf(
    pick((k) => k.serviceLevel),
    target.confidence,
  );
  const abandonRate = boundOf(
    pick((k) => k.abandonRate),
    target.confidence,
  );
  const occupancy = boundOf(
    pick((k) => k.occupancy),
    target.confidence,
  );
  const observed = serviceLevel.n > 0;
  const meets =
    !observed ||
    (serviceLevel.lower >= target.serviceLevel &&
      (target.maxAbandonRate === undefined || !(abandonRate.upper > target.maxAbandonRate)) &&
      (target.maxOccupancy === undefined || !(occupancy.upper > target.maxOccupancy)));
  return { observed, serviceLevel, abandonRate, occupancy, meets };
}
