// Times one run and samples the heap between time slices. Works for anything that can run up to an
// instant: the baseline and the engine alike. Node only (process.memoryUsage, performance.now).

/** A simulation that can be advanced in slices of simulated time. */
export interface Steppable {
  /** Runs every event up to `seconds`; false once the run has finished. */
  runUntil(seconds: number): boolean;
  readonly eventCount: number;
  /** Calls that arrived, asked once the run has finished (outside the timed part). */
  callsOffered(): number;
}

export interface RunFigures {
  events: number;
  calls: number;
  wallSeconds: number;
  eventsPerSecond: number;
  callsPerSecond: number;
  /** Highest heap (heapUsed + arrayBuffers) seen between slices, MB (garbage not yet collected included). */
  peakHeapMB: number;
  /** Heap after a full GC just before the run, MB: the process's own floor. */
  startHeapMB: number;
  /** Heap after a full GC at 25%, 50%, 75% and 100% of the expected arrival time, MB (empty without GC). */
  heapAtQuartersMB: number[];
  /** Retained heap at 100% minus at 25%, KB: about 0 when memory stays flat as calls grow (NaN without GC). */
  heapGrowthKB: number;
}

export interface MeasureOptions {
  calls: number;
  /** Expected instant of the last arrival, seconds: sets the slice length and the quarter marks. */
  arrivalsEndSeconds: number;
  /** Slices per expected arrival period; more slices sample the heap more often. */
  slices: number;
  gc: (() => void) | undefined;
}

const MB = 1024 * 1024;

/**
 * V8's heapUsed plus the ArrayBuffer backing stores: typed arrays larger than a few dozen bytes keep their
 * contents outside V8's heap, and both simulators keep nearly all their state in typed arrays.
 */
function heapUsedMB(): number {
  const memory = process.memoryUsage();
  return (memory.heapUsed + memory.arrayBuffers) / MB;
}

export function measureRun(create: () => Steppable, options: MeasureOptions): RunFigures {
  const { calls, arrivalsEndSeconds, slices, gc } = options;
  gc?.();
  const startHeapMB = heapUsedMB();
  const sim = create();
  const sliceSeconds = arrivalsEndSeconds / slices;
  const quarterSlices = [1, 2, 3, 4].map((q) => Math.round((q * slices) / 4));
  const heapAtQuartersMB: number[] = [];
  let peakHeapMB = startHeapMB;
  let wallMs = 0;
  let slice = 0;
  let running = true;
  while (running) {
    slice++;
    // Only the simulation is timed: heap sampling and the flatness GCs happen with the clock stopped.
    const startedAt = performance.now();
    running = sim.runUntil(slice * sliceSeconds);
    wallMs += performance.now() - startedAt;
    const heap = heapUsedMB();
    if (heap > peakHeapMB) peakHeapMB = heap;
    if (gc !== undefined && slice === quarterSlices[heapAtQuartersMB.length]) {
      // A full GC shows what the run retains: the flatness check.
      gc();
      heapAtQuartersMB.push(heapUsedMB());
    }
  }
  // A run that ends before the expected last arrival (possible for tiny runs) takes its 100% sample at the end.
  if (gc !== undefined && heapAtQuartersMB.length < 4) {
    gc();
    while (heapAtQuartersMB.length < 4) heapAtQuartersMB.push(heapUsedMB());
  }
  // A run that stopped early would look fast: every contestant must have taken all the calls.
  const offered = sim.callsOffered();
  if (offered !== calls) throw new Error(`a run took ${offered} calls instead of ${calls}`);
  const wallSeconds = wallMs / 1000;
  return {
    events: sim.eventCount,
    calls,
    wallSeconds,
    eventsPerSecond: sim.eventCount / wallSeconds,
    callsPerSecond: calls / wallSeconds,
    peakHeapMB,
    startHeapMB,
    heapAtQuartersMB,
    heapGrowthKB: gc === undefined ? NaN : (heapAtQuartersMB[3]! - heapAtQuartersMB[0]!) * 1024,
  };
}

/** The run with the median wall time (the upper middle one for an even count), with the highest peak heap. */
export function medianRun(runs: readonly RunFigures[]): RunFigures {
  if (runs.length === 0) throw new RangeError('medianRun: no runs');
  const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return { ...median, peakHeapMB: Math.max(...runs.map((r) => r.peakHeapMB)) };
}
