// The engine's own guard: a loop that takes no simulated time stops with a clear error instead of hanging, and
// an event is never scheduled at a NaN or infinite time (the error names the kind of event). Scenarios and
// interventions that the validators would refuse are made by hand here, to reach the engine as a gap would.
import { describe, expect, it } from 'vitest';
import { eventsAtOneInstantLimit, GuardedCalendar, stuckClockError } from '../../../src/sim/engine/engine-guard';
import { EventKind } from '../../../src/sim/engine/event-kinds';
import { Simulation } from '../../../src/sim/engine/simulation';
import { refuseRunaway, RunGuardError, runGuarded } from '../../../src/sim/run-guard';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { parseScenario } from '../../../src/sim/scenario/validate';

const base = parseScenario({
  schemaVersion: 2,
  id: 'guard',
  name: 'Guard',
  seed: 1,
  intervalMinutes: 15,
  horizon: { kind: 'duration', seconds: 3600, drain: false },
  serviceLevel: { thresholdSeconds: 20, target: 0.8 },
  queues: [{ id: 'q' }],
  callTypes: [
    {
      id: 't',
      queue: 'q',
      arrivals: { atSeconds: [100] },
      talk: { kind: 'exponential', meanSeconds: 60 },
      patience: { kind: 'exponential', meanSeconds: 60 },
    },
  ],
  agentGroups: [{ id: 'g', queues: ['q'], agents: 1 }],
});

/** `base` with the call type changed, past the validator (as a gap in validation would let it through). */
function withCallType(change: Record<string, unknown>, agents = 1): Scenario {
  const ct = { ...base.callTypes[0], ...change } as Scenario['callTypes'][number];
  return { ...base, callTypes: [ct], agentGroups: [{ ...base.agentGroups[0]!, agents }] };
}

describe('a loop that takes no simulated time', () => {
  // Nobody to answer, no patience, and a retry at once, always: the caller calls again and again at 100 s.
  const loop = withCallType(
    {
      patience: { kind: 'deterministic', valueSeconds: 0 },
      retrial: { probability: 1, delay: { kind: 'deterministic', valueSeconds: 0 } },
    },
    0,
  );

  it('stops the run with a clear error naming the instant, instead of hanging', () => {
    const sim = new Simulation(loop);
    let error: unknown;
    try {
      sim.runUntil(3600);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RunGuardError);
    expect((error as Error).message).toMatch(/events in a row at 100 s of simulated time without the clock moving/);
    expect((error as Error).message).toMatch(/retrials or repeat contacts with a delay of 0/);
    // It stopped just past the limit: the guard counts events at one instant, not all events.
    expect(sim.eventCount).toBeGreaterThan(eventsAtOneInstantLimit(loop));
    expect(sim.eventCount).toBeLessThan(eventsAtOneInstantLimit(loop) + 10);
  });

  it('reaches the page and the CLI as a refusal, not a crash', () => {
    expect(() => runGuarded(loop)).toThrow(RunGuardError);
    const refused = refuseRunaway(() => {
      throw stuckClockError(1_000_001, 100);
    });
    expect(refused).toMatchObject({
      ok: false,
      issues: [{ path: '', message: expect.stringMatching(/clock moving/) }],
    });
  });

  it('lets a legitimate burst at one instant through (many scripted arrivals at once)', () => {
    const burst = withCallType({ arrivals: { atSeconds: Array.from({ length: 20_000 }, () => 100) } }, 50);
    const result = new Simulation(burst).run();
    expect(result.total.offered).toBe(20_000);
  });

  it('scales its limit with what a scenario can do at one instant', () => {
    expect(eventsAtOneInstantLimit(base)).toBe(1_000_000);
    const big = { ...base, agentGroups: [{ ...base.agentGroups[0]!, agents: 100_000 }] };
    expect(eventsAtOneInstantLimit(big)).toBe(2_000_020);
  });
});

describe('events at times that are not finite numbers', () => {
  it('are refused with the kind of event that asked for them (a talk slowed down by NaN)', () => {
    // A live intervention with a factor no check caught: the answered call's talk would end at NaN.
    const sim = new Simulation(base);
    sim.slowDownTalk(NaN, 3600);
    expect(() => sim.runUntil(3600)).toThrow(/the end of a talk time was due at NaN s of simulated time \(at 100 s\)/);
  });

  it('are refused at an infinite time too (a surge that never ends)', () => {
    const poisson = withCallType({ arrivals: { callsPerHour: [60] } });
    const sim = new Simulation(poisson);
    sim.runUntil(600);
    expect(() => sim.surgeArrivals(0, 2, Infinity)).toThrow(
      /the end of an arrival surge was due at Infinity s of simulated time \(at \d+ s\)/,
    );
    expect(() => sim.surgeArrivals(0, 2, Infinity)).toThrow(RunGuardError);
  });

  it('by the calendar itself: NaN, +Infinity and −Infinity, while finite times go through', () => {
    const calendar = new GuardedCalendar(16);
    for (const bad of [NaN, Infinity, -Infinity])
      expect(() => calendar.push(bad, EventKind.WrapEnd, 0)).toThrow(/end of after-call work was due at/);
    calendar.push(12.5, EventKind.WrapEnd, 3);
    expect(calendar.pop()).toBe(true);
    expect([calendar.time, calendar.kind, calendar.a]).toEqual([12.5, EventKind.WrapEnd, 3]);
    expect(calendar.size).toBe(0);
  });
});
