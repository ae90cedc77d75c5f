// The Erlang overlay per agent pool: staff shared among queues (single-queue groups first, multi-skilled
// groups where their queues fall short), queues combined weighted by calls. Two independent queues give
// exactly the two single-queue Erlang C results combined; the full centre is never above the pooled figure.
import { describe, expect, it } from 'vitest';
import { agentsPerQueue, combineQueues, erlangA, erlangC } from '../../../src/sim/analytic/index';
import { createSimulatorService } from '../../../src/sim/service';
import { builtInScenarios } from '../../../src/scenarios/index';
import mmcSteady from '../../../src/scenarios/mmc-steady.json';

const service = createSimulatorService(builtInScenarios);

function intervalsOf(input: unknown) {
  const response = service.predict(input);
  if (!response.ok) throw new Error(JSON.stringify(response.issues));
  return response.intervals;
}

/** Two queues, each answered only by its own group: 270 calls/h on 20 agents and 100 calls/h on 8 agents. */
function twoIndependentQueues() {
  const s = structuredClone(mmcSteady) as Record<string, unknown>;
  delete s['translations'];
  return {
    ...s,
    id: 'two-queues',
    queues: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    callTypes: [
      {
        id: 'ca',
        name: 'A calls',
        queue: 'a',
        arrivals: { callsPerHour: [270] },
        talk: { kind: 'exponential', meanSeconds: 240 },
      },
      {
        id: 'cb',
        name: 'B calls',
        queue: 'b',
        arrivals: { callsPerHour: [100] },
        talk: { kind: 'exponential', meanSeconds: 180 },
      },
    ],
    agentGroups: [
      { id: 'ga', name: 'A team', queues: ['a'], agents: 20 },
      { id: 'gb', name: 'B team', queues: ['b'], agents: 8 },
    ],
  };
}

describe('agentsPerQueue', () => {
  it('gives a single-queue group all its agents, and a shared group to where the dedicated fall short', () => {
    const loads = new Map([
      ['service', 60],
      ['spanish', 18],
    ]);
    const staff = agentsPerQueue(
      [
        { agents: 55, queues: ['service'] },
        { agents: 20, queues: ['spanish', 'service'] },
      ],
      loads,
    );
    // Shortfalls: service 60 − 55 = 5, spanish 18 − 0 = 18: the 20 bilinguals split 5 : 18.
    expect(staff.get('service')).toBeCloseTo(55 + (20 * 5) / 23, 12);
    expect(staff.get('spanish')).toBeCloseTo((20 * 18) / 23, 12);
    // Every agent of a group whose queues have load is placed somewhere.
    expect((staff.get('service') ?? 0) + (staff.get('spanish') ?? 0)).toBeCloseTo(75, 12);
  });

  it('splits by load where the dedicated cover everything, and gives nobody to queues without load', () => {
    const staff = agentsPerQueue(
      [
        { agents: 30, queues: ['a'] },
        { agents: 10, queues: ['a', 'b'] },
        { agents: 5, queues: ['c'] },
      ],
      new Map([
        ['a', 10],
        ['b', 30],
        ['c', 0],
      ]),
    );
    // Shortfalls a: 0, b: 30 → all 10 to b.
    expect(staff.get('b')).toBe(10);
    expect(staff.get('a')).toBe(30);
    expect(staff.get('c')).toBe(0);
    const byLoad = agentsPerQueue(
      [
        { agents: 50, queues: ['a'] },
        { agents: 50, queues: ['b'] },
        { agents: 8, queues: ['a', 'b'] },
      ],
      new Map([
        ['a', 10],
        ['b', 30],
      ]),
    );
    expect(byLoad.get('a')).toBeCloseTo(52, 12);
    expect(byLoad.get('b')).toBeCloseTo(56, 12);
  });

  it('refuses negative agents or loads, naming them', () => {
    expect(() => agentsPerQueue([{ agents: -1, queues: ['a'] }], new Map([['a', 1]]))).toThrow(/groups\[0\]\.agents/);
    expect(() => agentsPerQueue([{ agents: 1, queues: ['a'] }], new Map([['a', -2]]))).toThrow(/load of queue "a"/);
  });
});

describe('combineQueues', () => {
  it('weights by calls, and the ASA by answered calls', () => {
    const a = erlangA({ callsPerHour: 300, ahtSeconds: 240, agents: 20, thresholdSeconds: 20, patienceSeconds: 120 });
    const b = erlangA({ callsPerHour: 60, ahtSeconds: 300, agents: 6, thresholdSeconds: 20, patienceSeconds: 300 });
    const both = combineQueues([
      { callsPerHour: 300, metrics: a },
      { callsPerHour: 60, metrics: b },
    ]);
    expect(both.abandonRate).toBeCloseTo((300 * a.abandonRate + 60 * b.abandonRate) / 360, 12);
    const answeredA = 300 * a.answeredProbability;
    const answeredB = 60 * b.answeredProbability;
    expect(both.asaSeconds).toBeCloseTo(
      (answeredA * a.asaSeconds + answeredB * b.asaSeconds) / (answeredA + answeredB),
      9,
    );
    expect(both.agents).toBe(26);
    expect(both.meanQueueLength).toBeCloseTo(a.meanQueueLength + b.meanQueueLength, 12);
    // One queue alone is itself.
    const alone = combineQueues([{ callsPerHour: 300, metrics: a }]);
    for (const [key, value] of Object.entries(a))
      if (typeof value === 'number') expect(alone[key as keyof typeof alone], key).toBeCloseTo(value, 12);
    expect(() => combineQueues([])).toThrow(/at least one/);
  });
});

describe('predict per pool', () => {
  it('equals the two single-queue Erlang C results combined, for two independent queues', () => {
    const first = intervalsOf(twoIndependentQueues())[0]!;
    const a = erlangC({ callsPerHour: 270, ahtSeconds: 240, agents: 20, thresholdSeconds: 20 });
    const b = erlangC({ callsPerHour: 100, ahtSeconds: 180, agents: 8, thresholdSeconds: 20 });
    const sl = (270 * a.serviceLevelExcludeShortAbandons + 100 * b.serviceLevelExcludeShortAbandons) / 370;
    expect(first.erlangC?.serviceLevel).toBeCloseTo(sl, 12);
    expect(first.erlangC?.asaSeconds).toBeCloseTo((270 * a.asaSeconds + 100 * b.asaSeconds) / 370, 9);
    expect(first.erlangC?.occupancy).toBeCloseTo((a.offeredLoadErlangs + b.offeredLoadErlangs) / 28, 12);
    expect(first.agents).toBe(28);
    expect(first.callsPerHour).toBe(370);
    // Pooled into one M/M/28 it would be better: the split is what makes the difference.
    const pooled = erlangC({ callsPerHour: 370, ahtSeconds: first.ahtSeconds, agents: 28, thresholdSeconds: 20 });
    expect(pooled.serviceLevelExcludeShortAbandons).toBeGreaterThan(sl + 0.01);
  });

  it('is never above the pooled figure for the full centre, and below it at the peak', () => {
    const scenario = builtInScenarios.find((s) => s.id === 'full-centre')!;
    const intervals = intervalsOf(scenario).filter((i) => i.callsPerHour > 0 && i.erlangC !== null);
    expect(intervals.length).toBeGreaterThan(10);
    let below = 0;
    for (const i of intervals) {
      const pooled = erlangC({
        callsPerHour: i.callsPerHour,
        ahtSeconds: i.ahtSeconds,
        agents: i.agents,
        thresholdSeconds: scenario.serviceLevel.thresholdSeconds,
      }).serviceLevelExcludeShortAbandons;
      expect(i.erlangC!.serviceLevel, `interval ${i.index}`).toBeLessThanOrEqual(pooled + 1e-9);
      if (i.erlangC!.serviceLevel < pooled - 0.05) below++;
    }
    expect(below).toBeGreaterThan(intervals.length / 2);
  });
});
