// The static part of a department's structure, compiled into the plain model before a run: pooling widens the
// queues a group answers, span of control sizes the team-lead group, knowledge sharing speeds up learning
// curves. What a structure does over time (reviews, peer consults, break shifting, meetings) is in
// src/sim/engine/organisation.ts. Pure: returns a new scenario, never changes its input.
import type { AgentGroupSpec, Scenario } from './schema';
import { groupDepartment } from './organisation-rules';

/** People on a group's roster: its fixed agents plus the people of its shifts. */
export function rosterSize(scenario: Scenario, groupId: string): number {
  const group = scenario.agentGroups.find((g) => g.id === groupId);
  const shiftPeople = (scenario.schedule ?? []).filter((s) => s.group === groupId).reduce((n, s) => n + s.agents, 0);
  return (group?.agents ?? 0) + shiftPeople;
}

/** Agents (role agent or specialist) on the rosters of a department's groups. */
export function departmentAgents(scenario: Scenario, departmentId: string): number {
  return scenario.agentGroups
    .filter((g) => g.role !== 'team-lead' && groupDepartment(scenario, g) === departmentId)
    .reduce((n, g) => n + rosterSize(scenario, g.id), 0);
}

export function applyStructures(scenario: Scenario): Scenario {
  const departments = scenario.departments ?? [];
  if (!departments.some((d) => d.structure !== undefined)) return scenario;
  const leadCounts = new Map<string, number>();
  for (const d of departments) {
    const leads = d.structure?.teamLeads;
    if (leads !== undefined)
      leadCounts.set(leads.group, Math.ceil(departmentAgents(scenario, d.id) / leads.agentsPerLead));
  }
  const agentGroups = scenario.agentGroups.map((g): AgentGroupSpec => {
    const lead = leadCounts.get(g.id);
    let out: AgentGroupSpec = lead === undefined ? g : { ...g, agents: lead };
    const structure = departments.find((d) => d.id === groupDepartment(scenario, g))?.structure;
    if (structure?.kind !== 'self-managed' || g.role === 'team-lead') return out;
    if (structure.pooling !== undefined) {
      const department = groupDepartment(scenario, g);
      const extra = scenario.queues
        .filter((q) => q.department === department && !g.queues.includes(q.id))
        .map((q) => q.id);
      const proficiency = { ...g.proficiency };
      for (const q of extra) proficiency[q] ??= structure.pooling.crossQueueProficiency;
      out = { ...out, queues: [...g.queues, ...extra], proficiency };
    }
    if (structure.knowledgeSharing !== undefined && g.learning !== undefined)
      out = {
        ...out,
        learning: { ...g.learning, halfwayCalls: g.learning.halfwayCalls / structure.knowledgeSharing.learningSpeedup },
      };
    return out;
  });
  return { ...scenario, agentGroups };
}
