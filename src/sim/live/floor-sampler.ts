// Samples of a live run at fixed simulated instants (every `stepSeconds`): callers waiting and agents in each
// state. The live charts are drawn from these, not from the snapshots the player happens to send, so the chart
// of a day is the same at ×1, ×300 or as fast as possible. Bounded: past MAX_SAMPLES the step doubles and every
// other sample is dropped, which depends only on simulated time. Pure, no DOM.
import { AGENT_STATES, type FloorSamples } from '../api';

/** At most this many samples are kept; a longer run samples at a coarser step. */
export const MAX_SAMPLES = 2000;
/** Steps to choose from, seconds: the finest that covers the horizon in at most MAX_SAMPLES / 2 samples. */
const STEPS_SECONDS = [10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400];

/** The sampling step for a run of `horizonSeconds` (null when the run ends by a count of calls: a minute). */
export function sampleStepFor(horizonSeconds: number | null): number {
  if (horizonSeconds === null) return 60;
  const wanted = horizonSeconds / (MAX_SAMPLES / 2);
  return STEPS_SECONDS.find((step) => step >= wanted) ?? (STEPS_SECONDS.at(-1) as number);
}

/** What the sampler reads from the run at a sample instant. */
export interface SampledState {
  /** Callers waiting, per queue. */
  readonly waiting: ArrayLike<number>;
  /** Per agent, an index into AGENT_STATES (the first `agentCount` entries count). */
  readonly agentStates: ArrayLike<number>;
  readonly agentCount: number;
}

export class FloorSampler {
  private step: number;
  private waiting: number[] = [];
  /** Per sample and state: agents in AGENT_STATES[k] at [i × AGENT_STATES.length + k]. */
  private byState: number[] = [];

  constructor(stepSeconds: number) {
    if (!(Number.isFinite(stepSeconds) && stepSeconds > 0))
      throw new RangeError(`stepSeconds must be a positive number (got ${stepSeconds})`);
    this.step = stepSeconds;
  }

  get stepSeconds(): number {
    return this.step;
  }

  get count(): number {
    return this.waiting.length;
  }

  /** The simulated instant of the next sample, seconds. */
  get nextAtSeconds(): number {
    return this.count * this.step;
  }

  /** Records the state at `nextAtSeconds` (the caller has run the simulation exactly to that instant). */
  record(state: SampledState): void {
    let waiting = 0;
    for (let q = 0; q < state.waiting.length; q++) waiting += state.waiting[q] as number;
    this.waiting.push(waiting);
    const base = this.byState.length;
    for (let k = 0; k < AGENT_STATES.length; k++) this.byState.push(0);
    for (let i = 0; i < state.agentCount; i++) {
      const s = state.agentStates[i] as number;
      this.byState[base + s] = (this.byState[base + s] as number) + 1;
    }
    if (this.waiting.length > MAX_SAMPLES) this.coarsen();
  }

  /** Samples from index `fromIndex` on (copies, ready to transfer). */
  samples(fromIndex = 0): FloorSamples {
    const from = Math.max(0, Math.min(fromIndex, this.count));
    const states = AGENT_STATES.length;
    return {
      stepSeconds: this.step,
      fromIndex: from,
      waiting: Int32Array.from(this.waiting.slice(from)),
      agentsByState: Int32Array.from(this.byState.slice(from * states)),
    };
  }

  /** Doubles the step: keeps the samples at even indices (instants 0, 2 × step, 4 × step, ...). */
  private coarsen(): void {
    const states = AGENT_STATES.length;
    this.waiting = this.waiting.filter((_, i) => i % 2 === 0);
    this.byState = this.byState.filter((_, j) => Math.floor(j / states) % 2 === 0);
    this.step *= 2;
  }
}
