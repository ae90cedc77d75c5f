// The discrete-event model of a call centre: Poisson arrivals per call type with piecewise-constant rates,
// FIFO queues with priorities between them, agent groups serving one or more queues (longest-idle agent first),
// talk and after-call work, caller patience and abandonment, warm-up, a horizon in time or in calls.
// Pure TypeScript: no DOM, no Math.random, no allocation per event on the hot path.
import type { RunResult } from '../results';
import { hasArrivals, type Scenario, type ServiceLevelConvention } from '../scenario/schema';
import { makeSampler, type Sampler } from '../random/distributions';
import { createStream, type Rng } from '../random/streams';
import { drawGamma } from '../random/distributions';
import { EventQueue } from './event-queue';
import { CallQueue } from './call-queue';
import * as F from '../stats/call-table';
import { CallTable, callKpis, agentKpis, combineRows } from '../stats/call-table';
import { Histogram } from '../stats/histogram';

// Event kinds. Payload a/b meaning is given per kind.
const ARRIVAL = 0; // a: call type
const ABANDON = 1; // a: call slot, b: call generation (stale if the slot moved on)
const TALK_END = 2; // a: agent
const WRAP_END = 3; // a: agent
const INTERVAL_END = 4; // a: interval index
const HORIZON = 5; // arrivals stop
const WARMUP_END = 6; // statistics start

const SECONDS_PER_DAY = 86_400;
const HISTOGRAM_BIN_SECONDS = 5;
const HISTOGRAM_BINS = 360;

export type TraceType = 'arrived' | 'answered' | 'abandoned' | 'talk-ended' | 'completed';

/** One line of the event log, produced only when a tracer is given. */
export interface TraceEvent {
  atSeconds: number;
  type: TraceType;
  /** Serial number of the call, 1-based in order of arrival. */
  call: number;
  queue: string;
  /** Agent id, `<group id>-<n>` (1-based), for answered, talk-ended and completed. */
  agent?: string;
  /** For answered and abandoned. */
  waitSeconds?: number;
}

export type Tracer = (event: TraceEvent) => void;

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  seed?: string | number;
  /** Replication index: each index gets its own independent streams. Default 0. */
  replication?: number;
  trace?: Tracer;
}

interface CallTypeModel {
  queue: number;
  /** Arrival rate per second for each interval of the profile (Poisson arrivals). */
  ratesPerSecond: Float64Array;
  /** Sorted arrival instants (scripted arrivals), or null for a Poisson process. */
  script: Float64Array | null;
  scriptNext: number;
  hasArrivals: boolean;
  /** The arrival process's current interval, its end, and the mean gap between calls in it (1 / rate). */
  interval: number;
  intervalEndAt: number;
  meanGapSeconds: number;
  talk: Sampler;
  wrap: Sampler | null;
  patience: Sampler | null;
  arrivalsRng: Rng;
  serviceRng: Rng;
  patienceRng: Rng;
}

interface GroupModel {
  id: string;
  firstAgent: number;
  agents: number;
  /** Queues served, highest priority first (ties keep the listed order). */
  queues: Int32Array;
  priorities: Int32Array;
  /** Idle agents, longest idle at the head (agents become idle in time order). */
  idle: Int32Array;
  idleHead: number;
  idleCount: number;
}

export class Simulation {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly replication: number;

  private readonly calendar = new EventQueue(4096);
  private readonly trace: Tracer | undefined;
  private readonly convention: ServiceLevelConvention;
  private readonly intervalSeconds: number;
  private readonly warmupAt: number;
  private readonly horizonAt: number;
  private readonly arrivalLimit: number;
  private readonly drain: boolean;
  private readonly slThresholdSeconds: number;
  private readonly busynessCv: number;
  private readonly busynessRng: Rng;
  private readonly dayFactors: number[] = [];

  private readonly callTypes: CallTypeModel[];
  private readonly groups: GroupModel[];
  private readonly queueIds: string[];
  private readonly queueGroups: Int32Array[];
  private readonly queues: CallQueue[];

  // Agents, struct of arrays.
  private readonly agentGroup: Int32Array;
  private readonly agentCall: Int32Array;
  private readonly agentIdleSince: Float64Array;
  private readonly totalAgents: number;

  // Calls, struct of arrays over reusable slots.
  private callType = new Int32Array(0);
  private callQueue = new Int32Array(0);
  private callArrivedAt = new Float64Array(0);
  private callTalkSeconds = new Float64Array(0);
  private callWrapSeconds = new Float64Array(0);
  private callGen = new Int32Array(0);
  private callWaiting = new Uint8Array(0);
  private callAbandonPending = new Uint8Array(0);
  private callLive = new Uint8Array(0);
  /** Offset of the call's statistics row (its arrival interval and queue), or -1 for a warm-up call. */
  private callStatsBase = new Int32Array(0);
  private callSerial = new Float64Array(0);
  private freeSlots = new Int32Array(0);
  private freeCount = 0;

  // Levels and their time-weighted areas (current interval).
  private readonly waiting: Int32Array;
  private readonly queueLastAt: Float64Array;
  private readonly queueAreaNow: Float64Array;
  private readonly busy: Int32Array;
  private readonly groupLastAt: Float64Array;
  private readonly busyAreaNow: Float64Array;
  private totalWaiting = 0;
  private totalMaxQueue = 0;

  // Statistics kept for the whole run.
  private readonly intervalStats: CallTable;
  private readonly groupBusyArea: Float64Array;
  private readonly groupAnswered: Float64Array;
  private intervalAgentAreas = new Float64Array(2 * 64); // [busy, staffed] per interval
  private readonly answeredWaits = new Histogram(HISTOGRAM_BIN_SECONDS, HISTOGRAM_BINS);
  private readonly abandonedWaits = new Histogram(HISTOGRAM_BIN_SECONDS, HISTOGRAM_BINS);

  private nowAt = 0;
  private events = 0;
  private arrivals = 0;
  private inSystem = 0;
  private currentInterval = 0;
  private arrivalsOpen = true;
  /** Call types with an ARRIVAL event in the calendar. */
  private pendingArrivals = 0;
  private finished = false;
  private endAt = 0;

  constructor(scenario: Scenario, options: SimulationOptions = {}) {
    this.scenario = scenario;
    this.seed = String(options.seed ?? scenario.seed);
    this.replication = options.replication ?? 0;
    this.trace = options.trace;
    this.convention = scenario.serviceLevel.convention ?? 'excludeShortAbandons';
    this.intervalSeconds = scenario.intervalMinutes * 60;
    this.warmupAt = scenario.warmupSeconds ?? 0;
    const horizon = scenario.horizon;
    this.horizonAt = horizon.kind === 'duration' ? horizon.seconds : Infinity;
    this.arrivalLimit = horizon.kind === 'calls' ? horizon.count : Infinity;
    this.drain = horizon.drain ?? true;
    this.slThresholdSeconds = scenario.serviceLevel.thresholdSeconds;
    this.busynessCv = scenario.busyness?.cv ?? 0;

    const stream = (name: string): Rng => createStream(this.seed, this.replication, name);
    this.busynessRng = stream('busyness');
    this.queueIds = scenario.queues.map((q) => q.id);
    const queueIndex = new Map(this.queueIds.map((id, i) => [id, i]));
    const priorityOf = scenario.queues.map((q) => q.priority ?? 0);

    this.callTypes = scenario.callTypes.map((ct) => ({
      queue: queueIndex.get(ct.queue) as number,
      ratesPerSecond: Float64Array.from(ct.arrivals.callsPerHour ?? [], (r) => r / 3600),
      script: ct.arrivals.atSeconds ? Float64Array.from(ct.arrivals.atSeconds).sort() : null,
      scriptNext: 0,
      hasArrivals: hasArrivals(ct.arrivals),
      interval: -1,
      intervalEndAt: 0,
      meanGapSeconds: Infinity,
      talk: makeSampler(ct.talk),
      wrap: ct.afterCallWork ? makeSampler(ct.afterCallWork) : null,
      patience: ct.patience ? makeSampler(ct.patience) : null,
      arrivalsRng: stream(`arrivals/${ct.id}`),
      serviceRng: stream(`service/${ct.id}`),
      patienceRng: stream(`patience/${ct.id}`),
    }));

    let firstAgent = 0;
    this.groups = scenario.agentGroups.map((g) => {
      const order = g.queues
        .map((id, listed) => ({ q: queueIndex.get(id) as number, listed }))
        .sort((x, y) => (priorityOf[y.q] as number) - (priorityOf[x.q] as number) || x.listed - y.listed);
      const model: GroupModel = {
        id: g.id,
        firstAgent,
        agents: g.agents,
        queues: Int32Array.from(order, (o) => o.q),
        priorities: Int32Array.from(order, (o) => priorityOf[o.q] as number),
        idle: new Int32Array(Math.max(1, g.agents)),
        idleHead: 0,
        idleCount: 0,
      };
      firstAgent += g.agents;
      return model;
    });
    this.totalAgents = firstAgent;
    this.queueGroups = this.queueIds.map((_, q) =>
      Int32Array.from(this.groups.flatMap((g, gi) => (g.agents > 0 && g.queues.includes(q) ? [gi] : []))),
    );
    this.queues = this.queueIds.map(() => new CallQueue());

    this.agentGroup = new Int32Array(this.totalAgents);
    this.agentCall = new Int32Array(this.totalAgents).fill(-1);
    this.agentIdleSince = new Float64Array(this.totalAgents);
    this.groups.forEach((g, gi) => {
      for (let k = 0; k < g.agents; k++) {
        const agent = g.firstAgent + k;
        this.agentGroup[agent] = gi;
        g.idle[k] = agent;
      }
      g.idleCount = g.agents;
    });

    const nQ = this.queueIds.length;
    const nG = this.groups.length;
    this.waiting = new Int32Array(nQ);
    this.queueLastAt = new Float64Array(nQ);
    this.queueAreaNow = new Float64Array(nQ);
    this.busy = new Int32Array(nG);
    this.groupLastAt = new Float64Array(nG);
    this.busyAreaNow = new Float64Array(nG);
    this.intervalStats = new CallTable(64 * nQ);
    this.groupBusyArea = new Float64Array(nG);
    this.groupAnswered = new Float64Array(nG);
    this.growCalls(256);

    // Initial calendar: one pending arrival per call type, the first interval boundary, the horizon.
    this.callTypes.forEach((ct, i) => {
      if (ct.script === null && ct.hasArrivals) this.enterArrivalInterval(ct, 0);
      this.scheduleArrival(i, ct, 0);
    });
    if (this.pendingArrivals === 0 && this.horizonAt === Infinity) this.arrivalsOpen = false;
    this.calendar.push(this.intervalSeconds, INTERVAL_END, 0);
    if (this.horizonAt < Infinity) this.calendar.push(this.horizonAt, HORIZON, 0);
    if (this.warmupAt > 0) this.calendar.push(this.warmupAt, WARMUP_END, 0);
  }

  get nowSeconds(): number {
    return this.nowAt;
  }
  get eventCount(): number {
    return this.events;
  }
  get callsArrived(): number {
    return this.arrivals;
  }
  get isFinished(): boolean {
    return this.finished;
  }

  /** Runs to the end and returns the result. */
  run(): RunResult {
    this.runUntil(Infinity);
    return this.result();
  }

  /**
   * Processes every event at or before `limitSeconds`. Returns true while the run has more to do, false once
   * it has finished. The clock is left at the limit when the run goes on past it.
   */
  runUntil(limitSeconds: number): boolean {
    const calendar = this.calendar;
    while (!this.finished) {
      if (!calendar.popUntil(limitSeconds)) {
        if (calendar.size === 0) {
          this.finish(this.nowAt);
          break;
        }
        if (limitSeconds > this.nowAt) this.nowAt = limitSeconds;
        return true;
      }
      const t = calendar.time;
      this.nowAt = t;
      this.events++;
      switch (calendar.kind) {
        case ARRIVAL:
          this.onArrival(calendar.a, t);
          break;
        case ABANDON:
          this.onAbandon(calendar.a, t);
          break;
        case TALK_END:
          this.onTalkEnd(calendar.a, t);
          break;
        case WRAP_END:
          this.completeCall(calendar.a, t);
          break;
        case INTERVAL_END:
          this.onIntervalEnd(calendar.a, t);
          break;
        case HORIZON:
          this.arrivalsOpen = false;
          break;
        case WARMUP_END:
          this.onWarmupEnd();
          break;
        default:
          throw new Error(`unknown event kind ${calendar.kind}`);
      }
      // Once arrivals have stopped, a draining run ends when the last caller leaves; otherwise at once.
      if (!this.arrivalsOpen && !this.finished && (this.inSystem === 0 || !this.drain)) this.finish(t);
    }
    return false;
  }

  // ---- Arrivals -------------------------------------------------------------------------------------------

  /** Day-level busyness factor, drawn in day order from its own stream. */
  private dayFactor(day: number): number {
    if (this.busynessCv === 0) return 1;
    const cv2 = this.busynessCv * this.busynessCv;
    while (this.dayFactors.length <= day) this.dayFactors.push(drawGamma(this.busynessRng, 1 / cv2) * cv2);
    return this.dayFactors[day] as number;
  }

  /** Schedules the next arrival of a call type after `fromAt`, unless it would fall past the horizon. */
  private scheduleArrival(typeIndex: number, ct: CallTypeModel, fromAt: number): void {
    const at = ct.script === null ? this.nextPoissonArrival(ct, fromAt) : this.nextScriptedArrival(ct);
    if (at < this.horizonAt) {
      this.calendar.push(at, ARRIVAL, typeIndex);
      this.pendingArrivals++;
    }
  }

  private nextScriptedArrival(ct: CallTypeModel): number {
    const script = ct.script as Float64Array;
    return ct.scriptNext < script.length ? (script[ct.scriptNext++] as number) : Infinity;
  }

  /**
   * The next Poisson arrival after `fromAt` (the previous arrival of this type, so calls of one type ask in
   * time order). Rates are piecewise constant per interval, so an exponential gap is drawn with the current
   * interval's rate and, if it overshoots the interval's end, the process restarts at the boundary with the
   * next rate (exact by memorylessness). Infinity once past the horizon.
   */
  private nextPoissonArrival(ct: CallTypeModel, fromAt: number): number {
    if (!ct.hasArrivals) return Infinity;
    let at = fromAt;
    // Checking the horizon before entering an interval keeps busyness draws to the days the run reaches.
    if (at >= this.horizonAt) return Infinity;
    while (at >= ct.intervalEndAt) this.enterArrivalInterval(ct, ct.interval + 1);
    for (;;) {
      if (ct.meanGapSeconds < Infinity) {
        const next = at - Math.log(1 - ct.arrivalsRng()) * ct.meanGapSeconds;
        if (next < ct.intervalEndAt) return next;
      }
      at = ct.intervalEndAt;
      if (at >= this.horizonAt) return Infinity;
      this.enterArrivalInterval(ct, ct.interval + 1);
    }
  }

  /** Moves a call type's arrival process to `interval`: its end and its mean gap between calls. */
  private enterArrivalInterval(ct: CallTypeModel, interval: number): void {
    const L = this.intervalSeconds;
    const rates = ct.ratesPerSecond;
    const base = rates[interval % rates.length] as number;
    const rate = this.busynessCv === 0 ? base : base * this.dayFactor(Math.floor((interval * L) / SECONDS_PER_DAY));
    ct.interval = interval;
    ct.intervalEndAt = (interval + 1) * L;
    ct.meanGapSeconds = rate > 0 ? 1 / rate : Infinity;
  }

  private onArrival(typeIndex: number, t: number): void {
    if (!this.arrivalsOpen) return;
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    this.arrivals++;
    this.pendingArrivals--;
    if (this.arrivals >= this.arrivalLimit) {
      this.arrivalsOpen = false;
    } else {
      this.scheduleArrival(typeIndex, ct, t);
      // A calls horizon that the arrival processes can no longer reach (scripts exhausted) ends arrivals here.
      if (this.pendingArrivals === 0 && this.horizonAt === Infinity) this.arrivalsOpen = false;
    }
    // Every attribute is drawn now, in arrival order, whatever happens to the call: common random numbers.
    const talkSeconds = ct.talk(ct.serviceRng);
    const wrapSeconds = ct.wrap === null ? 0 : ct.wrap(ct.serviceRng);
    const patienceSeconds = ct.patience === null ? Infinity : ct.patience(ct.patienceRng);

    const slot = this.allocateCall();
    const q = ct.queue;
    const statsBase = t >= this.warmupAt ? this.intervalBase(this.currentInterval, q) : -1;
    this.callType[slot] = typeIndex;
    this.callQueue[slot] = q;
    this.callArrivedAt[slot] = t;
    this.callTalkSeconds[slot] = talkSeconds;
    this.callWrapSeconds[slot] = wrapSeconds;
    this.callStatsBase[slot] = statsBase;
    this.callSerial[slot] = this.arrivals;
    this.inSystem++;
    if (statsBase >= 0) this.intervalStats.data[statsBase + F.OFFERED]!++;
    if (this.trace) this.emit('arrived', t, slot);

    const agent = this.findIdleAgent(q);
    if (agent >= 0) {
      this.takeIdleAgent(agent);
      this.answer(agent, slot, t);
      return;
    }
    this.touchQueue(q, t);
    const level = ++this.waiting[q]!;
    this.totalWaiting++;
    if (t >= this.warmupAt) this.recordQueueMax(q, level);
    this.callWaiting[slot] = 1;
    (this.queues[q] as CallQueue).push(slot, this.callGen[slot] as number);
    if (patienceSeconds < Infinity) {
      this.calendar.push(t + patienceSeconds, ABANDON, slot);
      this.callAbandonPending[slot] = 1;
    }
  }

  /**
   * A caller's patience ran out. A slot is never reused while its abandonment is pending, so the event always
   * refers to the caller it was scheduled for; if that caller was answered meanwhile, nothing happens beyond
   * freeing the slot once the call is over.
   */
  private onAbandon(slot: number, t: number): void {
    this.callAbandonPending[slot] = 0;
    if (this.callWaiting[slot] !== 1) {
      if (this.callLive[slot] === 0) this.freeSlot(slot);
      return;
    }
    const q = this.callQueue[slot] as number;
    this.touchQueue(q, t);
    this.waiting[q]!--;
    this.totalWaiting--;
    const waitSeconds = t - (this.callArrivedAt[slot] as number);
    const statsBase = this.callStatsBase[slot] as number;
    if (statsBase >= 0) {
      const short = waitSeconds <= this.slThresholdSeconds ? 1 : 0;
      this.recordLeftQueue(this.intervalStats.data, statsBase, F.ABANDONED, short, F.ABANDONED_SHORT, F.WAIT_ABANDONED_SUM, waitSeconds);
      this.abandonedWaits.add(waitSeconds);
    }
    if (this.trace) this.emit('abandoned', t, slot, -1, waitSeconds);
    this.releaseCall(slot);
  }

  // ---- Agents ---------------------------------------------------------------------------------------------

  /** The longest-idle agent among the groups that serve queue q, or -1. */
  private findIdleAgent(q: number): number {
    const groups = this.queueGroups[q] as Int32Array;
    let best = -1;
    let bestSince = Infinity;
    for (let i = 0; i < groups.length; i++) {
      const g = this.groups[groups[i] as number] as GroupModel;
      if (g.idleCount === 0) continue;
      const agent = g.idle[g.idleHead] as number;
      const since = this.agentIdleSince[agent] as number;
      if (since < bestSince) {
        best = agent;
        bestSince = since;
      }
    }
    return best;
  }

  /** Removes an agent found by findIdleAgent (always its group's head) from the idle FIFO; it becomes busy. */
  private takeIdleAgent(agent: number): void {
    const gi = this.agentGroup[agent] as number;
    const g = this.groups[gi] as GroupModel;
    g.idleHead = g.idleHead + 1 === g.idle.length ? 0 : g.idleHead + 1;
    g.idleCount--;
    this.touchGroup(gi, this.nowAt);
    this.busy[gi]!++;
  }

  private answer(agent: number, slot: number, t: number): void {
    const waitSeconds = t - (this.callArrivedAt[slot] as number);
    this.agentCall[agent] = slot;
    const statsBase = this.callStatsBase[slot] as number;
    if (statsBase >= 0) {
      const within = waitSeconds <= this.slThresholdSeconds ? 1 : 0;
      this.recordLeftQueue(this.intervalStats.data, statsBase, F.ANSWERED, within, F.ANSWERED_WITHIN, F.WAIT_ANSWERED_SUM, waitSeconds);
      this.answeredWaits.add(waitSeconds);
      this.groupAnswered[this.agentGroup[agent] as number]!++;
    }
    if (this.trace) this.emit('answered', t, slot, agent, waitSeconds);
    this.calendar.push(t + (this.callTalkSeconds[slot] as number), TALK_END, agent);
  }

  private onTalkEnd(agent: number, t: number): void {
    const slot = this.agentCall[agent] as number;
    if (this.trace) this.emit('talk-ended', t, slot, agent);
    const wrapSeconds = this.callWrapSeconds[slot] as number;
    if (wrapSeconds > 0) this.calendar.push(t + wrapSeconds, WRAP_END, agent);
    else this.completeCall(agent, t);
  }

  /** The agent has finished talk and after-call work: the call ends and the agent takes the next one. */
  private completeCall(agent: number, t: number): void {
    const slot = this.agentCall[agent] as number;
    const statsBase = this.callStatsBase[slot] as number;
    if (statsBase >= 0) {
      this.recordHandled(this.intervalStats.data, statsBase, this.callTalkSeconds[slot] as number, this.callWrapSeconds[slot] as number);
    }
    if (this.trace) this.emit('completed', t, slot, agent);
    this.agentCall[agent] = -1;
    this.releaseCall(slot);
    const next = this.nextCallFor(this.agentGroup[agent] as number, t);
    if (next >= 0) {
      this.answer(agent, next, t);
      return;
    }
    const gi = this.agentGroup[agent] as number;
    const g = this.groups[gi] as GroupModel;
    this.touchGroup(gi, t);
    this.busy[gi]!--;
    this.agentIdleSince[agent] = t;
    const tail = g.idleHead + g.idleCount;
    g.idle[tail < g.idle.length ? tail : tail - g.idle.length] = agent;
    g.idleCount++;
  }

  /**
   * Takes the next waiting call for an agent of group gi: the highest-priority queue with callers; among
   * queues of equal priority, the one whose head has waited longest. Returns the call slot or -1.
   */
  private nextCallFor(gi: number, t: number): number {
    const g = this.groups[gi] as GroupModel;
    let bestQueue = -1;
    let bestSlot = -1;
    let bestPriority = 0;
    let bestArrivedAt = Infinity;
    for (let i = 0; i < g.queues.length; i++) {
      const priority = g.priorities[i] as number;
      if (bestQueue >= 0 && priority < bestPriority) break;
      const q = g.queues[i] as number;
      if (this.waiting[q] === 0) continue;
      const slot = (this.queues[q] as CallQueue).peekLive(this.callGen, this.callWaiting);
      if (slot < 0) continue;
      const arrivedAt = this.callArrivedAt[slot] as number;
      if (arrivedAt < bestArrivedAt) {
        bestQueue = q;
        bestSlot = slot;
        bestPriority = priority;
        bestArrivedAt = arrivedAt;
      }
    }
    if (bestQueue < 0) return -1;
    (this.queues[bestQueue] as CallQueue).shift();
    this.touchQueue(bestQueue, t);
    this.waiting[bestQueue]!--;
    this.totalWaiting--;
    this.callWaiting[bestSlot] = 0;
    return bestSlot;
  }

  // ---- Call slots -----------------------------------------------------------------------------------------

  private allocateCall(): number {
    if (this.freeCount === 0) this.growCalls(this.callGen.length * 2);
    const slot = this.freeSlots[--this.freeCount] as number;
    this.callLive[slot] = 1;
    return slot;
  }

  /** The call has left the system. Its slot is reused once no abandonment event refers to it any more. */
  private releaseCall(slot: number): void {
    this.callGen[slot]!++; // entries for it still in a queue's ring are now stale
    this.callWaiting[slot] = 0;
    this.callLive[slot] = 0;
    this.inSystem--;
    if (this.callAbandonPending[slot] === 0) this.freeSlot(slot);
  }

  private freeSlot(slot: number): void {
    this.freeSlots[this.freeCount++] = slot;
  }

  private growCalls(capacity: number): void {
    const old = this.callGen.length;
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(a);
      return next;
    };
    this.callType = grow(this.callType, (n) => new Int32Array(n));
    this.callQueue = grow(this.callQueue, (n) => new Int32Array(n));
    this.callArrivedAt = grow(this.callArrivedAt, (n) => new Float64Array(n));
    this.callTalkSeconds = grow(this.callTalkSeconds, (n) => new Float64Array(n));
    this.callWrapSeconds = grow(this.callWrapSeconds, (n) => new Float64Array(n));
    this.callGen = grow(this.callGen, (n) => new Int32Array(n));
    this.callWaiting = grow(this.callWaiting, (n) => new Uint8Array(n));
    this.callAbandonPending = grow(this.callAbandonPending, (n) => new Uint8Array(n));
    this.callLive = grow(this.callLive, (n) => new Uint8Array(n));
    this.callStatsBase = grow(this.callStatsBase, (n) => new Int32Array(n));
    this.callSerial = grow(this.callSerial, (n) => new Float64Array(n));
    const free = new Int32Array(capacity);
    free.set(this.freeSlots.subarray(0, this.freeCount));
    // New slots are pushed highest first so that the lowest is allocated first (a stable, readable order).
    for (let s = capacity - 1; s >= old; s--) free[this.freeCount++] = s;
    this.freeSlots = free;
  }

  // ---- Statistics -----------------------------------------------------------------------------------------

  private intervalBase(interval: number, q: number): number {
    return CallTable.base(interval * this.queueIds.length + q);
  }

  private recordLeftQueue(
    data: Float64Array,
    base: number,
    countField: number,
    flag: number,
    flagField: number,
    waitField: number,
    waitSeconds: number,
  ): void {
    data[base + countField]!++;
    data[base + flagField]! += flag;
    data[base + waitField]! += waitSeconds;
    if (waitSeconds > (data[base + F.MAX_WAIT] as number)) data[base + F.MAX_WAIT] = waitSeconds;
  }

  private recordHandled(data: Float64Array, base: number, talkSeconds: number, wrapSeconds: number): void {
    data[base + F.HANDLED]!++;
    data[base + F.TALK_SUM]! += talkSeconds;
    data[base + F.ACW_SUM]! += wrapSeconds;
  }

  private recordQueueMax(q: number, level: number): void {
    const ib = this.intervalBase(this.currentInterval, q) + F.MAX_QUEUE;
    if (level > (this.intervalStats.data[ib] as number)) this.intervalStats.data[ib] = level;
    if (this.totalWaiting > this.totalMaxQueue) this.totalMaxQueue = this.totalWaiting;
  }

  /** Adds the queue's level × elapsed observed time to the current interval's area. */
  private touchQueue(q: number, t: number): void {
    const last = this.queueLastAt[q] as number;
    const from = last > this.warmupAt ? last : this.warmupAt;
    if (t > from) this.queueAreaNow[q]! += (this.waiting[q] as number) * (t - from);
    this.queueLastAt[q] = t;
  }

  private touchGroup(gi: number, t: number): void {
    const last = this.groupLastAt[gi] as number;
    const from = last > this.warmupAt ? last : this.warmupAt;
    if (t > from) this.busyAreaNow[gi]! += (this.busy[gi] as number) * (t - from);
    this.groupLastAt[gi] = t;
  }

  private onWarmupEnd(): void {
    for (let q = 0; q < this.queueIds.length; q++) this.recordQueueMax(q, this.waiting[q] as number);
  }

  /** Moves the current interval's time-weighted areas into its row and opens the next interval. */
  private flushInterval(interval: number, t: number): void {
    const nQ = this.queueIds.length;
    for (let q = 0; q < nQ; q++) {
      this.touchQueue(q, t);
      const area = this.queueAreaNow[q] as number;
      this.intervalStats.data[this.intervalBase(interval, q) + F.QUEUE_AREA]! += area;
      this.queueAreaNow[q] = 0;
    }
    let busyArea = 0;
    for (let gi = 0; gi < this.groups.length; gi++) {
      this.touchGroup(gi, t);
      busyArea += this.busyAreaNow[gi] as number;
      this.groupBusyArea[gi]! += this.busyAreaNow[gi] as number;
      this.busyAreaNow[gi] = 0;
    }
    const from = Math.max(interval * this.intervalSeconds, this.warmupAt);
    this.ensureIntervalRows(interval + 1);
    this.intervalAgentAreas[2 * interval] = busyArea;
    this.intervalAgentAreas[2 * interval + 1] = this.totalAgents * Math.max(0, t - from);
  }

  private onIntervalEnd(interval: number, t: number): void {
    this.flushInterval(interval, t);
    this.currentInterval = interval + 1;
    this.ensureIntervalRows(interval + 2);
    if (t >= this.warmupAt) for (let q = 0; q < this.queueIds.length; q++) this.recordQueueMax(q, this.waiting[q] as number);
    this.calendar.push((interval + 2) * this.intervalSeconds, INTERVAL_END, interval + 1);
  }

  private ensureIntervalRows(intervals: number): void {
    this.intervalStats.ensureRows(intervals * this.queueIds.length);
    if (2 * intervals > this.intervalAgentAreas.length) {
      const next = new Float64Array(Math.max(2 * intervals, 2 * this.intervalAgentAreas.length));
      next.set(this.intervalAgentAreas);
      this.intervalAgentAreas = next;
    }
  }

  private finish(t: number): void {
    this.finished = true;
    this.endAt = t;
    this.nowAt = t;
    this.flushInterval(this.currentInterval, t);
    for (let slot = 0; slot < this.callLive.length; slot++) {
      const statsBase = this.callStatsBase[slot] as number;
      if (this.callWaiting[slot] !== 1 || statsBase < 0) continue;
      this.intervalStats.data[statsBase + F.WAITING_AT_END]!++;
    }
  }

  private emit(type: TraceType, t: number, slot: number, agent = -1, waitSeconds?: number): void {
    const q = this.callQueue[slot] as number;
    const event: TraceEvent = { atSeconds: t, type, call: this.callSerial[slot] as number, queue: this.queueIds[q] as string };
    if (agent >= 0) {
      const g = this.groups[this.agentGroup[agent] as number] as GroupModel;
      event.agent = `${g.id}-${agent - g.firstAgent + 1}`;
    }
    if (waitSeconds !== undefined) event.waitSeconds = waitSeconds;
    (this.trace as Tracer)(event);
  }

  // ---- Result ---------------------------------------------------------------------------------------------

  result(): RunResult {
    if (!this.finished) throw new Error('the run has not finished: call run() or runUntil() until it returns false');
    const observedSeconds = Math.max(0, this.endAt - this.warmupAt);
    const nQ = this.queueIds.length;
    const intervalCount = this.currentInterval + 1;
    const queues: RunResult['queues'] = {};
    this.queueIds.forEach((id, q) => {
      const rows = Array.from({ length: intervalCount }, (_, i) => i * nQ + q);
      queues[id] = callKpis(combineRows(this.intervalStats.data, rows), 0, observedSeconds, this.convention);
    });
    const totalRow = combineRows(this.intervalStats.data, Array.from({ length: intervalCount * nQ }, (_, r) => r));
    totalRow[F.MAX_QUEUE] = this.totalMaxQueue;
    const totalBusy = this.groupBusyArea.reduce((a, b) => a + b, 0);
    const groups: RunResult['groups'] = {};
    this.groups.forEach((g, gi) => {
      groups[g.id] = agentKpis(g.agents * observedSeconds, this.groupBusyArea[gi] as number, this.groupAnswered[gi] as number, observedSeconds);
    });
    const intervals: RunResult['intervals'] = [];
    for (let i = 0; i < intervalCount; i++) {
      const startSeconds = i * this.intervalSeconds;
      const endSeconds = Math.min(startSeconds + this.intervalSeconds, this.endAt);
      const observed = Math.max(0, endSeconds - Math.max(startSeconds, this.warmupAt));
      const row = combineRows(this.intervalStats.data, Array.from({ length: nQ }, (_, q) => i * nQ + q));
      const calls = callKpis(row, 0, observed, this.convention);
      const busyArea = this.intervalAgentAreas[2 * i] as number;
      const staffedArea = this.intervalAgentAreas[2 * i + 1] as number;
      const agents = agentKpis(staffedArea, busyArea, calls.answered, observed);
      intervals.push({ index: i, startSeconds, endSeconds, ...calls, ...agents });
    }
    const total = {
      ...callKpis(totalRow, 0, observedSeconds, this.convention),
      ...agentKpis(this.totalAgents * observedSeconds, totalBusy, totalRow[F.ANSWERED] as number, observedSeconds),
    };
    return {
      scenarioId: this.scenario.id,
      seed: this.seed,
      replication: this.replication,
      endSeconds: this.endAt,
      observedSeconds,
      events: this.events,
      busyness: this.busynessCv === 0 ? [] : [...this.dayFactors],
      total,
      queues,
      groups,
      intervals,
      waitHistograms: { answered: this.answeredWaits.toData(), abandoned: this.abandonedWaits.toData() },
    };
  }
}

/** Runs one replication of a scenario to its end. */
export function runScenario(scenario: Scenario, options: SimulationOptions = {}): RunResult {
  return new Simulation(scenario, options).run();
}
