// Staffing: the fewest agents that meet a service-level target (and, with abandonment, a maximum abandon
// rate) under Erlang C or Erlang A. Pure math on top of erlang-c.ts and erlang-a.ts.
import type { ServiceLevelConvention } from '../scenario/schema';
import { serviceLevelConventions } from '../scenario/schema';
import {
  checkCount,
  checkNonNegative,
  checkOneOf,
  checkPositive,
  checkPositiveShare,
  checkTargetShare,
} from './check-input';
import { erlangBStep, erlangBUnchecked, offeredLoadErlangs } from './erlang-b';
import { erlangA } from './erlang-a';
import { erlangCFromLoad } from './erlang-c';
import { serviceLevelIn, type QueueMetrics } from './queue-metrics';

export interface StaffingInput {
  callsPerHour: number;
  ahtSeconds: number;
  thresholdSeconds: number;
  /** Service-level target, a share in [0, 1). */
  target: number;
  /** Mean patience, seconds. Given: Erlang A (callers abandon). Omitted: Erlang C (nobody abandons). */
  patienceSeconds?: number;
  /** Which service level must reach the target (Erlang A only; Erlang C's are all equal). */
  convention?: ServiceLevelConvention;
  /** Also require abandoned ÷ offered ≤ this share, in (0, 1] (Erlang A; always met by Erlang C). */
  maxAbandonRate?: number;
  /** Give up above this many agents. Default 100,000. */
  maxAgents?: number;
}

export type StaffingResult =
  | { model: 'erlangC' | 'erlangA'; reachable: true; agents: number; metrics: QueueMetrics }
  /** No staffing up to `searchedUpTo` agents meets the targets; `metrics` are those at that many agents. */
  | { model: 'erlangC' | 'erlangA'; reachable: false; agents: null; searchedUpTo: number; metrics: QueueMetrics };

const DEFAULT_MAX_AGENTS = 100_000;

/** The fewest agents meeting the targets: Erlang A when `patienceSeconds` is given, else Erlang C. */
export function requiredAgents(input: StaffingInput): StaffingResult {
  const offered = offeredLoadErlangs(input.callsPerHour, input.ahtSeconds);
  checkNonNegative('thresholdSeconds', input.thresholdSeconds);
  checkTargetShare('target', input.target);
  if (input.convention !== undefined) checkOneOf('convention', input.convention, serviceLevelConventions);
  if (input.maxAbandonRate !== undefined) checkPositiveShare('maxAbandonRate', input.maxAbandonRate);
  const maxAgents = checkCount('maxAgents', input.maxAgents ?? DEFAULT_MAX_AGENTS);
  if (input.patienceSeconds === undefined) return staffErlangC(input, offered, maxAgents);
  checkPositive('patienceSeconds', input.patienceSeconds);
  return staffErlangA(input, input.patienceSeconds, maxAgents);
}

/**
 * Erlang C's service level rises with every added agent once A < c, so walk up from the smallest stable
 * staffing, updating Erlang B in O(1) per agent: O(A + the few agents above it).
 */
function staffErlangC(input: StaffingInput, offered: number, maxAgents: number): StaffingResult {
  const { ahtSeconds, thresholdSeconds, target } = input;
  const firstStable = Math.floor(offered) + 1;
  if (firstStable > maxAgents) {
    const metrics = erlangCFromLoad(offered, maxAgents, ahtSeconds, thresholdSeconds);
    return { model: 'erlangC', reachable: false, agents: null, searchedUpTo: maxAgents, metrics };
  }
  let blocking = erlangBUnchecked(firstStable, offered);
  for (let agents = firstStable; agents <= maxAgents; agents += 1) {
    if (agents > firstStable) blocking = erlangBStep(blocking, agents, offered);
    const waitProbability = (agents * blocking) / (agents - offered * (1 - blocking));
    const serviceLevel = 1 - waitProbability * Math.exp((-(agents - offered) * thresholdSeconds) / ahtSeconds);
    if (serviceLevel >= target) {
      const metrics = erlangCFromLoad(offered, agents, ahtSeconds, thresholdSeconds);
      return { model: 'erlangC', reachable: true, agents, metrics };
    }
  }
  const metrics = erlangCFromLoad(offered, maxAgents, ahtSeconds, thresholdSeconds);
  return { model: 'erlangC', reachable: false, agents: null, searchedUpTo: maxAgents, metrics };
}

/**
 * Erlang A: the service level (offered convention) and the abandon rate improve with every agent, and the
 * other two conventions do too in practice (checked on a grid in the tests), so double the staffing until
 * the targets are met, then bisect: O(log c) model evaluations.
 */
function staffErlangA(input: StaffingInput, patienceSeconds: number, maxAgents: number): StaffingResult {
  const evaluate = (agents: number): QueueMetrics =>
    erlangA({
      callsPerHour: input.callsPerHour,
      ahtSeconds: input.ahtSeconds,
      thresholdSeconds: input.thresholdSeconds,
      patienceSeconds,
      agents,
    });
  const meets = (metrics: QueueMetrics): boolean =>
    serviceLevelIn(metrics, input.convention) >= input.target &&
    (input.maxAbandonRate === undefined || metrics.abandonRate <= input.maxAbandonRate);

  const atZero = evaluate(0);
  if (meets(atZero)) return { model: 'erlangA', reachable: true, agents: 0, metrics: atZero };
  let failing = 0;
  let passing = Math.min(maxAgents, Math.max(1, Math.ceil(offeredLoadErlangs(input.callsPerHour, input.ahtSeconds))));
  let passingMetrics = evaluate(passing);
  while (!meets(passingMetrics)) {
    if (passing >= maxAgents) {
      return { model: 'erlangA', reachable: false, agents: null, searchedUpTo: maxAgents, metrics: passingMetrics };
    }
    failing = passing;
    passing = Math.min(maxAgents, passing * 2);
    passingMetrics = evaluate(passing);
  }
  while (passing - failing > 1) {
    const middle = Math.floor((failing + passing) / 2);
    const metrics = evaluate(middle);
    if (meets(metrics)) {
      passing = middle;
      passingMetrics = metrics;
    } else {
      failing = middle;
    }
  }
  return { model: 'erlangA', reachable: true, agents: passing, metrics: passingMetrics };
}
