// The page's side of the work budget (src/sim/budget.ts): whether a fast run is large enough to ask first,
// and the estimate in words for the question. Pure, no DOM (the dialog is large-run-dialog.ts).
import { msg, str } from '@lit/localize';
import { BUDGET, checkBudget, estimateWork, type WorkEstimate } from '../../sim/budget';
import type { Scenario } from '../../sim/scenario/schema';
import { formatDuration, formatInteger } from '../format';

/** The estimate when `replications` runs of `scenario` pass the budget, else undefined (also for a scenario the
 * estimate cannot read: the worker's validation then names the problem). */
export function largeRunEstimate(scenario: Scenario, replications: number): WorkEstimate | undefined {
  try {
    if (checkBudget([scenario], { replications }).length === 0) return undefined;
    return estimateWork(scenario, replications);
  } catch {
    return undefined;
  }
}

/** The estimate in words, for the dialog. */
export function largeRunText(estimate: WorkEstimate, replications: number): string {
  const calls = formatInteger(Math.round(estimate.callsPerRun * replications));
  const time = formatDuration(Math.max(60, Math.round(estimate.seconds)));
  const mb = formatInteger(Math.round(estimate.bytes / 1024 / 1024));
  const maxEvents = formatInteger(BUDGET.maxEvents);
  const maxMb = formatInteger(BUDGET.maxBytes / 1024 / 1024);
  return msg(
    str`This run is large: about ${calls} calls, about ${time} of computing on one core and ${mb} MB of results (the page asks above ${maxEvents} events or ${maxMb} MB). A phone may run out of memory.`,
    { id: 'largeRun.text' },
  );
}
