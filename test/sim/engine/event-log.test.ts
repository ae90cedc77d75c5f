// A tiny scenario with scripted arrivals and fixed durations, whose event log is worked out by hand.
import { describe, expect, it } from 'vitest';
import { Simulation, type TraceEvent } from '../../../src/sim/engine/simulation';
import { parseScenario } from '../../../src/sim/scenario/validate';

function tinyScenario(overrides: Record<string, unknown> = {}) {
  return parseScenario({
    schemaVersion: 2,
    id: 'tiny',
    name: 'Tiny',
    seed: 1,
    intervalMinutes: 15,
    horizon: { kind: 'duration', seconds: 3600 },
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    queues: [{ id: 'desk' }],
    callTypes: [
      {
        id: 'q',
        queue: 'desk',
        arrivals: { atSeconds: [0, 30, 60, 200] },
        talk: { kind: 'deterministic', valueSeconds: 100 },
        afterCallWork: { kind: 'deterministic', valueSeconds: 10 },
        patience: { kind: 'deterministic', valueSeconds: 50 },
      },
    ],
    agentGroups: [{ id: 'a', queues: ['desk'], agents: 1 }],
    ...overrides,
  });
}

function log(events: TraceEvent[]): [string, string, number][] {
  return events.map((e) => [`c${e.call}`, e.type, e.atSeconds]);
}

describe('event log of a one-agent desk', () => {
  it('follows the hand-worked sequence, equal times in scheduling order', () => {
    const events: TraceEvent[] = [];
    const sim = new Simulation(tinyScenario(), { trace: (e) => events.push(e) });
    const result = sim.run();
    // c1 is answered at once; c2 and c3 run out of patience (50 s) while c1 is served. c3's abandonment and
    // the end of c1's after-call work both fall at 110 s: the abandonment was scheduled first (at 60 s), so it
    // comes first. c4 finds the agent idle.
    expect(log(events)).toEqual([
      ['c1', 'arrived', 0],
      ['c1', 'answered', 0],
      ['c2', 'arrived', 30],
      ['c3', 'arrived', 60],
      ['c2', 'abandoned', 80],
      ['c1', 'talk-ended', 100],
      ['c3', 'abandoned', 110],
      ['c1', 'completed', 110],
      ['c4', 'arrived', 200],
      ['c4', 'answered', 200],
      ['c4', 'talk-ended', 300],
      ['c4', 'completed', 310],
    ]);
    expect(events.filter((e) => e.agent !== undefined).every((e) => e.agent === 'a-1')).toBe(true);
    expect(events.find((e) => e.type === 'abandoned')?.waitSeconds).toBe(50);

    const t = result.total;
    expect([t.offered, t.answered, t.abandoned, t.waitingAtEnd]).toEqual([4, 2, 2, 0]);
    // Both abandons waited 50 s > 20 s, both answers 0 s.
    expect([t.abandonedShort, t.answeredWithinThreshold]).toEqual([0, 2]);
    expect(t.serviceLevelExcludeShortAbandons).toBeCloseTo(2 / 4, 12);
    expect(t.serviceLevelOffered).toBeCloseTo(2 / 4, 12);
    expect(t.serviceLevelAnswered).toBe(1);
    expect(t.ahtSeconds).toBe(110);
    expect(t.asaSeconds).toBe(0);
    expect(t.meanWaitSeconds).toBe(25);
    // The run drains through the horizon: arrivals stop at 3600 s and the system is already empty.
    expect(result.endSeconds).toBe(3600);
    // The agent is busy 0–110 and 200–310: 220 s of 3600.
    expect(t.occupancy).toBeCloseTo(220 / 3600, 12);
    // Queue length: c2 waits 30–80, c3 waits 60–110 → area 100 s.
    expect(t.meanQueueLength).toBeCloseTo(100 / 3600, 12);
    expect(t.maxQueueLength).toBe(2);
    expect(result.intervals).toHaveLength(4);
    // Waits: answered 0 s and 0 s (bin 0), abandoned 50 s and 50 s (bin 10 of 5 s).
    expect(result.waitHistograms.answered.counts[0]).toBe(2);
    expect(result.waitHistograms.abandoned.counts[10]).toBe(2);
    expect(result.waitHistograms.abandoned.counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(result.intervals[0]?.offered).toBe(4);
    expect(result.intervals[1]?.offered).toBe(0);
  });

  it('stops at the horizon without drain and reports the calls still waiting', () => {
    const early = new Simulation(tinyScenario({ horizon: { kind: 'duration', seconds: 70, drain: false } })).run();
    // At 70 s c1 is in service, c2 and c3 wait.
    expect(early.endSeconds).toBe(70);
    expect([early.total.offered, early.total.answered, early.total.waitingAtEnd]).toEqual([3, 1, 2]);
    const scenario = tinyScenario({ horizon: { kind: 'duration', seconds: 250, drain: false } });
    const result = new Simulation(scenario).run();
    expect(result.endSeconds).toBe(250);
    expect(result.total.offered).toBe(4);
    expect(result.total.answered).toBe(2);
    // c3 abandoned at 110; c4 (200 s) is in service at 250: answered, not waiting.
    expect(result.total.waitingAtEnd).toBe(0);
    expect(result.total.offered).toBe(result.total.answered + result.total.abandoned + result.total.waitingAtEnd);
  });

  it('excludes calls that arrive during the warm-up', () => {
    const result = new Simulation(tinyScenario({ warmupSeconds: 45 })).run();
    // c1 (0 s) and c2 (30 s) arrive in the warm-up; c3 (60 s) and c4 (200 s) count.
    expect(result.total.offered).toBe(2);
    expect(result.total.abandoned).toBe(1);
    expect(result.total.answered).toBe(1);
    expect(result.observedSeconds).toBe(3600 - 45);
    // Only waiting after the warm-up counts: c2 waits 45–80 s (35 s), c3 60–110 s (50 s).
    expect(result.total.meanQueueLength).toBeCloseTo(85 / 3555, 12);
  });

  it('ends a calls horizon after the given number of arrivals', () => {
    const result = new Simulation(tinyScenario({ horizon: { kind: 'calls', count: 3 } })).run();
    expect(result.total.offered).toBe(3);
    // c1 completes at 110, c3 abandons at 110: the run ends when the last caller leaves.
    expect(result.endSeconds).toBe(110);
  });

  it('ends a calls horizon that the script cannot reach when the script runs out', () => {
    const result = new Simulation(tinyScenario({ horizon: { kind: 'calls', count: 10 } })).run();
    expect(result.total.offered).toBe(4);
    expect(result.endSeconds).toBe(310);
  });
});
