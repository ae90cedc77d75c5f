// Erlang A: the M/M/c+M queue (Palm; Garnett, Mandelbaum & Reiman 2002) — Erlang C plus exponential
// patience, so callers abandon and the queue is stable at any load. Pure math; see docs/analytic-models.md.
import { checkCount, checkNonNegative, checkPositive } from './check-input';
import { offeredLoadErlangs } from './erlang-b';
import type { ErlangCInput } from './erlang-c';
import type { QueueMetrics } from './queue-metrics';
import { QueuedCallerOutcomes } from './queued-caller';

export interface ErlangAInput extends ErlangCInput {
  /** Mean patience (time a caller is willing to wait), seconds (> 0, finite); exponential in the model. */
  patienceSeconds: number;
}

/** Erlang A results; always `stable: true`. */
export type ErlangAResult = QueueMetrics;

/** States whose combined probability is below this share of the total are dropped. */
const TAIL_MASS = 1e-16;
/**
 * Upper bound on the states walked. Reached only when the overload is huge compared with the abandonment
 * rate (the queue settles near (λ − cμ)/θ callers); 20 million states take about a second.
 */
const MAX_STATES = 20_000_000;

export function erlangA(input: ErlangAInput): ErlangAResult {
  const offered = offeredLoadErlangs(input.callsPerHour, input.ahtSeconds);
  const agents = checkCount('agents', input.agents);
  const thresholdSeconds = checkNonNegative('thresholdSeconds', input.thresholdSeconds);
  const patienceSeconds = checkPositive('patienceSeconds', input.patienceSeconds);
  return erlangAFromRates({
    arrivalRatePerSecond: input.callsPerHour / 3600,
    serviceRatePerSecond: 1 / input.ahtSeconds,
    abandonRatePerSecond: 1 / patienceSeconds,
    agents,
    thresholdSeconds,
    offeredLoadErlangs: offered,
  });
}

interface Rates {
  arrivalRatePerSecond: number;
  serviceRatePerSecond: number;
  abandonRatePerSecond: number;
  agents: number;
  thresholdSeconds: number;
  offeredLoadErlangs: number;
}

/**
 * The number in system is a birth–death chain: births λ, deaths min(n,c)·μ + max(n−c,0)·θ. Its weights are
 * built outward from the mode (weight 1), so nothing overflows for any c or load, and each side stops when
 * a geometric bound on what is left falls below TAIL_MASS of the mass so far. Poisson arrivals see this
 * stationary distribution, so a call finding n ≥ c has j = n − c callers ahead (see queued-caller.ts).
 */
function erlangAFromRates(rates: Rates): ErlangAResult {
  const { arrivalRatePerSecond: lambda, serviceRatePerSecond: mu, abandonRatePerSecond: theta, agents: c } = rates;
  const deathRate = (n: number): number => (n <= c ? n * mu : c * mu + (n - c) * theta);
  const window = stationaryWindow(lambda, c, mu, theta, deathRate);

  const caller = new QueuedCallerOutcomes(c * mu, theta, rates.thresholdSeconds);
  let total = 0;
  let busy = 0;
  let waiting = 0;
  let queueLength = 0;
  let answered = 0;
  let abandoned = 0;
  let answeredWithin = 0;
  let abandonedWithin = 0;
  let answeredWait = 0;
  let allWait = 0;

  let weight = window.weightAtLowest;
  for (let n = window.lowest; n <= window.highest; n += 1) {
    total += weight;
    busy += Math.min(n, c) * weight;
    if (n < c) {
      // A free agent: answered at once, W = 0 ≤ T.
      answered += weight;
      answeredWithin += weight;
    } else {
      const ahead = n - c;
      while (caller.ahead < ahead) caller.advance();
      waiting += weight;
      queueLength += ahead * weight;
      answered += weight * caller.answered;
      abandoned += weight * caller.abandoned;
      answeredWithin += weight * caller.answeredWithinThreshold;
      abandonedWithin += weight * caller.abandonedWithinThreshold;
      answeredWait += weight * caller.answeredWaitSeconds;
      allWait += weight * caller.meanWaitSeconds;
    }
    weight *= lambda / deathRate(n + 1);
  }

  // Sums of rounded terms may stray a few ulps outside [0, 1]; probabilities are reported inside it.
  const share = (part: number): number => Math.min(1, Math.max(0, part / total));
  const answeredProbability = share(answered);
  const answeredWithinThresholdProbability = share(answeredWithin);
  const abandonedWithinThresholdProbability = share(abandonedWithin);
  return {
    offeredLoadErlangs: rates.offeredLoadErlangs,
    agents: c,
    stable: true,
    waitProbability: share(waiting),
    answeredProbability,
    abandonRate: share(abandoned),
    answeredWithinThresholdProbability,
    abandonedWithinThresholdProbability,
    // P(ans) + P(abandoned, W > T) = 1 − P(abandoned, W ≤ T): every call ends one of those three ways.
    serviceLevelExcludeShortAbandons: Math.min(
      1,
      answeredWithinThresholdProbability / (1 - abandonedWithinThresholdProbability),
    ),
    serviceLevelOffered: answeredWithinThresholdProbability,
    serviceLevelAnswered: answered > 0 ? Math.min(1, answeredWithin / answered) : NaN,
    asaSeconds: answered > 0 ? answeredWait / answered : NaN,
    meanWaitSeconds: allWait / total,
    meanQueueLength: queueLength / total,
    occupancy: c > 0 ? Math.min(1, busy / (c * total)) : 0,
  };
}

interface StationaryWindow {
  lowest: number;
  highest: number;
  /** Unnormalised weight of `lowest`, relative to the mode's weight of 1. */
  weightAtLowest: number;
}

function stationaryWindow(
  lambda: number,
  c: number,
  mu: number,
  theta: number,
  deathRate: (n: number) => number,
): StationaryWindow {
  // The mode: the first n whose next death rate reaches λ (death rates grow with n).
  const mode =
    lambda <= c * mu ? Math.max(0, Math.ceil(lambda / mu) - 1) : c - 1 + Math.ceil((lambda - c * mu) / theta);
  let mass = 1;

  let lowest = mode;
  let weight = 1;
  while (lowest > 0) {
    const ratio = deathRate(lowest) / lambda; // weight(n−1) / weight(n), < 1 at and below the mode
    if (ratio < 1 && (weight * ratio) / (1 - ratio) < TAIL_MASS * mass) break;
    weight *= ratio;
    mass += weight;
    lowest -= 1;
  }
  const weightAtLowest = weight;

  let highest = mode;
  weight = 1;
  for (;;) {
    const ratio = lambda / deathRate(highest + 1); // weight(n+1) / weight(n), falling as n grows
    if (ratio < 1 && (weight * ratio) / (1 - ratio) < TAIL_MASS * mass) break;
    weight *= ratio;
    mass += weight;
    highest += 1;
    if (highest - Math.min(lowest, c) > MAX_STATES) {
      throw new RangeError(
        `erlangA: more than ${MAX_STATES} queue states (about ${Math.round((lambda - c * mu) / theta)} callers ` +
          'waiting); patienceSeconds is too long for this overload',
      );
    }
  }
  return { lowest, highest, weightAtLowest };
}
