// The page's budget question: a fast run is "large" exactly where the worker would refuse it without the
// override (src/sim/budget.ts), replications included, and the question words the estimate.
import { describe, expect, it } from 'vitest';
import { largeRunText } from '../../../src/ui/pool/large-run';
import { largeRunVerdict } from '../../../src/ui/pool/large-run-verdict';
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

describe('largeRunVerdict', () => {
  it('asks nothing for a built-in day', () => {
    expect(largeRunVerdict(helpDesk, 1000)).toBeUndefined();
  });

  it('asks exactly where the worker would refuse: the replications tip it over', () => {
    // About 5.4 million events a replication: 11 stay under 60 million, 12 do not.
    const big = scaled(3_000, 18_000);
    for (const replications of [11, 12]) {
      const refused = checkBudget([big], { replications }).length > 0;
      expect(largeRunVerdict(big, replications) !== undefined).toBe(refused);
    }
    expect(largeRunVerdict(big, 11)).toBeUndefined();
    const verdict = largeRunVerdict(big, 12);
    expect(verdict?.estimate.events).toBeGreaterThan(BUDGET.maxEvents);
    expect(verdict?.limits).toEqual(BUDGET);
  });

  it('gives no verdict (and does not throw) for a scenario the validator will refuse', () => {
    expect(largeRunVerdict({ id: 'x' }, 1)).toBeUndefined();
  });
});

describe('largeRunText', () => {
  it('words the calls, the time on one core and the memory', () => {
    const big = scaled(40_000, 20_000);
    const verdict = largeRunVerdict(big, 1);
    if (verdict === undefined) throw new Error('not large');
    const text = largeRunText(verdict, 1);
    expect(text).toContain('about 18,000,000 calls');
    expect(text).toMatch(/about 2 min(?: \d+ s)? of computing on one core/);
    expect(text).toContain('60,000,000 events or 512 MB');
  });
});
