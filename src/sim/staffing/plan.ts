// The optimiser end to end: simulated requirements → shift plan (integer programme) → check the plan by
// simulation and repair the intervals that miss (raise their requirement, re-solve) → verify with fresh seeds;
// beside it, the Erlang-C two-step plan of the same day for comparison. Pure; the solver is injected.
import type { Scenario, ShiftSpec } from '../scenario/schema';
import { intervalsOf } from './analytic-requirements';
import { measureInterval, type IntervalMeasure } from './interval-measure';
import { runCandidate, simulatedRequirements, type RequirementsResult, type SimulationSettings } from './requirements';
import type { ShiftPattern } from './shift-patterns';
import { planShifts, type LpSolver, type ShiftPlan } from './shifts';
import { checkWhole, withTarget, type StaffingTarget } from './target';

export interface OptimiseOptions extends SimulationSettings {
  patterns: readonly ShiftPattern[];
  solver: LpSolver;
  /** Most rounds of check-and-repair; default 8. */
  maxRepairRounds?: number;
  /** Seed of the verification run (fresh callers); default the seed + "-verify". */
  verifySeed?: string | number;
}

export interface CheckedPlan {
  plan: ShiftPlan;
  /** Per interval, the plan's KPIs over the replications. */
  measures: IntervalMeasure[];
  allMeet: boolean;
}

export interface OptimisedDay {
  requirements: RequirementsResult;
  /** The simulated plan after repair, checked with seeds the search did not use (seed + "-check"). */
  optimised: CheckedPlan;
  /** The same plan run with fresh seeds. */
  verification: CheckedPlan;
  /** The Erlang-C two-step plan (Erlang C with shrinkage, same patterns), run with the fresh seeds. */
  erlangC: CheckedPlan;
  repairRounds: number;
}

/** Raised when no staffing up to the cap meets an interval's target; names the intervals and the best reachable. */
export class UnreachableTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreachableTargetError';
  }
}

const DRAIN_SECONDS = 4 * 3600;

/** The scenario staffed by `shifts` alone (the groups' fixed agents set to 0). */
export function scheduledScenario(scenario: Scenario, shifts: readonly ShiftSpec[]): Scenario {
  return { ...scenario, agentGroups: scenario.agentGroups.map((g) => ({ ...g, agents: 0 })), schedule: [...shifts] };
}

/**
 * For checking only: one agent per group stays on after the day so that callers still waiting at the close are
 * served (the measured intervals' calls all end); not part of the plan and not in its paid hours.
 */
function withDrainCover(scenario: Scenario, shifts: readonly ShiftSpec[]): Scenario {
  const end = scenario.horizon.kind === 'duration' ? scenario.horizon.seconds : 0;
  const cover = scenario.agentGroups.map((g) => ({ group: g.id, agents: 1, startAt: end, endAt: end + DRAIN_SECONDS }));
  return {
    ...scheduledScenario(scenario, [...shifts, ...cover]),
    horizon: { kind: 'duration', seconds: end, drain: true },
  };
}

export function checkPlan(
  scenario: Scenario,
  plan: ShiftPlan,
  target: StaffingTarget,
  settings: SimulationSettings,
): CheckedPlan {
  const runs = runCandidate(withDrainCover(scenario, plan.shifts), settings);
  const warm = Math.floor((scenario.warmupSeconds ?? 0) / (scenario.intervalMinutes * 60));
  const measures = intervalsOf(scenario).map((_, i) => measureInterval(runs, i, target));
  return { plan, measures, allMeet: measures.every((m, i) => i < warm || m.meets) };
}

function unreachableMessage(result: RequirementsResult, scenario: Scenario): string | undefined {
  const misses = result.simulated.filter((s) => !s.reachable);
  if (misses.length === 0) return undefined;
  const start = scenario.clockStartAt ?? 0;
  const hhmm = (t: number): string => {
    const s = (t + start) % 86_400;
    return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;
  };
  const list = misses
    .slice(0, 5)
    .map((s) => {
      const w = result.intervals[s.interval];
      const sl = s.measure.serviceLevel;
      return `interval ${s.interval} (${hhmm(w?.startSeconds ?? 0)}) reaches at best ${(100 * sl.mean).toFixed(1)}% (lower bound ${(100 * sl.lower).toFixed(1)}%) with ${s.agents.join('+')} agents`;
    })
    .join('; ');
  return `target: cannot be met with the largest allowed staff in ${misses.length} interval${misses.length === 1 ? '' : 's'}: ${list}. Lower the target or the confidence, or allow more agents (maxAgentsPerGroup)`;
}

/**
 * Raises, for every missed interval, the requirement of the group with the least cover to spare there (among
 * the groups staffed in it; any group when none is): one more agent than it has on the phones.
 */
function raiseMissed(required: number[][], checked: CheckedPlan): boolean {
  let raised = false;
  checked.measures.forEach((m, i) => {
    if (m.meets) return;
    const spareOf = (g: number): number => (checked.plan.onPhones[g]?.[i] ?? 0) - (required[g]?.[i] ?? 0);
    const staffed = required.flatMap((row, g) => ((row[i] ?? 0) > 0 ? [g] : []));
    const candidates = staffed.length > 0 ? staffed : required.map((_, g) => g);
    const pick = candidates.reduce((best, g) => (spareOf(g) < spareOf(best) ? g : best), candidates[0] ?? 0);
    const row = required[pick] as number[];
    row[i] = Math.max(row[i] ?? 0, Math.floor(checked.plan.onPhones[pick]?.[i] ?? 0)) + 1;
    raised = true;
  });
  return raised;
}

export function optimiseDay(input: Scenario, target: StaffingTarget, options: OptimiseOptions): OptimisedDay {
  const scenario = withTarget(input, target);
  const maxRounds = checkWhole('maxRepairRounds', options.maxRepairRounds ?? 8, 0, 100);
  const requirements = simulatedRequirements(scenario, target, options);
  const unreachable = unreachableMessage(requirements, scenario);
  if (unreachable !== undefined) throw new UnreachableTargetError(unreachable);
  const groups = scenario.agentGroups.length;
  const required = Array.from({ length: groups }, (_, g) => requirements.simulated.map((s) => s.agents[g] ?? 0));
  // The plan is checked on callers the search never saw (its own seeds would flatter it: the search stopped
  // as soon as they passed), and verified on a third set.
  const seed = String(options.seed ?? scenario.seed);
  const check = { ...options, seed: `${seed}-check` };
  let checked = checkPlan(scenario, planShifts(scenario, required, options.patterns, options.solver), target, check);
  let rounds = 0;
  while (!checked.allMeet && rounds < maxRounds && raiseMissed(required, checked)) {
    rounds += 1;
    checked = checkPlan(scenario, planShifts(scenario, required, options.patterns, options.solver), target, check);
  }
  const fresh = { ...options, seed: options.verifySeed ?? `${seed}-verify` };
  const verification = checkPlan(scenario, checked.plan, target, fresh);
  const erlangRequired = Array.from({ length: groups }, (_, g) =>
    requirements.analytic.map((row) => row[g]?.erlangCScheduled ?? row[g]?.erlangAScheduled ?? 0),
  );
  const erlangC = checkPlan(
    scenario,
    planShifts(scenario, erlangRequired, options.patterns, options.solver),
    target,
    fresh,
  );
  return { requirements, optimised: checked, verification, erlangC, repairRounds: rounds };
}
