// How a fast run or a comparison is shared among the page's workers: how many workers, and which contiguous
// range of replication indices each runs. Pure, no DOM, so Node tests check it.
import type { RunClock } from '../../sim/api';

/** More workers than this buys little on a page (memory per worker, one merge) even on a large machine. */
export const MAX_POOL_WORKERS = 8;

/** Mirrors MAX_REPLICATIONS in src/sim/replication-summary.ts (a value import would pull simulator code into the page). */
export const MAX_REPLICATIONS = 1000;

export interface ReplicationShare {
  /** The first replication index of the share, 0-based. */
  first: number;
  count: number;
}

/**
 * Workers for `workItems` independent pieces of work (replications): one per core the browser reports, at least
 * one, at most MAX_POOL_WORKERS, and never more than there is work.
 */
export function poolSize(hardwareConcurrency: number | undefined, workItems: number): number {
  const cores =
    Number.isInteger(hardwareConcurrency) && (hardwareConcurrency as number) > 0 ? (hardwareConcurrency as number) : 1;
  const items = Math.max(1, Math.floor(workItems));
  return Math.max(1, Math.min(cores, MAX_POOL_WORKERS, items));
}

/**
 * Splits replications 0 … replications − 1 into `workers` contiguous ranges in order, sizes differing by at
 * most one (the first ones take the extra): concatenating the shares' runs gives replication order back.
 */
export function splitReplications(replications: number, workers: number): ReplicationShare[] {
  if (!Number.isInteger(replications) || replications < 1)
    throw new RangeError(`replications: must be a whole number of at least 1 (got ${replications})`);
  if (!Number.isInteger(workers) || workers < 1)
    throw new RangeError(`workers: must be a whole number of at least 1 (got ${workers})`);
  const shares = Math.min(workers, replications);
  const base = Math.floor(replications / shares);
  const extra = replications % shares;
  const out: ReplicationShare[] = [];
  let first = 0;
  for (let i = 0; i < shares; i++) {
    const count = base + (i < extra ? 1 : 0);
    out.push({ first, count });
    first += count;
  }
  return out;
}

/**
 * Progress of every share summed: each share reports its own count done, the page shows the total. A run of
 * one share also passes on the simulated clock of its replication in progress (a single long replication
 * shows how far it has got); with several shares each would tell another clock, so none is passed on.
 */
export class PooledProgress {
  private readonly done: number[];
  constructor(
    shares: number,
    private readonly total: number,
    private readonly report: (done: number, total: number, clock?: RunClock) => void,
  ) {
    this.done = new Array<number>(shares).fill(0);
  }

  /** Share `index` has finished `done` of its own items (and is at `clock` in the next one). */
  update(index: number, done: number, clock?: RunClock): void {
    this.done[index] = done;
    const sum = this.done.reduce((total, d) => total + d, 0);
    if (clock !== undefined && this.done.length === 1) this.report(sum, this.total, clock);
    else this.report(sum, this.total);
  }
}
