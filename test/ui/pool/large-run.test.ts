// The page's budget question: a fast run is "large" exactly where the worker would refuse it without the
// override (src/sim/budget.ts), replications included, and the question words the estimate.
import { describe, expect, it } from 'vitest';
import { largeRunEstimate, largeRunText } from '../../../src/ui/pool/large-run';
import { BUDGET, checkBudget } from '../../../src/sim/budget';
import { tryLoadScenario } from '../../../src/sim/scenario/migrate';
import type { Scenario } from '../../../src/sim/scenario/schema';
import helpDesk from '../../../src/scenarios/help-desk.json';

/** help-desk with its call rates multiplied by `factor` and `agents` agents, validated. */
function scaled(factor: number, agents: number): Scenario {
  const loaded = tryLoadScenario({
    ...helpDesk,
    callTypes: helpDesk.callTypes.map((ct) => ({
      ...ct,
      arrivals: { ...ct.arrivals, callsPerHour: ct.arrivals.callsPerHour!.map((r) => r * factor) },
    })),
    agentGroups: helpDesk.agentGroups.map((g) => ({ ...g, agents })),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.scenario;
}

describe('largeRunEstimate', () => {
  it('asks nothing for a built-in day', () => {
    const loaded = tryLoadScenario(helpDesk);
    if (!loaded.ok) throw new Error('help-desk');
    expect(largeRunEstimate(loaded.scenario, 1000)).toBeUndefined();
  });

  it('asks exactly where the worker would refuse: the replications tip it over', () => {
    // About 5.4 million events a replication: 11 stay under 60 million, 12 do not.
    const big = scaled(3_000, 18_000);
    for (const replications of [11, 12]) {
      const refused = checkBudget([big], { replications }).length > 0;
      expect(largeRunEstimate(big, replications) !== undefined).toBe(refused);
    }
    expect(largeRunEstimate(big, 11)).toBeUndefined();
    const estimate = largeRunEstimate(big, 12);
    expect(estimate?.events).toBeGreaterThan(BUDGET.maxEvents);
  });

  it('gives no estimate (and does not throw) for a scenario the validator will refuse', () => {
    expect(largeRunEstimate({ id: 'x' } as unknown as Scenario, 1)).toBeUndefined();
  });
});

describe('largeRunText', () => {
  it('words the calls, the time on one core and the memory', () => {
    const big = scaled(40_000, 20_000);
    const estimate = largeRunEstimate(big, 1);
    if (estimate === undefined) throw new Error('not large');
    const text = largeRunText(estimate, 1);
    expect(text).toContain('about 18,000,000 calls');
    expect(text).toMatch(/about 2 min(?: \d+ s)? of computing on one core/);
    expect(text).toContain('60,000,000 events or 512 MB');
  });
});
