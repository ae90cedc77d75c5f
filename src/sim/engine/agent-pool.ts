// The agents of a run as a struct of arrays that grows when agents are added: state and time in each state,
// the call in hand, what the schedule says they should be doing, and one FIFO of idle agents per group
// (longest idle at the head, since agents become idle in time order). Pure, no DOM; knows nothing of calls or
// statistics beyond the indices it stores.
import { AGENT_STATES } from '../api';
import { grownTo } from './typed-arrays';

export const IDLE = AGENT_STATES.indexOf('idle');
export const TALKING = AGENT_STATES.indexOf('talking');
export const HOLD = AGENT_STATES.indexOf('hold');
export const WRAP_UP = AGENT_STATES.indexOf('wrap-up');
export const BREAK = AGENT_STATES.indexOf('break');
export const OFF_PHONE = AGENT_STATES.indexOf('off-phone');
export const LOGGED_OUT = AGENT_STATES.indexOf('logged-out');
const STATE_COUNT = AGENT_STATES.length;

/** What the schedule says an agent should be doing. */
export const SCHEDULED_OFF = 0;
export const SCHEDULED_AVAILABLE = 1;
export const SCHEDULED_BREAK = 2;
export const SCHEDULED_ACTIVITY = 3;

/** True when an agent in `state` does what `scheduled` asks (idle, talking, hold and wrap-up are "available"). */
export function isAdherent(scheduled: number, state: number): boolean {
  switch (scheduled) {
    case SCHEDULED_OFF:
      return state === LOGGED_OUT;
    case SCHEDULED_BREAK:
      return state === BREAK;
    case SCHEDULED_ACTIVITY:
      return state === OFF_PHONE;
    default:
      return state !== LOGGED_OUT && state !== BREAK && state !== OFF_PHONE;
  }
}

/**
 * A FIFO of idle agents in a ring that doubles when full. An agent that stops being idle other than by being
 * taken from the ring (a break, a log-out) leaves a stale entry, recognised by its generation and skipped.
 */
class IdleRing {
  private agents = new Int32Array(16);
  private gens = new Int32Array(16);
  private head = 0;
  private entries = 0;

  push(agent: number, gen: number): void {
    if (this.entries === this.agents.length) this.grow();
    const i = this.wrap(this.head + this.entries);
    this.agents[i] = agent;
    this.gens[i] = gen;
    this.entries++;
  }

  /** The longest-idle live agent, or -1; stale entries at the head are dropped. */
  peekHead(liveGen: Int32Array): number {
    while (this.entries > 0) {
      const agent = this.agents[this.head] as number;
      if (liveGen[agent] === this.gens[this.head]) return agent;
      this.head = this.wrap(this.head + 1);
      this.entries--;
    }
    return -1;
  }

  /** Removes the head (call after peekHead returned an agent). */
  shift(): void {
    this.head = this.wrap(this.head + 1);
    this.entries--;
  }

  /** Removes and returns the most recently idle live agent, or -1. */
  popTail(liveGen: Int32Array): number {
    while (this.entries > 0) {
      this.entries--;
      const i = this.wrap(this.head + this.entries);
      const agent = this.agents[i] as number;
      if (liveGen[agent] === this.gens[i]) return agent;
    }
    return -1;
  }

  private wrap(i: number): number {
    return i < this.agents.length ? i : i - this.agents.length;
  }

  private grow(): void {
    const capacity = this.agents.length * 2;
    const agents = new Int32Array(capacity);
    const gens = new Int32Array(capacity);
    for (let k = 0; k < this.entries; k++) {
      const i = this.wrap(this.head + k);
      agents[k] = this.agents[i] as number;
      gens[k] = this.gens[i] as number;
    }
    this.agents = agents;
    this.gens = gens;
    this.head = 0;
  }
}

export class AgentPool {
  count = 0;
  group = new Int32Array(64);
  /** 1-based number of the agent within its group, for ids like `support-3`. */
  ordinal = new Int32Array(64);
  state = new Uint8Array(64);
  /** When the agent entered its state, and person-seconds in each state after the warm-up (agent × state). */
  stateSince = new Float64Array(64);
  stateSeconds = new Float64Array(64 * STATE_COUNT);
  /** Slot of the call the agent is handling, -1 if none. */
  call = new Int32Array(64).fill(-1);
  idleSince = new Float64Array(64);
  answered = new Float64Array(64);
  /** The state to enter as soon as the current call is done (break, off-phone or logged out); 0 if none. */
  pending = new Uint8Array(64);
  /** 1 for agents who work a shift of the schedule; others are scheduled whenever they are logged in. */
  onShift = new Uint8Array(64);
  scheduled = new Uint8Array(64);
  /** The agent's last counted contribution to its group's scheduled, overtime and out-of-adherence levels. */
  countedScheduled = new Uint8Array(64);
  countedOvertime = new Uint8Array(64);
  countedOut = new Uint8Array(64);
  countedAvailable = new Uint8Array(64);
  /** Bumped whenever the agent enters or leaves the idle FIFO in another way than being taken from it. */
  idleGen = new Int32Array(64);

  private readonly idle: IdleRing[];
  private readonly idleLive: Int32Array;
  private readonly members: number[][];
  /** Per group: the highest agent number given so far (numbers are never reused, even after a move). */
  private readonly lastOrdinal: Int32Array;
  private readonly warmupAt: number;

  constructor(groupCount: number, warmupAt: number) {
    this.idle = Array.from({ length: groupCount }, () => new IdleRing());
    this.idleLive = new Int32Array(groupCount);
    this.members = Array.from({ length: groupCount }, () => []);
    this.lastOrdinal = new Int32Array(groupCount);
    this.warmupAt = warmupAt;
  }

  /** Creates a logged-out agent in group gi and returns its index. */
  create(gi: number, onShift: boolean): number {
    if (this.count === this.group.length) this.grow();
    const agent = this.count++;
    const members = this.members[gi] as number[];
    members.push(agent);
    this.group[agent] = gi;
    this.ordinal[agent] = ++this.lastOrdinal[gi]!;
    this.state[agent] = LOGGED_OUT;
    this.onShift[agent] = onShift ? 1 : 0;
    return agent;
  }

  /** Every agent the group has had, logged in or not, in order of creation. */
  membersOf(gi: number): readonly number[] {
    return this.members[gi] as number[];
  }

  idleCount(gi: number): number {
    return this.idleLive[gi] as number;
  }

  /** The group's longest-idle agent, or -1. */
  longestIdle(gi: number): number {
    return (this.idle[gi] as IdleRing).peekHead(this.idleGen);
  }

  /** The agent found by longestIdle stops being idle (the caller sets its new state). */
  takeLongestIdle(gi: number): void {
    (this.idle[gi] as IdleRing).shift();
    this.idleLive[gi]!--;
  }

  /** Removes and returns the group's most recently idle agent, or -1 (the caller sets its new state). */
  takeMostRecentlyIdle(gi: number): number {
    const agent = (this.idle[gi] as IdleRing).popTail(this.idleGen);
    if (agent >= 0) {
      this.idleGen[agent]!++;
      this.idleLive[gi]!--;
    }
    return agent;
  }

  /** An idle agent leaves the FIFO wherever it stands (a break, a log-out); its entry goes stale. */
  leaveIdle(agent: number): void {
    this.idleGen[agent]!++;
    this.idleLive[this.group[agent] as number]!--;
  }

  becomeIdle(agent: number, t: number): void {
    this.setState(agent, IDLE, t);
    this.idleSince[agent] = t;
    const gen = ++this.idleGen[agent]!;
    (this.idle[this.group[agent] as number] as IdleRing).push(agent, gen);
    this.idleLive[this.group[agent] as number]!++;
  }

  /** Changes an agent's state, adding the time spent in the old one (after the warm-up). */
  setState(agent: number, state: number, t: number): void {
    const since = this.stateSince[agent] as number;
    const from = since > this.warmupAt ? since : this.warmupAt;
    if (t > from) this.stateSeconds[agent * STATE_COUNT + (this.state[agent] as number)]! += t - from;
    this.state[agent] = state;
    this.stateSince[agent] = t;
  }

  /** Person-seconds in `state` as of `t`, for one agent. */
  secondsIn(agent: number, state: number, t: number): number {
    let seconds = this.stateSeconds[agent * STATE_COUNT + state] as number;
    if (this.state[agent] === state) {
      const since = this.stateSince[agent] as number;
      const from = since > this.warmupAt ? since : this.warmupAt;
      if (t > from) seconds += t - from;
    }
    return seconds;
  }

  /**
   * Moves an agent who is in no idle FIFO to group gi (a supervisor's reassignment). It gets the next number
   * of its new group; `regroups` counts moves, so a view of the floor knows to rebuild its layout.
   */
  reassign(agent: number, gi: number): void {
    const from = this.members[this.group[agent] as number] as number[];
    from.splice(from.indexOf(agent), 1);
    const to = this.members[gi] as number[];
    to.push(agent);
    this.group[agent] = gi;
    this.ordinal[agent] = ++this.lastOrdinal[gi]!;
    this.regroups++;
  }

  regroups = 0;

  private grow(): void {
    const capacity = this.group.length * 2;
    this.group = grownTo(this.group, capacity);
    this.ordinal = grownTo(this.ordinal, capacity);
    this.state = grownTo(this.state, capacity);
    this.stateSince = grownTo(this.stateSince, capacity);
    this.stateSeconds = grownTo(this.stateSeconds, capacity * STATE_COUNT);
    this.call = grownTo(this.call, capacity, -1);
    this.idleSince = grownTo(this.idleSince, capacity);
    this.answered = grownTo(this.answered, capacity);
    this.pending = grownTo(this.pending, capacity);
    this.onShift = grownTo(this.onShift, capacity);
    this.scheduled = grownTo(this.scheduled, capacity);
    this.countedScheduled = grownTo(this.countedScheduled, capacity);
    this.countedOvertime = grownTo(this.countedOvertime, capacity);
    this.countedOut = grownTo(this.countedOut, capacity);
    this.countedAvailable = grownTo(this.countedAvailable, capacity);
    this.idleGen = grownTo(this.idleGen, capacity);
  }
}
