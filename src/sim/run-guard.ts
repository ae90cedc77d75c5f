// Runs one replication in slices of simulated time and stops it with a clear error, not a hang, when it runs
// away: far more events than the scenario explains, a clock that is not a number, or a drain that never ends.
// Sits around the engine (uses only Simulation's public runUntil, eventCount and nowSeconds); no DOM.
import { RunGuardError } from './engine/engine-guard';
import { Simulation, type SimulationOptions } from './engine/simulation';
import type { RunResult } from './results';
import type { Scenario } from './scenario/schema';
import { estimateWork } from './budget';
import { checkResult } from './result-checks';

/**
 * Why these numbers: a slice of an hour of simulated time keeps the check cheap (8,784 slices for a year);
 * a run may take 100 times the events its estimate predicts (retrials and transfers are estimated, not known)
 * and at least 2 million, before it is called a runaway; with drain, callers still in the centre a week after
 * the arrivals stop (a duration is at most a day) mean the run would never empty.
 */
export const GUARD = {
  sliceSeconds: 3_600,
  eventFactor: 100,
  minEventCap: 2_000_000,
  maxDrainSeconds: 7 * 86_400,
} as const;

export { RunGuardError };

export interface GuardLimits {
  /** The most events the run may process; default from the scenario's work estimate. */
  maxEvents?: number;
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

/** Runs one replication to its end under the guard, and checks the result before anyone sees it. */
export function runGuarded(scenario: Scenario, options: SimulationOptions = {}, limits: GuardLimits = {}): RunResult {
  const maxEvents = limits.maxEvents ?? eventCapOf(scenario);
  const maxSeconds = timeCapOf(scenario);
  let result: RunResult;
  try {
    const sim = new Simulation(scenario, options);
    let limit = 0;
    while (sim.runUntil((limit += GUARD.sliceSeconds))) checkProgress(sim, maxEvents, maxSeconds);
    checkProgress(sim, maxEvents, Infinity);
    result = sim.result();
  } catch (error) {
    // This guard's, or the engine's own (a clock stuck at one instant, an event at a NaN time): it says why.
    if (error instanceof RunGuardError) throw error;
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
