// A live change of one department's structure, as data: the scenario the run follows from now on. Pure: the
// kernel (simulation.ts) hands the result to routing and the workforce.
import type { Scenario } from '../scenario/schema';
import type { StructureSpec } from '../scenario/organisation-schema';
import { applyStructures } from '../scenario/structures';

export interface StructureChange {
  /** The given scenario with the department's new structure. */
  input: Scenario;
  /** It compiled, with today's agent counts kept (a live change hires and dismisses nobody). */
  compiled: Scenario;
  /** The department's index. */
  department: number;
}

/** The scenario after giving department `departmentId` the structure `structure` (none when undefined). */
export function changeStructure(
  input: Scenario,
  current: Scenario,
  departmentId: string,
  structure: StructureSpec | undefined,
): StructureChange {
  const departments = input.departments ?? [];
  const department = departments.findIndex((d) => d.id === departmentId);
  if (department < 0) throw new RangeError(`department: unknown department "${departmentId}"`);
  const changed = departments.map((d, i) => {
    if (i !== department) return d;
    const { structure: _old, ...rest } = d;
    return structure === undefined ? rest : { ...rest, structure };
  });
  const next = { ...input, departments: changed };
  const compiled = applyStructures(next);
  // Keep today's team-lead headcounts: the compiled agent counts only size groups at the start of a run.
  const agentGroups = compiled.agentGroups.map((g, gi) => ({
    ...g,
    agents: current.agentGroups[gi]?.agents ?? g.agents,
  }));
  return { input: next, compiled: { ...compiled, agentGroups }, department };
}
