// Cross-field rules of the organisation part of a scenario: references to groups and queues exist, team leads
// are team leads, and a group sized by span of control has no shifts. Each issue names the field to change.
import type { z } from 'zod';
import type { Scenario } from './schema';

type Shape = Pick<Scenario, 'departments' | 'queues' | 'agentGroups' | 'schedule' | 'coaching' | 'qa'>;

/** The department of an agent group: that of the first queue it serves (undefined if that queue has none). */
export function groupDepartment(s: Pick<Scenario, 'queues'>, group: { queues: readonly string[] }): string | undefined {
  const first = group.queues[0];
  return s.queues.find((q) => q.id === first)?.department;
}

/** True when the group's department pools its queues (self-managed with pooling), so it may answer them all. */
export function isPooledGroup(
  s: Pick<Scenario, 'queues' | 'departments'>,
  group: { queues: readonly string[] },
): boolean {
  const department = groupDepartment(s, group);
  const structure = s.departments?.find((d) => d.id === department)?.structure;
  return structure?.kind === 'self-managed' && structure.pooling !== undefined;
}

export function validateOrganisation(s: Shape, ctx: z.RefinementCtx): void {
  const groups = new Map(s.agentGroups.map((g) => [g.id, g]));
  const scheduled = new Set((s.schedule ?? []).map((shift) => shift.group));
  const leadGroupOwner = new Map<string, string>();
  const checkLeadGroup = (groupId: string, path: (string | number)[]): void => {
    const g = groups.get(groupId);
    if (g === undefined) ctx.addIssue({ code: 'custom', path, message: `unknown agent group "${groupId}"` });
    else if (g.role !== 'team-lead')
      ctx.addIssue({
        code: 'custom',
        path,
        message: `"${groupId}" is not a team-lead group (its role is ${g.role ?? 'agent'})`,
      });
  };
  (s.departments ?? []).forEach((d, i) => {
    const leads = d.structure?.teamLeads;
    if (leads === undefined) return;
    const path = ['departments', i, 'structure', 'teamLeads', 'group'];
    checkLeadGroup(leads.group, path);
    if (scheduled.has(leads.group))
      ctx.addIssue({
        code: 'custom',
        path,
        message: `"${leads.group}" has shifts; span of control sets the headcount of a group without shifts`,
      });
    const owner = leadGroupOwner.get(leads.group);
    if (owner !== undefined)
      ctx.addIssue({ code: 'custom', path, message: `"${leads.group}" already leads department "${owner}"` });
    leadGroupOwner.set(leads.group, d.id);
  });
  if (s.coaching !== undefined) {
    checkLeadGroup(s.coaching.leads, ['coaching', 'leads']);
    s.coaching.groups.forEach((g, j) => {
      if (!groups.has(g))
        ctx.addIssue({ code: 'custom', path: ['coaching', 'groups', j], message: `unknown agent group "${g}"` });
    });
  }
  (s.qa?.groups ?? []).forEach((g, j) => {
    if (!groups.has(g))
      ctx.addIssue({ code: 'custom', path: ['qa', 'groups', j], message: `unknown agent group "${g}"` });
  });
}
