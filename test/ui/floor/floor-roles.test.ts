// Roles and departments on the floor: zone labels name the department of the group's queues (when there is
// one) and count the people by role; team leads and specialists get badges, plain agents none; the plan
// carries each zone's role and label.
import { describe, expect, it } from 'vitest';
import type { FloorLayout } from '../../../src/sim/api';
import { planFloor } from '../../../src/ui/floor/floor-layout';
import { agentBadges, departmentNameOf, zoneLabel } from '../../../src/ui/floor/floor-roles';

const layout: FloorLayout = {
  version: 1,
  scenarioId: 'roles',
  scenarioName: 'Roles',
  intervalSeconds: 1800,
  horizonSeconds: 3600,
  serviceLevel: { thresholdSeconds: 20, target: 0.8 },
  departments: [
    { id: 'cs', name: 'Customer service', kind: 'customer-service' },
    { id: 'esc', name: 'Escalations', kind: 'escalation' },
  ],
  queues: [
    { id: 'general', name: 'General', priority: 0, department: 'cs' },
    { id: 'complaints', name: 'Complaints', priority: 5, department: 'esc' },
    { id: 'misc', name: 'Misc', priority: 0 },
  ],
  groups: [
    { id: 'front', name: 'Front line', role: 'agent', proficiency: {}, queues: ['general'] },
    { id: 'experts', name: 'Experts', role: 'specialist', proficiency: { general: 1.5 }, queues: ['misc', 'general'] },
    { id: 'leads', name: 'Team leads', role: 'team-lead', proficiency: {}, queues: ['complaints'] },
    { id: 'loose', name: 'Loose', role: 'agent', proficiency: {}, queues: ['misc'] },
  ],
  agents: [
    { id: 'front-1', group: 0 },
    { id: 'front-2', group: 0 },
    { id: 'experts-1', group: 1 },
    { id: 'leads-1', group: 2 },
    { id: 'loose-1', group: 3 },
  ],
};

describe('zone labels', () => {
  it('name the department of the first queue that has one, and count people by role', () => {
    expect(zoneLabel(layout, 0, 2)).toBe('Customer service · Front line · 2 agents');
    // The experts' first queue has no department; the second one does.
    expect(zoneLabel(layout, 1, 1)).toBe('Customer service · Experts · 1 specialist');
    expect(zoneLabel(layout, 2, 3)).toBe('Escalations · Team leads · 3 team leads');
  });

  it('leave the department out when no queue of the group names one', () => {
    expect(departmentNameOf(layout, layout.groups[3]!)).toBeUndefined();
    expect(zoneLabel(layout, 3, 1)).toBe('Loose · 1 agent');
  });

  it('are what the floor plan puts on each zone, with its role', () => {
    const plan = planFloor(layout);
    expect(plan.zones.map((zone) => zone.role)).toEqual(['agent', 'specialist', 'team-lead', 'agent']);
    expect(plan.zones[2]?.label).toBe('Escalations · Team leads · 1 team lead');
  });
});

describe('role badges', () => {
  it('mark specialists and team leads differently and plain agents not at all', () => {
    const badges = Array.from(agentBadges(layout));
    expect(badges[0]).toBe(0);
    expect(badges[4]).toBe(0);
    expect(badges[2]).toBeGreaterThan(0);
    expect(badges[3]).toBeGreaterThan(0);
    expect(badges[2]).not.toBe(badges[3]);
  });
});
