// Erlang C against published calculator outputs, closed forms for 1, 2 and 3 agents, and identities.
import { describe, expect, it } from 'vitest';
import { erlangC, erlangCWaitProbability } from '../../../src/sim/analytic/erlang-c';

// 100 calls per 30 minutes with a 180 s AHT: 10 erlangs.
const example = { callsPerHour: 200, ahtSeconds: 180, thresholdSeconds: 20 };

describe('erlangC', () => {
  it('reproduces the pyworkforce and CRAN ErlangC README example (14 agents)', () => {
    // pyworkforce 0.1.0 README: ErlangC(transactions=100, asa=20/60, aht=3, interval=30) at 14 positions →
    // service_level 0.8883500191794669, occupancy 0.7142857142857143, waiting_probability 0.1741319335950498.
    // CRAN ErlangC 0.1.0 README, same inputs: average_speed_of_answer 7.83593701177724 s.
    const result = erlangC({ ...example, agents: 14 });
    expect(result.stable).toBe(true);
    expect(result.waitProbability).toBeCloseTo(0.1741319335950498, 12);
    expect(result.serviceLevelExcludeShortAbandons).toBeCloseTo(0.8883500191794669, 12);
    expect(result.occupancy).toBeCloseTo(0.7142857142857143, 14);
    expect(result.asaSeconds).toBeCloseTo(7.83593701177724, 10);
  });

  it('gives P(wait) ≈ 0.6821 for A = 10 erlangs and 11 agents (first row of the CRAN ErlangC README search trace)', () => {
    expect(erlangC({ ...example, agents: 11 }).waitProbability).toBeCloseTo(0.6821182, 7);
  });

  it('gives P(wait) = 4/9 exactly for A = 2, c = 3', () => {
    // 1 + 2 + 2 = 5 below c; A^c/c!·c/(c−A) = 8/6·3 = 4; C = 4/(5+4).
    expect(erlangCWaitProbability(3, 2)).toBeCloseTo(4 / 9, 15);
  });

  it('reduces to M/M/1 and M/M/2 closed forms', () => {
    // M/M/1: P(wait) = ρ, Wq = ρ/(μ − λ). M/M/2: P(wait) = 2ρ²/(1 + ρ), ρ = λ/(2μ).
    const mm1 = erlangC({ callsPerHour: 45, ahtSeconds: 60, agents: 1, thresholdSeconds: 30 });
    const rho = 0.75;
    const mu = 1 / 60;
    expect(mm1.waitProbability).toBeCloseTo(rho, 14);
    expect(mm1.asaSeconds).toBeCloseTo(rho / (mu - rho * mu), 10);
    expect(mm1.serviceLevelOffered).toBeCloseTo(1 - rho * Math.exp(-(mu - rho * mu) * 30), 14);
    for (const rho2 of [0.1, 0.5, 0.9, 0.99]) {
      expect(erlangCWaitProbability(2, 2 * rho2)).toBeCloseTo((2 * rho2 * rho2) / (1 + rho2), 13);
    }
  });

  it('satisfies its identities: SL(T=0) = 1 − P(wait), ASA = P(wait)/(cμ − λ), Lq = λ·ASA', () => {
    for (const agents of [11, 12, 20]) {
      const atZero = erlangC({ ...example, agents, thresholdSeconds: 0 });
      expect(atZero.serviceLevelOffered).toBeCloseTo(1 - atZero.waitProbability, 15);
      const lambda = 200 / 3600;
      const mu = 1 / 180;
      expect(atZero.asaSeconds).toBeCloseTo(atZero.waitProbability / (agents * mu - lambda), 10);
      expect(atZero.meanQueueLength).toBeCloseTo(lambda * atZero.asaSeconds, 12);
    }
  });

  it('reports the three service-level conventions as equal and nothing abandoned', () => {
    const result = erlangC({ ...example, agents: 12 });
    expect(result.serviceLevelAnswered).toBe(result.serviceLevelOffered);
    expect(result.serviceLevelExcludeShortAbandons).toBe(result.serviceLevelOffered);
    expect(result.abandonRate).toBe(0);
    expect(result.answeredProbability).toBe(1);
  });

  it('flags an unstable load instead of returning NaN or throwing', () => {
    for (const agents of [0, 5, 10]) {
      const result = erlangC({ ...example, agents });
      expect(result).toMatchObject({ stable: false, waitProbability: 1, serviceLevelOffered: 0 });
      expect(result.asaSeconds).toBe(Infinity);
      expect(result.meanQueueLength).toBe(Infinity);
      expect(Object.values(result).some((value) => Number.isNaN(value))).toBe(false);
    }
  });

  it('stays accurate at c = 1000 and ρ = 0.97 (no factorials)', () => {
    // 1000 agents, A = 970 erlangs. Check against the definition summed in log space.
    const result = erlangC({ callsPerHour: 970 * 12, ahtSeconds: 300, agents: 1000, thresholdSeconds: 20 });
    const c = 1000;
    const offered = 970;
    let logTerm = 0;
    const logTerms = [0];
    for (let k = 1; k < c; k += 1) {
      logTerm += Math.log(offered / k);
      logTerms.push(logTerm);
    }
    const logLast = logTerm + Math.log(offered / c) + Math.log(c / (c - offered));
    const top = Math.max(logLast, ...logTerms);
    const below = logTerms.reduce((acc, value) => acc + Math.exp(value - top), 0);
    const expected = Math.exp(logLast - top) / (below + Math.exp(logLast - top));
    expect(result.waitProbability).toBeCloseTo(expected, 12);
    expect(result.waitProbability).toBeGreaterThan(0);
    expect(result.waitProbability).toBeLessThan(1);
    expect(result.occupancy).toBeCloseTo(0.97, 14);
  });

  it('handles zero calls and rejects invalid input naming the field', () => {
    const idle = erlangC({ ...example, callsPerHour: 0, agents: 1 });
    expect(idle).toMatchObject({ stable: true, waitProbability: 0, serviceLevelOffered: 1, asaSeconds: 0 });
    expect(() => erlangC({ ...example, agents: -2 })).toThrow('agents: must be >= 0 (got -2)');
    expect(() => erlangC({ ...example, ahtSeconds: -3, agents: 1 })).toThrow('ahtSeconds: must be > 0 (got -3)');
    expect(() => erlangC({ ...example, thresholdSeconds: Infinity, agents: 1 })).toThrow(
      'thresholdSeconds: must be a finite number (got Infinity)',
    );
  });
});
