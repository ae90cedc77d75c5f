// A stand-in for LiveSession in the floor lab (`?feed=synthetic`, or when the simulator fails to open): a
// crude, seeded queue model that produces plausible FloorSnapshots from a layout, so the floor can be worked
// on while the simulator changes. Its numbers mean nothing; only the shapes of the data are real. No DOM.
import { AGENT_STATES, type FloorLayout, type FloorSnapshot } from '../../../sim/api';
import type { CallKpis } from '../../../sim/results';

const IDLE = AGENT_STATES.indexOf('idle');
const TALKING = AGENT_STATES.indexOf('talking');
const WRAP_UP = AGENT_STATES.indexOf('wrap-up');
const BREAK = AGENT_STATES.indexOf('break');
const STEP_SECONDS = 5;

/** A small seeded generator (mulberry32), so the lab shows the same day every time. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SyntheticSession {
  readonly layout: FloorLayout;
  nowSeconds = 0;
  private readonly random = generator(20_240_601);
  private readonly states: Uint8Array;
  private readonly calls: Float64Array;
  private readonly answered: Float64Array;
  private readonly busyUntil: Float64Array;
  private readonly waiting: Int32Array;
  private readonly flows = {
    arrived: 0,
    blocked: 0,
    transferred: 0,
    routed: 0,
    leftIvr: 0,
    answered: 0,
    abandoned: 0,
    completed: 0,
  };
  private busySeconds = 0;
  private loggedInSeconds = 0;

  constructor(layout: FloorLayout) {
    this.layout = layout;
    const n = layout.agents.length;
    this.states = new Uint8Array(n).fill(IDLE);
    this.calls = new Float64Array(n);
    this.answered = new Float64Array(n);
    this.busyUntil = new Float64Array(n);
    this.waiting = new Int32Array(layout.queues.length);
  }

  get isFinished(): boolean {
    return this.layout.horizonSeconds !== null && this.nowSeconds >= this.layout.horizonSeconds;
  }

  advanceTo(seconds: number): void {
    while (this.nowSeconds + STEP_SECONDS <= seconds && !this.isFinished) this.step();
  }

  private step(): void {
    const now = (this.nowSeconds += STEP_SECONDS);
    const n = this.states.length;
    // About one call per agent every five minutes: a busy floor with a queue that comes and goes.
    const arrivalsPerStep = (n * STEP_SECONDS) / 300;
    this.waiting.forEach((_, q) => {
      const arrivals = Math.floor(arrivalsPerStep / this.waiting.length + this.random() * 1.5);
      this.waiting[q] = (this.waiting[q] ?? 0) + arrivals;
      this.flows.arrived += arrivals;
      const abandons = Math.floor((this.waiting[q] ?? 0) * 0.02 + this.random() * 0.3);
      this.waiting[q] = Math.max(0, (this.waiting[q] ?? 0) - abandons);
      this.flows.abandoned += abandons;
    });
    for (let i = 0; i < n; i++) {
      const state = this.states[i];
      if (state !== IDLE && now < (this.busyUntil[i] ?? 0)) continue;
      if (state === TALKING) {
        this.states[i] = WRAP_UP;
        this.busyUntil[i] = now + 45;
      } else if (state === WRAP_UP || state === BREAK) {
        if (state === WRAP_UP) this.flows.completed++;
        this.states[i] = IDLE;
        this.calls[i] = 0;
      } else if (this.random() < 0.002) {
        this.states[i] = BREAK;
        this.busyUntil[i] = now + 600;
      } else {
        const skills = this.layout.groups[this.layout.agents[i]?.group ?? -1]?.queues ?? [];
        const q = this.layout.queues.findIndex((queue) => skills.includes(queue.id));
        if (q < 0 || (this.waiting[q] ?? 0) === 0) continue;
        this.waiting[q] = (this.waiting[q] ?? 0) - 1;
        this.states[i] = TALKING;
        this.calls[i] = ++this.flows.answered;
        this.answered[i] = (this.answered[i] ?? 0) + 1;
        this.busyUntil[i] = now + 60 + this.random() * 400;
      }
    }
    for (const s of this.states) {
      this.loggedInSeconds += STEP_SECONDS;
      if (s === TALKING || s === WRAP_UP) this.busySeconds += STEP_SECONDS;
    }
  }

  snapshot(): FloorSnapshot {
    const occupancy = this.loggedInSeconds > 0 ? this.busySeconds / this.loggedInSeconds : Number.NaN;
    // Only the fields the floor reads are filled in; this is test data, not KPIs.
    const agentKpis = {
      occupancy,
      staffedAgents: this.states.length,
      busyAgents: Number.NaN,
      answered: this.flows.answered,
    };
    const callKpis = { offered: Number.NaN, abandoned: Number.NaN, serviceLevel: Number.NaN, abandonRate: Number.NaN };
    return {
      atSeconds: this.nowSeconds,
      finished: this.isFinished,
      layoutVersion: this.layout.version,
      agentStates: this.states.slice(),
      agentCalls: this.calls.slice(),
      agentAnswered: this.answered.slice(),
      queueWaiting: this.waiting.slice(),
      flows: { ...this.flows },
      total: { ...callKpis, ...agentKpis } as unknown as FloorSnapshot['total'],
      queues: Object.fromEntries(this.layout.queues.map((q) => [q.id, callKpis as unknown as CallKpis])),
      groups: Object.fromEntries(
        this.layout.groups.map((g) => [g.id, agentKpis as unknown as FloorSnapshot['groups'][string]]),
      ),
      intervals: [],
    };
  }
}
