// Time series of a live run for its charts: callers waiting and agents in each state, taken from the run's
// fixed-instant samples (FloorSamples: one every stepSeconds of simulated time), so a day charts the same at
// every speed. Frames carry only new samples, which are appended; a block from index 0 or at another step
// replaces the lot. Columns grow by appending and the charts receive the same arrays again. Pure, no DOM.
import type { AlignedData } from 'uplot';
import { AGENT_STATES, type FloorSamples } from '../../sim/api';

/**
 * The states shown stacked, top band first (logged-out agents are not on the floor). uPlot draws series in
 * order and the columns are running totals, so the tallest is drawn first and each lower band paints over it.
 */
export const STACKED_STATES: readonly number[] = AGENT_STATES.map((_, i) => i)
  .filter((i) => AGENT_STATES[i] !== 'logged-out')
  .reverse();

export class LiveSeries {
  /** Stacked states, top band first. */
  private readonly stackOrder: readonly number[];
  private stepSeconds = 0;
  private hours: number[] = [];
  private waiting: number[] = [];
  /** One running-total column per entry of stackOrder (same order): its state plus every state below it. */
  private stacked: number[][];

  constructor(stackOrder: readonly number[] = STACKED_STATES) {
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

  /** Takes a block of samples: appended where it starts (later ones dropped), or the whole series anew. */
  add(samples: FloorSamples | undefined): void {
    if (samples === undefined) return;
    if (samples.stepSeconds !== this.stepSeconds) {
      this.clear();
      this.stepSeconds = samples.stepSeconds;
    }
    // A block never leaves a hole: one starting past the end waits for the full snapshot that fills it.
    if (samples.fromIndex > this.length) return;
    this.truncate(samples.fromIndex);
    const states = AGENT_STATES.length;
    for (let i = 0; i < samples.waiting.length; i++) {
      this.hours.push(((samples.fromIndex + i) * samples.stepSeconds) / 3600);
      this.waiting.push(samples.waiting[i] as number);
      // Running totals from the bottom band up.
      let sum = 0;
      for (let k = this.stackOrder.length - 1; k >= 0; k--) {
        sum += samples.agentsByState[i * states + (this.stackOrder[k] as number)] ?? 0;
        this.stacked[k]?.push(sum);
      }
    }
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

  private truncate(length: number): void {
    if (length >= this.hours.length) return;
    this.hours.length = length;
    this.waiting.length = length;
    for (const column of this.stacked) column.length = length;
  }
}
