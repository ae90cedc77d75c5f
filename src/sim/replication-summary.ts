// The summary of independent replications: for every KPI the mean and a 95% confidence interval from
// Student's t over the replications. Pure and engine-free: it merges runs made anywhere (one worker or many).
import type { Estimate, KpiRecord, ReplicatedResult, RunResult, Summary } from './results';
import { tHalfWidth } from './stats/student-t';

export const CONFIDENCE_LEVEL = 0.95;
export const MAX_REPLICATIONS = 1000;

/** Mean, standard deviation and t-based half-width of the defined (non-NaN) values. */
export function estimate(values: readonly number[]): Estimate {
  let n = 0;
  let sum = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
  }
  if (n === 0) return { mean: NaN, halfWidth: NaN, stdDev: NaN, n: 0 };
  const mean = sum / n;
  let squares = 0;
  for (const v of values) if (!Number.isNaN(v)) squares += (v - mean) * (v - mean);
  const stdDev = n > 1 ? Math.sqrt(squares / (n - 1)) : NaN;
  const halfWidth = n > 1 ? tHalfWidth(stdDev, n, CONFIDENCE_LEVEL) : NaN;
  return { mean, halfWidth, stdDev, n };
}

/** Summarises records that share their keys (missing records count as undefined values). */
export function summarise<T extends object>(records: readonly (T | undefined)[]): Summary<T> {
  const keys = new Set<string>();
  for (const r of records) if (r) for (const k of Object.keys(r)) keys.add(k);
  const out: Record<string, Estimate> = {};
  for (const k of keys) out[k] = estimate(records.map((r) => (r ? ((r as KpiRecord)[k] as number) : NaN)));
  return out as Summary<T>;
}

export function summariseRuns(runs: readonly RunResult[]): ReplicatedResult {
  const first = runs[0];
  if (!first) throw new RangeError('replications: must be at least 1 (got 0)');
  const queues: ReplicatedResult['queues'] = {};
  for (const id of Object.keys(first.queues)) queues[id] = summarise(runs.map((r) => r.queues[id]));
  const departments: ReplicatedResult['departments'] = {};
  for (const id of Object.keys(first.departments)) departments[id] = summarise(runs.map((r) => r.departments[id]));
  const groups: ReplicatedResult['groups'] = {};
  for (const id of Object.keys(first.groups)) groups[id] = summarise(runs.map((r) => r.groups[id]));
  const intervalCount = Math.max(...runs.map((r) => r.intervals.length));
  const intervals: ReplicatedResult['intervals'] = [];
  for (let i = 0; i < intervalCount; i++) intervals.push(summarise(runs.map((r) => r.intervals[i])));
  return {
    scenarioId: first.scenarioId,
    seed: first.seed,
    replications: runs.length,
    confidenceLevel: CONFIDENCE_LEVEL,
    total: summarise(runs.map((r) => r.total)),
    queues,
    departments,
    groups,
    ivr: summarise(runs.map((r) => r.ivr)),
    intervals,
    runs: [...runs],
  };
}
