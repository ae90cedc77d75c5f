// The work budget's verdict for a fast run the page is about to start (src/sim/budget.ts): the estimate and the
// limits when the worker would refuse the run without the override, so the page can ask first. Runs in the
// worker (the page's chunks hold no simulator code); pure, no DOM, no Lit.
import { BUDGET, checkBudget, estimateWork, type WorkEstimate } from '../../sim/budget';
import { tryLoadScenario } from '../../sim/scenario/migrate';

export interface LargeRun {
  estimate: WorkEstimate;
  limits: { maxEvents: number; maxBytes: number };
}

/** The estimate of `replications` runs of `input` when they pass the budget; undefined when the run may start
 * (or the scenario is invalid: the run itself then names the problem). */
export function largeRunVerdict(input: unknown, replications: number): LargeRun | undefined {
  const loaded = tryLoadScenario(input);
  if (!loaded.ok || checkBudget([loaded.scenario], { replications }).length === 0) return undefined;
  return { estimate: estimateWork(loaded.scenario, replications), limits: { ...BUDGET } };
}
