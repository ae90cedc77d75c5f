// Who a zone's people are and which department it belongs to, from the FloorLayout: role nouns, the
// department a group works for, and the text of a zone's label. Pure; no three, no DOM.
import { msg, str } from '@lit/localize';
import type { FloorLayout, LayoutGroup } from '../../sim/api';
import { formatInteger } from '../format';
import { pluralMsg } from '../i18n/plural';

export type GroupRole = LayoutGroup['role'];

/** A role's name, e.g. `Team lead`, from the catalogue. */
export function roleName(role: GroupRole): string {
  switch (role) {
    case 'agent':
      return msg('Agent', { id: 'role.agent' });
    case 'specialist':
      return msg('Specialist', { id: 'role.specialist' });
    case 'team-lead':
      return msg('Team lead', { id: 'role.teamLead' });
  }
}

/** A head-count of a role, e.g. `13 agents`, `1 team lead`, ru `3 оператора`, `5 операторов`. */
export function roleCount(role: GroupRole, count: number): string {
  const n = formatInteger(count);
  switch (role) {
    case 'agent':
      return pluralMsg('role.agents', count, n, { one: (c) => str`${c} agent`, other: (c) => str`${c} agents` });
    case 'specialist':
      return pluralMsg('role.specialists', count, n, {
        one: (c) => str`${c} specialist`,
        other: (c) => str`${c} specialists`,
      });
    case 'team-lead':
      return pluralMsg('role.teamLeads', count, n, {
        one: (c) => str`${c} team lead`,
        other: (c) => str`${c} team leads`,
      });
  }
}

/** What marks a role's figures on the floor, as the legend and the details say it ('' for plain agents). */
export function roleMark(role: GroupRole): string {
  switch (role) {
    case 'agent':
      return '';
    case 'specialist':
      return msg('▲ a triangle over the head', { id: 'role.mark.specialist' });
    case 'team-lead':
      return msg('◆ a dark diamond over the head', { id: 'role.mark.teamLead' });
  }
}

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
  const count = roleCount(group.role, agentCount);
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
