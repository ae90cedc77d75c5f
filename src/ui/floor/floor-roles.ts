// Who a zone's people are and which department it belongs to, from the FloorLayout: role nouns, the
// department a group works for, and the text of a zone's label. Pure; no three, no DOM.
import type { FloorLayout, LayoutGroup } from '../../sim/api';

export type GroupRole = LayoutGroup['role'];

/** Singular and plural nouns of each role, for labels ("13 agents", "1 team lead"). */
export const ROLE_NOUNS: Readonly<Record<GroupRole, readonly [string, string]>> = {
  agent: ['agent', 'agents'],
  specialist: ['specialist', 'specialists'],
  'team-lead': ['team lead', 'team leads'],
};

/** What marks a role's figures on the floor, as the legend and the details say it. */
export const ROLE_MARKS: Readonly<Record<GroupRole, string>> = {
  agent: '',
  specialist: '▲ a triangle over the head',
  'team-lead': '◆ a dark diamond over the head',
};

/** Per role, the code drawn in the badge layer: 0 none, 1 specialist, 2 team lead. */
export const ROLE_BADGES: Readonly<Record<GroupRole, number>> = { agent: 0, specialist: 1, 'team-lead': 2 };

/**
 * The department name of a group: that of the first of its queues (highest priority first) that names a
 * department known to the layout; undefined when none does.
 */
export function departmentNameOf(layout: FloorLayout, group: LayoutGroup): string | undefined {
  for (const queueId of group.queues) {
    const departmentId = layout.queues.find((queue) => queue.id === queueId)?.department;
    if (departmentId === undefined) continue;
    const department = layout.departments.find((d) => d.id === departmentId);
    if (department !== undefined) return department.name;
  }
  return undefined;
}

/** `Billing · Billing agents · 13 agents`, or without the department when its queues have none. */
export function zoneLabel(layout: FloorLayout, groupIndex: number, agentCount: number): string {
  const group = layout.groups[groupIndex];
  if (group === undefined) return '';
  const [one, many] = ROLE_NOUNS[group.role] ?? ROLE_NOUNS.agent;
  const count = `${agentCount} ${agentCount === 1 ? one : many}`;
  const department = departmentNameOf(layout, group);
  return department === undefined || department === group.name
    ? `${group.name} · ${count}`
    : `${department} · ${group.name} · ${count}`;
}

/** Per agent, its group's badge code (ROLE_BADGES). */
export function agentBadges(layout: FloorLayout): Uint8Array {
  const badges = new Uint8Array(layout.agents.length);
  layout.agents.forEach((agent, i) => {
    badges[i] = ROLE_BADGES[layout.groups[agent.group]?.role ?? 'agent'] ?? 0;
  });
  return badges;
}
