// Independent replications of a scenario. Replication r draws from streams seeded by (seed, r), so a
// replication of one variant sees the same callers as replication r of another (common random numbers), and
// any range of replications can run apart (another worker) and be merged later with summariseRuns.
import type { RunClock } from './api';
import type { ReplicatedResult, RunResult } from './results';
import type { Scenario } from './scenario/schema';
import { runGuarded } from './run-guard';
import { MAX_REPLICATIONS, summariseRuns } from './replication-summary';

export { CONFIDENCE_LEVEL, MAX_REPLICATIONS, estimate, summarise, summariseRuns } from './replication-summary';

export interface ReplicationOptions {
  replications?: number;
  seed?: string | number;
  /**
   * Called after each replication, e.g. to report progress or to stop early by throwing; and with `clock` a few
   * times a second while one runs (run-guard.ts), `done` counting the replications finished before it.
   */
  onReplication?: (done: number, total: number, clock?: RunClock) => void;
}

/** A contiguous range of replication indices: first, first + 1, …, first + count − 1. */
export interface ReplicationRange {
  first: number;
  count: number;
}

export interface RangeOptions extends ReplicationRange {
  seed?: string | number;
  /** Called after each replication of the range, and with `clock` while one runs; `total` is the range's count. */
  onReplication?: (done: number, total: number, clock?: RunClock) => void;
}

/** Checks a range against the replications it belongs to; throws a RangeError naming the field. */
export function checkRange(range: ReplicationRange, replications = MAX_REPLICATIONS): void {
  const { first, count } = range;
  if (!Number.isInteger(first) || first < 0 || first >= replications)
    throw new RangeError(`first: must be a whole number from 0 to ${replications - 1} (got ${first})`);
  if (!Number.isInteger(count) || count < 1 || first + count > replications)
    throw new RangeError(`count: must be a whole number from 1 to ${replications - first} (got ${count})`);
}

/** Runs replications first … first + count − 1; the runs are those runReplications would make for them. */
export function runReplicationRange(scenario: Scenario, options: RangeOptions): RunResult[] {
  checkRange(options);
  const seedOption = options.seed === undefined ? {} : { seed: options.seed };
  const runs: RunResult[] = [];
  const report = options.onReplication;
  for (let i = 0; i < options.count; i++) {
    const progress = report === undefined ? {} : { onClock: (clock: RunClock) => report(i, options.count, clock) };
    runs.push(runGuarded(scenario, { ...seedOption, replication: options.first + i }, {}, progress));
    report?.(i + 1, options.count);
  }
  return runs;
}

export function runReplications(scenario: Scenario, options: ReplicationOptions = {}): ReplicatedResult {
  const replications = options.replications ?? 1;
  if (!Number.isInteger(replications) || replications < 1 || replications > MAX_REPLICATIONS)
    throw new RangeError(`replications: must be an integer from 1 to ${MAX_REPLICATIONS} (got ${replications})`);
  return summariseRuns(
    runReplicationRange(scenario, {
      first: 0,
      count: replications,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.onReplication === undefined ? {} : { onReplication: options.onReplication }),
    }),
  );
}
