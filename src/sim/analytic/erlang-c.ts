// Erlang C: the M/M/c queue with infinitely patient callers (Poisson arrivals, exponential handle times,
// c identical agents, first come first served). Pure math; builds on the Erlang B recursion.
import { checkCount, checkNonNegative } from './check-input';
import { erlangBUnchecked, offeredLoadErlangs } from './erlang-b';
import type { QueueMetrics } from './queue-metrics';

export interface ErlangCInput {
  /** Poisson arrival rate, calls per hour (≥ 0). */
  callsPerHour: number;
  /** Mean handle time (talk + hold + after-call work), seconds (> 0); exponential in the model. */
  ahtSeconds: number;
  /** Agents staffed, a whole number ≥ 0. */
  agents: number;
  /** Service-level threshold T, seconds (≥ 0). */
  thresholdSeconds: number;
}

/** Erlang C results; without abandonment the three service-level conventions are all P(W ≤ T). */
export type ErlangCResult = QueueMetrics;

/**
 * C(c, A) = P(W > 0) for c agents and A erlangs, from Erlang B: C = c·B / (c − A·(1 − B)).
 * Returns 1 when A ≥ c (unstable: every call eventually waits).
 */
export function erlangCWaitProbability(agents: number, offeredErlangs: number): number {
  checkCount('agents', agents);
  checkNonNegative('offeredErlangs', offeredErlangs);
  return waitProbabilityUnchecked(agents, offeredErlangs);
}

function waitProbabilityUnchecked(agents: number, offeredErlangs: number): number {
  if (offeredErlangs >= agents) return 1;
  const blocking = erlangBUnchecked(agents, offeredErlangs);
  return (agents * blocking) / (agents - offeredErlangs * (1 - blocking));
}

export function erlangC(input: ErlangCInput): ErlangCResult {
  const offered = offeredLoadErlangs(input.callsPerHour, input.ahtSeconds);
  const agents = checkCount('agents', input.agents);
  const thresholdSeconds = checkNonNegative('thresholdSeconds', input.thresholdSeconds);
  return erlangCFromLoad(offered, agents, input.ahtSeconds, thresholdSeconds);
}

/** Erlang C on already-checked inputs (load in erlangs); shared with the staffing search. */
export function erlangCFromLoad(
  offered: number,
  agents: number,
  ahtSeconds: number,
  thresholdSeconds: number,
): ErlangCResult {
  if (offered >= agents) return unstableResult(offered, agents);
  const waitProbability = waitProbabilityUnchecked(agents, offered);
  // A waiting call's wait is exponential with rate cμ − λ = (c − A)/AHT, so
  // P(W > T) = C·e^{−(c−A)T/AHT} and E[W] = C·AHT/(c − A).
  const spareAgents = agents - offered;
  const serviceLevel = 1 - waitProbability * Math.exp((-spareAgents * thresholdSeconds) / ahtSeconds);
  const asaSeconds = (waitProbability * ahtSeconds) / spareAgents;
  return {
    offeredLoadErlangs: offered,
    agents,
    stable: true,
    waitProbability,
    answeredProbability: 1,
    abandonRate: 0,
    answeredWithinThresholdProbability: serviceLevel,
    abandonedWithinThresholdProbability: 0,
    serviceLevelExcludeShortAbandons: serviceLevel,
    serviceLevelOffered: serviceLevel,
    serviceLevelAnswered: serviceLevel,
    asaSeconds,
    meanWaitSeconds: asaSeconds,
    // Little's law on the queue: Lq = λ·E[W] = A·C/(c − A).
    meanQueueLength: (offered * waitProbability) / spareAgents,
    occupancy: offered / agents,
  };
}

/**
 * A ≥ c: no stationary state. Reported as the limit of a long run: everyone waits, waits and the queue grow
 * without bound, agents are always busy, no call is answered within any finite threshold.
 */
function unstableResult(offered: number, agents: number): ErlangCResult {
  return {
    offeredLoadErlangs: offered,
    agents,
    stable: false,
    waitProbability: 1,
    answeredProbability: 1,
    abandonRate: 0,
    answeredWithinThresholdProbability: 0,
    abandonedWithinThresholdProbability: 0,
    serviceLevelExcludeShortAbandons: 0,
    serviceLevelOffered: 0,
    serviceLevelAnswered: 0,
    asaSeconds: Infinity,
    meanWaitSeconds: Infinity,
    meanQueueLength: Infinity,
    occupancy: agents === 0 ? 0 : 1,
  };
}
