// The workforce: the one owner of the agents. Log in and out, shifts, breaks and activities, organisation
// sessions, proficiency and learning, group sizes and moving people, through verbs (seizeIdle, seize, free,
// hold, move, …) that keep each group's busy, staffed, available, scheduled, overtime and adherence levels in
// step: nothing else calls the statistics' level updates. It is the organisation runner's host. No DOM.
import type { Scenario, ShiftSpec } from '../scenario/schema';
import type { Rng } from '../random/streams';
import {
  type AgentPool,
  BREAK,
  HOLD,
  IDLE,
  LOGGED_OUT,
  OFF_PHONE,
  SCHEDULED_ACTIVITY,
  SCHEDULED_AVAILABLE,
  SCHEDULED_BREAK,
  SCHEDULED_OFF,
  TALKING,
  WRAP_UP,
  isAdherent,
} from './agent-pool';
import type { EngineStats } from './engine-stats';
import type { EventQueue } from './event-queue';
import { EventKind } from './event-kinds';
import type { Routing } from './routing';
import { Organisation, SESSION_NONE } from './organisation';
import { OrganisationRunner, type OrganisationHost } from './organisation-runner';
import { grownTo } from './typed-arrays';
import { SECONDS_PER_DAY, scheduleDay, type ShiftModel } from './shift-plan';

/** A value of AgentPool.pending beside the states: the agent moves to moveTo[agent] when its call ends. */
const PENDING_MOVE = 255;

/** What the workforce needs from the call flow: an agent answers a call; whether arrivals go on. */
export interface CallAnswering {
  answer(agent: number, slot: number, t: number, route: number): void;
  readonly arrivalsOpen: boolean;
}

export class Workforce implements OrganisationHost {
  readonly agents: AgentPool;
  /** How the floor is organised over time (null when the scenario uses none of it), and who carries it out. */
  organisation: Organisation | null = null;
  orgRunner: OrganisationRunner | null = null;
  /** True when every agent talks at the nominal speed: proficiency 1 everywhere, no learning curve, no fatigue. */
  nominalSpeed = false;
  private flow: CallAnswering | null = null;
  private readonly stats: EngineStats;
  private readonly calendar: EventQueue;
  private readonly routing: Routing;
  private readonly now: () => number;
  private readonly horizonAt: number;
  private readonly groupIds: readonly string[];
  readonly warmupSeconds: number;
  private shifts: ShiftModel[] = [];
  /** The shift each scheduled agent works. */
  private readonly agentShift: (ShiftSpec | undefined)[] = [];
  private readonly absenceRng: Rng;
  /** Per group: the learning curve's starting efficiency and the calls that close half the gap (Infinity: none). */
  private learningStart: Float64Array = new Float64Array(0);
  private learningHalfwayCalls: Float64Array = new Float64Array(0);
  /** When each agent went on hold (a consult or a warm transfer), seconds. */
  private holdSince: Float64Array = new Float64Array(64);
  /** The group a busy agent moves to after its call (valid while its pending is PENDING_MOVE). */
  private moveTo: Int32Array = new Int32Array(0);

  constructor(
    agents: AgentPool,
    stats: EngineStats,
    calendar: EventQueue,
    routing: Routing,
    groupIds: readonly string[],
    clock: { now: () => number; warmupAt: number; horizonAt: number; absenceRng: Rng },
  ) {
    this.agents = agents;
    this.groupIds = groupIds;
    this.stats = stats;
    this.calendar = calendar;
    this.routing = routing;
    this.now = clock.now;
    this.warmupSeconds = clock.warmupAt;
    this.horizonAt = clock.horizonAt;
    this.absenceRng = clock.absenceRng;
  }

  /**
   * Staffs the floor at the start of a run, in this order (the calendar keeps it for ties): the groups' agents
   * log in, the organisation starts, the shifts' agents are created and day 0 of the schedule is laid out.
   */
  start(scenario: Scenario, flow: CallAnswering, organisationRng: Rng): void {
    const groupIds = this.groupIds;
    this.flow = flow;
    this.configureSkills(scenario);
    scenario.agentGroups.forEach((g, gi) => {
      for (let k = 0; k < g.agents; k++) this.logIn(this.agents.create(gi, false), 0);
    });
    const groupIndex = new Map(groupIds.map((id, i) => [id, i]));
    const queueIds = scenario.queues.map((q) => q.id);
    this.organisation = Organisation.create(scenario, groupIds, queueIds, organisationRng, this.warmupSeconds);
    this.orgRunner = this.organisation ? new OrganisationRunner(this, this.organisation) : null;
    this.shifts = (scenario.schedule ?? []).map((spec) => {
      const gi = groupIndex.get(spec.group) as number;
      const agents = Array.from({ length: spec.agents }, () => this.agents.create(gi, true));
      for (const agent of agents) this.agentShift[agent] = spec;
      return { spec, agents };
    });
    if (this.shifts.length > 0) this.onDayStart(0);
    this.orgRunner?.start();
  }

  /** Learning curves and whether everyone talks at nominal speed; after routing has read the proficiencies. */
  configureSkills(scenario: Scenario): void {
    this.learningStart = Float64Array.from(scenario.agentGroups, (g) => g.learning?.startEfficiency ?? 1);
    this.learningHalfwayCalls = Float64Array.from(scenario.agentGroups, (g) => g.learning?.halfwayCalls ?? Infinity);
    this.nominalSpeed =
      this.routing.proficiency.every((p) => p === 1) &&
      this.learningHalfwayCalls.every((h) => h === Infinity) &&
      scenario.fatigue === undefined;
  }

  /** Starts the organisation in the middle of a run (the first structure change of a run without one). */
  startOrganisation(scenario: Scenario, rng: Rng): void {
    const queueIds = scenario.queues.map((q) => q.id);
    const org = Organisation.create(scenario, this.groupIds, queueIds, rng, this.warmupSeconds, true) as Organisation;
    org.ensureAgents(this.agents.count);
    this.organisation = org;
    this.orgRunner = new OrganisationRunner(this, org);
    this.orgRunner.start();
  }

  // ---- Verbs for the call flow ----------------------------------------------------------------------------

  /** Takes group gi's longest-idle agent (there must be one) for a call: it counts busy from t. */
  seizeIdle(gi: number, t: number): number {
    const agent = this.agents.longestIdle(gi);
    this.seizeLongestIdle(agent, t);
    return agent;
  }

  /** Takes `agent`, which routing found as its group's longest-idle agent, for a call: busy from t. */
  seizeLongestIdle(agent: number, t: number): void {
    const gi = this.agents.group[agent] as number;
    this.agents.takeLongestIdle(gi);
    this.stats.busyChanged(gi, t, 1);
  }

  /** An agent who was neither idle nor busy (back from away, just logged in) takes a call: busy from t. */
  seize(agent: number, t: number): void {
    this.stats.busyChanged(this.agents.group[agent] as number, t, 1);
  }

  /** The agent starts talking with the caller in `slot`. */
  talk(agent: number, slot: number, t: number): void {
    this.agents.call[agent] = slot;
    this.agents.setState(agent, TALKING, t);
    this.agents.answered[agent]!++;
  }

  /** Back to talking after a hold. */
  resume(agent: number, t: number): void {
    this.agents.setState(agent, TALKING, t);
  }

  wrapUp(agent: number, t: number): void {
    this.agents.setState(agent, WRAP_UP, t);
  }

  /** The agent puts the caller on hold (a consult, a warm transfer) or is held by a colleague's consult. */
  hold(agent: number, t: number): void {
    if (this.holdSince.length < this.agents.group.length)
      this.holdSince = grownTo(this.holdSince, this.agents.group.length);
    this.agents.setState(agent, HOLD, t);
    this.holdSince[agent] = t;
  }

  /** Seconds the agent has been on hold by t. */
  heldSeconds(agent: number, t: number): number {
    return t - (this.holdSince[agent] as number);
  }

  /** The agent's call is over and has left the system. */
  hangUp(agent: number): void {
    this.agents.call[agent] = -1;
  }

  /**
   * A busy agent (after a call, or a peer after helping a colleague) is free: a pending break, activity or
   * log-out comes first, then an organisation session that is due (QA feedback, a meeting), then the next call.
   */
  free(agent: number, t: number): void {
    const agents = this.agents;
    const gi = agents.group[agent] as number;
    const pending = agents.pending[agent] as number;
    if (pending !== 0) {
      this.stats.busyChanged(gi, t, -1);
      agents.pending[agent] = 0;
      if (pending === PENDING_MOVE) {
        this.regroup(agent, gi, this.moveTo[agent] as number, t);
        this.becomeAvailable(agent, t);
        return;
      }
      if (pending === LOGGED_OUT) this.logOut(agent, t);
      else agents.setState(agent, pending, t);
      this.refresh(agent, t);
      return;
    }
    if (this.orgRunner !== null && this.orgRunner.takesFreedAgent(agent, t)) return;
    const routing = this.routing;
    const next = routing.nextCallFor(gi, t);
    if (next >= 0) {
      (this.flow as CallAnswering).answer(agent, next, t, routing.lastRoute);
      return;
    }
    this.stats.busyChanged(gi, t, -1);
    agents.becomeIdle(agent, t);
  }

  /** An agent who is logged in but not busy becomes available: straight onto a waiting call, or idle. */
  private becomeAvailable(agent: number, t: number): void {
    const gi = this.agents.group[agent] as number;
    const next = this.routing.nextCallFor(gi, t);
    if (next >= 0) {
      this.seize(agent, t);
      (this.flow as CallAnswering).answer(agent, next, t, this.routing.lastRoute);
    } else {
      this.agents.becomeIdle(agent, t);
    }
  }

  /**
   * Idle agents of group gi take the callers already waiting in its queues (after what the group answers
   * changed).
   */
  drainQueues(gi: number, t: number): void {
    for (;;) {
      if (this.agents.longestIdle(gi) < 0) break;
      const next = this.routing.nextCallFor(gi, t);
      if (next < 0) break;
      const agent = this.seizeIdle(gi, t);
      (this.flow as CallAnswering).answer(agent, next, t, this.routing.lastRoute);
    }
  }

  /** The agent's id, `<group id>-<n>`. */
  agentId(agent: number): string {
    return `${this.groupIds[this.agents.group[agent] as number]}-${this.agents.ordinal[agent]}`;
  }

  // ---- Proficiency and learning ---------------------------------------------------------------------------

  /**
   * The agent's proficiency for a call of queue q: the group's, times the learning curve's efficiency after the
   * calls the agent has answered (1 without a learning curve), times what fatigue leaves.
   */
  proficiencyFor(agent: number, q: number): number {
    const gi = this.agents.group[agent] as number;
    let p = this.routing.proficiency[gi * this.routing.queueCount + q] as number;
    if (this.learningHalfwayCalls[gi] !== Infinity) p *= this.learningEfficiency(agent);
    const org = this.organisation;
    if (org !== null && org.fatigue !== undefined && agent < org.slowdown.length)
      p *= 1 - (org.slowdown[agent] as number);
    return p;
  }

  /**
   * The agent's efficiency on its group's learning curve after the calls it has answered plus the experience
   * that coaching, QA feedback and training gave it (1 without a learning curve).
   */
  learningEfficiency(agent: number): number {
    const gi = this.agents.group[agent] as number;
    const halfway = this.learningHalfwayCalls[gi] as number;
    if (halfway === Infinity) return 1;
    const org = this.organisation;
    const extra = org !== null && agent < org.experience.length ? (org.experience[agent] as number) : 0;
    const gap = 1 - (this.learningStart[gi] as number);
    return 1 - gap * Math.pow(2, -((this.agents.answered[agent] as number) + extra) / halfway);
  }

  hasLearningCurve(gi: number): boolean {
    return this.learningHalfwayCalls[gi] !== Infinity;
  }

  // ---- Log in and out, and the workforce levels -----------------------------------------------------------

  /** A logged-out agent logs in. Agents without a shift are scheduled whenever they are logged in. */
  private logIn(agent: number, t: number): void {
    const agents = this.agents;
    agents.pending[agent] = 0;
    if (agents.onShift[agent] === 0) agents.scheduled[agent] = SCHEDULED_AVAILABLE;
    this.stats.staffedChanged(agents.group[agent] as number, t, 1);
    this.becomeAvailable(agent, t);
    this.refresh(agent, t);
  }

  /** An agent who is not busy (and out of the idle FIFO) logs out. */
  private logOut(agent: number, t: number): void {
    const agents = this.agents;
    agents.setState(agent, LOGGED_OUT, t);
    agents.pending[agent] = 0;
    if (agents.onShift[agent] === 0) agents.scheduled[agent] = SCHEDULED_OFF;
    this.stats.staffedChanged(agents.group[agent] as number, t, -1);
    this.refresh(agent, t);
  }

  /**
   * Brings the agent's contributions to its group's scheduled, overtime, out-of-adherence and available
   * levels up to date. Called wherever the schedule or the class of state changes (never between idle, talking
   * and wrap-up, which are all "available").
   */
  private refresh(agent: number, t: number): void {
    const agents = this.agents;
    const gi = agents.group[agent] as number;
    const scheduledState = agents.scheduled[agent] as number;
    const state = agents.state[agent] as number;
    const scheduled = scheduledState !== SCHEDULED_OFF ? 1 : 0;
    const overtime = scheduled === 0 && state !== LOGGED_OUT ? 1 : 0;
    const out = scheduled === 1 && !isAdherent(scheduledState, state) ? 1 : 0;
    if (scheduled !== agents.countedScheduled[agent]) {
      this.stats.scheduledChanged(gi, t, scheduled - (agents.countedScheduled[agent] as number));
      agents.countedScheduled[agent] = scheduled;
    }
    if (overtime !== agents.countedOvertime[agent]) {
      this.stats.overtimeChanged(gi, t, overtime - (agents.countedOvertime[agent] as number));
      agents.countedOvertime[agent] = overtime;
    }
    if (out !== agents.countedOut[agent]) {
      this.stats.adherenceChanged(gi, t, out - (agents.countedOut[agent] as number));
      agents.countedOut[agent] = out;
    }
    const available = state !== LOGGED_OUT && state !== BREAK && state !== OFF_PHONE ? 1 : 0;
    if (available !== agents.countedAvailable[agent]) {
      this.stats.availableChanged(gi, t, available - (agents.countedAvailable[agent] as number));
      agents.countedAvailable[agent] = available;
    }
  }

  private isBusy(agent: number): boolean {
    const state = this.agents.state[agent] as number;
    return state === TALKING || state === WRAP_UP || state === HOLD;
  }

  // ---- The schedule ---------------------------------------------------------------------------------------

  /** Lays out day `day` of every shift (see shift-plan.ts); the next day follows while arrivals go on. */
  onDayStart(day: number): void {
    const nextDay = this.acceptsArrivals && (day + 1) * SECONDS_PER_DAY < this.horizonAt;
    scheduleDay(this.calendar, this.shifts, day, nextDay, this.absenceRng, this.organisation, this.orgRunner);
  }

  onShiftStart(agent: number, t: number): void {
    const agents = this.agents;
    agents.scheduled[agent] = SCHEDULED_AVAILABLE;
    if (agents.state[agent] === LOGGED_OUT) this.logIn(agent, t);
    else this.refresh(agent, t);
  }

  /** A break (isBreak) or activity starts: an idle agent goes at once, a busy one after the call. */
  onAwayStart(agent: number, t: number, isBreak: boolean): void {
    if (isBreak && this.orgRunner !== null && this.orgRunner.postponesBreak(agent, t)) return;
    const agents = this.agents;
    agents.scheduled[agent] = isBreak ? SCHEDULED_BREAK : SCHEDULED_ACTIVITY;
    const awayState = isBreak ? BREAK : OFF_PHONE;
    const state = agents.state[agent] as number;
    if (state === IDLE) {
      agents.leaveIdle(agent);
      agents.setState(agent, awayState, t);
    } else if (this.isBusy(agent) && agents.pending[agent] !== LOGGED_OUT) {
      agents.pending[agent] = awayState;
    }
    this.refresh(agent, t);
  }

  /** A break or activity ends: back to the phones (a break still pending because of a long call is skipped). */
  onAwayEnd(agent: number, t: number): void {
    const agents = this.agents;
    if (this.orgRunner !== null && this.orgRunner.skipsAwayEnd(agent, t)) return;
    if (agents.scheduled[agent] === SCHEDULED_OFF) return;
    const org = this.organisation;
    if (
      org !== null &&
      agent < org.session.length &&
      org.session[agent] !== SESSION_NONE &&
      agents.state[agent] === OFF_PHONE
    ) {
      // Back from a break or activity into a session still going on: the session's end brings the agent back.
      agents.scheduled[agent] = SCHEDULED_ACTIVITY;
      this.refresh(agent, t);
      return;
    }
    agents.scheduled[agent] = SCHEDULED_AVAILABLE;
    const state = agents.state[agent] as number;
    if (state === BREAK || state === OFF_PHONE) this.becomeAvailable(agent, t);
    else if (agents.pending[agent] === BREAK || agents.pending[agent] === OFF_PHONE) agents.pending[agent] = 0;
    this.refresh(agent, t);
  }

  /** The shift ends: the agent logs out, after the current call if busy (overtime). */
  onShiftEnd(agent: number, t: number): void {
    const agents = this.agents;
    agents.scheduled[agent] = SCHEDULED_OFF;
    const state = agents.state[agent] as number;
    if (state === IDLE) {
      agents.leaveIdle(agent);
      this.logOut(agent, t);
    } else if (state === BREAK || state === OFF_PHONE) {
      this.logOut(agent, t);
    } else if (this.isBusy(agent)) {
      agents.pending[agent] = LOGGED_OUT;
      this.refresh(agent, t);
    }
  }

  // ---- Group sizes and moves ------------------------------------------------------------------------------

  /** Agents of group gi logged in and not on their way out. */
  activeAgents(gi: number): number {
    let n = 0;
    for (const agent of this.agents.membersOf(gi))
      if (this.agents.state[agent] !== LOGGED_OUT && this.agents.pending[agent] !== LOGGED_OUT) n++;
    return n;
  }

  /**
   * Brings group gi to `target` active agents from t on. Going up, agents on their way out stay, then
   * logged-out agents come back, then new agents are hired. Going down, the most recently idle agents log out
   * at once, then those on a break or an activity, and busy ones after their current call.
   */
  setGroupAgents(gi: number, target: number, t: number): void {
    const agents = this.agents;
    let active = this.activeAgents(gi);
    for (const agent of agents.membersOf(gi)) {
      if (active >= target) break;
      if (agents.state[agent] !== LOGGED_OUT && agents.pending[agent] === LOGGED_OUT) {
        agents.pending[agent] = 0;
        this.refresh(agent, t);
        active++;
      }
    }
    for (const agent of agents.membersOf(gi)) {
      if (active >= target) break;
      if (agents.state[agent] === LOGGED_OUT) {
        this.logIn(agent, t);
        active++;
      }
    }
    while (active < target) {
      const agent = agents.create(gi, false);
      this.organisation?.ensureAgents(agents.count);
      this.logIn(agent, t);
      active++;
    }
    while (active > target) {
      const idle = agents.takeMostRecentlyIdle(gi);
      if (idle < 0) break;
      this.logOut(idle, t);
      active--;
    }
    for (const agent of agents.membersOf(gi)) {
      if (active <= target) break;
      const state = agents.state[agent] as number;
      if (state === BREAK || state === OFF_PHONE) {
        this.logOut(agent, t);
        active--;
      }
    }
    for (const agent of agents.membersOf(gi)) {
      if (active <= target) break;
      if (this.isBusy(agent) && agents.pending[agent] !== LOGGED_OUT) {
        agents.pending[agent] = LOGGED_OUT;
        this.refresh(agent, t);
        active--;
      }
    }
  }

  /**
   * Moves up to n agents of group `from` to group `to`: the same people, keeping index, shift and experience
   * (they take the next number of the new group). Idle agents move at once, most recently idle first; with
   * `afterCalls` (a live intervention), busy agents make up the rest when their call ends, unless a break or
   * the end of their shift falls due first. A review moves idle agents only. Returns how many move.
   */
  move(from: number, to: number, n: number, afterCalls: boolean): number {
    const t = this.now();
    const agents = this.agents;
    let moved = 0;
    while (moved < n) {
      const agent = agents.takeMostRecentlyIdle(from);
      if (agent < 0) break;
      this.regroup(agent, from, to, t);
      this.becomeAvailable(agent, t);
      moved++;
    }
    if (!afterCalls) return moved;
    if (this.moveTo.length < agents.group.length) this.moveTo = grownTo(this.moveTo, agents.group.length);
    for (const agent of agents.membersOf(from)) {
      if (moved >= n) break;
      if (!this.isBusy(agent) || agents.pending[agent] !== 0) continue;
      agents.pending[agent] = PENDING_MOVE;
      this.moveTo[agent] = to;
      moved++;
    }
    return moved;
  }

  /** An agent in no idle FIFO changes group: its contributions to the old group's levels go to the new one. */
  private regroup(agent: number, from: number, to: number, t: number): void {
    const agents = this.agents;
    const stats = this.stats;
    stats.staffedChanged(from, t, -1);
    stats.scheduledChanged(from, t, -(agents.countedScheduled[agent] as number));
    stats.overtimeChanged(from, t, -(agents.countedOvertime[agent] as number));
    stats.adherenceChanged(from, t, -(agents.countedOut[agent] as number));
    stats.availableChanged(from, t, -(agents.countedAvailable[agent] as number));
    agents.countedScheduled[agent] = 0;
    agents.countedOvertime[agent] = 0;
    agents.countedOut[agent] = 0;
    agents.countedAvailable[agent] = 0;
    agents.reassign(agent, to);
    stats.staffedChanged(to, t, 1);
    this.refresh(agent, t);
  }

  // ---- The organisation runner's host ---------------------------------------------------------------------

  get nowSeconds(): number {
    return this.now();
  }
  get acceptsArrivals(): boolean {
    return (this.flow as CallAnswering).arrivalsOpen;
  }
  waitingIn(queue: number): number {
    return this.stats.waiting[queue] as number;
  }
  servesQueue(gi: number, queue: number): boolean {
    return this.routing.servesQueue(gi, queue);
  }
  shiftOf(agent: number): ShiftSpec | undefined {
    return this.agentShift[agent];
  }
  pushEvent(at: number, kind: 'org' | 'break-start' | 'away-end', a: number): void {
    this.calendar.push(
      at,
      kind === 'org' ? EventKind.Org : kind === 'break-start' ? EventKind.BreakStart : EventKind.AwayEnd,
      a,
    );
  }

  /**
   * Takes an agent off the phones for an organisation session (meeting, coaching, QA feedback): an idle agent,
   * or one just freed from a call (still counted busy). The session is approved off-phone work: the agent's
   * schedule shows an activity meanwhile, so adherence is kept.
   */
  startSession(agent: number, t: number, kind: number, wasBusy: boolean): void {
    const agents = this.agents;
    const org = this.organisation as Organisation;
    org.ensureAgents(agents.count);
    if (wasBusy) this.stats.busyChanged(agents.group[agent] as number, t, -1);
    else agents.leaveIdle(agent);
    org.session[agent] = kind;
    if (agents.scheduled[agent] === SCHEDULED_AVAILABLE) agents.scheduled[agent] = SCHEDULED_ACTIVITY;
    agents.setState(agent, OFF_PHONE, t);
    this.refresh(agent, t);
  }

  /** The session is over: back to the phones, or on to a break that fell due meanwhile. */
  endSession(agent: number, t: number): void {
    const agents = this.agents;
    (this.organisation as Organisation).session[agent] = SESSION_NONE;
    if (agents.state[agent] !== OFF_PHONE) return; // logged out meanwhile
    if (agents.scheduled[agent] === SCHEDULED_ACTIVITY) agents.scheduled[agent] = SCHEDULED_AVAILABLE;
    if (agents.scheduled[agent] === SCHEDULED_BREAK) agents.setState(agent, BREAK, t);
    else this.becomeAvailable(agent, t);
    this.refresh(agent, t);
  }
}
