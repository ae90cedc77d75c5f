// Interval head-counts become level shifts: the k-th agent works every run of intervals needing at least k, the
// expected agents on the phones per interval are the head-counts, the last interval's staff stay on to drain
// (at least one per group), and warm-up intervals are not special here (the search copies their staffing).
import { describe, expect, it } from 'vitest';
import { scheduledAgents } from '../../../src/sim/analytic/scheduled-staff';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { staffedScenario } from '../../../src/sim/staffing/staffed-scenario';

const base = {
  intervalMinutes: 30,
  horizon: { kind: 'duration', seconds: 4 * 1800, drain: false },
  agentGroups: [
    { id: 'a', queues: ['q'], agents: 7 },
    { id: 'b', queues: ['q'], agents: 7 },
  ],
  schedule: [{ group: 'a', agents: 9, startAt: 0, endAt: 7200 }],
} as unknown as Scenario;

describe('staffedScenario', () => {
  const staffed = staffedScenario(
    base,
    [
      [2, 3, 1, 4],
      [0, 0, 2, 0],
    ],
    { throughInterval: 2, drainSeconds: 600 },
  );
  const shiftsOf = (group: string) => (staffed.schedule ?? []).filter((s) => s.group === group);

  it('replaces the fixed agents and the old schedule, and stops the arrivals after the interval, draining', () => {
    expect(staffed.agentGroups.map((g) => g.agents)).toEqual([0, 0]);
    expect(staffed.horizon).toEqual({ kind: 'duration', seconds: 5400, drain: true });
  });

  it('puts the head-counts on the phones interval by interval', () => {
    for (const [group, counts] of [
      ['a', [2, 3, 1]],
      ['b', [0, 0, 2]],
    ] as const)
      counts.forEach((n, i) => expect(scheduledAgents(0, shiftsOf(group), i * 1800, (i + 1) * 1800)).toBe(n));
  });

  it('keeps people logged in across boundaries: one shift per level run', () => {
    expect(shiftsOf('a')).toEqual([
      { group: 'a', agents: 1, startAt: 0, endAt: 6000 },
      { group: 'a', agents: 1, startAt: 0, endAt: 3600 },
      { group: 'a', agents: 1, startAt: 1800, endAt: 3600 },
    ]);
    expect(shiftsOf('b')).toEqual([{ group: 'b', agents: 2, startAt: 3600, endAt: 6000 }]);
  });

  it('keeps at least one agent per group for the drain, after the interval only', () => {
    const idle = staffedScenario(base, [[1], [0]], { throughInterval: 0, drainSeconds: 600 });
    expect((idle.schedule ?? []).filter((s) => s.group === 'b')).toEqual([
      { group: 'b', agents: 1, startAt: 1800, endAt: 2400 },
    ]);
    expect(scheduledAgents(0, idle.schedule ?? [], 0, 1800)).toBe(1);
  });
});
