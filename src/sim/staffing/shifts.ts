// The shift plan: how many people work each position (pattern, start, break and lunch slots) so that every
// interval's requirement is covered at the fewest paid hours, as an integer programme solved by an injected
// LP/MIP solver (HiGHS compiled to WebAssembly: the CLI and the worker load it). Pure: no solver import here.
import type { Scenario, ShiftSpec } from '../scenario/schema';
import { intervalsOf } from './analytic-requirements';
import { coverage, expandPositions, shiftOf, type Position, type ShiftPattern } from './shift-patterns';

/** What the plan needs of a solver: the `solve` of the `highs` package (CPLEX LP text in, columns out). */
export interface LpSolver {
  solve(
    problem: string,
    options?: Record<string, string | number | boolean>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, unknown> };
}

export interface ShiftPlan {
  /** People per position, only positions with at least one. */
  positions: { position: Position; agents: number }[];
  /** People per pattern id. */
  byPattern: Record<string, number>;
  /** Paid hours of the day, and per week (each position × its daysOn). */
  paidHours: number;
  weeklyPaidHours: number;
  cost: number;
  /** Agents on the phones per group and interval (expected, breaks and lunch taken out). */
  onPhones: number[][];
  shifts: ShiftSpec[];
}

/** Thrown when no plan can cover the requirement; the message names the group and interval. */
export class InfeasiblePlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InfeasiblePlanError';
  }
}

function clock(seconds: number, clockStartAt: number): string {
  const t = (seconds + clockStartAt) % 86_400;
  return `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}`;
}

/**
 * Solves min Σ paidHours·x subject to Σ coverage(position, interval)·x ≥ required[g][i] for every group g and
 * interval i, x whole and ≥ 0, Σ x over a pattern ≤ its maxAgents.
 */
export function planShifts(
  scenario: Scenario,
  required: readonly (readonly number[])[],
  patterns: readonly ShiftPattern[],
  solver: LpSolver,
): ShiftPlan {
  const intervals = intervalsOf(scenario);
  const positions = expandPositions(patterns, scenario);
  const groupIndex = new Map(scenario.agentGroups.map((g, k) => [g.id, k]));
  const cover = positions.map((pos) => intervals.map((w) => coverage(pos, patterns, w.startSeconds, w.endSeconds)));
  const rows: string[] = [];
  scenario.agentGroups.forEach((group, g) => {
    intervals.forEach((w, i) => {
      const need = required[g]?.[i] ?? 0;
      if (!(need > 0)) return;
      const terms = positions.flatMap((pos, k) => {
        const a = cover[k]?.[i] ?? 0;
        return pos.group === group.id && a > 0 ? [`${a.toFixed(6)} x${k}`] : [];
      });
      if (terms.length === 0)
        throw new InfeasiblePlanError(
          `patterns: no pattern covers group "${group.id}" in interval ${i} ` +
            `(${clock(w.startSeconds, scenario.clockStartAt ?? 0)}–${clock(w.endSeconds, scenario.clockStartAt ?? 0)}), ` +
            `which needs ${need} agent${need === 1 ? '' : 's'}: add a pattern for that group starting earlier or ending later`,
        );
      rows.push(` c${g}_${i}: ${terms.join(' + ')} >= ${need}`);
    });
  });
  patterns.forEach((p, k) => {
    if (p.maxAgents === undefined) return;
    const terms = positions.flatMap((pos, j) => (pos.pattern === p.id ? [`x${j}`] : []));
    if (terms.length > 0) rows.push(` max${k}: ${terms.join(' + ')} <= ${p.maxAgents}`);
  });
  const hourlyCost = (group: string): number =>
    scenario.agentGroups.find((g) => g.id === group)?.hourlyCost ?? scenario.costs?.defaultHourlyCost ?? 22.98;
  const empty: ShiftPlan = {
    positions: [],
    byPattern: {},
    paidHours: 0,
    weeklyPaidHours: 0,
    cost: 0,
    onPhones: [],
    shifts: [],
  };
  if (rows.length === 0) return { ...empty, onPhones: scenario.agentGroups.map(() => intervals.map(() => 0)) };
  const objective = positions.map((pos, k) => `${pos.paidHours.toFixed(6)} x${k}`).join(' + ');
  const lp = [
    'Minimize',
    ` paid: ${objective}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...positions.map((_, k) => ` x${k} >= 0`),
    'Generals',
    ` ${positions.map((_, k) => `x${k}`).join(' ')}`,
    'End',
  ].join('\n');
  const solution = solver.solve(lp, { output_flag: false, mip_rel_gap: 0 });
  if (solution.Status === 'Infeasible')
    throw new InfeasiblePlanError(
      "patterns: no number of people on these patterns covers every interval within the patterns' maxAgents limits: raise a maxAgents or add patterns",
    );
  if (solution.Status !== 'Optimal')
    throw new InfeasiblePlanError(`the shift solver stopped without a plan (${solution.Status})`);
  const chosen = positions.flatMap((position, k) => {
    const column = solution.Columns[`x${k}`] as { Primal?: number } | undefined;
    const agents = Math.round(column?.Primal ?? 0);
    return agents > 0 ? [{ position, agents, k }] : [];
  });
  const byPattern: Record<string, number> = {};
  for (const c of chosen) byPattern[c.position.pattern] = (byPattern[c.position.pattern] ?? 0) + c.agents;
  const onPhones = scenario.agentGroups.map(() => intervals.map(() => 0));
  for (const c of chosen) {
    const row = onPhones[groupIndex.get(c.position.group) ?? 0] as number[];
    intervals.forEach((_, i) => (row[i] = (row[i] ?? 0) + c.agents * (cover[c.k]?.[i] ?? 0)));
  }
  return {
    positions: chosen.map(({ position, agents }) => ({ position, agents })),
    byPattern,
    paidHours: chosen.reduce((sum, c) => sum + c.agents * c.position.paidHours, 0),
    weeklyPaidHours: chosen.reduce((sum, c) => sum + c.agents * c.position.paidHours * c.position.daysOn, 0),
    cost: chosen.reduce((sum, c) => sum + c.agents * c.position.paidHours * hourlyCost(c.position.group), 0),
    onPhones,
    shifts: chosen.map((c) => shiftOf(c.position, c.agents, patterns)),
  };
}
