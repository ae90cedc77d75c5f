// The bench's baseline loop must be a correct M/M/c+M simulator, or the engine ÷ baseline ratio means nothing.
// Checked against conservation laws and closed forms: Erlang C (from src/sim/analytic) and, for patience with
// the same mean as service, the M/M/∞-like Poisson law of the number in system; Erlang A (src/sim/analytic)
// for an overloaded queue. No timing assertions here.
import { describe, expect, it } from 'vitest';
import { BaselineSimulation, type BaselineConfig } from '../../bench/baseline';
import { erlangA } from '../../src/sim/analytic/erlang-a';
import { erlangC } from '../../src/sim/analytic/erlang-c';

function runBaseline(config: BaselineConfig): BaselineSimulation {
  return new BaselineSimulation(config).run();
}

/** Ten independent replications (different seeds) of one configuration. */
function replications(config: BaselineConfig): BaselineSimulation[] {
  return Array.from({ length: 10 }, (_, i) => runBaseline({ ...config, seed: `rep-${i}` }));
}

/** Mean and standard error of a per-replication estimate: replications are independent, so this is honest. */
function estimate(
  runs: readonly BaselineSimulation[],
  of: (sim: BaselineSimulation) => number,
): { mean: number; standardError: number } {
  const values = runs.map(of);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, standardError: Math.sqrt(variance / values.length) };
}

/** Poisson(a) probabilities 0..kMax. */
function poissonPmf(a: number, kMax: number): number[] {
  const pmf = [Math.exp(-a)];
  for (let k = 1; k <= kMax; k++) pmf.push((pmf[k - 1]! * a) / k);
  return pmf;
}

const mmcm: BaselineConfig = {
  agents: 10,
  arrivalsPerSecond: 10 / 60,
  meanServiceSeconds: 60,
  meanPatienceSeconds: 60,
  calls: 40_000,
  seed: 'test',
};

describe('baseline M/M/c+M loop', () => {
  it('conserves calls and schedules exactly one event per arrival, answer and queued caller', () => {
    for (const generator of ['alea', 'arc4', 'xor128'] as const) {
      const sim = runBaseline({ ...mmcm, calls: 20_000, generator });
      expect(sim.offered).toBe(20_000);
      expect(sim.answered + sim.abandoned).toBe(sim.offered);
      expect(sim.abandoned).toBeGreaterThan(0);
      expect(sim.queued).toBeGreaterThanOrEqual(sim.abandoned);
      // Every queued caller has an abandonment event, fired for real or found stale after an answer.
      expect(sim.eventCount).toBe(sim.offered + sim.answered + sim.queued);
      expect(sim.busyAgents).toBe(0);
      expect(sim.waiting).toBe(0);
    }
  });

  it('schedules no abandonment with infinite patience', () => {
    const sim = runBaseline({ ...mmcm, meanPatienceSeconds: Infinity, arrivalsPerSecond: 8 / 60 });
    expect(sim.abandoned).toBe(0);
    expect(sim.answered).toBe(sim.offered);
    expect(sim.eventCount).toBe(sim.offered + sim.answered);
    expect(sim.queued).toBeGreaterThan(0);
  });

  it('gives the same run in time slices as in one go, and the same run for the same seed', () => {
    const whole = runBaseline(mmcm);
    const sliced = new BaselineSimulation(mmcm);
    let slices = 0;
    while (sliced.runUntil(++slices * 3_600));
    expect(slices).toBeGreaterThan(10);
    for (const key of ['eventCount', 'offered', 'answered', 'abandoned', 'queued', 'nowSeconds'] as const)
      expect(sliced[key]).toBe(whole[key]);
    expect(sliced.waitSecondsAnswered).toBeCloseTo(whole.waitSecondsAnswered, 6);
    expect(runBaseline(mmcm).abandoned).toBe(whole.abandoned);
    expect(runBaseline({ ...mmcm, seed: 'other' }).abandoned).not.toBe(whole.abandoned);
  });

  it('grows its queue and calendar past their initial sizes without losing callers', () => {
    // Heavily overloaded with long patience: thousands wait at once (the ring starts at 1,024 places).
    const sim = new BaselineSimulation({
      ...mmcm,
      agents: 1,
      arrivalsPerSecond: 1,
      meanPatienceSeconds: 20_000,
      calls: 5_000,
    });
    sim.runUntil(4_000);
    expect(sim.waiting).toBeGreaterThan(2_000);
    sim.run();
    expect(sim.answered + sim.abandoned).toBe(5_000);
  });

  it('matches M/M/1 mean wait ρ/(μ − λ)', () => {
    const arrivalsPerSecond = 0.8;
    const expected = arrivalsPerSecond / (1 - arrivalsPerSecond); // μ = 1 per second: 4 s
    const runs = replications({
      ...mmcm,
      agents: 1,
      arrivalsPerSecond,
      meanServiceSeconds: 1,
      meanPatienceSeconds: Infinity,
      calls: 100_000,
    });
    const { mean, standardError } = estimate(runs, (sim) => sim.waitSecondsAnswered / sim.answered);
    expect(Math.abs(mean - expected)).toBeLessThan(4 * standardError);
    expect(standardError).toBeLessThan(0.05 * expected);
  });

  it('matches Erlang C for M/M/8: probability of waiting and ASA', () => {
    const ahtSeconds = 60;
    const callsPerHour = (6.5 * 3600) / ahtSeconds;
    const theory = erlangC({ callsPerHour, ahtSeconds, agents: 8, thresholdSeconds: 20 });
    const runs = replications({
      ...mmcm,
      agents: 8,
      arrivalsPerSecond: callsPerHour / 3600,
      meanPatienceSeconds: Infinity,
    });
    const waiting = estimate(runs, (sim) => sim.queued / sim.offered);
    const asa = estimate(runs, (sim) => sim.waitSecondsAnswered / sim.answered);
    expect(Math.abs(waiting.mean - theory.waitProbability)).toBeLessThan(4 * waiting.standardError);
    expect(Math.abs(asa.mean - theory.asaSeconds)).toBeLessThan(4 * asa.standardError);
  });

  it('matches M/M/c+M with patience mean = service mean: the number in system is Poisson(λ/μ)', () => {
    // With θ = μ every caller in the system leaves at rate μ, waiting or served, so N ~ Poisson(a), a = λ/μ.
    // By PASTA, P(wait) = P(N ≥ c); the abandon rate is θ·E[(N − c)+] / λ = E[(N − c)+] / a.
    const a = mmcm.arrivalsPerSecond * mmcm.meanServiceSeconds;
    const pmf = poissonPmf(a, 200);
    const waitProbability = pmf.slice(mmcm.agents).reduce((s, p) => s + p, 0);
    const meanQueue = pmf.reduce((s, p, n) => s + p * Math.max(0, n - mmcm.agents), 0);
    const abandonRate = meanQueue / a;
    const runs = replications(mmcm);
    const waiting = estimate(runs, (sim) => sim.queued / sim.offered);
    const abandoning = estimate(runs, (sim) => sim.abandoned / sim.offered);
    // Little's law on the queue: mean wait of all callers = E[Q] / λ.
    const meanWait = estimate(runs, (sim) => (sim.waitSecondsAnswered + sim.waitSecondsAbandoned) / sim.offered);
    expect(Math.abs(waiting.mean - waitProbability)).toBeLessThan(4 * waiting.standardError);
    expect(Math.abs(abandoning.mean - abandonRate)).toBeLessThan(4 * abandoning.standardError);
    expect(Math.abs(meanWait.mean - meanQueue / mmcm.arrivalsPerSecond)).toBeLessThan(4 * meanWait.standardError);
  });

  it('matches Erlang A for an overloaded M/M/10+M: waiting, abandonment and ASA', () => {
    const ahtSeconds = 60;
    const callsPerHour = (11 * 3600) / ahtSeconds; // 11 erlangs on 10 agents: only abandonment keeps it stable
    const theory = erlangA({ callsPerHour, ahtSeconds, agents: 10, thresholdSeconds: 20, patienceSeconds: 120 });
    const runs = replications({ ...mmcm, arrivalsPerSecond: callsPerHour / 3600, meanPatienceSeconds: 120 });
    const waiting = estimate(runs, (sim) => sim.queued / sim.offered);
    const abandoning = estimate(runs, (sim) => sim.abandoned / sim.offered);
    const asa = estimate(runs, (sim) => sim.waitSecondsAnswered / sim.answered);
    expect(theory.abandonRate).toBeGreaterThan(0.05);
    expect(Math.abs(waiting.mean - theory.waitProbability)).toBeLessThan(4 * waiting.standardError);
    expect(Math.abs(abandoning.mean - theory.abandonRate)).toBeLessThan(4 * abandoning.standardError);
    expect(Math.abs(asa.mean - theory.asaSeconds)).toBeLessThan(4 * asa.standardError);
  });

  it('rejects parameters it cannot simulate', () => {
    expect(() => new BaselineSimulation({ ...mmcm, agents: 0 })).toThrow(RangeError);
    expect(() => new BaselineSimulation({ ...mmcm, calls: 1.5 })).toThrow(RangeError);
    expect(() => new BaselineSimulation({ ...mmcm, calls: 2 ** 29 })).toThrow(RangeError);
    expect(() => new BaselineSimulation({ ...mmcm, meanPatienceSeconds: 0 })).toThrow(RangeError);
  });
});
