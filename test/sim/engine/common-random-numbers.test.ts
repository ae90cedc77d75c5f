// Common random numbers: each kind of randomness has its own stream, so changing one part of a scenario leaves
// the other draws — and so the callers — unchanged.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/sim/engine/simulation';
import { buildScenario } from '../support/scenario-builder';

const light = (extra: Record<string, unknown>) =>
  buildScenario({
    horizon: { kind: 'duration', seconds: 10 * 3600 },
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [30] },
        talk: { kind: 'lognormal', meanSeconds: 240, cv: 1 },
        resolution: { probability: 0.7 },
        ...extra,
      },
    ],
    agentGroups: [{ id: 'g', queues: ['q'], agents: 30 }],
  });

describe('common random numbers', () => {
  it('keep talk times when only the patience distribution changes', () => {
    // With 30 agents for 2 erlangs nobody waits, so patience never matters — but a patience drawn from the
    // service stream would shift every later talk time (a deterministic patience consumes no draw).
    const a = runScenario(light({ patience: { kind: 'exponential', meanSeconds: 120 } })).total;
    const b = runScenario(light({ patience: { kind: 'deterministic', valueSeconds: 120 } })).total;
    expect(b.answered).toBe(a.answered);
    expect(b.talkSeconds).toBe(a.talkSeconds);
  });

  it('decide the same callers alike when only the staffing changes', () => {
    // 3 agents for 2 erlangs: callers wait and calls end in another order than with 40 agents. Decisions drawn
    // per call at arrival still resolve the same customers (every caller is answered: no patience limit).
    const few = runScenario({ ...light({}), agentGroups: [{ id: 'g', queues: ['q'], agents: 3 }] });
    const many = runScenario({ ...light({}), agentGroups: [{ id: 'g', queues: ['q'], agents: 40 }] });
    expect(few.total.asaSeconds).toBeGreaterThan(10 * many.total.asaSeconds);
    expect(many.total.offered).toBe(few.total.offered);
    // The same customers are resolved: interval by interval (the totals alone would match by chance of order).
    const fcr = (r: typeof few) => r.intervals.map((i) => i.firstContactResolution);
    expect(fcr(many)).toEqual(fcr(few));
  });
});
