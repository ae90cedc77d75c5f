// How the page names a scenario's service-level convention and judges a result against its target.
// Pure functions over plain data; imports simulator types only.
import type { Scenario, ServiceLevelConvention } from '../sim/scenario/schema';
import type { Estimate } from '../sim/results';
import { msg, str } from '@lit/localize';
import { formatPercent } from './format';

/** good: meets the target; bad: misses it; uncertain: the target lies inside the 95% interval. */
export type TargetStatus = 'good' | 'bad' | 'uncertain';

export const DEFAULT_CONVENTION: ServiceLevelConvention = 'excludeShortAbandons';

function conventionName(convention: ServiceLevelConvention): string {
  switch (convention) {
    case 'excludeShortAbandons':
      return msg('short abandons excluded', { id: 'sl.convention.excludeShortAbandons' });
    case 'offered':
      return msg('of all offered calls', { id: 'sl.convention.offered' });
    case 'answered':
      return msg('of answered calls only', { id: 'sl.convention.answered' });
  }
}

function conventionDenominator(convention: ServiceLevelConvention): string {
  switch (convention) {
    case 'excludeShortAbandons':
      return msg('answered + abandoned after the threshold', { id: 'sl.denominator.excludeShortAbandons' });
    case 'offered':
      return msg('offered calls', { id: 'sl.denominator.offered' });
    case 'answered':
      return msg('answered calls', { id: 'sl.denominator.answered' });
  }
}

/** E.g. `80/20 target`: the industry's shorthand, percent answered within seconds. */
export function describeTarget(target: number, thresholdSeconds: number): string {
  const shorthand = `${Math.round(target * 100)}/${thresholdSeconds}`;
  return msg(str`${shorthand} target`, { id: 'sl.target' });
}

export function conventionOf(scenario: Scenario): ServiceLevelConvention {
  return scenario.serviceLevel.convention ?? DEFAULT_CONVENTION;
}

/** E.g. `80/20 target · short abandons excluded`. */
export function describeServiceLevel(scenario: Scenario): string {
  const { target, thresholdSeconds } = scenario.serviceLevel;
  return `${describeTarget(target, thresholdSeconds)} · ${conventionName(conventionOf(scenario))}`;
}

/** The formula behind the headline figure, for a tooltip. */
export function explainServiceLevel(scenario: Scenario): string {
  const { thresholdSeconds } = scenario.serviceLevel;
  const denominator = conventionDenominator(conventionOf(scenario));
  return msg(str`Calls answered within ${thresholdSeconds} s ÷ ${denominator}`, { id: 'sl.formula' });
}

/**
 * With replications, a target inside the 95% interval is neither met nor missed with confidence; with one
 * run (no interval) the mean decides.
 */
export function judgeServiceLevel(estimate: Estimate, target: number): TargetStatus | undefined {
  if (!Number.isFinite(estimate.mean)) return undefined;
  if (estimate.n > 1 && Number.isFinite(estimate.halfWidth)) {
    if (estimate.mean - estimate.halfWidth >= target) return 'good';
    if (estimate.mean + estimate.halfWidth < target) return 'bad';
    return 'uncertain';
  }
  return estimate.mean >= target ? 'good' : 'bad';
}

export function describeStatus(status: TargetStatus, target: number): string {
  const percent = formatPercent(target, 0);
  switch (status) {
    case 'good':
      return msg(str`Meets ${percent} target`, { id: 'sl.status.good' });
    case 'bad':
      return msg(str`Below ${percent} target`, { id: 'sl.status.bad' });
    case 'uncertain':
      return msg(str`${percent} target within the 95% CI`, { id: 'sl.status.uncertain' });
  }
}

/** The icon that goes with each status, so the status never relies on colour alone. */
export const statusIcons: Record<TargetStatus, string> = { good: '✓', bad: '✕', uncertain: '≈' };
