// Erlang A against limits and identities that do not share its code path: θ → 0 is Erlang C, θ = μ makes
// the number in system Poisson(A), Little's law, the fluid limit under overload, and the ordering of the
// three service-level conventions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA, type ErlangAInput } from '../../../src/sim/analytic/erlang-a';
import { erlangC } from '../../../src/sim/analytic/erlang-c';

const base = { callsPerHour: 200, ahtSeconds: 180, agents: 11, thresholdSeconds: 20 };

/** Identities every stationary M/M/c+M result must satisfy, whatever the route to it. */
function expectConsistent(input: ErlangAInput): void {
  const result = erlangA(input);
  const lambda = input.callsPerHour / 3600;
  const theta = 1 / input.patienceSeconds;
  const tolerance = 1e-9;
  expect(result.stable).toBe(true);
  expect(result.answeredProbability + result.abandonRate).toBeCloseTo(1, 12);
  // Little's law twice: on the queue (Lq = λ·E[W]) and on abandonment (θ·Lq = λ·P(abandon)).
  expect(Math.abs(result.meanQueueLength - lambda * result.meanWaitSeconds)).toBeLessThan(
    tolerance * (1 + result.meanQueueLength),
  );
  expect(Math.abs(theta * result.meanQueueLength - lambda * result.abandonRate)).toBeLessThan(tolerance * (1 + lambda));
  // Busy agents = λ·P(answered)·AHT (Little's law on the agents).
  if (input.agents > 0) {
    const busy = (lambda * result.answeredProbability * input.ahtSeconds) / input.agents;
    expect(result.occupancy).toBeCloseTo(busy, 9);
  }
  // Ordering of the conventions: offered ≤ exclude-short-abandons ≤ answered.
  expect(result.serviceLevelOffered).toBeLessThanOrEqual(result.serviceLevelExcludeShortAbandons + 1e-15);
  if (result.answeredProbability > 0) {
    expect(result.serviceLevelExcludeShortAbandons).toBeLessThanOrEqual(result.serviceLevelAnswered + 1e-15);
  }
  expect(result.answeredWithinThresholdProbability).toBeLessThanOrEqual(result.answeredProbability + 1e-15);
  expect(result.abandonedWithinThresholdProbability).toBeLessThanOrEqual(result.abandonRate + 1e-15);
  for (const value of [result.waitProbability, result.abandonRate, result.serviceLevelOffered, result.occupancy]) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1 + 1e-15);
  }
}

describe('erlangA', () => {
  it('approaches Erlang C as patience grows (θ → 0)', () => {
    for (const input of [base, { callsPerHour: 970 * 12, ahtSeconds: 300, agents: 1000, thresholdSeconds: 20 }]) {
      const c = erlangC(input);
      const a = erlangA({ ...input, patienceSeconds: 1e9 });
      expect(a.waitProbability).toBeCloseTo(c.waitProbability, 5);
      expect(a.serviceLevelOffered).toBeCloseTo(c.serviceLevelOffered, 5);
      expect(a.serviceLevelAnswered).toBeCloseTo(c.serviceLevelAnswered, 5);
      expect(a.asaSeconds / c.asaSeconds).toBeCloseTo(1, 4);
      expect(a.meanQueueLength / c.meanQueueLength).toBeCloseTo(1, 4);
      expect(a.abandonRate).toBeLessThan(1e-5);
    }
  });

  it('matches the Poisson closed form when patience equals AHT (θ = μ: deaths nμ in every state)', () => {
    const offered = 10;
    const agents = 11;
    let term = Math.exp(-offered);
    let waiting = 0;
    let queued = 0;
    let busy = 0;
    for (let n = 0; n < 200; n += 1) {
      if (n >= agents) waiting += term;
      queued += Math.max(0, n - agents) * term;
      busy += Math.min(n, agents) * term;
      term *= offered / (n + 1);
    }
    const result = erlangA({ ...base, patienceSeconds: 180 });
    expect(result.waitProbability).toBeCloseTo(waiting, 13);
    expect(result.meanQueueLength).toBeCloseTo(queued, 13);
    expect(result.occupancy).toBeCloseTo(busy / agents, 13);
    // θ·Lq = λ·P(abandon) with θ = μ: P(abandon) = Lq / A.
    expect(result.abandonRate).toBeCloseTo(queued / offered, 13);
  });

  it('satisfies Little’s law and the convention ordering across loads, including c = 1000 and 2000', () => {
    const cases: ErlangAInput[] = [
      { ...base, patienceSeconds: 120 },
      { ...base, agents: 3, patienceSeconds: 30 },
      { ...base, agents: 1, patienceSeconds: 600, thresholdSeconds: 0 },
      { callsPerHour: 970 * 12, ahtSeconds: 300, agents: 1000, thresholdSeconds: 20, patienceSeconds: 180 },
      { callsPerHour: 1200 * 12, ahtSeconds: 300, agents: 1000, thresholdSeconds: 20, patienceSeconds: 180 },
      { callsPerHour: 2400 * 12, ahtSeconds: 300, agents: 2000, thresholdSeconds: 30, patienceSeconds: 90 },
      { callsPerHour: 2000 * 12, ahtSeconds: 300, agents: 2000, thresholdSeconds: 30, patienceSeconds: 3600 },
    ];
    for (const input of cases) expectConsistent(input);
  });

  it('stays stable under overload ρ = 1.2 and follows the fluid limit P(abandon) ≈ 1 − 1/ρ', () => {
    // Garnett, Mandelbaum & Reiman (2002): in the efficiency-driven regime a share 1 − 1/ρ abandons and
    // the queue settles near (λ − cμ)/θ callers.
    const lambdaPerSecond = 1200 / 300;
    const result = erlangA({
      callsPerHour: lambdaPerSecond * 3600,
      ahtSeconds: 300,
      agents: 1000,
      thresholdSeconds: 20,
      patienceSeconds: 180,
    });
    expect(result.stable).toBe(true);
    expect(result.abandonRate).toBeCloseTo(1 - 1 / 1.2, 2);
    expect(result.waitProbability).toBeGreaterThan(0.99);
    expect(result.meanQueueLength / ((lambdaPerSecond - 1000 / 300) * 180)).toBeCloseTo(1, 1);
    expect(result.occupancy).toBeGreaterThan(0.99);
  });

  it('counts every waiting call as neither answered nor abandoned within T = 0', () => {
    const result = erlangA({ ...base, patienceSeconds: 90, thresholdSeconds: 0 });
    expect(result.answeredWithinThresholdProbability).toBeCloseTo(1 - result.waitProbability, 14);
    expect(result.abandonedWithinThresholdProbability).toBe(0);
  });

  it('counts every call within a threshold far beyond any wait', () => {
    const result = erlangA({ ...base, patienceSeconds: 90, thresholdSeconds: 1e5 });
    expect(result.answeredWithinThresholdProbability).toBeCloseTo(result.answeredProbability, 13);
    expect(result.abandonedWithinThresholdProbability).toBeCloseTo(result.abandonRate, 13);
    expect(result.serviceLevelAnswered).toBeCloseTo(1, 13);
  });

  it('gets ASA from the tail of the answered-wait distribution: P(ans)·ASA = ∫ P(ans, W > t) dt', () => {
    // ASA comes from the phase sums, the within-T probabilities from incomplete beta functions: integrating
    // the second (Simpson, t up to 40 mean patiences) must give the first.
    const input = { ...base, agents: 10, patienceSeconds: 60 };
    const result = erlangA(input);
    const steps = 2000;
    const horizon = 40 * input.patienceSeconds;
    const h = horizon / steps;
    let integral = 0;
    for (let i = 0; i <= steps; i += 1) {
      const tail =
        result.answeredProbability - erlangA({ ...input, thresholdSeconds: i * h }).answeredWithinThresholdProbability;
      integral += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * tail;
    }
    integral *= h / 3;
    expect(integral / (result.answeredProbability * result.asaSeconds)).toBeCloseTo(1, 6);
  });

  it('handles no agents (everyone abandons) and no calls', () => {
    const none = erlangA({ ...base, agents: 0, patienceSeconds: 60 });
    expect(none).toMatchObject({ waitProbability: 1, answeredProbability: 0, abandonRate: 1, occupancy: 0 });
    expect(none.meanWaitSeconds).toBeCloseTo(60, 10);
    expect(none.asaSeconds).toBeNaN();
    expect(none.serviceLevelAnswered).toBeNaN();
    const idle = erlangA({ ...base, callsPerHour: 0, patienceSeconds: 60 });
    expect(idle).toMatchObject({ waitProbability: 0, answeredProbability: 1, serviceLevelOffered: 1, asaSeconds: 0 });
  });

  it('keeps its identities for arbitrary valid inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.double({ min: 5, max: 3600, noNaN: true }),
        fc.double({ min: 1, max: 3600, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        (agents, callsPerHour, ahtSeconds, patienceSeconds, thresholdSeconds) => {
          expectConsistent({ agents, callsPerHour, ahtSeconds, patienceSeconds, thresholdSeconds });
        },
      ),
      { numRuns: 200, seed: 20_020 },
    );
  });

  it('rejects invalid input naming the field', () => {
    expect(() => erlangA({ ...base, patienceSeconds: 0 })).toThrow('patienceSeconds: must be > 0 (got 0)');
    expect(() => erlangA({ ...base, patienceSeconds: Infinity })).toThrow('patienceSeconds: must be a finite number');
    expect(() => erlangA({ ...base, agents: 1.5, patienceSeconds: 60 })).toThrow(
      'agents: must be a whole number (got 1.5)',
    );
    expect(() => erlangA({ ...base, thresholdSeconds: -1, patienceSeconds: 60 })).toThrow(
      'thresholdSeconds: must be >= 0 (got -1)',
    );
  });
});
