// Replications: Student-t confidence intervals, undefined KPIs, and common random numbers across variants.
import { describe, expect, it } from 'vitest';
import { estimate, runReplications, summarise } from '../../src/sim/replications';
import { parseScenario } from '../../src/sim/scenario/validate';
import helpDesk from '../../src/scenarios/help-desk.json';

describe('estimate', () => {
  it('gives the mean and the 95% Student-t half-width', () => {
    // Values 1..5: mean 3, sample sd √2.5, t(0.975, 4) = 2.776445.
    const e = estimate([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    expect(e.stdDev).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(e.halfWidth).toBeCloseTo((2.776445 * Math.sqrt(2.5)) / Math.sqrt(5), 5);
    expect(e.n).toBe(5);
  });

  it('ignores undefined (NaN) values and has no interval below two values', () => {
    expect(estimate([NaN, 4, NaN])).toEqual({ mean: 4, halfWidth: NaN, stdDev: NaN, n: 1 });
    expect(estimate([NaN]).n).toBe(0);
    expect(summarise([{ a: 1 }, undefined, { a: 3 }]).a.n).toBe(2);
  });
});

describe('runReplications', () => {
  const scenario = parseScenario(helpDesk);

  it('runs independent replications and summarises every KPI', () => {
    const result = runReplications(scenario, { replications: 5 });
    expect(result.replications).toBe(5);
    expect(result.runs.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4]);
    const offered = result.runs.map((r) => r.total.offered);
    expect(new Set(offered).size).toBeGreaterThan(1);
    expect(result.total.offered.mean).toBeCloseTo(offered.reduce((a, b) => a + b, 0) / 5, 10);
    expect(result.total.serviceLevel.halfWidth).toBeGreaterThan(0);
    expect(Object.keys(result.queues)).toEqual(['support']);
    expect(result.intervals.length).toBeGreaterThanOrEqual(16);
  });

  it('rejects a bad number of replications naming the option', () => {
    expect(() => runReplications(scenario, { replications: 0 })).toThrow(/^replications: /);
    expect(() => runReplications(scenario, { replications: 2.5 })).toThrow(/^replications: /);
  });

  it('shows two staffing variants the same callers (common random numbers)', () => {
    const more = { ...scenario, agentGroups: scenario.agentGroups.map((g) => ({ ...g, agents: g.agents + 2 })) };
    const a = runReplications(scenario, { replications: 3 });
    const b = runReplications(more, { replications: 3 });
    // Same arrivals, replication by replication...
    expect(b.runs.map((r) => r.total.offered)).toEqual(a.runs.map((r) => r.total.offered));
    // ...but more agents answer more of them faster.
    a.runs.forEach((run, i) => expect(b.runs[i]!.total.asaSeconds).toBeLessThan(run.total.asaSeconds));
  });
});
