// Checks a run's result against identities that hold for every run, so an engine bug surfaces as an error
// rather than as a figure: calls are conserved, counts are whole and non-negative, shares lie in [0, 1],
// times are numbers. Pure, no engine, no DOM. A ratio with an empty denominator is NaN by design (results.ts).
import type { CallKpis, RunResult } from './results';

/** Rounding slack for shares computed as floating-point ratios. */
const EPSILON = 1e-9;

const callShares = [
  'serviceLevel',
  'serviceLevelExcludeShortAbandons',
  'serviceLevelOffered',
  'serviceLevelAnswered',
  'abandonRate',
  'transferRate',
  'escalationRate',
  'firstContactResolution',
  'repeatRate',
  'consultRate',
  'shareDelayed',
] as const satisfies readonly (keyof CallKpis)[];

const callCounts = [
  'offered',
  'answered',
  'abandoned',
  'waitingAtEnd',
  'transferredOut',
  'escalated',
  'transferredIn',
  'repeatContacts',
  'retrials',
  'blocked',
  'delayed',
] as const satisfies readonly (keyof CallKpis)[];

function checkCalls(where: string, k: CallKpis, out: string[]): void {
  for (const key of callCounts) {
    const v = k[key];
    if (!(Number.isInteger(v) && v >= 0)) out.push(`${where}.${key} is not a whole number ≥ 0 (got ${v})`);
  }
  if (k.offered !== k.answered + k.abandoned + k.waitingAtEnd)
    out.push(
      `${where}: offered ≠ answered + abandoned + waitingAtEnd (${k.offered} ≠ ${k.answered} + ${k.abandoned} + ${k.waitingAtEnd})`,
    );
  for (const key of callShares) {
    const v = k[key];
    // NaN is an empty denominator (nothing handled), which is allowed; anything else must be a share.
    if (!Number.isNaN(v) && !(v >= -EPSILON && v <= 1 + EPSILON))
      out.push(`${where}.${key} is not a share in [0, 1] (got ${v})`);
  }
}

/** Every problem found, each naming the figure; empty for a sound result. */
export function checkResult(result: RunResult): string[] {
  const out: string[] = [];
  if (!Number.isFinite(result.endSeconds)) out.push(`endSeconds is not a finite number (got ${result.endSeconds})`);
  if (!(result.observedSeconds >= 0)) out.push(`observedSeconds is not ≥ 0 (got ${result.observedSeconds})`);
  checkCalls('total', result.total, out);
  for (const [id, k] of Object.entries(result.queues)) checkCalls(`queues.${id}`, k, out);
  const agentShares = ['occupancy', 'utilisation', 'adherence'] as const;
  for (const [id, g] of Object.entries({ total: result.total, ...result.groups }))
    for (const key of agentShares) {
      const v = g[key];
      if (!Number.isNaN(v) && !(v >= -EPSILON && v <= 1 + EPSILON))
        out.push(`groups.${id}.${key} is not a share in [0, 1] (got ${v})`);
    }
  return out;
}
