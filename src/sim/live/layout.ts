// The layout of a live run (queues, groups, agents and their indices), built from the scenario the run follows
// now (structures applied: pooled queues) and the group and number of each agent. Pure data, no DOM.
import type { FloorLayout } from '../api';
import type { Scenario } from '../scenario/schema';

/**
 * `agentGroupOf[i]` is agent i's group index (agents keep their index for the run). `agentOrdinals[i]`, when
 * given, is its 1-based number within its group (the engine's, which a move between groups changes);
 * otherwise agents are numbered within each group in index order.
 */
export function buildLayout(
  scenario: Scenario,
  agentGroupOf: readonly number[],
  version: number,
  agentOrdinals?: readonly number[],
): FloorLayout {
  const priorityOf = new Map(scenario.queues.map((q) => [q.id, q.priority ?? 0]));
  const counters = scenario.agentGroups.map(() => 0);
  return {
    version,
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    intervalSeconds: scenario.intervalMinutes * 60,
    horizonSeconds: scenario.horizon.kind === 'duration' ? scenario.horizon.seconds : null,
    serviceLevel: { thresholdSeconds: scenario.serviceLevel.thresholdSeconds, target: scenario.serviceLevel.target },
    hasIvr: scenario.ivr !== undefined && scenario.callTypes.some((ct) => ct.ivr !== undefined),
    departments: (scenario.departments ?? []).map((d) => ({
      id: d.id,
      name: d.name ?? d.id,
      ...(d.kind ? { kind: d.kind } : {}),
      ...(d.structure ? { structure: d.structure.kind } : {}),
    })),
    queues: scenario.queues.map((q) => ({
      id: q.id,
      name: q.name ?? q.id,
      priority: q.priority ?? 0,
      ...(q.department ? { department: q.department } : {}),
    })),
    groups: scenario.agentGroups.map((g) => ({
      id: g.id,
      name: g.name ?? g.id,
      role: g.role ?? 'agent',
      proficiency: { ...(g.proficiency ?? {}) },
      queues: [...g.queues].sort((a, b) => (priorityOf.get(b) ?? 0) - (priorityOf.get(a) ?? 0)),
    })),
    agents: agentGroupOf.map((group, i) => {
      counters[group] = (counters[group] ?? 0) + 1;
      return { id: `${scenario.agentGroups[group]?.id}-${agentOrdinals?.[i] ?? counters[group]}`, group };
    }),
  };
}

/** The layout at the start of a run: each group's initial agents, group by group. */
export function initialLayout(scenario: Scenario): FloorLayout {
  return buildLayout(
    scenario,
    scenario.agentGroups.flatMap((g, gi) => Array.from({ length: g.agents }, () => gi)),
    1,
  );
}
