// The simulator against queueing theory: M/M/c against Erlang C and M/M/c+M against Erlang A, for small,
// medium and large centres and loads from 0.5 to 0.97 plus an overloaded Erlang A case. The tolerance is the
// run's own standard error over independent replications (fixed seeds, never tuned): |sim − theory| ≤ 4 SE.
import { describe, expect, it } from 'vitest';
import { erlangA } from '../../../src/sim/analytic/erlang-a';
import { erlangC } from '../../../src/sim/analytic/erlang-c';
import type { QueueMetrics } from '../../../src/sim/analytic/queue-metrics';
import { runReplications } from '../../../src/sim/replications';
import type { Estimate } from '../../../src/sim/results';
import { parseScenario } from '../../../src/sim/scenario/validate';

interface Case {
  agents: number;
  load: number;
  patienceSeconds?: number;
  callsPerReplication: number;
}

const AHT_SECONDS = 300;
const THRESHOLD_SECONDS = 20;
const REPLICATIONS = 10;
const STANDARD_ERRORS = 4;

function scenarioFor(c: Case) {
  const callsPerHour = (c.load * c.agents * 3600) / AHT_SECONDS;
  const warmupSeconds = 40 * AHT_SECONDS;
  return parseScenario({
    schemaVersion: 2,
    id: `mmc-${c.agents}-${Math.round(c.load * 100)}`,
    name: 'M/M/c reference',
    seed: `theory-${c.agents}-${c.load}-${c.patienceSeconds ?? 'inf'}`,
    intervalMinutes: 60,
    horizon: { kind: 'duration', seconds: warmupSeconds + (c.callsPerReplication / callsPerHour) * 3600, drain: false },
    warmupSeconds,
    serviceLevel: { thresholdSeconds: THRESHOLD_SECONDS, target: 0.8 },
    queues: [{ id: 'q' }],
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [callsPerHour] },
        talk: { kind: 'exponential', meanSeconds: AHT_SECONDS },
        ...(c.patienceSeconds ? { patience: { kind: 'exponential', meanSeconds: c.patienceSeconds } } : {}),
      },
    ],
    agentGroups: [{ id: 'agents', queues: ['q'], agents: c.agents }],
  });
}

function theoryFor(c: Case): QueueMetrics {
  const input = {
    callsPerHour: (c.load * c.agents * 3600) / AHT_SECONDS,
    ahtSeconds: AHT_SECONDS,
    agents: c.agents,
    thresholdSeconds: THRESHOLD_SECONDS,
  };
  return c.patienceSeconds ? erlangA({ ...input, patienceSeconds: c.patienceSeconds }) : erlangC(input);
}

function expectWithin(name: string, sim: Estimate, theory: number): void {
  const standardError = sim.stdDev / Math.sqrt(sim.n);
  const tolerance = STANDARD_ERRORS * standardError + 1e-9;
  const message = `${name}: simulated ${sim.mean.toFixed(5)} ± ${standardError.toExponential(2)} (1 SE), theory ${theory.toFixed(5)}`;
  expect(Math.abs(sim.mean - theory), message).toBeLessThanOrEqual(tolerance);
}

const cases: Case[] = [
  { agents: 1, load: 0.5, callsPerReplication: 40_000 },
  { agents: 3, load: 0.8, callsPerReplication: 60_000 },
  { agents: 5, load: 0.9, callsPerReplication: 80_000 },
  { agents: 30, load: 0.85, callsPerReplication: 80_000 },
  { agents: 30, load: 0.95, callsPerReplication: 120_000 },
  { agents: 200, load: 0.97, callsPerReplication: 150_000 },
  { agents: 5, load: 0.9, patienceSeconds: 180, callsPerReplication: 60_000 },
  { agents: 30, load: 0.95, patienceSeconds: 300, callsPerReplication: 80_000 },
  { agents: 250, load: 0.97, patienceSeconds: 600, callsPerReplication: 150_000 },
  { agents: 20, load: 1.2, patienceSeconds: 120, callsPerReplication: 60_000 },
];

describe('simulation agrees with Erlang C and Erlang A', () => {
  for (const c of cases) {
    const model = c.patienceSeconds
      ? `Erlang A (M/M/${c.agents}+M, patience ${c.patienceSeconds} s)`
      : `Erlang C (M/M/${c.agents})`;
    it(`${model} at load ${c.load}`, () => {
      const theory = theoryFor(c);
      const result = runReplications(scenarioFor(c), { replications: REPLICATIONS });
      const t = result.total;
      expectWithin('ASA', t.asaSeconds, theory.asaSeconds);
      expectWithin(
        'SL (exclude short abandons)',
        t.serviceLevelExcludeShortAbandons,
        theory.serviceLevelExcludeShortAbandons,
      );
      expectWithin('SL (offered)', t.serviceLevelOffered, theory.serviceLevelOffered);
      expectWithin('SL (answered)', t.serviceLevelAnswered, theory.serviceLevelAnswered);
      expectWithin('abandonment rate', t.abandonRate, theory.abandonRate);
      expectWithin('occupancy', t.occupancy, theory.occupancy);
      expectWithin('mean queue length', t.meanQueueLength, theory.meanQueueLength);
      expectWithin('mean wait (all calls)', t.meanWaitSeconds, theory.meanWaitSeconds);
      expectWithin('share delayed (P(wait > 0))', t.shareDelayed, theory.waitProbability);
    });
  }
});
