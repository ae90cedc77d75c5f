// The routing options' cross-field rules: each mistake names its field and says what is wrong.
import { describe, expect, it } from 'vitest';
import { formatIssue, validateScenario } from '../../../src/sim/scenario/validate';

function scenario(queue: Record<string, unknown>, groups: Record<string, unknown>[]): unknown {
  return {
    schemaVersion: 2,
    id: 'orders',
    name: 'Orders',
    seed: 1,
    intervalMinutes: 30,
    horizon: { kind: 'duration', seconds: 3600 },
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    queues: [{ id: 'sales', ...queue }, { id: 'support' }],
    callTypes: [
      {
        id: 'order',
        queue: 'sales',
        arrivals: { callsPerHour: [60] },
        talk: { kind: 'exponential', meanSeconds: 240 },
      },
    ],
    agentGroups: groups,
  };
}

function errorsOf(input: unknown): string[] {
  const result = validateScenario(input);
  return result.ok ? [] : result.issues.map(formatIssue);
}

const groups = [
  { id: 'sellers', queues: ['sales'], agents: 2 },
  { id: 'helpers', queues: ['support', 'sales'], agents: 2 },
  { id: 'techs', queues: ['support'], agents: 1 },
];

describe('routing options', () => {
  it('accepts every agent-selection rule, a group order, a queue order and a wait weight', () => {
    for (const rule of ['longest-idle', 'most-proficient', 'random-agent', 'random-group'])
      expect(errorsOf(scenario({ agentSelection: rule, groupOrder: ['helpers', 'sellers'] }, groups))).toEqual([]);
    const ordered = groups.map((g) =>
      g.id === 'helpers' ? { ...g, queueOrder: ['sales'], waitWeightPerSecond: 0.5 } : g,
    );
    expect(errorsOf(scenario({}, ordered))).toEqual([]);
  });

  it('names an unknown rule, a group that does not serve the queue, an unknown group and a repeat', () => {
    expect(errorsOf(scenario({ agentSelection: 'cheapest' }, groups))[0]).toMatch(/^queues\[0\]\.agentSelection: /);
    expect(errorsOf(scenario({ groupOrder: ['sellers', 'techs', 'ghosts', 'sellers'] }, groups))).toEqual([
      'queues[0].groupOrder[1]: agent group "techs" does not serve queue "sales"',
      'queues[0].groupOrder[2]: unknown agent group "ghosts"',
      'queues[0].groupOrder[3]: "sellers" is listed twice',
    ]);
  });

  it("names a queue order entry that is not one of the group's queues, and a negative weight", () => {
    const bad = groups.map((g) =>
      g.id === 'sellers' ? { ...g, queueOrder: ['support'], waitWeightPerSecond: -1 } : g,
    );
    const errors = errorsOf(scenario({}, bad));
    expect(errors).toContain('agentGroups[0].queueOrder[0]: "support" is not one of this group\'s queues');
    expect(errors.some((e) => e.startsWith('agentGroups[0].waitWeightPerSecond: '))).toBe(true);
  });
});
