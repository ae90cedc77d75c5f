// The agents of a run as a struct of arrays that grows when agents are added, with one FIFO of idle agents per
// group (longest idle at the head, since agents become idle in time order). Pure, no DOM; knows nothing of
// calls or statistics beyond the indices it stores.
import { AGENT_STATES } from '../api';

export const IDLE = AGENT_STATES.indexOf('idle');
export const TALKING = AGENT_STATES.indexOf('talking');
export const WRAP_UP = AGENT_STATES.indexOf('wrap-up');
export const LOGGED_OUT = AGENT_STATES.indexOf('logged-out');

/** A FIFO of agent indices in a ring that doubles when full. */
class IdleRing {
  private items = new Int32Array(16);
  private head = 0;
  count = 0;

  push(agent: number): void {
    if (this.count === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      for (let k = 0; k < this.count; k++) next[k] = this.items[(this.head + k) % this.items.length] as number;
      this.items = next;
      this.head = 0;
    }
    const tail = this.head + this.count;
    this.items[tail < this.items.length ? tail : tail - this.items.length] = agent;
    this.count++;
  }

  /** The longest-idle agent, or -1. */
  peekHead(): number {
    return this.count > 0 ? (this.items[this.head] as number) : -1;
  }

  shiftHead(): number {
    const agent = this.items[this.head] as number;
    this.head = this.head + 1 === this.items.length ? 0 : this.head + 1;
    this.count--;
    return agent;
  }

  /** Removes the most recently idle agent (the one that has rested least), or returns -1. */
  popTail(): number {
    if (this.count === 0) return -1;
    this.count--;
    const tail = this.head + this.count;
    return this.items[tail < this.items.length ? tail : tail - this.items.length] as number;
  }
}

export class AgentPool {
  count = 0;
  group = new Int32Array(64);
  /** 1-based number of the agent within its group, for ids like `support-3`. */
  ordinal = new Int32Array(64);
  state = new Uint8Array(64);
  /** Slot of the call the agent is handling, -1 if none. */
  call = new Int32Array(64).fill(-1);
  idleSince = new Float64Array(64);
  answered = new Float64Array(64);
  /** 1 when the agent is to log out as soon as the current call is done. */
  leaving = new Uint8Array(64);

  private readonly idle: IdleRing[];
  private readonly members: number[][];

  constructor(groupCount: number) {
    this.idle = Array.from({ length: groupCount }, () => new IdleRing());
    this.members = Array.from({ length: groupCount }, () => []);
  }

  /** Creates a logged-out agent in group gi and returns its index. */
  create(gi: number): number {
    if (this.count === this.group.length) this.grow();
    const agent = this.count++;
    const members = this.members[gi] as number[];
    members.push(agent);
    this.group[agent] = gi;
    this.ordinal[agent] = members.length;
    this.state[agent] = LOGGED_OUT;
    return agent;
  }

  /** Every agent the group has had, logged in or not, in order of creation. */
  membersOf(gi: number): readonly number[] {
    return this.members[gi] as number[];
  }

  idleCount(gi: number): number {
    return (this.idle[gi] as IdleRing).count;
  }

  /** The group's longest-idle agent, or -1. */
  longestIdle(gi: number): number {
    return (this.idle[gi] as IdleRing).peekHead();
  }

  /** The agent (found by longestIdle) stops being idle. */
  takeLongestIdle(gi: number): number {
    return (this.idle[gi] as IdleRing).shiftHead();
  }

  /** Removes and returns the group's most recently idle agent, or -1. */
  takeMostRecentlyIdle(gi: number): number {
    return (this.idle[gi] as IdleRing).popTail();
  }

  becomeIdle(agent: number, t: number): void {
    this.state[agent] = IDLE;
    this.idleSince[agent] = t;
    (this.idle[this.group[agent] as number] as IdleRing).push(agent);
  }

  private grow(): void {
    const capacity = this.group.length * 2;
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(a);
      return next;
    };
    this.group = grow(this.group, (n) => new Int32Array(n));
    this.ordinal = grow(this.ordinal, (n) => new Int32Array(n));
    this.state = grow(this.state, (n) => new Uint8Array(n));
    const call = new Int32Array(capacity).fill(-1);
    call.set(this.call);
    this.call = call;
    this.idleSince = grow(this.idleSince, (n) => new Float64Array(n));
    this.answered = grow(this.answered, (n) => new Float64Array(n));
    this.leaving = grow(this.leaving, (n) => new Uint8Array(n));
  }
}
