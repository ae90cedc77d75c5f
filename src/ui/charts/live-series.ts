// Time series of a live run, gathered from its snapshots: callers waiting and agents in each state, in
// bounded memory (past `capacity` points every other point is dropped, so a long run keeps its whole shape
// at a coarser grain). Columns grow by appending, so adding a snapshot costs the same at the end of a day as
// at its start, and the charts receive the same arrays again rather than copies. Pure, no DOM.
import type { AlignedData } from 'uplot';
import { AGENT_STATES, type FloorSnapshot } from '../../sim/api';

/**
 * The states shown stacked, top band first (logged-out agents are not on the floor). uPlot draws series in
 * order and the columns are running totals, so the tallest is drawn first and each lower band paints over it.
 */
export const STACKED_STATES: readonly number[] = AGENT_STATES.map((_, i) => i)
  .filter((i) => AGENT_STATES[i] !== 'logged-out')
  .reverse();

export class LiveSeries {
  readonly capacity: number;
  /** Stacked states, top band first. */
  private readonly stackOrder: readonly number[];
  private hours: number[] = [];
  private waiting: number[] = [];
  /** One running-total column per entry of stackOrder (same order): its state plus every state below it. */
  private stacked: number[][];
  private readonly counts = new Int32Array(AGENT_STATES.length);

  constructor(capacity = 1200, stackOrder: readonly number[] = STACKED_STATES) {
    if (!(capacity >= 4)) throw new RangeError('capacity must be at least 4');
    this.capacity = capacity;
    this.stackOrder = stackOrder;
    this.stacked = stackOrder.map(() => []);
  }

  get length(): number {
    return this.hours.length;
  }

  clear(): void {
    this.hours = [];
    this.waiting = [];
    this.stacked = this.stackOrder.map(() => []);
  }

  /** Adds a snapshot; one at the same or an earlier instant than the last replaces it (after a step back). */
  add(snapshot: FloorSnapshot): void {
    const hours = snapshot.atSeconds / 3600;
    while (this.hours.length > 0 && (this.hours.at(-1) as number) >= hours) this.dropLast();
    this.hours.push(hours);
    let waiting = 0;
    for (const count of snapshot.queueWaiting) waiting += count;
    this.waiting.push(waiting);
    const counts = this.counts;
    counts.fill(0);
    for (const state of snapshot.agentStates) counts[state] = (counts[state] ?? 0) + 1;
    // Running totals from the bottom band up.
    let sum = 0;
    for (let k = this.stackOrder.length - 1; k >= 0; k--) {
      sum += counts[this.stackOrder[k] as number] ?? 0;
      this.stacked[k]?.push(sum);
    }
    if (this.hours.length > this.capacity) this.halve();
  }

  /** [hours, callers waiting]: the series' own columns (read-only to the caller), in a new outer array. */
  queueColumns(): AlignedData {
    return [this.hours, this.waiting];
  }

  /**
   * [hours, then one column per stacked state, top band first]: each column is the running total of its
   * state and every state below it, so filled areas drawn in this order stack on one another.
   */
  stackedStateColumns(): AlignedData {
    return [this.hours, ...this.stacked];
  }

  private dropLast(): void {
    this.hours.pop();
    this.waiting.pop();
    for (const column of this.stacked) column.pop();
  }

  private halve(): void {
    const lastIndex = this.hours.length - 1;
    const keep = (_: number, i: number) => i % 2 === 0 || i === lastIndex;
    this.hours = this.hours.filter(keep);
    this.waiting = this.waiting.filter(keep);
    this.stacked = this.stacked.map((column) => column.filter(keep));
  }
}
