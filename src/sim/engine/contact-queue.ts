// The first half of a contact's life, up to an agent: arrival, busy signal, the IVR, queueing, callbacks,
// overflow, abandonment, retrials and repeat contacts. CallFlow (call-flow.ts) extends it with the second half.
// Agents change state only through the workforce's verbs; routing picks agents. No DOM, no allocation per event.
import type { FlowCounters } from '../api';
import type { Scenario } from '../scenario/schema';
import { CallerDraw, CallerStream } from '../random/caller-stream';
import type { Rng } from '../random/streams';
import type { AgentPool } from './agent-pool';
import type { Arrivals } from './arrivals';
import { CallInt, CallReal, type CallPool } from './call-pool';
import type { CallQueue } from './call-queue';
import type { CallTrace } from './call-trace';
import type { CallTypeModel } from './call-type-model';
import type { EngineStats } from './engine-stats';
import type { EventQueue } from './event-queue';
import { EventKind, Route } from './event-kinds';
import { FutureContacts } from './future-contacts';
import { IVR_CONTAINED, IVR_ROUTED, type IvrMenu } from './ivr';
import type { Routing } from './routing';
import type { CallAnswering, Workforce } from './workforce';
import * as F from '../stats/call-table';

/** The run's fixed frame: statistics start at warmupAt, arrivals stop at horizonAt or after arrivalLimit customers. */
export interface RunFrame {
  warmupAt: number;
  horizonAt: number;
  arrivalLimit: number;
}

export abstract class ContactQueue implements CallAnswering {
  /** Cumulative counts since the start of the run, warm-up included (the live floor animates their changes). */
  readonly flows: FlowCounters = {
    arrived: 0,
    blocked: 0,
    transferred: 0,
    routed: 0,
    leftIvr: 0,
    answered: 0,
    abandoned: 0,
    completed: 0,
  };
  arrivalsOpen = true;
  /** Calls in the system (in the IVR, waiting, talking, in after-call work). */
  inSystem = 0;
  /** Call types with a valid EventKind.Arrival event in the calendar. */
  pendingArrivals = 0;
  /** An IVR outage lasts until this instant; during it, callers skip the IVR or (ivrDownBusy) are refused. */
  ivrDownUntil = -Infinity;
  /** A system slowdown (e.g. a CRM outage): calls answered before `slowdownUntil` talk `slowdownFactor` × longer. */
  slowdownUntil = -Infinity;
  slowdownFactor = 1;
  ivrDownBusy = false;
  trace: CallTrace | null = null;
  /** New customers (first contacts), which a calls horizon counts. */
  private customers = 0;
  private readonly trunkLines: number;
  /** Callers holding a line: in the IVR, waiting, or talking (a transferred caller keeps the line). */
  protected linesInUse = 0;
  private readonly future = new FutureContacts();
  /** The keyed stream of every draw a customer makes after its first arrival (see CallTypeModel.callerKey). */
  protected readonly callerStream = new CallerStream();
  /**
   * True when no call can ever be a retrial, a repeat contact, a transfer leg, a consult, a callback or an IVR
   * misroute (no call type or queue has those mechanisms, and there is no IVR): the call pool's per-slot flags
   * then keep their initial values for good and newContact skips resetting them. Decided once.
   */
  protected readonly plainCalls: boolean;
  /** Serial numbers of calls: contacts and transfer legs, in order of creation. */
  protected serials = 0;
  /** Per queue: the callback offer's expected-wait threshold (Infinity: no offer) and acceptance probability. */
  private readonly callbackAfterSeconds: Float64Array;
  private readonly callbackAccept: Float64Array;
  private readonly queues: CallQueue[];
  /** The run's frame (see RunFrame), copied into fields read on every arrival. */
  private readonly warmupAt: number;
  private readonly horizonAt: number;
  private readonly arrivalLimit: number;

  readonly callTypes: readonly CallTypeModel[];
  private readonly ivr: IvrMenu | null;
  private readonly arrivals: Arrivals;
  protected readonly calendar: EventQueue;
  protected readonly calls: CallPool;
  protected readonly stats: EngineStats;
  private readonly routing: Routing;
  protected readonly workforce: Workforce;
  /** The workforce's agents, read only here (the workforce's verbs change them). */
  protected readonly agents: AgentPool;

  constructor(
    scenario: Scenario,
    callTypes: readonly CallTypeModel[],
    ivr: IvrMenu | null,
    arrivals: Arrivals,
    calendar: EventQueue,
    calls: CallPool,
    stats: EngineStats,
    parts: { routing: Routing; workforce: Workforce; frame: RunFrame },
  ) {
    this.callTypes = callTypes;
    this.ivr = ivr;
    this.arrivals = arrivals;
    this.calendar = calendar;
    this.calls = calls;
    this.stats = stats;
    this.routing = parts.routing;
    this.workforce = parts.workforce;
    this.agents = parts.workforce.agents;
    const frame = parts.frame;
    this.warmupAt = frame.warmupAt;
    this.horizonAt = frame.horizonAt;
    this.arrivalLimit = frame.arrivalLimit;
    this.queues = parts.routing.queues;
    this.trunkLines = scenario.trunkLines ?? Infinity;
    this.plainCalls =
      scenario.ivr === undefined &&
      scenario.queues.every((q) => q.callback === undefined) &&
      scenario.callTypes.every(
        (ct) =>
          ct.retrial === undefined &&
          ct.repeat === undefined &&
          ct.transfer === undefined &&
          ct.consult === undefined &&
          ct.balking === undefined,
      );
    this.callbackAfterSeconds = Float64Array.from(scenario.queues, (q) => q.callback?.offerAfterSeconds ?? Infinity);
    this.callbackAccept = Float64Array.from(scenario.queues, (q) => q.callback?.acceptProbability ?? 0);
  }

  // ---- Arrivals -------------------------------------------------------------------------------------------

  /** Schedules the next arrival of a call type after `fromAt`, unless it would fall past the horizon. */
  scheduleArrival(typeIndex: number, fromAt: number): void {
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    const at = this.arrivals.next(typeIndex, fromAt);
    if (at < this.horizonAt) {
      this.calendar.push(at, EventKind.Arrival, typeIndex);
      ct.pendingAt = at;
      this.pendingArrivals++;
    } else {
      ct.pendingAt = Infinity;
    }
  }

  onArrival(typeIndex: number, t: number): void {
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    if (!this.arrivalsOpen || t !== ct.pendingAt) return; // arrivals closed, or re-drawn by a surge
    this.customers++;
    this.pendingArrivals--;
    if (this.customers >= this.arrivalLimit) {
      this.arrivalsOpen = false;
    } else {
      this.scheduleArrival(typeIndex, t);
      // A calls horizon that the arrival processes can no longer reach (scripts exhausted) ends arrivals here.
      if (this.pendingArrivals === 0 && this.horizonAt === Infinity) this.arrivalsOpen = false;
    }
    this.newContact(typeIndex, t, ++ct.newCustomers, 1, 0);
  }

  /** The rate of a call type changed at t: its pending arrival is re-drawn from t (exact for a Poisson process). */
  redrawArrival(typeIndex: number, t: number): void {
    if (!this.arrivalsOpen || (this.callTypes[typeIndex] as CallTypeModel).pendingAt === Infinity) return;
    this.pendingArrivals--; // the old event becomes stale
    this.scheduleArrival(typeIndex, t);
  }

  /** Multiplies call type i's arrival rate by `factor` from t for `durationSeconds` (a live surge). */
  surge(typeIndex: number, factor: number, durationSeconds: number, t: number): void {
    if (this.arrivals.isScripted(typeIndex)) return;
    this.arrivals.surge(typeIndex, t, factor, durationSeconds);
    this.redrawArrival(typeIndex, t);
    this.calendar.push(t + durationSeconds, EventKind.SurgeEnd, typeIndex);
  }

  onSurgeEnd(typeIndex: number, t: number): void {
    // A later surge of the same type replaced this one if its end is still ahead.
    if (this.arrivals.surgeEndsAt(typeIndex) > t) return;
    this.arrivals.surge(typeIndex, t, 1, 0);
    this.redrawArrival(typeIndex, t);
  }

  /**
   * A contact arrives: customer `customer` of the type (see CallTypeModel.newCustomers) on its `contact`-th
   * contact, first try (`retrial` 0) or `retrial`-th retrial. It gets a busy signal if every trunk line is in
   * use; otherwise it enters the IVR or its queue.
   */
  private newContact(typeIndex: number, t: number, customer: number, contact: number, retrial: number): void {
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    this.flows.arrived++;
    const serial = ++this.serials;
    const ivrDown = ct.ivrEntry >= 0 && t < this.ivrDownUntil;
    // Every attribute is drawn now, whatever happens to the call: common random numbers. A first contact
    // draws from its type's streams, in the order new customers arrive; a later contact from its own keyed
    // stream, so that whether earlier callers retried or called again shifts nobody's draws.
    const first = contact === 1 && retrial === 0;
    const service = first
      ? ct.serviceRng
      : this.callerStream.open(ct.callerKey, customer, contact, retrial, CallerDraw.Arrival);
    const patienceRng = first ? ct.patienceRng : service;
    // (The commonest distribution is drawn inline, as its sampler would: no closure call per call.)
    const talkSeconds =
      ct.talkExponentialMean > 0 ? -Math.log(1 - service()) * ct.talkExponentialMean : ct.talk(service);
    const wrapSeconds = ct.wrap === null ? 0 : ct.wrap(service);
    const patienceSeconds =
      ct.patienceExponentialMean > 0
        ? -Math.log(1 - patienceRng()) * ct.patienceExponentialMean
        : ct.patience === null
          ? Infinity
          : ct.patience(patienceRng);
    // So are the decisions taken while the call is handled (see CallPool.consultU), when the type has any.
    const decides = ct.takesDecisions;
    const outcome = first ? ct.outcomeRng : service;
    const consultU = decides ? outcome() : 1;
    const transferU = decides ? outcome() : 1;
    const resolveU = decides ? outcome() : 1;
    const callbackU = decides ? outcome() : 1;
    // And the IVR walk, even for a caller who then gets a busy signal or finds the IVR down.
    const ivr = this.ivr;
    if (ct.ivrEntry >= 0) (ivr as IvrMenu).walk(ct.ivrEntry, ct.queue, first ? ct.ivrRng : service);
    if (this.linesInUse >= this.trunkLines || (ivrDown && this.ivrDownBusy)) {
      const row = this.stats.arrivalRow(ct.queue, t);
      if (row >= 0) this.stats.blocked(row);
      this.flows.blocked++;
      this.maybeRetry(typeIndex, t, customer, contact, retrial, true);
      return;
    }
    this.linesInUse++;
    const slot = this.calls.allocate();
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    const i = slot * CallInt.Stride;
    const r = slot * CallReal.Stride;
    ints[i + CallInt.Type] = typeIndex;
    ints[i + CallInt.Queue] = ct.queue;
    ints[i + CallInt.StatsRow] = -1;
    reals[r + CallReal.ArrivedAt] = t;
    reals[r + CallReal.TalkSeconds] = talkSeconds;
    reals[r + CallReal.WrapSeconds] = wrapSeconds;
    reals[r + CallReal.PatienceSeconds] = patienceSeconds;
    reals[r + CallReal.Serial] = serial;
    if (!this.plainCalls) {
      // A plain call's flags keep the values the pool gave the slot (see plainCalls): nothing to reset.
      reals[r + CallReal.Customer] = customer;
      ints[i + CallInt.Contact] = contact;
      ints[i + CallInt.Retrial] = retrial;
      ints[i + CallInt.TransferredIn] = 0;
      ints[i + CallInt.TransferredOut] = 0;
      ints[i + CallInt.HoldingAgent] = -1;
      ints[i + CallInt.Callback] = 0;
      ints[i + CallInt.Consulted] = 0;
      ints[i + CallInt.Misrouted] = 0;
    }
    if (decides) {
      // Read only for a type that takes decisions (CallTypeModel.takesDecisions): skipped otherwise.
      this.calls.consultU[slot] = consultU;
      this.calls.transferU[slot] = transferU;
      this.calls.resolveU[slot] = resolveU;
      this.calls.callbackU[slot] = callbackU;
    }
    this.inSystem++;
    if (this.trace !== null) this.trace.emit('arrived', t, slot);
    if (ivr !== null && ct.ivrEntry >= 0 && !ivrDown) {
      ints[i + CallInt.IvrOutcome] = ivr.outcome;
      ints[i + CallInt.Misrouted] = ivr.misrouted ? 1 : 0;
      if (ivr.outcome === IVR_ROUTED) ints[i + CallInt.Queue] = ivr.queue;
      this.schedule(t + ivr.seconds, EventKind.IvrEnd, slot);
      return;
    }
    this.enterQueue(slot, t);
  }

  /** The keyed stream of the caller in `slot` for `purpose`, opened at its start (see CallerStream). */
  protected callerRng(slot: number, purpose: CallerDraw): Rng {
    const ints = this.calls.ints;
    const i = slot * CallInt.Stride;
    return this.callerStream.open(
      (this.callTypes[ints[i + CallInt.Type] as number] as CallTypeModel).callerKey,
      this.calls.reals[slot * CallReal.Stride + CallReal.Customer] as number,
      ints[i + CallInt.Contact] as number,
      ints[i + CallInt.Retrial] as number,
      purpose,
    );
  }

  /** Schedules an event about a call slot; the slot is not reused until every such event has fired. */
  private schedule(at: number, kind: number, slot: number): void {
    this.calendar.push(at, kind, slot);
    this.calls.ints[slot * CallInt.Stride + CallInt.EventsPending]!++;
  }

  /**
   * After an abandon or a busy signal, the caller may try again later (while arrivals go on): whether and
   * when, from the caller's own stream for this try.
   */
  private maybeRetry(
    typeIndex: number,
    t: number,
    customer: number,
    contact: number,
    retrial: number,
    afterBusy: boolean,
  ): void {
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    const rule = afterBusy ? ct.retrialAfterBusy : ct.retrial;
    if (rule === null) return;
    const byAttempt = rule.byAttempt;
    const p = byAttempt === null ? rule.probability : (byAttempt[Math.min(retrial, byAttempt.length - 1)] as number);
    const rng = this.callerStream.open(ct.callerKey, customer, contact, retrial, CallerDraw.Next);
    if (rng() >= p) return;
    this.scheduleFutureContact(typeIndex, t + rule.delay(rng), customer, contact, retrial + 1);
  }

  /** Customer `customer` of the type calls again at `at`: its `contact`-th contact, `retrial`-th retrial of it. */
  protected scheduleFutureContact(
    typeIndex: number,
    at: number,
    customer: number,
    contact: number,
    retrial: number,
  ): void {
    if (at >= this.horizonAt || !this.arrivalsOpen) return; // contacts after arrivals stop are not simulated
    this.calendar.push(at, EventKind.FutureContact, this.future.add(typeIndex, customer, contact, retrial));
  }

  onFutureContact(i: number, t: number): void {
    const future = this.future;
    future.release(i);
    if (!this.arrivalsOpen) return;
    const typeIndex = future.type[i] as number;
    this.newContact(
      typeIndex,
      t,
      future.customer[i] as number,
      future.contact[i] as number,
      future.retrial[i] as number,
    );
  }

  // ---- The IVR and the queue ------------------------------------------------------------------------------

  /** A caller leaves the IVR: contained or hung up (the call ends), or on to a queue. */
  onIvrEnd(slot: number, t: number): void {
    this.calls.eventFired(slot); // the call is still live: this never frees the slot
    const outcome = this.calls.ints[slot * CallInt.Stride + CallInt.IvrOutcome] as number;
    const arrivedAt = this.calls.reals[slot * CallReal.Stride + CallReal.ArrivedAt] as number;
    if (arrivedAt >= this.warmupAt)
      this.stats.ivrLeft(
        outcome === IVR_ROUTED ? 'routed' : outcome === IVR_CONTAINED ? 'contained' : 'hung-up',
        this.calls.ints[slot * CallInt.Stride + CallInt.Misrouted] === 1,
        t - arrivedAt,
      );
    if (outcome === IVR_ROUTED) {
      if (this.trace !== null) this.trace.emit('routed', t, slot);
      this.enterQueue(slot, t);
      return;
    }
    this.flows.leftIvr++;
    this.linesInUse--;
    if (this.trace !== null) this.trace.emit('left-ivr', t, slot);
    this.releaseCall(slot);
  }

  /** The caller reaches its queue: an idle agent answers at once, or the caller waits (and may abandon). */
  protected enterQueue(slot: number, t: number): void {
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    const i = slot * CallInt.Stride;
    const r = slot * CallReal.Stride;
    const q = ints[i + CallInt.Queue] as number;
    // Calls count from their arrival in the centre (after the warm-up), in the interval they reach the queue.
    const row = (reals[r + CallReal.ArrivedAt] as number) >= this.warmupAt ? this.stats.arrivalRow(q, t) : -1;
    reals[r + CallReal.QueuedAt] = t;
    ints[i + CallInt.StatsRow] = row;
    if (row >= 0) {
      this.stats.offered(row);
      if (ints[i + CallInt.TransferredIn] === 1) this.stats.count(row, F.TRANSFERRED_IN);
      else {
        if ((ints[i + CallInt.Contact] as number) > 1) this.stats.count(row, F.REPEAT_CONTACTS);
        if ((ints[i + CallInt.Retrial] as number) > 0) this.stats.count(row, F.RETRIALS);
      }
    }
    this.flows.routed++;
    const idle = this.routing.findIdleAgent(q);
    if (idle >= 0) {
      this.workforce.seizeLongestIdle(idle, t);
      this.answer(idle, slot, t, Route.IdleAgent);
      return;
    }
    if (row >= 0) this.stats.count(row, F.DELAYED);
    const balks = this.balks(slot, q);
    const tookCallback = !balks && this.offerCallback(slot, q, t, row);
    this.stats.queueJoined(q, t);
    ints[i + CallInt.Waiting] = 1;
    (this.queues[q] as CallQueue).push(slot, ints[i + CallInt.Gen] as number);
    const patienceSeconds = balks ? 0 : (reals[r + CallReal.PatienceSeconds] as number);
    if (patienceSeconds < Infinity && !tookCallback) this.schedule(t + patienceSeconds, EventKind.Abandon, slot);
    const overflowQueue = this.routing.overflowQueue;
    if (overflowQueue[q]! >= 0)
      this.schedule(t + (this.routing.overflowAfterSeconds[q] as number), EventKind.Overflow, slot);
  }

  /**
   * True when the caller in `slot`, finding no idle agent, hangs up on hearing queue q (its type's balking
   * probability for the callers already waiting). Transfer legs never balk. The draw comes from the caller's
   * own keyed stream, so it is the same in every branch of a fork.
   */
  private balks(slot: number, q: number): boolean {
    const ints = this.calls.ints;
    const i = slot * CallInt.Stride;
    const ct = this.callTypes[ints[i + CallInt.Type] as number] as CallTypeModel;
    const balking = ct.balking;
    if (balking === null || ints[i + CallInt.TransferredIn] === 1) return false;
    const waiting = this.stats.waiting[q] as number;
    const p = balking[Math.min(waiting, balking.length - 1)] as number;
    const customer = this.calls.reals[slot * CallReal.Stride + CallReal.Customer] as number;
    const rng = this.callerStream.open(
      ct.callerKey,
      customer,
      ints[i + CallInt.Contact] as number,
      ints[i + CallInt.Retrial] as number,
      CallerDraw.Balk,
    );
    return rng() < p;
  }

  /**
   * Offers a callback when the expected wait — the callers ahead plus this one, times the nominal handle time,
   * shared among the available agents (logged in, not on a break) who serve the queue — exceeds the queue's
   * threshold. A caller who accepts frees the line and will not abandon. Returns true if the caller took it.
   */
  private offerCallback(slot: number, q: number, t: number, row: number): boolean {
    const threshold = this.callbackAfterSeconds[q] as number;
    if (threshold === Infinity || this.calls.ints[slot * CallInt.Stride + CallInt.TransferredIn] === 1) return false;
    const ct = this.callTypes[this.calls.ints[slot * CallInt.Stride + CallInt.Type] as number] as CallTypeModel;
    let serving = 0;
    for (const gi of this.routing.queueGroups[q] as Int32Array) serving += this.stats.available[gi] as number;
    const expectedWaitSeconds =
      serving > 0 ? (((this.stats.waiting[q] as number) + 1) * ct.meanHandleSeconds) / serving : Infinity;
    if (expectedWaitSeconds <= threshold) return false;
    if (row >= 0) this.stats.count(row, F.CALLBACKS_OFFERED);
    if ((this.calls.callbackU[slot] as number) >= (this.callbackAccept[q] as number)) return false;
    if (row >= 0) this.stats.count(row, F.CALLBACKS_ACCEPTED);
    this.calls.ints[slot * CallInt.Stride + CallInt.Callback] = 1;
    this.linesInUse--;
    return true;
  }

  /** A caller has waited the overflow delay: the overflow groups may take the call too. */
  onOverflow(slot: number, t: number): void {
    this.calls.eventFired(slot);
    const ints = this.calls.ints;
    if (ints[slot * CallInt.Stride + CallInt.Waiting] !== 1) return; // answered (or gone) meanwhile
    const q = ints[slot * CallInt.Stride + CallInt.Queue] as number;
    const ring = this.routing.overflowQueue[q] as number;
    const best = this.routing.findOverflowAgent(ring);
    if (best < 0) {
      (this.queues[ring] as CallQueue).push(slot, ints[slot * CallInt.Stride + CallInt.Gen] as number);
      return;
    }
    this.workforce.seizeLongestIdle(best, t);
    this.stats.queueLeft(q, t);
    ints[slot * CallInt.Stride + CallInt.Waiting] = 0; // its entry in the queue's own ring is now stale
    this.answer(best, slot, t, Route.Overflow);
  }

  /**
   * A caller's patience ran out. A slot is never reused while its abandonment is pending, so the event always
   * refers to the caller it was scheduled for; if that caller was answered meanwhile, nothing happens beyond
   * freeing the slot once the call is over.
   */
  onAbandon(slot: number, t: number): void {
    this.calls.eventFired(slot);
    const ints = this.calls.ints;
    const i = slot * CallInt.Stride;
    if (ints[i + CallInt.Waiting] !== 1) return; // answered (or gone) meanwhile
    this.stats.queueLeft(ints[i + CallInt.Queue] as number, t);
    const waitSeconds = t - (this.calls.reals[slot * CallReal.Stride + CallReal.QueuedAt] as number);
    const row = ints[i + CallInt.StatsRow] as number;
    if (row >= 0) this.stats.abandoned(row, waitSeconds);
    this.flows.abandoned++;
    this.linesInUse--;
    if (this.trace !== null) this.trace.emit('abandoned', t, slot, -1, waitSeconds);
    const typeIndex = ints[i + CallInt.Type] as number;
    const customer = this.calls.reals[slot * CallReal.Stride + CallReal.Customer] as number;
    const contact = ints[i + CallInt.Contact] as number;
    const retrial = ints[i + CallInt.Retrial] as number;
    const wasTransferLeg = ints[i + CallInt.TransferredIn] === 1;
    const holder = ints[i + CallInt.HoldingAgent] as number;
    if (holder >= 0) ints[i + CallInt.HoldingAgent] = -1;
    // The caller has left before anyone hears of it: released first, so that the agent a warm-transfer leg
    // frees below (the one who held for it) cannot find this caller still waiting in its queue and answer it.
    this.releaseCall(slot);
    if (holder >= 0) this.legAbandoned(holder, t);
    if (!wasTransferLeg) this.maybeRetry(typeIndex, t, customer, contact, retrial, false);
  }

  /** The call has left the system. */
  protected releaseCall(slot: number): void {
    this.inSystem--;
    this.calls.release(slot);
  }

  /** Statistics rows of counted calls still waiting now. */
  waitingRows(): number[] {
    const rows: number[] = [];
    const ints = this.calls.ints;
    for (let slot = 0; slot < this.calls.capacity; slot++) {
      const row = ints[slot * CallInt.Stride + CallInt.StatsRow] as number;
      if (ints[slot * CallInt.Stride + CallInt.Waiting] === 1 && row >= 0) rows.push(row);
    }
    return rows;
  }

  /** An agent (with a slot) answers a waiting caller; see CallFlow. */
  abstract answer(agent: number, slot: number, t: number, route: number): void;
  /** A transfer leg that `holder` holds for has abandoned: the holder's warm hold ends. */
  protected abstract legAbandoned(holder: number, t: number): void;
}
