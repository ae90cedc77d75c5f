// Retrials with separate rules after a busy signal and after abandoning, and by attempt number. With
// exponential times and one retry delay, the calls on the trunk lines and the callers waiting to retry (the
// orbit) form a Markov chain, solved exactly here; the simulation must agree within 4 standard errors.
import { describe, expect, it } from 'vitest';
import { Simulation, type TraceEvent } from '../../../src/sim/engine/simulation';
import { runReplications } from '../../../src/sim/replications';
import type { Estimate } from '../../../src/sim/results';
import { parseScenario } from '../../../src/sim/scenario/validate';
import { expectation, stationary, type Chain } from '../support/ctmc';

const M = { agents: 3, lines: 5, meanTalk: 300, callsPerHour: 45, patience: 200, retryDelay: 180, maxOrbit: 80 };
const HOURS = 800;
const WARMUP_HOURS = 20;

interface Rules {
  afterAbandon: number;
  afterBusy?: number;
}

function scenario(rules: Rules, seed: string, extra: Record<string, unknown> = {}) {
  const delay = { kind: 'exponential', meanSeconds: M.retryDelay };
  return parseScenario({
    schemaVersion: 2,
    id: 'retrial-rules',
    name: 'Retrial rules',
    seed,
    intervalMinutes: 60,
    horizon: { kind: 'duration', seconds: (WARMUP_HOURS + HOURS) * 3600, drain: false },
    warmupSeconds: WARMUP_HOURS * 3600,
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    trunkLines: M.lines,
    queues: [{ id: 'q' }],
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [M.callsPerHour] },
        talk: { kind: 'exponential', meanSeconds: M.meanTalk },
        patience: { kind: 'exponential', meanSeconds: M.patience },
        retrial: {
          probability: rules.afterAbandon,
          delay,
          ...(rules.afterBusy === undefined ? {} : { afterBusy: { probability: rules.afterBusy, delay } }),
          ...extra,
        },
      },
    ],
    agentGroups: [{ id: 'agents', queues: ['q'], agents: M.agents }],
  });
}

interface State {
  n: number;
  orbit: number;
}

/** (calls on the lines, callers waiting to retry): fresh and retried attempts, service, abandons. */
function exact(rules: Rules) {
  const pa = rules.afterAbandon;
  const pb = rules.afterBusy ?? pa;
  const lambda = M.callsPerHour / 3600;
  const nu = 1 / M.retryDelay;
  const states: State[] = [];
  for (let n = 0; n <= M.lines; n++) for (let orbit = 0; orbit <= M.maxOrbit; orbit++) states.push({ n, orbit });
  const chain: Chain<State> = {
    states,
    key: (s) => `${s.n},${s.orbit}`,
    out({ n, orbit }) {
      const moves: [State, number][] = [];
      const retry = orbit * nu;
      if (n < M.lines) {
        moves.push([{ n: n + 1, orbit }, lambda]);
        if (orbit > 0) moves.push([{ n: n + 1, orbit: orbit - 1 }, retry]);
      } else {
        if (orbit < M.maxOrbit) moves.push([{ n, orbit: orbit + 1 }, lambda * pb]);
        if (orbit > 0) moves.push([{ n, orbit: orbit - 1 }, retry * (1 - pb)]);
      }
      if (n > 0) moves.push([{ n: n - 1, orbit }, Math.min(n, M.agents) / M.meanTalk]);
      const abandon = Math.max(0, n - M.agents) / M.patience;
      if (abandon > 0) {
        if (orbit < M.maxOrbit) moves.push([{ n: n - 1, orbit: orbit + 1 }, abandon * pa]);
        moves.push([{ n: n - 1, orbit }, abandon * (1 - pa)]);
      }
      return moves;
    },
  };
  const pi = stationary(chain);
  const perHour = (f: (s: State) => number) => expectation(chain, pi, f) * 3600;
  return {
    blockedPerHour: perHour((s) => (s.n === M.lines ? lambda + s.orbit * nu : 0)),
    retrialsPerHour: perHour((s) => (s.n < M.lines ? s.orbit * nu : 0)),
    orbitAtLimit: expectation(chain, pi, (s) => (s.orbit === M.maxOrbit ? 1 : 0)),
  };
}

function expectRateWithin(name: string, count: Estimate, perHour: number): void {
  const mean = count.mean / HOURS;
  const se = count.stdDev / Math.sqrt(count.n) / HOURS;
  const message = `${name}: simulated ${mean.toFixed(3)}/h ± ${se.toExponential(2)} (1 SE), exact ${perHour.toFixed(3)}/h`;
  expect(Math.abs(mean - perHour), message).toBeLessThanOrEqual(4 * se + 1e-9);
}

describe('retrial rules against the exact chain', () => {
  for (const rules of [
    { afterAbandon: 0.3, afterBusy: 0.8 },
    { afterAbandon: 0.8, afterBusy: 0.3 },
    { afterAbandon: 0.5 },
  ]) {
    const name =
      rules.afterBusy === undefined
        ? `one rule for both (${rules.afterAbandon})`
        : `after abandoning ${rules.afterAbandon}, after a busy signal ${rules.afterBusy}`;
    it(`${name}: busy signals and retrials per hour`, () => {
      const value = exact(rules);
      expect(value.orbitAtLimit).toBeLessThan(1e-9);
      const result = runReplications(scenario(rules, `retrial-${name}`), { replications: 10 });
      expectRateWithin('busy signals', result.total.blocked, value.blockedPerHour);
      expectRateWithin('retrials', result.total.retrials, value.retrialsPerHour);
    });
  }

  it('the two probabilities matter apart (the exact values differ by far more than the tolerance)', () => {
    const busyKeen = exact({ afterAbandon: 0.3, afterBusy: 0.8 });
    const abandonKeen = exact({ afterAbandon: 0.8, afterBusy: 0.3 });
    expect(busyKeen.blockedPerHour).toBeGreaterThan(1.2 * abandonKeen.blockedPerHour);
  });
});

describe('retrial probability by attempt', () => {
  function maxRetrial(extra: Record<string, unknown>): number {
    const events: TraceEvent[] = [];
    const s = scenario({ afterAbandon: 0.9 }, 'by-attempt', extra);
    new Simulation(
      { ...s, horizon: { kind: 'duration', seconds: 50 * 3600, drain: false } },
      {
        trace: (e) => events.push(e),
      },
    ).run();
    return Math.max(...events.filter((e) => e.type === 'arrived').map((e) => e.retrial ?? 0));
  }

  it('a zero probability from the second retry on stops every caller after one retry', () => {
    expect(maxRetrial({})).toBeGreaterThanOrEqual(3);
    expect(maxRetrial({ probabilityByAttempt: [0.9, 0] })).toBe(1);
  });
});
