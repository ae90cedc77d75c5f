// Balking: a caller who finds no idle agent hangs up at once with a probability that depends on the callers
// already waiting. With exponential times, M/M/c+M with state-dependent balking is a birth-death chain, solved
// exactly here; the simulation must agree within 4 standard errors over independent replications.
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../../src/sim/replications';
import type { Estimate } from '../../../src/sim/results';
import { parseScenario } from '../../../src/sim/scenario/validate';
import { expectation, stationary, type Chain } from '../support/ctmc';

const M = { agents: 3, meanTalk: 300, callsPerHour: 40, patience: 300, maxWaiting: 60 };
const BALKING = [0.1, 0.3, 0.5, 0.8];
const WARMUP_HOURS = 20;

function scenario(balking: number[] | undefined) {
  return parseScenario({
    schemaVersion: 2,
    id: 'balking',
    name: 'Balking',
    seed: `balking-${balking?.join('-') ?? 'none'}`,
    intervalMinutes: 60,
    horizon: { kind: 'duration', seconds: (WARMUP_HOURS + 800) * 3600, drain: false },
    warmupSeconds: WARMUP_HOURS * 3600,
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    queues: [{ id: 'q' }],
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [M.callsPerHour] },
        talk: { kind: 'exponential', meanSeconds: M.meanTalk },
        patience: { kind: 'exponential', meanSeconds: M.patience },
        ...(balking ? { balking: { probabilityByWaiting: balking } } : {}),
      },
    ],
    agentGroups: [{ id: 'agents', queues: ['q'], agents: M.agents }],
  });
}

/** The number in the system N: arrivals λ below c, λ(1 − b_n) with n = N − c waiting; departures and abandons. */
function exact(balking: number[]) {
  const c = M.agents;
  const lambda = M.callsPerHour / 3600;
  const balk = (waiting: number) => balking[Math.min(waiting, balking.length - 1)] as number;
  const states = Array.from({ length: c + M.maxWaiting + 1 }, (_, n) => n);
  const chain: Chain<number> = {
    states,
    key: (n) => String(n),
    out(n) {
      const moves: [number, number][] = [];
      if (n < c) moves.push([n + 1, lambda]);
      else if (n < c + M.maxWaiting) moves.push([n + 1, lambda * (1 - balk(n - c))]);
      if (n > 0) moves.push([n - 1, Math.min(n, c) / M.meanTalk + Math.max(0, n - c) / M.patience]);
      return moves;
    },
  };
  const pi = stationary(chain);
  const waiting = expectation(chain, pi, (n) => Math.max(0, n - c));
  const balked = expectation(chain, pi, (n) => (n >= c ? balk(n - c) : 0));
  return {
    balked,
    abandonRate: balked + waiting / M.patience / lambda,
    occupancy: expectation(chain, pi, (n) => Math.min(n, c)) / c,
    meanQueueLength: waiting,
  };
}

function expectWithin(name: string, sim: Estimate, value: number): void {
  const se = sim.stdDev / Math.sqrt(sim.n);
  const message = `${name}: simulated ${sim.mean.toFixed(4)} ± ${se.toExponential(2)} (1 SE), exact ${value.toFixed(4)}`;
  expect(Math.abs(sim.mean - value), message).toBeLessThanOrEqual(4 * se + 1e-9);
}

describe('balking', () => {
  it('agrees with the exact birth-death chain (abandonment with balkers, occupancy, queue length)', () => {
    const value = exact(BALKING);
    const result = runReplications(scenario(BALKING), { replications: 10 });
    expectWithin('abandonment rate (balkers included)', result.total.abandonRate, value.abandonRate);
    expectWithin('occupancy', result.total.occupancy, value.occupancy);
    expectWithin('mean queue length', result.total.meanQueueLength, value.meanQueueLength);
    // Size: about one caller in six balks here, which is far beyond the test's tolerance.
    expect(value.balked).toBeGreaterThan(0.1);
  });

  it('shortens the queue and the wait against the same callers without balking (direction and size)', () => {
    const without = runReplications(scenario(undefined), { replications: 6 }).total;
    const withBalking = runReplications(scenario(BALKING), { replications: 6 }).total;
    const none = exact([0]);
    expectWithin('mean queue length without balking', without.meanQueueLength, none.meanQueueLength);
    expect(withBalking.meanQueueLength.mean).toBeLessThan(0.7 * without.meanQueueLength.mean);
    expect(withBalking.asaSeconds.mean).toBeLessThan(without.asaSeconds.mean);
  });

  it('never balks a caller who finds an idle agent, and a zero probability changes nothing', () => {
    // Everyone who finds no idle agent balks (probability 1 at every queue length): exactly the delayed callers
    // leave, and every caller who found an idle agent is answered.
    const all = runReplications(scenario([1]), { replications: 2 }).total;
    expect(all.abandoned.mean).toBe(all.delayed.mean);
    expect(all.answered.mean).toBe(all.offered.mean - all.delayed.mean);
    expect(all.answered.mean).toBeGreaterThan(0);
    const zero = runReplications(scenario([0]), { replications: 2 }).total;
    const none = runReplications({ ...scenario(undefined), seed: scenario([0]).seed }, { replications: 2 }).total;
    // The same seed and no balking probability: the same callers, the same waits and abandons.
    expect(zero.abandonRate.mean).toBe(none.abandonRate.mean);
    expect(zero.asaSeconds.mean).toBe(none.asaSeconds.mean);
  });
});
