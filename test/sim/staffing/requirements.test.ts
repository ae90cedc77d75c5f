// The simulated requirement against exact theory: in the pure M/M/c (Erlang C) and M/M/c+M (Erlang A) limit,
// one queue, one group, exponential talk and patience, the fewest agents the simulation accepts at 95%
// confidence equals the exact Erlang staffing on a grid of 24 cases.
//
// Why the test is not flaky: each case's target is set halfway between the model's service level at c − 1
// and at c agents, and the case is kept only if that gap is at least 10 points (checked analytically below),
// so the target sits ≥ 5 points from either staffing boundary. 40 replications of a 30-minute interval after a
// 30-minute warm-up at the same staffing give a one-sided 95% bound within about 3 points of the mean, so
// both c − 1 (fails) and c (passes) are decided with a wide margin. The seeds are fixed, so a run is repeatable.
import { describe, expect, it } from 'vitest';
import { erlangA } from '../../../src/sim/analytic/erlang-a';
import { erlangC } from '../../../src/sim/analytic/erlang-c';
import { serviceLevelIn } from '../../../src/sim/analytic/queue-metrics';
import { requiredAgents } from '../../../src/sim/analytic/staffing';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { simulatedRequirements } from '../../../src/sim/staffing/requirements';

interface Case {
  callsPerHour: number;
  ahtSeconds: number;
  agents: number;
  patienceSeconds?: number;
}

function scenarioOf(c: Case, target: number): Scenario {
  return {
    schemaVersion: 2,
    id: 'mmc-grid',
    name: 'M/M/c grid case',
    seed: `grid-${c.callsPerHour}-${c.ahtSeconds}-${c.patienceSeconds ?? 'inf'}`,
    intervalMinutes: 30,
    horizon: { kind: 'duration', seconds: 3600, drain: true },
    warmupSeconds: 1800,
    serviceLevel: { thresholdSeconds: 20, target, convention: 'offered' },
    queues: [{ id: 'main' }],
    callTypes: [
      {
        id: 'call',
        queue: 'main',
        arrivals: { callsPerHour: [c.callsPerHour] },
        talk: { kind: 'exponential', meanSeconds: c.ahtSeconds },
        ...(c.patienceSeconds === undefined
          ? {}
          : { patience: { kind: 'exponential', meanSeconds: c.patienceSeconds } }),
      },
    ],
    agentGroups: [{ id: 'agents', queues: ['main'], agents: 1 }],
  } as Scenario;
}

function serviceLevelAt(c: Case, agents: number): number {
  const input = { callsPerHour: c.callsPerHour, ahtSeconds: c.ahtSeconds, thresholdSeconds: 20, agents };
  if (c.patienceSeconds === undefined) return erlangC(input).serviceLevelOffered;
  return serviceLevelIn(erlangA({ ...input, patienceSeconds: c.patienceSeconds }), 'offered');
}

const erlangCCases: Case[] = [
  [100, 180, 7],
  [100, 180, 8],
  [150, 120, 7],
  [150, 120, 8],
  [200, 180, 12],
  [200, 180, 13],
  [240, 150, 12],
  [240, 150, 13],
  [300, 120, 12],
  [300, 120, 13],
  [120, 240, 10],
  [120, 240, 11],
].map(([callsPerHour, ahtSeconds, agents]) => ({ callsPerHour, ahtSeconds, agents }) as Case);
const erlangACases: Case[] = [
  [100, 180, 120, 6],
  [100, 180, 120, 7],
  [150, 120, 240, 6],
  [150, 120, 240, 7],
  [200, 180, 240, 11],
  [200, 180, 240, 12],
  [240, 150, 120, 10],
  [240, 150, 120, 11],
  [300, 120, 240, 11],
  [300, 120, 240, 12],
  [120, 240, 240, 9],
  [120, 240, 240, 10],
].map(
  ([callsPerHour, ahtSeconds, patienceSeconds, agents]) =>
    ({ callsPerHour, ahtSeconds, patienceSeconds, agents }) as Case,
);

describe('the simulated requirement in the M/M/c and M/M/c+M limits', () => {
  const cases = [...erlangCCases, ...erlangACases];

  it('has a grid of at least 20 cases whose targets sit 5 points or more from a staffing boundary', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases)
      expect(serviceLevelAt(c, c.agents) - serviceLevelAt(c, c.agents - 1)).toBeGreaterThanOrEqual(0.1);
  });

  it.each(cases)('$callsPerHour calls/h, AHT $ahtSeconds s, patience $patienceSeconds s: needs $agents agents', (c) => {
    const target = (serviceLevelAt(c, c.agents) + serviceLevelAt(c, c.agents - 1)) / 2;
    // The exact analytic staffing for this target is c agents (the models' own search, not this test's).
    const exact = requiredAgents({
      callsPerHour: c.callsPerHour,
      ahtSeconds: c.ahtSeconds,
      thresholdSeconds: 20,
      target,
      convention: 'offered',
      ...(c.patienceSeconds === undefined ? {} : { patienceSeconds: c.patienceSeconds }),
    });
    expect(exact.agents).toBe(c.agents);
    // The search starts from the offered load, not from the answer, so it has to walk to it.
    const start = Math.floor((c.callsPerHour * c.ahtSeconds) / 3600);
    const result = simulatedRequirements(
      scenarioOf(c, target),
      { serviceLevel: target, thresholdSeconds: 20, confidence: 0.95 },
      { replications: 40 },
      [[start, start]],
    );
    expect(result.simulated.map((s) => s.agents[0])).toEqual([c.agents, c.agents]);
    expect(result.simulated[1]?.reachable).toBe(true);
  });
});
