// The organisation part of the format: mistakes are reported on the exact field, and the static part of a
// structure compiles into the plain model as documented (pure, input untouched).
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario, validateScenario } from '../../../src/sim/scenario/validate';
import { applyStructures, departmentAgents } from '../../../src/sim/scenario/structures';

function base(): Record<string, any> {
  return {
    schemaVersion: 2,
    id: 'org',
    name: 'Org',
    seed: 1,
    intervalMinutes: 30,
    horizon: { kind: 'duration', seconds: 3600 },
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    departments: [
      {
        id: 'service',
        structure: {
          kind: 'self-managed',
          pooling: { crossQueueProficiency: 0.8 },
          knowledgeSharing: { learningSpeedup: 2 },
        },
      },
      {
        id: 'tier2',
        kind: 'escalation',
        structure: { kind: 'hierarchical', teamLeads: { group: 'leads', agentsPerLead: 4 } },
      },
    ],
    queues: [
      { id: 'a', department: 'service' },
      { id: 'b', department: 'service' },
      { id: 'esc', department: 'tier2' },
    ],
    callTypes: [
      { id: 'c', queue: 'a', arrivals: { callsPerHour: [60] }, talk: { kind: 'exponential', meanSeconds: 200 } },
    ],
    agentGroups: [
      { id: 'ga', queues: ['a'], agents: 3, learning: { startEfficiency: 0.5, halfwayCalls: 100 } },
      { id: 'gb', queues: ['b'], agents: 2, proficiency: { a: 1.2 } },
      { id: 'tier2-agents', queues: ['esc'], agents: 5 },
      { id: 'leads', role: 'team-lead', queues: ['esc'], agents: 99 },
    ],
    schedule: [{ group: 'tier2-agents', agents: 4, startAt: 0, endAt: 3600 }],
  };
}

function issues(edit: (s: Record<string, any>) => void): string[] {
  const s = base();
  edit(s);
  const result = validateScenario(s);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('organisation fields', () => {
  it('accept the base scenario, including proficiency for a pooled queue the group does not list', () => {
    expect(issues(() => {})).toEqual([]);
  });

  it('name the field of each mistake', () => {
    expect(issues((s) => (s.agentGroups[3].role = 'agent'))).toEqual([
      'departments[1].structure.teamLeads.group: "leads" is not a team-lead group (its role is agent)',
    ]);
    expect(issues((s) => (s.departments[1].structure.teamLeads.group = 'boss'))).toEqual([
      'departments[1].structure.teamLeads.group: unknown agent group "boss"',
    ]);
    expect(issues((s) => s.schedule.push({ group: 'leads', agents: 1, startAt: 0, endAt: 3600 }))).toEqual([
      'departments[1].structure.teamLeads.group: "leads" has shifts; span of control sets the headcount of a group without shifts',
    ]);
    expect(
      issues(
        (s) =>
          (s.departments[0].structure = {
            kind: 'self-managed',
            review: { everyMinutes: 30, reactionDelayMinutes: 5, waitingAbove: 1, moveAgents: 1 },
          }),
      ),
    ).toEqual([
      'departments[0].structure.review: unknown field',
      // Without pooling, gb's proficiency for queue a is no longer allowed either.
      'agentGroups[1].proficiency.a: is for a queue the group does not serve',
    ]);
    expect(issues((s) => (s.departments[0].structure.pooling = undefined))).toEqual([
      'agentGroups[1].proficiency.a: is for a queue the group does not serve',
    ]);
    expect(
      issues(
        (s) =>
          (s.coaching = {
            leads: 'ga',
            groups: ['nobody'],
            everyMinutes: 30,
            durationSeconds: 600,
            experienceCalls: 5,
          }),
      ),
    ).toEqual([
      'coaching.leads: "ga" is not a team-lead group (its role is agent)',
      'coaching.groups[0]: unknown agent group "nobody"',
    ]);
    expect(
      issues(
        (s) =>
          (s.fatigue = {
            occupancyAbove: 0.8,
            slowdownPerHour: 0.1,
            recoveryPerHour: 0.1,
            maxSlowdown: 0.95,
            absenceIncrease: 0,
          }),
      ),
    ).toHaveLength(1);
    expect(issues((s) => (s.staff = [{ role: 'janitor', count: 1, hourlyCost: 10 }]))[0]).toMatch(
      /^staff\[0\]\.role: /,
    );
  });
});

describe('applyStructures', () => {
  it('pools the department queues, sizes the leads by span of control and speeds up learning', () => {
    const input = parseScenario(base());
    const before = JSON.stringify(input);
    const out = applyStructures(input);
    expect(JSON.stringify(input)).toBe(before);
    const group = (id: string) => out.agentGroups.find((g) => g.id === id)!;
    expect(group('ga').queues).toEqual(['a', 'b']);
    expect(group('ga').proficiency).toEqual({ b: 0.8 });
    expect(group('gb').queues).toEqual(['b', 'a']);
    expect(group('gb').proficiency).toEqual({ a: 1.2 }); // its own figure wins
    expect(group('ga').learning?.halfwayCalls).toBe(50);
    // tier2 has 5 fixed + 4 shift agents: ceil(9 / 4) = 3 leads; its agents are not pooled (hierarchical).
    expect(departmentAgents(input, 'tier2')).toBe(9);
    expect(group('leads').agents).toBe(3);
    expect(group('tier2-agents').queues).toEqual(['esc']);
  });

  it('returns the scenario itself when no department has a structure', () => {
    const s = base();
    for (const d of s.departments) delete d.structure;
    delete s.agentGroups[1].proficiency;
    const input = parseScenario(s);
    expect(applyStructures(input)).toBe(input);
  });
});
