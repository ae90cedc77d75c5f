// The life of a contact: the first half (arrival to queue) in ContactQueue, and here the second — answer,
// consults, peer consults, transfers and conferences, after-call work, completion and resolution. Agents change
// state only through the workforce's verbs. No DOM, no allocation per event on the hot path.
import type { CallTypeModel } from './call-type-model';
import { CallInt, CallReal } from './call-pool';
import { CallerDraw } from '../random/caller-stream';
import { ContactQueue } from './contact-queue';
import { EventKind } from './event-kinds';
import type { Organisation } from './organisation';
import { grownTo } from './typed-arrays';
import * as F from '../stats/call-table';

export type { RunFrame } from './contact-queue';

/** How long an agent holds for a warm transfer before leaving the caller in the target queue. */
const WARM_HOLD_LIMIT_SECONDS = 300;

export class CallFlow extends ContactQueue {
  // Warm transfers: the call an agent holds for, and when the hold or the conference ends.
  private agentWarmDeadline: Float64Array = new Float64Array(64);
  private agentConferenceEndAt: Float64Array = new Float64Array(64);
  /** The transfer leg an agent holds for (valid while agentWarmDeadline > 0). */
  private agentWarmLeg: Int32Array = new Int32Array(64);

  // ---- With an agent --------------------------------------------------------------------------------------

  /** The agent (already counted busy) answers the call in `slot`, found by rule `route`. */
  answer(agent: number, slot: number, t: number, route: number): void {
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    const i = slot * CallInt.Stride;
    const r = slot * CallReal.Stride;
    const waitSeconds = t - (reals[r + CallReal.QueuedAt] as number);
    reals[r + CallReal.AnsweredAt] = t;
    const workforce = this.workforce;
    // The talk time drawn at arrival is the nominal agent's; this agent's proficiency (with the learning
    // curve, as of the calls answered before this one) scales it.
    let talkSeconds = reals[r + CallReal.TalkSeconds] as number;
    if (!workforce.nominalSpeed) {
      talkSeconds /= this.proficiencyFor(agent, slot);
      reals[r + CallReal.TalkSeconds] = talkSeconds;
    }
    if (t < this.slowdownUntil) reals[r + CallReal.TalkSeconds] = talkSeconds *= this.slowdownFactor;
    workforce.talk(agent, slot, t);
    const row = ints[i + CallInt.StatsRow] as number;
    if (row >= 0) this.stats.answered(row, this.agents.group[agent] as number, waitSeconds);
    this.flows.answered++;
    if (ints[i + CallInt.Callback] === 1) this.linesInUse++; // the agent calls the customer back
    // A warm transfer: the agent who held for this caller joins for the conference, then leaves.
    const holder = ints[i + CallInt.HoldingAgent] as number;
    if (holder >= 0) {
      ints[i + CallInt.HoldingAgent] = -1;
      if (this.agentWarmDeadline[holder]! > 0) {
        this.agentWarmDeadline[holder] = 0;
        const endAt = t + (this.calls.conferenceSeconds[slot] as number);
        this.agentConferenceEndAt[holder] = endAt;
        this.calendar.push(endAt, EventKind.ConferenceEnd, holder);
      }
    }
    if (this.trace !== null) this.trace.emit('answered', t, slot, agent, waitSeconds, route);
    this.calendar.push(t + talkSeconds, EventKind.TalkEnd, agent);
  }

  /** The agent's proficiency for the call in `slot` (its queue's). */
  private proficiencyFor(agent: number, slot: number): number {
    return this.workforce.proficiencyFor(agent, this.calls.ints[slot * CallInt.Stride + CallInt.Queue] as number);
  }

  private typeOf(slot: number): CallTypeModel {
    return this.callTypes[this.calls.ints[slot * CallInt.Stride + CallInt.Type] as number] as CallTypeModel;
  }

  onTalkEnd(agent: number, t: number): void {
    const slot = this.agents.call[agent] as number;
    if (this.trace !== null) this.trace.emit('talk-ended', t, slot, agent);
    const ct = this.typeOf(slot);
    const consult = ct.consult;
    if (consult !== null && this.calls.ints[slot * CallInt.Stride + CallInt.Consulted] === 0) {
      const p = Math.min(1, consult.probability / this.proficiencyFor(agent, slot));
      if ((this.calls.consultU[slot] as number) < p) {
        this.calls.ints[slot * CallInt.Stride + CallInt.Consulted] = 1;
        this.workforce.hold(agent, t);
        const leg = this.calls.ints[slot * CallInt.Stride + CallInt.TransferredIn] === 1;
        const rng = this.callerRng(slot, leg ? CallerDraw.LegConsult : CallerDraw.Consult);
        this.calendar.push(t + consult.duration(rng), EventKind.ConsultEnd, agent);
        return;
      }
    }
    this.afterTalk(agent, slot, t, ct);
  }

  /** The consult is over: its hold time counts in the call's handle time; the call goes on as after talk. */
  onConsultEnd(agent: number, t: number): void {
    const slot = this.agents.call[agent] as number;
    const row = this.calls.ints[slot * CallInt.Stride + CallInt.StatsRow] as number;
    if (row >= 0) this.stats.held(row, this.workforce.heldSeconds(agent, t));
    this.workforce.resume(agent, t);
    this.afterTalk(agent, slot, t, this.typeOf(slot));
  }

  /**
   * Self-managed: before escalating, the agent consults an idle peer of its department (both busy, the caller
   * on hold). Returns false, and the call is escalated at once, when nobody is idle.
   */
  private startPeerConsult(agent: number, t: number): boolean {
    const workforce = this.workforce;
    const org = workforce.organisation as Organisation;
    const agents = workforce.agents;
    const gi = agents.group[agent] as number;
    const consult = org.peerConsultFor(gi);
    if (consult === undefined) return false;
    const heldSlot = agents.call[agent] as number;
    const counted = (this.calls.ints[heldSlot * CallInt.Stride + CallInt.StatsRow] as number) >= 0;
    // A peer of the agent's own group first, else of another group of the department.
    let peerGroup = agents.longestIdle(gi) >= 0 ? gi : -1;
    if (peerGroup < 0)
      for (const g of org.departmentOf(gi)?.groups ?? [])
        if (agents.longestIdle(g) >= 0) {
          peerGroup = g;
          break;
        }
    if (peerGroup < 0) {
      if (counted) org.counts.peerUnavailable++;
      return false;
    }
    const peer = workforce.seizeIdle(peerGroup, t);
    workforce.hold(peer, t);
    org.ensureAgents(agents.count);
    org.peer[agent] = peer;
    workforce.hold(agent, t);
    if (counted) org.counts.peerConsults++;
    this.calendar.push(t + consult.duration(org.rng), EventKind.PeerEnd, agent);
    return true;
  }

  /** The peer consult is over: the peer is free; the two resolved the call, or it is escalated after all. */
  onPeerConsultEnd(agent: number, t: number): void {
    const workforce = this.workforce;
    const org = workforce.organisation as Organisation;
    const slot = workforce.agents.call[agent] as number;
    const row = this.calls.ints[slot * CallInt.Stride + CallInt.StatsRow] as number;
    if (row >= 0) this.stats.held(row, workforce.heldSeconds(agent, t));
    workforce.free(org.peer[agent] as number, t);
    workforce.resume(agent, t);
    const consult = org.peerConsultFor(this.agents.group[agent] as number);
    if (consult !== undefined && org.rng() < consult.resolveProbability) {
      if (row >= 0) org.counts.peerConsultsResolved++;
      this.linesInUse--; // the caller hangs up, helped
      this.startWrap(agent, slot, t);
      return;
    }
    this.transferCall(agent, slot, t, this.typeOf(slot));
  }

  /** Talk (and any consult) is over: transfer the caller, or the caller hangs up and the agent wraps up. */
  private afterTalk(agent: number, slot: number, t: number, ct: CallTypeModel): void {
    const transfer = ct.transfer;
    if (
      transfer !== null &&
      this.calls.ints[slot * CallInt.Stride + CallInt.TransferredIn] === 0 &&
      this.calls.ints[slot * CallInt.Stride + CallInt.Queue] !== transfer.queue
    ) {
      const p = Math.min(1, transfer.probability / this.proficiencyFor(agent, slot));
      if ((this.calls.transferU[slot] as number) < p) {
        if (!(transfer.escalation && this.workforce.orgRunner !== null && this.startPeerConsult(agent, t)))
          this.transferCall(agent, slot, t, ct);
        return;
      }
    }
    this.linesInUse--; // the caller hangs up
    this.startWrap(agent, slot, t);
  }

  private startWrap(agent: number, slot: number, t: number): void {
    const wrapSeconds = this.calls.reals[slot * CallReal.Stride + CallReal.WrapSeconds] as number;
    if (wrapSeconds > 0) {
      this.workforce.wrapUp(agent, t);
      this.calendar.push(t + wrapSeconds, EventKind.WrapEnd, agent);
    } else {
      this.completeCall(agent, t);
    }
  }

  /**
   * The agent hands the caller on to another queue (the caller keeps the line). Cold: the agent moves on to
   * after-call work. Warm: the agent holds until a target agent answers (for at most WARM_HOLD_LIMIT_SECONDS),
   * then both talk for the conference time.
   */
  private transferCall(agent: number, slot: number, t: number, ct: CallTypeModel): void {
    const transfer = ct.transfer as NonNullable<CallTypeModel['transfer']>;
    const calls = this.calls;
    // Its transfer (and escalation) is counted with the call, when handled (see countHandling).
    calls.ints[slot * CallInt.Stride + CallInt.TransferredOut] = 1;
    this.flows.transferred++;
    const next = calls.allocate();
    // From the caller's own stream, in this order: conference, talk, patience, then the leg's own decisions.
    const rng = this.callerRng(slot, CallerDraw.Transfer);
    const conference = transfer.warm && transfer.conference ? transfer.conference(rng) : 0;
    const talkSeconds = transfer.talk(rng) + conference;
    // The caller waits again in the target queue, with a fresh patience of the call type.
    const patienceSeconds = ct.patience === null ? Infinity : ct.patience(rng);
    calls.startTransferLeg(slot, next, transfer.queue, ++this.serials);
    calls.reals[next * CallReal.Stride + CallReal.TalkSeconds] = talkSeconds;
    calls.reals[next * CallReal.Stride + CallReal.PatienceSeconds] = patienceSeconds;
    calls.conferenceSeconds[next] = conference;
    calls.consultU[next] = rng();
    calls.transferU[next] = 1; // a call is transferred at most once
    calls.resolveU[next] = rng();
    calls.callbackU[next] = 1;
    this.inSystem++;
    if (this.trace !== null) this.trace.emit('transferred', t, next, agent);
    if (transfer.warm) {
      this.ensureAgentArrays();
      this.workforce.hold(agent, t);
      calls.ints[next * CallInt.Stride + CallInt.HoldingAgent] = agent;
      this.agentWarmLeg[agent] = next;
      this.agentWarmDeadline[agent] = t + WARM_HOLD_LIMIT_SECONDS;
      this.calendar.push(t + WARM_HOLD_LIMIT_SECONDS, EventKind.WarmTimeout, agent);
      this.enterQueue(next, t);
      return;
    }
    this.enterQueue(next, t);
    this.startWrap(agent, slot, t);
  }

  /**
   * Nobody in the target queue answered in time: the agent leaves the caller there (as in a cold transfer,
   * with no conference to come) and goes on to after-call work. Stale if the hold ended otherwise.
   */
  onWarmTimeout(agent: number, t: number): void {
    if (this.agentWarmDeadline[agent] !== t) return;
    const leg = this.agentWarmLeg[agent] as number;
    this.calls.ints[leg * CallInt.Stride + CallInt.HoldingAgent] = -1;
    this.calls.reals[leg * CallReal.Stride + CallReal.TalkSeconds]! -= this.calls.conferenceSeconds[leg] as number;
    this.calls.conferenceSeconds[leg] = 0;
    this.endWarmHold(agent, t);
  }

  /** The conference of a warm transfer is over (unless the event is stale). */
  onConferenceEnd(agent: number, t: number): void {
    if (this.agentConferenceEndAt[agent] === t) this.endWarmHold(agent, t);
  }

  /** The agent's warm transfer is over (conference done, or held too long): on to after-call work. */
  private endWarmHold(agent: number, t: number): void {
    this.agentWarmDeadline[agent] = 0;
    this.agentConferenceEndAt[agent] = 0;
    const slot = this.agents.call[agent] as number;
    const row = this.calls.ints[slot * CallInt.Stride + CallInt.StatsRow] as number;
    if (row >= 0) this.stats.held(row, this.workforce.heldSeconds(agent, t));
    this.startWrap(agent, slot, t);
  }

  /**
   * The agent has finished talk and after-call work: the call ends, and the workforce frees the agent (a break,
   * an activity or home if one is due, or else the next call).
   */
  completeCall(agent: number, t: number): void {
    const slot = this.agents.call[agent] as number;
    const ints = this.calls.ints;
    const i = slot * CallInt.Stride;
    const row = ints[i + CallInt.StatsRow] as number;
    if (row >= 0) {
      const reals = this.calls.reals;
      const r = slot * CallReal.Stride;
      this.stats.handled(row, reals[r + CallReal.TalkSeconds] as number, reals[r + CallReal.WrapSeconds] as number);
      if (!this.plainCalls) this.countHandling(row, i);
    }
    if (ints[i + CallInt.TransferredOut] === 0) this.resolve(agent, slot, t, row);
    this.flows.completed++;
    if (this.trace !== null) this.trace.emit('completed', t, slot, agent);
    this.workforce.hangUp(agent);
    this.releaseCall(slot);
    this.workforce.free(agent, t);
  }

  /**
   * What happened while a handled call was with its agent — a consult, a transfer (an escalation), a
   * transferred first contact — counts when the call is counted handled, at the end of its after-call work:
   * counted earlier, a run that stops mid-call would count a transfer of a call it never counts as handled,
   * and the rates (÷ handled) could pass 1.
   */
  private countHandling(row: number, i: number): void {
    const ints = this.calls.ints;
    if (ints[i + CallInt.Consulted] === 1) this.stats.count(row, F.CONSULTS);
    if (ints[i + CallInt.TransferredOut] === 1) {
      this.stats.count(row, F.TRANSFERRED_OUT);
      const transfer = (this.callTypes[ints[i + CallInt.Type] as number] as CallTypeModel).transfer;
      if (transfer !== null && transfer.escalation) this.stats.count(row, F.ESCALATED);
      // A transferred first contact is not resolved on first contact.
      if (ints[i + CallInt.Contact] === 1) this.stats.count(row, F.FIRST_CONTACTS);
    }
  }

  /**
   * Was the customer's request resolved? With proficiency p the unresolved share is (1 − r) ÷ p, capped at 1.
   * A first contact resolved here (and not transferred in) counts for first-contact resolution; an unresolved
   * customer may call again (a repeat contact).
   */
  private resolve(agent: number, slot: number, t: number, row: number): void {
    const ints = this.calls.ints;
    const i = slot * CallInt.Stride;
    const typeIndex = ints[i + CallInt.Type] as number;
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    let resolved = true;
    if (ct.unresolved > 0) {
      const p = this.proficiencyFor(agent, slot);
      resolved = (this.calls.resolveU[slot] as number) >= Math.min(1, ct.unresolved / p);
    }
    if (row >= 0 && ints[i + CallInt.Contact] === 1 && ints[i + CallInt.TransferredIn] === 0) {
      this.stats.count(row, F.FIRST_CONTACTS);
      if (resolved) this.stats.count(row, F.FIRST_CONTACTS_RESOLVED);
    }
    if (resolved || ct.repeat === null) return;
    // Whether and when the customer calls again, from its own stream for this contact.
    const rng = this.callerRng(slot, CallerDraw.Next);
    if (rng() < ct.repeat.probability)
      this.scheduleFutureContact(
        typeIndex,
        t + ct.repeat.delay(rng),
        this.calls.reals[slot * CallReal.Stride + CallReal.Customer] as number,
        (ints[i + CallInt.Contact] as number) + 1,
        0,
      );
  }

  private ensureAgentArrays(): void {
    const n = this.workforce.agents.group.length;
    if (this.agentWarmDeadline.length >= n) return;
    this.agentWarmDeadline = grownTo(this.agentWarmDeadline, n);
    this.agentConferenceEndAt = grownTo(this.agentConferenceEndAt, n);
    this.agentWarmLeg = grownTo(this.agentWarmLeg, n);
  }

  protected legAbandoned(holder: number, t: number): void {
    if ((this.agentWarmDeadline[holder] as number) > 0) this.endWarmHold(holder, t);
  }
}
