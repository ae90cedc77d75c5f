// How the page names a scenario's service-level convention and judges a result against its target.
// Pure functions over plain data; imports simulator types only.
import type { Scenario, ServiceLevelConvention } from '../sim/scenario/schema';
import type { Estimate } from '../sim/results';

/** good: meets the target; bad: misses it; uncertain: the target lies inside the 95% interval. */
export type TargetStatus = 'good' | 'bad' | 'uncertain';

export const DEFAULT_CONVENTION: ServiceLevelConvention = 'excludeShortAbandons';

const conventionNames: Record<ServiceLevelConvention, string> = {
  excludeShortAbandons: 'short abandons excluded',
  offered: 'of all offered calls',
  answered: 'of answered calls only',
};

const conventionDenominators: Record<ServiceLevelConvention, string> = {
  excludeShortAbandons: `answered + abandoned after the threshold`,
  offered: 'offered calls',
  answered: 'answered calls',
};

export function conventionOf(scenario: Scenario): ServiceLevelConvention {
  return scenario.serviceLevel.convention ?? DEFAULT_CONVENTION;
}

/** E.g. `80/20 target · short abandons excluded`. */
export function describeServiceLevel(scenario: Scenario): string {
  const { target, thresholdSeconds } = scenario.serviceLevel;
  return `${Math.round(target * 100)}/${thresholdSeconds} target · ${conventionNames[conventionOf(scenario)]}`;
}

/** The formula behind the headline figure, for a tooltip. */
export function explainServiceLevel(scenario: Scenario): string {
  const { thresholdSeconds } = scenario.serviceLevel;
  return `Calls answered within ${thresholdSeconds} s ÷ ${conventionDenominators[conventionOf(scenario)]}`;
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
  const percent = `${Math.round(target * 100)}%`;
  switch (status) {
    case 'good':
      return `Meets ${percent} target`;
    case 'bad':
      return `Below ${percent} target`;
    case 'uncertain':
      return `${percent} target within the 95% CI`;
  }
}

/** The icon that goes with each status, so the status never relies on colour alone. */
export const statusIcons: Record<TargetStatus, string> = { good: '✓', bad: '✕', uncertain: '≈' };
