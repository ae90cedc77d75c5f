// What the engine tells the outside about a call: the event log (only when a tracer is given) and a call's path
// for the live floor. Off the hot path: nothing here runs per event unless tracing. No DOM.
import { CallInt, CallReal, type CallPool } from './call-pool';
import type { CallTypeModel } from './call-type-model';
import { Route } from './event-kinds';
import type { TraceEvent, TraceType, Tracer } from './trace';

export class CallTrace {
  private readonly tracer: Tracer;
  private readonly calls: CallPool;
  private readonly callTypeIds: readonly string[];
  private readonly queueIds: readonly string[];
  private readonly agentId: (agent: number) => string;
  /** The routing policy an idle-agent route stands for, as of the event (a live change may switch it). */
  private readonly policy: { readonly mostProficientFirst: boolean };

  constructor(
    tracer: Tracer,
    calls: CallPool,
    callTypeIds: readonly string[],
    queueIds: readonly string[],
    agentId: (agent: number) => string,
    policy: { readonly mostProficientFirst: boolean },
  ) {
    this.policy = policy;
    this.tracer = tracer;
    this.calls = calls;
    this.callTypeIds = callTypeIds;
    this.queueIds = queueIds;
    this.agentId = agentId;
  }

  emit(type: TraceType, t: number, slot: number, agent = -1, waitSeconds?: number, route = -1): void {
    const q = this.calls.ints[slot * CallInt.Stride + CallInt.Queue] as number;
    const event: TraceEvent = {
      atSeconds: t,
      type,
      call: this.calls.reals[slot * CallReal.Stride + CallReal.Serial] as number,
      callType: this.callTypeIds[this.calls.ints[slot * CallInt.Stride + CallInt.Type] as number] as string,
      queue: this.queueIds[q] as string,
    };
    const customer = this.calls.reals[slot * CallReal.Stride + CallReal.Customer] as number;
    if (customer > 0) {
      event.customer = customer;
      event.contact = this.calls.ints[slot * CallInt.Stride + CallInt.Contact] as number;
      event.retrial = this.calls.ints[slot * CallInt.Stride + CallInt.Retrial] as number;
    }
    if (agent >= 0) event.agent = this.agentId(agent);
    if (waitSeconds !== undefined) event.waitSeconds = waitSeconds;
    if (route === Route.IdleAgent) event.route = this.policy.mostProficientFirst ? 'most-proficient' : 'longest-idle';
    else if (route === Route.Queue) event.route = 'queue-priority';
    else if (route === Route.Overflow) event.route = 'overflow';
    this.tracer(event);
  }
}

/**
 * Writes the path of the call in `slot` at out[offset..offset+4]: arrival instant, seconds in the IVR, queue
 * index, seconds waited before an agent answered, and flags (1 misrouted, 2 transferred in, 4 callback,
 * 8 repeat contact, 16 retrial). See FloorSnapshot.agentCallPath.
 */
export function writeCallPath(
  calls: CallPool,
  callTypes: readonly CallTypeModel[],
  slot: number,
  out: Float64Array,
  offset: number,
): void {
  const ints = calls.ints;
  const reals = calls.reals;
  const i = slot * CallInt.Stride;
  const r = slot * CallReal.Stride;
  const transferLeg = ints[i + CallInt.TransferredIn] === 1;
  const usedIvr = !transferLeg && (callTypes[ints[i + CallInt.Type] as number] as CallTypeModel).ivrEntry >= 0;
  const arrivedAt = reals[r + CallReal.ArrivedAt] as number;
  const queuedAt = reals[r + CallReal.QueuedAt] as number;
  out[offset] = arrivedAt;
  out[offset + 1] = usedIvr ? queuedAt - arrivedAt : 0;
  out[offset + 2] = ints[i + CallInt.Queue] as number;
  out[offset + 3] = (reals[r + CallReal.AnsweredAt] as number) - queuedAt;
  out[offset + 4] =
    (ints[i + CallInt.Misrouted] === 1 && !transferLeg ? 1 : 0) |
    (transferLeg ? 2 : 0) |
    (ints[i + CallInt.Callback] === 1 ? 4 : 0) |
    ((ints[i + CallInt.Contact] as number) > 1 ? 8 : 0) |
    ((ints[i + CallInt.Retrial] as number) > 0 && !transferLeg ? 16 : 0);
}
