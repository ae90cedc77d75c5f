// Issue 19: a warm-transfer leg whose caller ran out of patience was released after the agent holding for it
// had been freed, so that agent could answer the very caller who had just hung up: the call was counted
// answered and abandoned, its slot freed twice, and an agent could serve two calls at once. A log worked out by
// hand, then the issue's own scenario checked caller by caller and agent by agent.
import { describe, expect, it } from 'vitest';
import { Simulation, type TraceEvent } from '../../../src/sim/engine/simulation';
import { checkResult } from '../../../src/sim/result-checks';
import type { CallKpis } from '../../../src/sim/results';
import { parseScenario } from '../../../src/sim/scenario/validate';

function traced(scenario: ReturnType<typeof parseScenario>) {
  const events: TraceEvent[] = [];
  const result = new Simulation(scenario, { trace: (e) => events.push(e) }).run();
  return { events, result };
}

describe('a warm-transfer leg that abandons while its agent holds', () => {
  it('frees the holding agent once, and that agent never answers the caller who left', () => {
    // One agent serves both queues. c1 is answered at 0, talks 100 s and is warm-transferred to b: the leg (c2)
    // waits in b, where nobody is free (the agent holds), and hangs up after its 50 s of patience. The agent,
    // freed then, finds nobody waiting; c3 (arriving at 200) is answered at once by the same agent.
    const scenario = parseScenario({
      schemaVersion: 2,
      id: 'warm-abandon',
      name: 'Warm leg abandons',
      seed: 1,
      intervalMinutes: 15,
      horizon: { kind: 'duration', seconds: 3600 },
      serviceLevel: { thresholdSeconds: 20, target: 0.8 },
      queues: [{ id: 'a' }, { id: 'b' }],
      callTypes: [
        {
          id: 't',
          queue: 'a',
          arrivals: { atSeconds: [0, 200] },
          talk: { kind: 'deterministic', valueSeconds: 100 },
          patience: { kind: 'deterministic', valueSeconds: 50 },
          transfer: {
            probability: 1,
            to: 'b',
            mode: 'warm',
            talk: { kind: 'deterministic', valueSeconds: 60 },
            conference: { kind: 'deterministic', valueSeconds: 5 },
          },
        },
      ],
      agentGroups: [{ id: 'g', queues: ['a', 'b'], agents: 1 }],
    });
    const { events, result } = traced(scenario);
    const log = events.map((e) => [`c${e.call}`, e.type, e.atSeconds, e.agent ?? '']);
    expect(log.slice(0, 7)).toEqual([
      ['c1', 'arrived', 0, ''],
      ['c1', 'answered', 0, 'g-1'],
      ['c1', 'talk-ended', 100, 'g-1'],
      ['c2', 'transferred', 100, 'g-1'],
      ['c2', 'abandoned', 150, ''],
      ['c1', 'completed', 150, 'g-1'],
      ['c3', 'arrived', 200, ''],
    ]);
    expect(log[7]).toEqual(['c3', 'answered', 200, 'g-1']);
    // c3 goes the same way as c1 (its leg c4 abandons at 350): b was offered two legs and answered none.
    expect(log.slice(8)).toEqual([
      ['c3', 'talk-ended', 300, 'g-1'],
      ['c4', 'transferred', 300, 'g-1'],
      ['c4', 'abandoned', 350, ''],
      ['c3', 'completed', 350, 'g-1'],
    ]);
    expect(result.queues.b?.offered).toBe(2);
    expect(result.queues.b?.abandoned).toBe(2);
    expect(result.queues.b?.answered).toBe(0);
    expect(checkResult(result)).toEqual([]);
  });
});

/** The scenario of issue 19, word for word. */
const issueScenario = parseScenario({
  schemaVersion: 2,
  id: 'issue-19-warm',
  name: 'Issue 19: warm transfers with patience',
  seed: 1,
  intervalMinutes: 30,
  horizon: { kind: 'duration', seconds: 4 * 3600, drain: false },
  serviceLevel: { thresholdSeconds: 20, target: 0.8 },
  queues: [{ id: 'a' }, { id: 'b' }],
  callTypes: [
    {
      id: 't',
      queue: 'a',
      arrivals: { callsPerHour: [300] },
      talk: { kind: 'exponential', meanSeconds: 240 },
      patience: { kind: 'exponential', meanSeconds: 180 },
      transfer: {
        probability: 1,
        to: 'b',
        mode: 'warm',
        talk: { kind: 'exponential', meanSeconds: 60 },
        conference: { kind: 'deterministic', valueSeconds: 5 },
      },
    },
  ],
  agentGroups: [{ id: 'g', queues: ['a', 'b'], agents: 20 }],
});

function expectConserved(k: CallKpis | undefined): void {
  if (k === undefined) throw new Error('missing KPIs');
  expect(k.offered).toBe(k.answered + k.abandoned + k.waitingAtEnd);
  expect(k.transferRate).toBeLessThanOrEqual(1);
}

describe("issue 19's scenario: queues a and b, 20 agents, every call warm-transferred, patience 180 s", () => {
  for (const seed of [1, 2, 3])
    it(`seed ${seed}: calls add up, every caller ends once, every agent is freed once per call`, () => {
      const scenario = { ...issueScenario, seed };
      const { events, result } = traced(scenario);
      expectConserved(result.total);
      expectConserved(result.queues.a);
      expectConserved(result.queues.b);
      expect(checkResult(result)).toEqual([]);
      // Not vacuous: many legs ran out of patience while an agent held for them.
      const legs = new Set(events.filter((e) => e.type === 'transferred').map((e) => e.call));
      const legsAbandoned = events.filter((e) => e.type === 'abandoned' && legs.has(e.call)).length;
      expect(legsAbandoned).toBeGreaterThan(20);

      // Caller by caller: answered or abandoned, never both, never twice.
      const ends = new Map<number, string[]>();
      for (const e of events)
        if (e.type === 'answered' || e.type === 'abandoned') ends.set(e.call, [...(ends.get(e.call) ?? []), e.type]);
      for (const [, list] of ends) expect(list.length).toBe(1);
      // Agent by agent: answered and completed alternate (freed exactly once per call, one call at a time).
      const busyWith = new Map<string, number>();
      for (const e of events) {
        if (e.agent === undefined) continue;
        if (e.type === 'answered') {
          expect(busyWith.has(e.agent)).toBe(false);
          busyWith.set(e.agent, e.call);
        } else if (e.type === 'completed') {
          expect(busyWith.get(e.agent)).toBe(e.call);
          busyWith.delete(e.agent);
        }
      }
      // Busy agents at the end are at most the staff, and the queues never went negative.
      expect(busyWith.size).toBeLessThanOrEqual(20);
      for (const k of [result.total, result.queues.a, result.queues.b]) expect(k?.meanQueueLength).toBeGreaterThan(0);
    });
});
