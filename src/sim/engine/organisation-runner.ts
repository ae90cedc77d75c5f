// Carries out the organisation's decisions inside a run: daily meetings, supervisor / WFM reviews that move
// agents between groups after a reaction delay, team leads coaching, QA reviews and feedback, break shifting,
// training credits and fatigue. It acts through the Simulation's OrganisationHost methods and schedules its
// own events (kind ORG, sub-kind in the low 4 bits of the payload). Pure, no DOM.
import type { OrganisationKpis } from '../results';
import type { ShiftSpec } from '../scenario/schema';
import { HOLD, IDLE, LOGGED_OUT, OFF_PHONE, SCHEDULED_OFF, TALKING, WRAP_UP, type AgentPool } from './agent-pool';
import {
  BREAK_RETRY_SECONDS,
  FATIGUE_TICK_SECONDS,
  ORG_COACH_TICK,
  ORG_DAY,
  ORG_FATIGUE_TICK,
  ORG_MEETING_END,
  ORG_MEETING_START,
  ORG_QA_TICK,
  ORG_REASSIGN,
  ORG_REVIEW,
  ORG_SESSION_END,
  ORG_TRAINING_CREDIT,
  SESSION_COACHING,
  SESSION_FEEDBACK,
  SESSION_MEETING,
  SESSION_NONE,
  type Organisation,
} from './organisation';

const SECONDS_PER_DAY = 86_400;

/** What the runner needs from the Simulation. */
export interface OrganisationHost {
  readonly agents: AgentPool;
  readonly nowSeconds: number;
  /** Callers waiting now, per queue. */
  waitingIn(queue: number): number;
  servesQueue(gi: number, queue: number): boolean;
  /** True while arrivals go on (recurring organisation events stop with them). */
  readonly acceptsArrivals: boolean;
  readonly warmupSeconds: number;
  pushEvent(at: number, kind: 'org' | 'break-start' | 'away-end', a: number): void;
  /** Off the phones for a session: an idle agent (wasBusy false) or one just freed from a call (true). */
  startSession(agent: number, t: number, kind: number, wasBusy: boolean): void;
  endSession(agent: number, t: number): void;
  /** Moves up to n agents between groups (idle ones only unless afterCalls); returns how many moved. */
  move(from: number, to: number, n: number, afterCalls: boolean): number;
  /** The agent's efficiency on its group's learning curve (1 without one). */
  learningEfficiency(agent: number): number;
  hasLearningCurve(gi: number): boolean;
  shiftOf(agent: number): ShiftSpec | undefined;
}

interface Move {
  donor: number;
  recipient: number;
  agents: number;
}

export class OrganisationRunner {
  private readonly host: OrganisationHost;
  private readonly org: Organisation;
  private readonly moves: Move[] = [];

  constructor(host: OrganisationHost, org: Organisation) {
    this.host = host;
    this.org = org;
  }

  /** Departments whose review chain is scheduled (one chain each, even across structure changes). */
  private readonly reviewing = new Set<number>();

  /** Schedules today's meetings, the next day, and the recurring ticks, from now. */
  start(): void {
    const org = this.org;
    const now = this.host.nowSeconds;
    org.ensureAgents(this.host.agents.count);
    this.onDay(Math.floor(now / SECONDS_PER_DAY));
    org.departments.forEach((_, di) => this.startReviews(di));
    if (org.coaching) this.push(now + org.coaching.everyMinutes * 60, ORG_COACH_TICK, 0);
    if (org.qa) this.push(now + org.qa.reviewMinutes * 60, ORG_QA_TICK, 0);
    if (org.fatigue) this.push(now + FATIGUE_TICK_SECONDS, ORG_FATIGUE_TICK, 0);
  }

  /** A department's structure changed during the run: reviews start if it is now hierarchical with reviews. */
  structureChanged(di: number): void {
    this.startReviews(di);
  }

  private startReviews(di: number): void {
    const structure = this.org.departments[di]?.structure;
    if (structure?.kind !== 'hierarchical' || structure.review === undefined || this.reviewing.has(di)) return;
    this.reviewing.add(di);
    this.push(this.host.nowSeconds + structure.review.everyMinutes * 60, ORG_REVIEW, di);
  }

  onEvent(code: number, t: number): void {
    const sub = code & 15;
    const data = code >> 4;
    switch (sub) {
      case ORG_DAY:
        this.onDay(data);
        break;
      case ORG_MEETING_START:
        this.startMeeting(data >> 5, data & 31, t);
        break;
      case ORG_MEETING_END:
        this.endMeeting(data, t);
        break;
      case ORG_REVIEW:
        this.review(data, t);
        break;
      case ORG_REASSIGN:
        this.reassign(data, t);
        break;
      case ORG_COACH_TICK:
        this.coach(t);
        break;
      case ORG_SESSION_END:
        if (this.org.sessionEndAt[data] === t && this.org.session[data] !== SESSION_NONE) this.host.endSession(data, t);
        break;
      case ORG_QA_TICK:
        this.qaReviews(t);
        break;
      case ORG_FATIGUE_TICK:
        this.fatigueTick(t);
        break;
      case ORG_TRAINING_CREDIT:
        this.trainingCredit(data >> 5, data & 31, t);
        break;
      default:
        throw new Error(`unknown organisation event ${sub}`);
    }
  }

  private push(at: number, sub: number, data: number): void {
    this.host.pushEvent(at, 'org', sub | (data << 4));
  }

  /** Schedules a recurring tick again, while arrivals go on. */
  private again(at: number, sub: number, data: number): void {
    if (this.host.acceptsArrivals) this.push(at, sub, data);
  }

  private counts(t: number): boolean {
    return t >= this.host.warmupSeconds;
  }

  // ---- Days and meetings --------------------------------------------------------------------------------

  /** A new day: its meetings are scheduled (a structure changed later in the day meets from the next day on). */
  private onDay(day: number): void {
    const dayAt = day * SECONDS_PER_DAY;
    const now = this.host.nowSeconds;
    this.org.departments.forEach((d, di) => {
      if (d.structure?.kind !== 'self-managed') return;
      (d.structure.meetings ?? []).forEach((m, mi) => {
        if (dayAt + m.startAt >= now) this.push(dayAt + m.startAt, ORG_MEETING_START, di * 32 + mi);
      });
    });
    this.again(dayAt + SECONDS_PER_DAY, ORG_DAY, day + 1);
  }

  /** The team goes off the phones: idle agents at once, busy ones when their call is done. */
  private startMeeting(di: number, mi: number, t: number): void {
    const d = this.org.departments[di];
    if (d === undefined || d.structure?.kind !== 'self-managed') return;
    const meeting = d.structure.meetings?.[mi];
    if (meeting === undefined) return;
    const until = t + meeting.durationSeconds;
    const agents = this.host.agents;
    this.org.ensureAgents(agents.count);
    for (const gi of d.groups) {
      for (const agent of agents.membersOf(gi)) {
        if (agents.state[agent] === LOGGED_OUT || agents.scheduled[agent] === SCHEDULED_OFF) continue;
        this.org.meetingUntil[agent] = until;
        if (agents.state[agent] === IDLE) this.begin(agent, t, SESSION_MEETING, false, Infinity);
      }
    }
    this.push(until, ORG_MEETING_END, di);
  }

  private endMeeting(di: number, t: number): void {
    const d = this.org.departments[di];
    if (d === undefined) return;
    const agents = this.host.agents;
    for (const gi of d.groups) {
      for (const agent of agents.membersOf(gi)) {
        this.org.meetingUntil[agent] = 0;
        if (this.org.session[agent] === SESSION_MEETING) this.host.endSession(agent, t);
      }
    }
  }

  /** Starts a session and counts it; `endAt` Infinity for meetings (their end is one event for the team). */
  private begin(agent: number, t: number, kind: number, wasBusy: boolean, endAt: number): void {
    this.host.startSession(agent, t, kind, wasBusy);
    if (endAt < Infinity) {
      this.org.sessionEndAt[agent] = endAt;
      this.push(endAt, ORG_SESSION_END, agent);
    }
    if (!this.counts(t)) return;
    const c = this.org.counts;
    if (kind === SESSION_MEETING) c.meetingSessions++;
    else if (kind === SESSION_FEEDBACK) c.qaFeedbackSessions++;
  }

  /**
   * An agent has just finished a call (or helping a peer): owed QA feedback, or a meeting in progress, takes
   * the agent off the phones now. Returns true if it did.
   */
  takesFreedAgent(agent: number, t: number): boolean {
    const org = this.org;
    if (!org.hooksFreedAgents) return false;
    org.ensureAgents(agent + 1);
    if (org.feedbackDue[agent] === 1) {
      this.giveFeedback(agent, t, true);
      return true;
    }
    if ((org.meetingUntil[agent] as number) > t) {
      this.begin(agent, t, SESSION_MEETING, true, Infinity);
      return true;
    }
    return false;
  }

  // ---- Reviews and reassignment (hierarchical) ------------------------------------------------------------

  /**
   * For each queue of the department with too many callers waiting, decide to move agents to a group that
   * serves it from the group of the department that does not and has most idle agents; the move happens
   * after the reaction delay.
   */
  private review(di: number, t: number): void {
    const d = this.org.departments[di];
    if (d === undefined || d.structure?.kind !== 'hierarchical' || d.structure.review === undefined) {
      this.reviewing.delete(di); // the chain ends; a later change back to hierarchical starts a new one
      return;
    }
    const review = d.structure.review;
    const agents = this.host.agents;
    for (const q of d.queues) {
      if (this.host.waitingIn(q) <= review.waitingAbove) continue;
      const recipient = d.groups.find((gi) => this.host.servesQueue(gi, q));
      let donor = -1;
      for (const gi of d.groups) {
        if (this.host.servesQueue(gi, q) || agents.idleCount(gi) === 0) continue;
        if (donor < 0 || agents.idleCount(gi) > agents.idleCount(donor)) donor = gi;
      }
      if (recipient === undefined || donor < 0) continue;
      this.moves.push({ donor, recipient, agents: review.moveAgents });
      this.push(t + review.reactionDelayMinutes * 60, ORG_REASSIGN, this.moves.length - 1);
    }
    this.again(t + review.everyMinutes * 60, ORG_REVIEW, di);
  }

  private reassign(index: number, t: number): void {
    const move = this.moves[index] as Move;
    // Only agents idle at the moment of the move go: a supervisor does not pull people off calls.
    const moved = this.host.move(move.donor, move.recipient, move.agents, false);
    if (this.counts(t)) this.org.counts.agentsReassigned += moved;
  }

  // ---- Coaching, QA, training ---------------------------------------------------------------------------

  /** Each idle team lead coaches the idle agent of the coached groups lowest on the learning curve. */
  private coach(t: number): void {
    const coaching = this.org.coaching;
    if (coaching === undefined) return;
    const agents = this.host.agents;
    const leads = agents.membersOf(this.org.coachingLeadGroup);
    for (const lead of leads) {
      if (agents.state[lead] !== IDLE) continue;
      let best = -1;
      let bestEfficiency = Infinity;
      for (const gi of this.org.coachingGroups) {
        for (const agent of agents.membersOf(gi)) {
          if (agents.state[agent] !== IDLE) continue;
          const efficiency = this.host.learningEfficiency(agent);
          if (efficiency < bestEfficiency) {
            best = agent;
            bestEfficiency = efficiency;
          }
        }
      }
      if (best < 0) break;
      const endAt = t + coaching.durationSeconds;
      this.org.ensureAgents(agents.count);
      this.begin(lead, t, SESSION_COACHING, false, endAt);
      this.begin(best, t, SESSION_COACHING, false, endAt);
      if (this.counts(t)) this.org.counts.coachingSessions++;
      this.org.experience[best]! += coaching.experienceCalls;
    }
    this.again(t + coaching.everyMinutes * 60, ORG_COACH_TICK, 0);
  }

  /** Each analyst reviews a call of a random agent who has answered one; the agent owes feedback. */
  private qaReviews(t: number): void {
    const qa = this.org.qa;
    if (qa === undefined) return;
    const agents = this.host.agents;
    const eligible: number[] = [];
    for (const gi of this.org.qaGroups)
      for (const agent of agents.membersOf(gi))
        if (agents.state[agent] !== LOGGED_OUT && (agents.answered[agent] as number) > 0) eligible.push(agent);
    this.org.ensureAgents(agents.count);
    for (let k = 0; k < qa.analysts && eligible.length > 0; k++) {
      const agent = eligible[Math.floor(this.org.rng() * eligible.length)] as number;
      if (this.counts(t)) this.org.counts.qaReviews++;
      this.org.feedbackDue[agent] = 1;
      if (agents.state[agent] === IDLE) this.giveFeedback(agent, t, false);
    }
    this.again(t + qa.reviewMinutes * 60, ORG_QA_TICK, 0);
  }

  private giveFeedback(agent: number, t: number, wasBusy: boolean): void {
    const qa = this.org.qa;
    if (qa === undefined) return;
    this.org.feedbackDue[agent] = 0;
    this.org.experience[agent]! += qa.experienceCalls;
    this.begin(agent, t, SESSION_FEEDBACK, wasBusy, t + qa.feedbackSeconds);
  }

  /** Called by the Simulation for a shift activity that adds experience, at its end. */
  scheduleTrainingCredit(at: number, agent: number, activity: number): void {
    this.push(at, ORG_TRAINING_CREDIT, agent * 32 + activity);
  }

  /** A training activity ends: an agent who attended (off the phones now) gains its experience. */
  private trainingCredit(agent: number, activity: number, t: number): void {
    const a = this.host.shiftOf(agent)?.activities?.[activity];
    if (a === undefined || this.host.agents.state[agent] !== OFF_PHONE) return;
    this.org.ensureAgents(agent + 1);
    this.org.experience[agent]! += a.experienceCalls ?? 0;
    if (this.counts(t)) this.org.counts.trainingSessions++;
  }

  // ---- Break shifting (self-managed) ----------------------------------------------------------------------

  /**
   * A break falls due (or is looked at again): put it off while the department's queues are long, up to the
   * maximum delay. Returns true when the break does not start now.
   */
  postponesBreak(agent: number, t: number): boolean {
    const org = this.org;
    const agents = this.host.agents;
    const shifting = org.breakShiftingFor(agents.group[agent] as number);
    if (shifting === undefined) return false;
    org.ensureAgents(agent + 1);
    const postponed = org.breakPostponed[agent] === 1;
    if (agents.state[agent] === LOGGED_OUT || agents.scheduled[agent] === SCHEDULED_OFF) {
      org.breakPostponed[agent] = 0;
      return postponed; // a late retry after the shift ended: drop it
    }
    const dueAt = postponed ? (org.breakDueAt[agent] as number) : t;
    let waiting = 0;
    for (const q of shifting.queues) waiting += this.host.waitingIn(q);
    if (waiting > shifting.waitingAbove && t - dueAt + BREAK_RETRY_SECONDS <= shifting.maxDelaySeconds) {
      if (!postponed) {
        const duration = this.breakDurationAt(agent, t);
        if (duration === undefined) return false;
        org.breakPostponed[agent] = 1;
        org.breakDueAt[agent] = t;
        org.breakDuration[agent] = duration;
        if (this.counts(t)) org.counts.breaksShifted++;
      }
      this.host.pushEvent(t + BREAK_RETRY_SECONDS, 'break-start', agent);
      return true;
    }
    if (postponed) {
      // The break starts late and lasts its full length; the end planned with the shift is now stale.
      org.breakPostponed[agent] = 0;
      const endAt = t + (org.breakDuration[agent] as number);
      org.deferredBreakEnd[agent] = endAt;
      this.host.pushEvent(endAt, 'away-end', agent);
      if (this.counts(dueAt)) org.counts.breakShiftSeconds += t - dueAt;
    }
    return false;
  }

  /** The length of the agent's break that falls due at t (its shift's break starting then, on any day). */
  private breakDurationAt(agent: number, t: number): number | undefined {
    const spec = this.host.shiftOf(agent);
    for (const b of spec?.breaks ?? []) {
      const day = Math.round((t - b.startAt) / SECONDS_PER_DAY);
      if (day * SECONDS_PER_DAY + b.startAt === t) return b.durationSeconds;
    }
    return undefined;
  }

  /** True when an AWAY_END must be ignored: its break was put off (the end moves with it). */
  skipsAwayEnd(agent: number, t: number): boolean {
    const org = this.org;
    if (agent >= org.breakPostponed.length) return false;
    if (org.breakPostponed[agent] === 1) return true;
    const deferred = org.deferredBreakEnd[agent] as number;
    if (deferred > 0) {
      if (t < deferred) return true;
      org.deferredBreakEnd[agent] = 0;
    }
    return false;
  }

  // ---- Fatigue ------------------------------------------------------------------------------------------

  private fatigueTick(t: number): void {
    const agents = this.host.agents;
    this.org.ensureAgents(agents.count);
    for (let agent = 0; agent < agents.count; agent++) {
      const busy =
        agents.secondsIn(agent, TALKING, t) + agents.secondsIn(agent, HOLD, t) + agents.secondsIn(agent, WRAP_UP, t);
      const available = busy + agents.secondsIn(agent, IDLE, t);
      this.org.updateFatigue(agent, busy, available, FATIGUE_TICK_SECONDS);
    }
    this.again(t + FATIGUE_TICK_SECONDS, ORG_FATIGUE_TICK, 0);
  }

  // ---- KPIs -----------------------------------------------------------------------------------------------

  kpis(t: number): OrganisationKpis {
    const org = this.org;
    const c = org.counts;
    const agents = this.host.agents;
    let slowdownSum = 0;
    org.ensureAgents(agents.count);
    for (let agent = 0; agent < agents.count; agent++) slowdownSum += org.slowdown[agent] as number;
    const { breakShiftSeconds, ...counts } = c;
    return {
      ...counts,
      breakShiftMeanSeconds: c.breaksShifted > 0 ? breakShiftSeconds / c.breaksShifted : NaN,
      supportStaffCost: org.supportCost(t),
      meanEfficiency: NaN, // the Simulation fills it in: it applies without any organisation too
      meanSlowdown: org.fatigue !== undefined && agents.count > 0 ? slowdownSum / agents.count : NaN,
    };
  }
}
