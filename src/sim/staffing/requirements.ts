// The simulated requirement: per interval, the fewest agents per group that meet the target at the stated
// confidence over replications with common random numbers (replication r of every candidate sees the same
// callers). Intervals are fixed in time order: interval i is searched with intervals 0…i−1 already fixed, so
// the callers and retrials a short interval pushes forward land on the next. Pure; runs the engine in-process.
import type { RunResult } from '../results';
import { runGuarded } from '../run-guard';
import type { Scenario } from '../scenario/schema';
import {
  analyticRequirements,
  intervalsOf,
  type AnalyticRequirement,
  type IntervalWindow,
} from './analytic-requirements';
import { measureInterval, type IntervalMeasure } from './interval-measure';
import { firstMeasuredInterval, staffedScenario, type StaffGrid } from './staffed-scenario';
import { checkTarget, checkWhole, StaffingInputError, withTarget, type StaffingTarget } from './target';

export interface SimulationSettings {
  /** Replications per candidate staffing, 2…1000. */
  replications: number;
  /** Seed of replication 0; default the scenario's. */
  seed?: string | number;
  /** The most agents of one group in one interval; default 3 × the Erlang C answer + 10. */
  maxAgentsPerGroup?: number;
  /** Share of paid time off the phones, [0, 0.9]: only for the analytic "scheduled" columns. Default 0. */
  shrinkage?: number;
  /** Called after each candidate staffing is simulated. */
  onEvaluation?: (evaluations: number, interval: number, intervals: number) => void;
  /**
   * Runs replications 0…count−1 of a scenario with one seed, in replication order; default in this thread.
   * The CLI passes one that spreads them over worker threads (src/cli/staff-workers.ts): same runs, same order.
   */
  runner?: ReplicationRunner;
}

export type ReplicationRunner = (scenario: Scenario, seed: string | number, count: number) => RunResult[];

/** Replications 0…count−1 one after another in this thread. */
export const runInThread: ReplicationRunner = (scenario, seed, count) =>
  Array.from({ length: count }, (_, r) => runGuarded(scenario, { seed, replication: r }));

export interface SimulatedRequirement {
  interval: number;
  /** Agents on the phones per group (scenario.agentGroups order). */
  agents: number[];
  measure: IntervalMeasure;
  /** False when even the most agents allowed miss the target; `measure` is then the best reachable. */
  reachable: boolean;
}

export interface RequirementsResult {
  intervals: IntervalWindow[];
  groupIds: string[];
  analytic: AnalyticRequirement[][];
  simulated: SimulatedRequirement[];
  evaluations: number;
}

export function checkSettings(settings: SimulationSettings): void {
  checkWhole('replications', settings.replications, 2, 1000);
  if (settings.maxAgentsPerGroup !== undefined) checkWhole('maxAgentsPerGroup', settings.maxAgentsPerGroup, 1, 10_000);
  const shrinkage = settings.shrinkage ?? 0;
  if (typeof shrinkage !== 'number' || !(shrinkage >= 0 && shrinkage <= 0.9))
    throw new StaffingInputError('shrinkage', `must be a share from 0 to 0.9 (got ${String(shrinkage)})`);
}

/** Refuses a scenario the optimiser cannot plan, naming what is missing. */
export function checkPlannable(scenario: Scenario): void {
  if (scenario.horizon.kind !== 'duration' || scenario.horizon.seconds > 86_400)
    throw new StaffingInputError('horizon', 'the optimiser plans one day: use a duration of at most 86400 seconds');
  const hasArrivals = scenario.callTypes.some(
    (ct) => (ct.arrivals.callsPerHour ?? []).some((r) => r > 0) || (ct.arrivals.atSeconds ?? []).length > 0,
  );
  if (!hasArrivals) throw new StaffingInputError('callTypes', 'nothing to staff: no call type has any arrivals');
}

/** Runs replications 0…n−1 of the scenario with one seed: the common random numbers of every candidate. */
export function runCandidate(scenario: Scenario, settings: SimulationSettings): RunResult[] {
  return (settings.runner ?? runInThread)(scenario, settings.seed ?? scenario.seed, settings.replications);
}

/** Groups that may answer a call arriving in the interval: those serving a queue with arrivals in it. */
function loadedGroups(scenario: Scenario, analytic: readonly AnalyticRequirement[]): number[] {
  const loaded = new Set<string>();
  analytic.forEach((a, g) => {
    if (a.callsPerHour > 0) for (const q of scenario.agentGroups[g]?.queues ?? []) loaded.add(q);
  });
  return scenario.agentGroups.flatMap((group, g) => (group.queues.some((q) => loaded.has(q)) ? [g] : []));
}

export function simulatedRequirements(
  input: Scenario,
  target: StaffingTarget,
  settings: SimulationSettings,
  initial?: StaffGrid,
): RequirementsResult {
  checkTarget(target);
  checkSettings(settings);
  checkPlannable(input);
  const scenario = withTarget(input, target);
  const intervals = intervalsOf(scenario);
  const analytic = analyticRequirements(scenario, target, settings.shrinkage ?? 0);
  const groups = scenario.agentGroups;
  const cap = (g: number, i: number): number =>
    settings.maxAgentsPerGroup ?? 3 * (analytic[i]?.[g]?.erlangC ?? analytic[i]?.[g]?.erlangA ?? 10) + 10;
  const guess = (g: number, i: number): number =>
    initial?.[g]?.[i] ?? analytic[i]?.[g]?.erlangA ?? analytic[i]?.[g]?.erlangC ?? 0;
  const staff = groups.map((_, g) => intervals.map((_, i) => Math.min(cap(g, i), guess(g, i))));
  const firstMeasured = Math.min(firstMeasuredInterval(scenario), intervals.length - 1);
  let evaluations = 0;

  const setStaff = (i: number, agents: readonly number[]): void =>
    agents.forEach((n, g) => {
      const row = staff[g] as number[];
      row[i] = n;
      if (i === firstMeasured) for (let w = 0; w < i; w++) row[w] = n;
    });
  const evaluate = (i: number, agents: readonly number[]): IntervalMeasure => {
    setStaff(i, agents);
    const runs = runCandidate(staffedScenario(scenario, staff, { throughInterval: i }), settings);
    settings.onEvaluation?.(++evaluations, i, intervals.length);
    return measureInterval(runs, i, target);
  };

  const simulated: SimulatedRequirement[] = [];
  for (let i = firstMeasured; i < intervals.length; i++) {
    const candidates = loadedGroups(scenario, analytic[i] ?? []);
    let agents = staff.map((row) => (candidates.length === 0 ? 0 : (row[i] ?? 0)));
    let measure = evaluate(i, agents);
    let reachable = true;
    // Up: add the agent that lifts the service level's bound most per hour of cost.
    while (!measure.meets) {
      let best: { agents: number[]; measure: IntervalMeasure; score: number } | undefined;
      for (const g of candidates) {
        if ((agents[g] ?? 0) >= cap(g, i)) continue;
        const next = agents.map((n, k) => (k === g ? n + 1 : n));
        const m = evaluate(i, next);
        const cost = groups[g]?.hourlyCost ?? scenario.costs?.defaultHourlyCost ?? 1;
        const score = (m.meets ? 1e6 : 0) + (m.serviceLevel.lower - measure.serviceLevel.lower) / Math.max(cost, 1e-6);
        if (best === undefined || score > best.score) best = { agents: next, measure: m, score };
      }
      if (best === undefined) {
        reachable = false;
        break;
      }
      agents = best.agents;
      measure = best.measure;
    }
    // Down: drop the dearest agent whose removal still meets the target, while one does.
    for (let improved = reachable; improved;) {
      improved = false;
      const order = candidates
        .filter((g) => (agents[g] ?? 0) > 0)
        .sort((a, b) => (groups[b]?.hourlyCost ?? 0) - (groups[a]?.hourlyCost ?? 0));
      for (const g of order) {
        const next = agents.map((n, k) => (k === g ? n - 1 : n));
        const m = evaluate(i, next);
        if (m.meets) {
          agents = next;
          measure = m;
          improved = true;
          break;
        }
      }
    }
    setStaff(i, agents); // the grid keeps the chosen staffing for the intervals that follow
    simulated.push({ interval: i, agents, measure, reachable });
  }
  // Warm-up intervals are not measured; they carry the first measured interval's staffing.
  const warm = simulated[0];
  const head = Array.from({ length: firstMeasured }, (_, i) => ({ ...(warm as SimulatedRequirement), interval: i }));
  return { intervals, groupIds: groups.map((g) => g.id), analytic, simulated: [...head, ...simulated], evaluations };
}
