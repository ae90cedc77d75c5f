// Arrival processes, one per call type: Poisson with a piecewise-constant rate per interval (times a day-level
// busyness factor and any live surge factor), or a script of arrival instants. Each process draws from its own
// stream, so changing one call type, the staffing or the routing leaves the others' callers unchanged.
// Pure, no DOM.
import type { CallTypeSpec } from '../scenario/schema';
import { hasArrivals } from '../scenario/schema';
import { drawGamma } from '../random/distributions';
import type { Rng } from '../random/streams';

const SECONDS_PER_DAY = 86_400;

interface Process {
  /** Arrival rate per second for each interval of the profile. */
  ratesPerSecond: Float64Array;
  /** Sorted arrival instants, or null for a Poisson process. */
  script: Float64Array | null;
  scriptNext: number;
  hasArrivals: boolean;
  rng: Rng;
  /**
   * The Poisson process's current segment of constant rate (an interval, or part of one when a surge ends
   * inside it): its end and the mean gap between calls in it.
   */
  segmentEndAt: number;
  meanGapSeconds: number;
  /** A live surge multiplies the rate until surgeEndsAt. */
  surgeFactor: number;
  surgeEndsAt: number;
}

export class Arrivals {
  private readonly processes: Process[];
  private readonly intervalSeconds: number;
  private readonly horizonAt: number;
  private readonly busynessCv: number;
  private readonly busynessRng: Rng;
  readonly dayFactors: number[] = [];

  constructor(
    callTypes: readonly CallTypeSpec[],
    streamOf: (name: string) => Rng,
    options: { intervalSeconds: number; horizonAt: number; busynessCv: number },
  ) {
    this.intervalSeconds = options.intervalSeconds;
    this.horizonAt = options.horizonAt;
    this.busynessCv = options.busynessCv;
    this.busynessRng = streamOf('busyness');
    this.processes = callTypes.map((ct) => ({
      ratesPerSecond: Float64Array.from(ct.arrivals.callsPerHour ?? [], (r) => r / 3600),
      script: ct.arrivals.atSeconds ? Float64Array.from(ct.arrivals.atSeconds).sort() : null,
      scriptNext: 0,
      hasArrivals: hasArrivals(ct.arrivals),
      rng: streamOf(`arrivals/${ct.id}`),
      segmentEndAt: 0,
      meanGapSeconds: Infinity,
      surgeFactor: 1,
      surgeEndsAt: 0,
    }));
    this.processes.forEach((p) => {
      if (p.script === null && p.hasArrivals) this.enterSegment(p, 0);
    });
  }

  /** The next arrival of call type i after `fromAt` (its previous arrival, or now); Infinity if none. */
  next(i: number, fromAt: number): number {
    const p = this.processes[i] as Process;
    if (p.script !== null) return p.scriptNext < p.script.length ? (p.script[p.scriptNext++] as number) : Infinity;
    return this.nextPoisson(p, fromAt);
  }

  /**
   * Rates are piecewise constant, so an exponential gap is drawn with the current segment's rate and, if it
   * overshoots the segment's end, the process restarts at the boundary with the next rate (exact by
   * memorylessness).
   */
  private nextPoisson(p: Process, fromAt: number): number {
    if (!p.hasArrivals) return Infinity;
    let at = fromAt;
    // Checking the horizon before entering a segment keeps busyness draws to the days the run reaches.
    if (at >= this.horizonAt) return Infinity;
    if (at >= p.segmentEndAt) this.enterSegment(p, at);
    for (;;) {
      if (p.meanGapSeconds < Infinity) {
        const next = at - Math.log(1 - p.rng()) * p.meanGapSeconds;
        if (next < p.segmentEndAt) return next;
      }
      at = p.segmentEndAt;
      if (at >= this.horizonAt) return Infinity;
      this.enterSegment(p, at);
    }
  }

  /** Sets the constant-rate segment that starts at `at`: to the end of its interval or of a surge. */
  private enterSegment(p: Process, at: number): void {
    const L = this.intervalSeconds;
    const interval = Math.floor(at / L);
    const startAt = interval * L;
    const base = p.ratesPerSecond[interval % p.ratesPerSecond.length] as number;
    const day = this.busynessCv === 0 ? 1 : this.dayFactor(Math.floor(startAt / SECONDS_PER_DAY));
    const surging = at < p.surgeEndsAt;
    const rate = base * day * (surging ? p.surgeFactor : 1);
    const intervalEndAt = startAt + L;
    p.segmentEndAt = surging && p.surgeEndsAt < intervalEndAt ? p.surgeEndsAt : intervalEndAt;
    p.meanGapSeconds = rate > 0 ? 1 / rate : Infinity;
  }

  /** Day-level busyness factor (Gamma, mean 1), drawn in day order from its own stream. */
  private dayFactor(day: number): number {
    const cv2 = this.busynessCv * this.busynessCv;
    while (this.dayFactors.length <= day) this.dayFactors.push(drawGamma(this.busynessRng, 1 / cv2) * cv2);
    return this.dayFactors[day] as number;
  }

  /**
   * Starts a surge of call type i at `t`: its rate is multiplied by `factor` until `t + durationSeconds`.
   * The caller must re-draw the type's pending arrival from `t` (the process is memoryless, so this is exact).
   */
  surge(i: number, t: number, factor: number, durationSeconds: number): void {
    const p = this.processes[i] as Process;
    p.surgeFactor = factor;
    p.surgeEndsAt = t + durationSeconds;
    if (p.script === null && p.hasArrivals) this.enterSegment(p, t);
  }

  surgeEndsAt(i: number): number {
    return (this.processes[i] as Process).surgeEndsAt;
  }

  isScripted(i: number): boolean {
    return (this.processes[i] as Process).script !== null;
  }
}
