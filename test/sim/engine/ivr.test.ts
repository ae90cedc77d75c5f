// The IVR: containment removes its share of calls from the agents' queues, hang-ups and misroutes happen at
// their configured rates, and the time in the IVR is what the menu's durations add up to.
import { describe, expect, it } from 'vitest';
import { runScenario, Simulation, type TraceEvent } from '../../../src/sim/engine/simulation';
import { buildScenario } from '../support/scenario-builder';

const within = (value: number, expected: number, n: number) => {
  // A binomial proportion: 4 standard errors.
  const se = Math.sqrt((expected * (1 - expected)) / n);
  expect(Math.abs(value - expected)).toBeLessThanOrEqual(4 * se + 1e-12);
};

const DAYS = 20;

function menuScenario(ivr: unknown, extra: Record<string, unknown> = {}) {
  return buildScenario({
    horizon: { kind: 'duration', seconds: DAYS * 86_400, drain: true },
    queues: [{ id: 'q' }, { id: 'r' }, { id: 's' }],
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        ivr: 'main',
        arrivals: { callsPerHour: [120] },
        talk: { kind: 'exponential', meanSeconds: 240 },
        patience: { kind: 'exponential', meanSeconds: 180 },
      },
    ],
    ivr,
    agentGroups: [{ id: 'g', queues: ['q', 'r', 's'], agents: 12 }],
    ...extra,
  });
}

describe('IVR', () => {
  it('contains 30% of callers, who never reach an agent', () => {
    const withIvr = runScenario(
      menuScenario({
        nodes: [
          {
            id: 'main',
            prompt: { kind: 'deterministic', valueSeconds: 30 },
            selfService: { probability: 0.3, duration: { kind: 'deterministic', valueSeconds: 60 } },
          },
        ],
      }),
    );
    const ivr = withIvr.ivr;
    within(ivr.containmentRate, 0.3, ivr.entered);
    // The agents' queues see only the routed 70%.
    expect(withIvr.total.offered).toBe(ivr.routed);
    expect(ivr.contained + ivr.routed + ivr.hungUp).toBe(ivr.entered);
    within(withIvr.total.offered / ivr.entered, 0.7, ivr.entered);
    // Contained callers spend 30 + 60 s, routed ones 30 s.
    expect(ivr.meanIvrSeconds).toBeCloseTo(30 + 60 * (ivr.contained / ivr.entered), 9);
    expect(ivr.hungUp).toBe(0);
    expect(ivr.misrouted).toBe(0);
  });

  it('walks sub-menus by their probabilities, loses callers who hang up and misroutes some', () => {
    const result = runScenario(
      menuScenario({
        nodes: [
          {
            id: 'main',
            prompt: { kind: 'deterministic', valueSeconds: 20 },
            hangUpProbability: 0.1,
            options: [
              { next: 'billing', probability: 0.5 },
              { next: 'faults', probability: 0.5 },
            ],
          },
          {
            id: 'billing',
            prompt: { kind: 'deterministic', valueSeconds: 10 },
            selfService: { probability: 0.4, duration: { kind: 'deterministic', valueSeconds: 90 } },
          },
          { id: 'faults', prompt: { kind: 'deterministic', valueSeconds: 15 }, misrouteProbability: 0.2 },
        ],
      }),
    );
    const ivr = result.ivr;
    within(ivr.abandonRate, 0.1, ivr.entered);
    // Containment: 0.9 × 0.5 × 0.4 = 0.18 of all callers.
    within(ivr.containmentRate, 0.18, ivr.entered);
    // Misroutes: only at "faults", 20% of those who get there (0.45 of callers) — 0.09 of callers, 0.125 of routed.
    within(ivr.misrouted / ivr.entered, 0.09, ivr.entered);
    within(ivr.misrouteRate, 0.09 / 0.72, ivr.routed);
    // Misrouted callers land in the other queues, nobody else does.
    expect(result.queues['r']!.offered + result.queues['s']!.offered).toBe(ivr.misrouted);
    expect(result.total.offered).toBe(ivr.routed);
  });

  it('logs each caller through the IVR exactly once before the queue', () => {
    const events: TraceEvent[] = [];
    const scenario = menuScenario(
      {
        nodes: [
          {
            id: 'main',
            prompt: { kind: 'exponential', meanSeconds: 40 },
            hangUpProbability: 0.05,
            selfService: { probability: 0.2, duration: { kind: 'exponential', meanSeconds: 60 } },
          },
        ],
      },
      { horizon: { kind: 'duration', seconds: 3 * 3600 } },
    );
    new Simulation(scenario, { trace: (e) => events.push(e) }).run();
    const byCall = new Map<number, string[]>();
    for (const e of events) byCall.set(e.call, [...(byCall.get(e.call) ?? []), e.type]);
    for (const types of byCall.values()) {
      expect(types[0]).toBe('arrived');
      expect(['left-ivr', 'routed']).toContain(types[1]);
      if (types[1] === 'left-ivr') expect(types).toHaveLength(2);
    }
  });
});
