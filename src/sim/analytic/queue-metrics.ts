// The result shape shared by the Erlang C and Erlang A models, named like the simulator's CallKpis
// (src/sim/results.ts) so the UI and the CLI can show both side by side. Plain data.
import type { ServiceLevelConvention } from '../scenario/schema';
import { assertNever } from '../util/assert-never';

/**
 * Stationary performance of one queue with identical agents, seen by an arriving call (Poisson arrivals
 * see time averages). Probabilities are per offered call, in [0, 1]; times are in seconds.
 */
export interface QueueMetrics {
  /** Offered load A = arrival rate × AHT, in erlangs (agents' worth of work). */
  offeredLoadErlangs: number;
  agents: number;
  /** False only for Erlang C with A ≥ agents: the queue grows without bound (no stationary state). */
  stable: boolean;
  /** P(W > 0): the call finds every agent busy. */
  waitProbability: number;
  /** P(answered). 1 without abandonment. */
  answeredProbability: number;
  /** P(abandoned) = abandoned ÷ offered. 0 without abandonment. */
  abandonRate: number;
  /** P(answered and W ≤ T). */
  answeredWithinThresholdProbability: number;
  /** P(abandoned and W ≤ T): "short abandons". */
  abandonedWithinThresholdProbability: number;
  /** P(ans, W ≤ T) ÷ (P(ans) + P(abandoned, W > T)): short abandons leave the denominator. */
  serviceLevelExcludeShortAbandons: number;
  /** P(ans, W ≤ T): share of all offered calls answered within T. */
  serviceLevelOffered: number;
  /** P(ans, W ≤ T) ÷ P(ans); NaN when no call is ever answered (0 agents). */
  serviceLevelAnswered: number;
  /** Average speed of answer: mean wait of answered calls, seconds; NaN when nothing is answered. */
  asaSeconds: number;
  /** Mean wait of all calls until they are answered or abandon, seconds. */
  meanWaitSeconds: number;
  /** Time-averaged number of callers waiting (not yet with an agent). */
  meanQueueLength: number;
  /** Mean busy agents ÷ agents, 0..1 (0 with 0 agents). */
  occupancy: number;
}

/** The service level under one of the three conventions; the default matches the simulator's headline. */
export function serviceLevelIn(
  metrics: QueueMetrics,
  convention: ServiceLevelConvention = 'excludeShortAbandons',
): number {
  switch (convention) {
    case 'excludeShortAbandons':
      return metrics.serviceLevelExcludeShortAbandons;
    case 'offered':
      return metrics.serviceLevelOffered;
    case 'answered':
      return metrics.serviceLevelAnswered;
    default:
      return assertNever(convention);
  }
}
