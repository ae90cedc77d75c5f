// What the engine keeps per call type, built once from the scenario: the queue, the IVR entry, the samplers of
// talk, after-call work and patience (with the exponential means drawn inline on the hot path), the outcome
// probabilities (resolution, repeat, retrial, transfer, consult) and the named random streams. Pure, no DOM.
import type { CallTypeSpec, Distribution, Scenario } from '../scenario/schema';
import { distributionMean, exponentialMean, makeSampler, type Sampler } from '../random/distributions';
import { callerTypeKey } from '../random/caller-stream';
import type { Rng } from '../random/streams';
import type { IvrMenu } from './ivr';

/** A retry rule: the probability of the k-th retry is byAttempt[min(k − 1, last)] when given, else `probability`. */
export interface RetryRule {
  probability: number;
  byAttempt: Float64Array | null;
  delay: Sampler;
}

function retryRule(r: {
  probability: number;
  probabilityByAttempt?: number[] | undefined;
  delay: Distribution;
}): RetryRule {
  return {
    probability: r.probability,
    byAttempt: r.probabilityByAttempt ? Float64Array.from(r.probabilityByAttempt) : null,
    delay: makeSampler(r.delay),
  };
}

export interface CallTypeModel {
  queue: number;
  /** Unresolved share for a proficiency-1 agent; repeat and retrial behaviour; transfer target. */
  unresolved: number;
  repeat: { probability: number; delay: Sampler } | null;
  /** Whether and when a caller tries again after abandoning, and after a busy signal (the same rule unless set). */
  retrial: RetryRule | null;
  retrialAfterBusy: RetryRule | null;
  transfer: {
    probability: number;
    queue: number;
    warm: boolean;
    escalation: boolean;
    talk: Sampler;
    conference: Sampler | null;
  } | null;
  outcomeRng: Rng;
  consult: { probability: number; duration: Sampler } | null;
  /** True if calls of this type can be consulted on, transferred, left unresolved or offered a callback. */
  takesDecisions: boolean;
  /** Nominal mean talk + after-call work, for the expected wait behind a callback offer. */
  meanHandleSeconds: number;
  /** Entry node of the IVR, or -1 for callers who reach the queue directly. */
  ivrEntry: number;
  ivrRng: Rng;
  talk: Sampler;
  /** Mean of an exponential talk time, drawn inline on the hot path (0: use `talk`). */
  talkExponentialMean: number;
  wrap: Sampler | null;
  patience: Sampler | null;
  /** Mean of an exponential patience, drawn inline on the hot path (0: use `patience`). */
  patienceExponentialMean: number;
  /** Balking probability by the callers already waiting (the last for longer queues); null: nobody balks. */
  balking: Float64Array | null;
  /**
   * The streams above are read only by first contacts, in the order the type's new customers arrive (which no
   * decision changes); every later draw of a customer comes from its own keyed stream (CallerStream) under
   * this key.
   */
  serviceRng: Rng;
  patienceRng: Rng;
  callerKey: number;
  /** New customers of this type so far: the n-th is customer n of the type, in every variant of the run. */
  newCustomers: number;
  /** Time of this type's valid pending EventKind.Arrival event (Infinity if none); a re-drawn arrival makes older ones stale. */
  pendingAt: number;
}

/** True when `queue` belongs to a department of kind escalation. */
function isEscalationQueue(scenario: Scenario, queue: string): boolean {
  const department = scenario.queues.find((q) => q.id === queue)?.department;
  return department !== undefined && scenario.departments?.find((d) => d.id === department)?.kind === 'escalation';
}

/** The model of one call type; `stream(name)` gives the named random stream of this run and replication. */
export function buildCallTypeModel(
  ct: CallTypeSpec,
  scenario: Scenario,
  queueIndex: ReadonlyMap<string, number>,
  ivr: IvrMenu | null,
  stream: (name: string) => Rng,
): CallTypeModel {
  return {
    queue: queueIndex.get(ct.queue) as number,
    ivrEntry: ct.ivr !== undefined && ivr ? (ivr.nodeIndex.get(ct.ivr) as number) : -1,
    ivrRng: stream(`ivr/${ct.id}`),
    unresolved: 1 - (ct.resolution?.probability ?? 1),
    repeat: ct.repeat ? { probability: ct.repeat.probability, delay: makeSampler(ct.repeat.delay) } : null,
    retrial: ct.retrial ? retryRule(ct.retrial) : null,
    retrialAfterBusy: ct.retrial ? retryRule(ct.retrial.afterBusy ?? ct.retrial) : null,
    transfer: ct.transfer
      ? {
          probability: ct.transfer.probability,
          queue: queueIndex.get(ct.transfer.to) as number,
          warm: ct.transfer.mode === 'warm',
          escalation: isEscalationQueue(scenario, ct.transfer.to),
          talk: makeSampler(ct.transfer.talk),
          conference: ct.transfer.conference ? makeSampler(ct.transfer.conference) : null,
        }
      : null,
    outcomeRng: stream(`outcome/${ct.id}`),
    consult: ct.consult ? { probability: ct.consult.probability, duration: makeSampler(ct.consult.duration) } : null,
    meanHandleSeconds: distributionMean(ct.talk) + (ct.afterCallWork ? distributionMean(ct.afterCallWork) : 0),
    takesDecisions:
      ct.consult !== undefined ||
      ct.transfer !== undefined ||
      (ct.resolution?.probability ?? 1) < 1 ||
      scenario.queues.some((q) => q.callback !== undefined),
    talk: makeSampler(ct.talk),
    talkExponentialMean: exponentialMean(ct.talk),
    wrap: ct.afterCallWork ? makeSampler(ct.afterCallWork) : null,
    patience: ct.patience ? makeSampler(ct.patience) : null,
    patienceExponentialMean: ct.patience ? exponentialMean(ct.patience) : 0,
    balking: ct.balking ? Float64Array.from(ct.balking.probabilityByWaiting) : null,
    serviceRng: stream(`service/${ct.id}`),
    patienceRng: stream(`patience/${ct.id}`),
    callerKey: callerTypeKey(stream(`caller/${ct.id}`)),
    newCustomers: 0,
    pendingAt: Infinity,
  };
}
