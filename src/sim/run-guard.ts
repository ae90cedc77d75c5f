// Runs one replication in slices of simulated time and stops it with a clear error, not a hang, when it runs
// away: far more events than the scenario explains, a clock that is not a number, or a drain that never ends.
// Sits around the engine (uses only Simulation's public runUntil, eventCount and nowSeconds); no DOM.
import { RunGuardError } from './engine/engine-guard';
import { Simulation, type SimulationOptions } from './engine/simulation';
import type { RunClock } from './api';
import type { RunResult } from './results';
import type { Scenario } from './scenario/schema';
import { estimateWork } from './budget';
import { checkResult } from './result-checks';

/**
 * Why these numbers: the run goes in slices of simulated time of about 20,000 events each (20 to 70 ms of one
 * core), at most an hour long, so that the guard and the progress report look at the run a few dozen times a
 * second without touching the engine's loop (a slice costs one call and one clock read: nothing measurable);
 * a run may take 100 times the events its estimate predicts (retrials and transfers are estimated, not known)
 * and at least 2 million, before it is called a runaway; with drain, callers still in the centre a week after
 * the arrivals stop (a duration is at most a day) mean the run would never empty.
 */
export const GUARD = {
  sliceSeconds: 3_600,
  eventsPerSlice: 20_000,
  firstSliceSeconds: 60,
  minSliceSeconds: 0.001,
  eventFactor: 100,
  minEventCap: 2_000_000,
  maxDrainSeconds: 7 * 86_400,
} as const;

export { RunGuardError };

export interface GuardLimits {
  /** The most events the run may process; default from the scenario's work estimate. */
  maxEvents?: number;
}

/** How a running replication reports where it has got to. */
export interface GuardProgress {
  /** Called at most every `everyMs` of wall time while the run goes on, and once at its end (share 1). */
  onClock?: (clock: RunClock) => void;
  /** Wall time between reports, ms; default 250 (four a second: a page's progress bar, not a flood of messages). */
  everyMs?: number;
  /** The wall clock, ms; default performance.now (tests pass their own). */
  nowMs?: () => number;
}

/** Where `sim` has got to, as a share of the scenario's horizon. */
function clockOf(sim: Simulation, scenario: Scenario): RunClock {
  const seconds = sim.nowSeconds;
  if (sim.isFinished) return { seconds, ...horizonOf(scenario), share: 1 };
  const { horizon } = scenario;
  const share = horizon.kind === 'duration' ? seconds / horizon.seconds : sim.callsArrived / horizon.count;
  return { seconds, ...horizonOf(scenario), share: Math.min(1, Math.max(0, share)) };
}

function horizonOf(scenario: Scenario): { horizonSeconds?: number } {
  return scenario.horizon.kind === 'duration' ? { horizonSeconds: scenario.horizon.seconds } : {};
}

/**
 * The next slice's length: scaled so that it holds about GUARD.eventsPerSlice events at the rate the last
 * slice had (growing at most fourfold a time, so a quiet night does not make the morning rush one long slice).
 */
function nextSlice(slice: number, events: number): number {
  const scaled = events > 0 ? (slice * GUARD.eventsPerSlice) / events : slice * 4;
  return Math.min(GUARD.sliceSeconds, Math.max(GUARD.minSliceSeconds, Math.min(scaled, slice * 4)));
}

/** Events one replication may process before it counts as a runaway. */
export function eventCapOf(scenario: Scenario): number {
  return Math.max(GUARD.minEventCap, GUARD.eventFactor * estimateWork(scenario, 1).events);
}

/** The latest simulated instant a run may reach: the arrivals' end plus a week of drain (Infinity for a call count). */
export function timeCapOf(scenario: Scenario): number {
  return scenario.horizon.kind === 'duration' ? scenario.horizon.seconds + GUARD.maxDrainSeconds : Infinity;
}

/** Throws a RunGuardError when a simulation has run away; called between slices, and by the live player. */
export function checkProgress(sim: Simulation, maxEvents: number, maxSeconds: number): void {
  const now = sim.nowSeconds;
  if (Number.isNaN(now))
    throw new RunGuardError('the run stopped: the simulated clock became NaN (an engine error, please report it)');
  if (sim.eventCount > maxEvents)
    throw new RunGuardError(
      `the run stopped: ${sim.eventCount.toLocaleString('en')} events by ${Math.round(now)} s of simulated time, ` +
        `far more than the scenario explains (limit ${Math.round(maxEvents).toLocaleString('en')}); ` +
        `look for retrials, repeats or transfers that feed each other`,
    );
  if (now > maxSeconds)
    throw new RunGuardError(
      `the run stopped: callers were still in the centre ${Math.round((now - maxSeconds) / 86_400 + 7)} days after ` +
        `the arrivals ended, so it would never empty: the agents cannot serve everyone who waits (handle times too ` +
        `long for the staffing, or nobody on shift). Shorten the durations, add agents, or set horizon.drain to false`,
    );
}

/** Runs `work`; a RunGuardError (this guard's or the engine's) becomes a refusal the page shows like a validation issue. */
export function refuseRunaway<T>(work: () => T): T | { ok: false; issues: { path: string; message: string }[] } {
  try {
    return work();
  } catch (error) {
    if (error instanceof RunGuardError) return { ok: false, issues: [{ path: '', message: error.message }] };
    throw error;
  }
}

/**
 * Runs one replication to its end under the guard, and checks the result before anyone sees it. With
 * `progress.onClock`, reports the simulated clock every `everyMs` of wall time and at the end.
 */
export function runGuarded(
  scenario: Scenario,
  options: SimulationOptions = {},
  limits: GuardLimits = {},
  progress: GuardProgress = {},
): RunResult {
  const maxEvents = limits.maxEvents ?? eventCapOf(scenario);
  const maxSeconds = timeCapOf(scenario);
  const { onClock, everyMs = 250, nowMs = () => performance.now() } = progress;
  let result: RunResult;
  // The caller's own error (a progress callback that stops the run by throwing) goes through unchanged.
  let inCallback = false;
  const report = (sim: Simulation) => {
    inCallback = true;
    onClock?.(clockOf(sim, scenario));
    inCallback = false;
  };
  try {
    const sim = new Simulation(scenario, options);
    let limit = 0;
    let slice: number = GUARD.firstSliceSeconds;
    let reportedAt = onClock === undefined ? 0 : nowMs();
    for (;;) {
      const before = sim.eventCount;
      const goesOn = sim.runUntil((limit += slice));
      checkProgress(sim, maxEvents, goesOn ? maxSeconds : Infinity);
      if (!goesOn) break;
      slice = nextSlice(slice, sim.eventCount - before);
      if (onClock !== undefined && nowMs() - reportedAt >= everyMs) {
        reportedAt = nowMs();
        report(sim);
      }
    }
    result = sim.result();
    report(sim);
  } catch (error) {
    // This guard's, or the engine's own (a clock stuck at one instant, an event at a NaN time): it says why.
    if (error instanceof RunGuardError || inCallback) throw error;
    // A valid scenario must never crash the engine; if it does, say so plainly instead of a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    throw new RunGuardError(`the simulator failed (an engine error, please report it with the scenario): ${reason}`);
  }
  const problems = checkResult(result);
  if (problems.length > 0)
    throw new RunGuardError(
      `the run produced impossible figures (an engine error, please report it with the scenario): ${problems.slice(0, 3).join('; ')}`,
    );
  return result;
}
