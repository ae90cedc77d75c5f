// The engine's statistics in constant memory: the levels that matter (callers waiting per queue, agents busy
// and logged in per group) with their time-weighted areas, counters per (interval, queue) row, wait
// histograms, and the building of a RunResult from them — at the end of a run or, for live views, as of now.
// Pure, no DOM; knows nothing of events or routing.
import type { AgentKpis, AgentStateTimes, CallKpis, CentreKpis, IntervalKpis, IvrKpis, RunResult } from '../results';
import type { ServiceLevelConvention } from '../scenario/schema';
import * as F from '../stats/call-table';
import { CallTable, agentKpis, callKpis, combineRows, ratio } from '../stats/call-table';
import { Histogram } from '../stats/histogram';

const HISTOGRAM_BIN_SECONDS = 5;
const HISTOGRAM_BINS = 360;

// Per-group levels whose areas are kept (person-seconds), per interval and per group; then the interval's cost.
// An enum rather than module constants so that the bundler writes them into the hot code as numbers (a module
// constant is read from the module's scope at every use).
const enum Level {
  Busy = 0,
  Staffed = 1,
  Scheduled = 2,
  /** Logged in while not scheduled (a shift agent finishing a call after the shift). */
  Overtime = 3,
  /** Scheduled agents not doing what the schedule says. */
  OutOfAdherence = 4,
  /** Logged in and not on a break or an off-phone activity: the time occupancy is measured against. */
  Available = 5,
  /** Levels per group. */
  Count = 6,
  /** Field of an interval's agent row after the levels: the cost of the paid hours. */
  Cost = 6,
  /** Fields of an interval's agent row: the levels and the cost. */
  AgentFields = 7,
}

/** IVR counters. */
const IVR_ENTERED = 0;
const IVR_CONTAINED = 1;
const IVR_HUNG_UP = 2;
const IVR_MISROUTED = 3;
const IVR_ROUTED = 4;
const IVR_SECONDS = 5;
const IVR_FIELDS = 6;

export interface StatsConfig {
  queueCount: number;
  groupCount: number;
  /** Loaded cost per paid hour of each group's people. */
  hourlyCosts: readonly number[];
  intervalSeconds: number;
  warmupAt: number;
  slThresholdSeconds: number;
  convention: ServiceLevelConvention;
}

export class EngineStats {
  /** Callers waiting now, per queue. */
  readonly waiting: Int32Array;
  /** Agents talking or in after-call work now, per group. */
  readonly busy: Int32Array;
  /** Agents logged in now, per group. */
  readonly staffed: Int32Array;
  /** Agents logged in and not on a break or an activity now, per group. */
  readonly available: Int32Array;
  /** The interval the clock is in. */
  currentInterval = 0;

  private readonly nQ: number;
  private readonly nG: number;
  private readonly intervalSeconds: number;
  private readonly warmupAt: number;
  private readonly slThresholdSeconds: number;
  private readonly convention: ServiceLevelConvention;

  private readonly queueLastAt: Float64Array;
  private readonly queueAreaNow: Float64Array;
  /** Per group: the levels (Level.Busy to Level.Available), when each group was last touched, areas since flush. */
  private readonly levels: Float64Array;
  private readonly groupLastAt: Float64Array;
  private readonly busyLastAt: Float64Array;
  private readonly areaNow: Float64Array;
  private readonly hourlyCosts: readonly number[];
  private readonly ivr = new Float64Array(IVR_FIELDS);
  private totalWaiting = 0;
  private totalMaxQueue = 0;

  private readonly calls: CallTable;
  private intervalAgentAreas: Float64Array;
  /** Per group: level areas since the start (after the warm-up). */
  private readonly groupAreas: Float64Array;
  private readonly groupAnswered: Float64Array;
  private readonly answeredWaits = new Histogram(HISTOGRAM_BIN_SECONDS, HISTOGRAM_BINS);
  private readonly abandonedWaits = new Histogram(HISTOGRAM_BIN_SECONDS, HISTOGRAM_BINS);

  constructor(config: StatsConfig) {
    this.nQ = config.queueCount;
    this.nG = config.groupCount;
    this.intervalSeconds = config.intervalSeconds;
    this.warmupAt = config.warmupAt;
    this.slThresholdSeconds = config.slThresholdSeconds;
    this.convention = config.convention;
    this.hourlyCosts = config.hourlyCosts;
    this.waiting = new Int32Array(this.nQ);
    this.busy = new Int32Array(this.nG);
    this.staffed = new Int32Array(this.nG);
    this.available = new Int32Array(this.nG);
    this.queueLastAt = new Float64Array(this.nQ);
    this.queueAreaNow = new Float64Array(this.nQ);
    this.levels = new Float64Array(this.nG * Level.Count);
    this.groupLastAt = new Float64Array(this.nG);
    this.busyLastAt = new Float64Array(this.nG);
    this.areaNow = new Float64Array(this.nG * Level.Count);
    this.calls = new CallTable(64 * this.nQ);
    this.intervalAgentAreas = new Float64Array(64 * Level.AgentFields);
    this.groupAreas = new Float64Array(this.nG * Level.Count);
    this.groupAnswered = new Float64Array(this.nG);
  }

  // ---- Levels ---------------------------------------------------------------------------------------------

  /** Adds the queue's level × elapsed observed time to the current interval's area. */
  private touchQueue(q: number, t: number): void {
    const last = this.queueLastAt[q] as number;
    const from = last > this.warmupAt ? last : this.warmupAt;
    if (t > from) this.queueAreaNow[q]! += (this.waiting[q] as number) * (t - from);
    this.queueLastAt[q] = t;
  }

  /**
   * Adds each level × elapsed observed time to the current interval's areas. Level.Busy changes on almost every
   * event, so it has its own clock (touchBusy) and the other, slower levels are swept only when they change.
   */
  private touchGroup(gi: number, t: number): void {
    const last = this.groupLastAt[gi] as number;
    const from = last > this.warmupAt ? last : this.warmupAt;
    if (t > from) {
      const dt = t - from;
      const base = gi * Level.Count;
      for (let k = Level.Busy + 1; k < Level.Count; k++)
        this.areaNow[base + k]! += (this.levels[base + k] as number) * dt;
    }
    this.groupLastAt[gi] = t;
  }

  private touchBusy(gi: number, t: number): void {
    const last = this.busyLastAt[gi] as number;
    const from = last > this.warmupAt ? last : this.warmupAt;
    if (t > from) this.areaNow[gi * Level.Count + Level.Busy]! += (this.busy[gi] as number) * (t - from);
    this.busyLastAt[gi] = t;
  }

  private changeLevel(gi: number, level: number, t: number, delta: number): void {
    this.touchGroup(gi, t);
    this.levels[gi * Level.Count + level]! += delta;
  }

  queueJoined(q: number, t: number): void {
    this.touchQueue(q, t);
    const level = ++this.waiting[q]!;
    this.totalWaiting++;
    if (t >= this.warmupAt) this.recordQueueMax(q, level);
  }

  queueLeft(q: number, t: number): void {
    this.touchQueue(q, t);
    this.waiting[q]!--;
    this.totalWaiting--;
  }

  busyChanged(gi: number, t: number, delta: number): void {
    this.touchBusy(gi, t);
    this.busy[gi]! += delta;
  }

  staffedChanged(gi: number, t: number, delta: number): void {
    this.changeLevel(gi, Level.Staffed, t, delta);
    this.staffed[gi]! += delta;
  }

  availableChanged(gi: number, t: number, delta: number): void {
    this.changeLevel(gi, Level.Available, t, delta);
    this.available[gi]! += delta;
  }

  scheduledChanged(gi: number, t: number, delta: number): void {
    this.changeLevel(gi, Level.Scheduled, t, delta);
  }

  overtimeChanged(gi: number, t: number, delta: number): void {
    this.changeLevel(gi, Level.Overtime, t, delta);
  }

  adherenceChanged(gi: number, t: number, outOfAdherenceDelta: number): void {
    this.changeLevel(gi, Level.OutOfAdherence, t, outOfAdherenceDelta);
  }

  // ---- IVR ------------------------------------------------------------------------------------------------

  /** A counted caller left the IVR after `ivrSeconds`: contained, hung up, or routed (maybe misrouted). */
  ivrLeft(outcome: 'contained' | 'hung-up' | 'routed', misrouted: boolean, ivrSeconds: number): void {
    this.ivr[IVR_ENTERED]!++;
    this.ivr[outcome === 'contained' ? IVR_CONTAINED : outcome === 'hung-up' ? IVR_HUNG_UP : IVR_ROUTED]!++;
    if (misrouted) this.ivr[IVR_MISROUTED]!++;
    this.ivr[IVR_SECONDS]! += ivrSeconds;
  }

  private recordQueueMax(q: number, level: number): void {
    const ib = this.rowBase(this.currentInterval, q) + F.MAX_QUEUE;
    if (level > (this.calls.data[ib] as number)) this.calls.data[ib] = level;
    if (this.totalWaiting > this.totalMaxQueue) this.totalMaxQueue = this.totalWaiting;
  }

  /** At the end of the warm-up (and of each interval) the current levels are the maxima so far. */
  levelsObserved(): void {
    for (let q = 0; q < this.nQ; q++) this.recordQueueMax(q, this.waiting[q] as number);
  }

  // ---- Calls ----------------------------------------------------------------------------------------------

  /** Offset of the statistics row of calls arriving now in queue q, or -1 during the warm-up. */
  arrivalRow(q: number, t: number): number {
    return t >= this.warmupAt ? this.rowBase(this.currentInterval, q) : -1;
  }

  offered(row: number): void {
    this.calls.data[row + F.OFFERED]!++;
  }

  answered(row: number, gi: number, waitSeconds: number): void {
    this.leftQueue(
      row,
      F.ANSWERED,
      F.ANSWERED_WITHIN,
      waitSeconds <= this.slThresholdSeconds,
      F.WAIT_ANSWERED_SUM,
      waitSeconds,
    );
    this.answeredWaits.add(waitSeconds);
    this.groupAnswered[gi]!++;
  }

  abandoned(row: number, waitSeconds: number): void {
    this.leftQueue(
      row,
      F.ABANDONED,
      F.ABANDONED_SHORT,
      waitSeconds <= this.slThresholdSeconds,
      F.WAIT_ABANDONED_SUM,
      waitSeconds,
    );
    this.abandonedWaits.add(waitSeconds);
  }

  /** Adds one to a counter field of a statistics row (transfers, first contacts, repeats, retrials…). */
  count(row: number, field: number): void {
    this.calls.data[row + field]!++;
  }

  held(row: number, holdSeconds: number): void {
    this.calls.data[row + F.HOLD_SUM]! += holdSeconds;
  }

  blocked(row: number): void {
    this.calls.data[row + F.BLOCKED]!++;
  }

  handled(row: number, talkSeconds: number, wrapSeconds: number): void {
    const data = this.calls.data;
    data[row + F.HANDLED]!++;
    data[row + F.TALK_SUM]! += talkSeconds;
    data[row + F.ACW_SUM]! += wrapSeconds;
  }

  private leftQueue(
    row: number,
    countField: number,
    flagField: number,
    flag: boolean,
    waitField: number,
    waitSeconds: number,
  ): void {
    const data = this.calls.data;
    data[row + countField]!++;
    if (flag) data[row + flagField]!++;
    data[row + waitField]! += waitSeconds;
    if (waitSeconds > (data[row + F.MAX_WAIT] as number)) data[row + F.MAX_WAIT] = waitSeconds;
  }

  private rowBase(interval: number, q: number): number {
    return CallTable.base(interval * this.nQ + q);
  }

  // ---- Intervals ------------------------------------------------------------------------------------------

  /** Closes the current interval at its end `t` and opens the next. */
  endInterval(t: number): void {
    this.flush(t);
    this.currentInterval++;
    this.ensureIntervals(this.currentInterval + 1);
    if (t >= this.warmupAt) this.levelsObserved();
  }

  /** Moves the time-weighted areas up to `t` into the current interval's row. */
  flush(t: number): void {
    const i = this.currentInterval;
    this.ensureIntervals(i + 1);
    for (let q = 0; q < this.nQ; q++) {
      this.touchQueue(q, t);
      this.calls.data[this.rowBase(i, q) + F.QUEUE_AREA]! += this.queueAreaNow[q] as number;
      this.queueAreaNow[q] = 0;
    }
    for (let gi = 0; gi < this.nG; gi++) {
      this.touchGroup(gi, t);
      this.touchBusy(gi, t);
      this.moveAreas(gi, this.areaNow, this.intervalAgentAreas, Level.AgentFields * i, this.groupAreas);
      this.areaNow.fill(0, gi * Level.Count, (gi + 1) * Level.Count);
    }
  }

  /** Adds group gi's level areas in `source` to interval row `intervalBase` of `intervals` and to `totals`. */
  private moveAreas(
    gi: number,
    source: Float64Array,
    intervals: Float64Array,
    intervalBase: number,
    totals: Float64Array,
  ): void {
    const base = gi * Level.Count;
    for (let k = 0; k < Level.Count; k++) {
      const area = source[base + k] as number;
      intervals[intervalBase + k]! += area;
      totals[base + k]! += area;
    }
    const paidArea = (source[base + Level.Scheduled] as number) + (source[base + Level.Overtime] as number);
    intervals[intervalBase + Level.Cost]! += (paidArea / 3600) * (this.hourlyCosts[gi] as number);
  }

  private ensureIntervals(intervals: number): void {
    this.calls.ensureRows(intervals * this.nQ);
    if (Level.AgentFields * intervals > this.intervalAgentAreas.length) {
      const next = new Float64Array(Math.max(Level.AgentFields * intervals, 2 * this.intervalAgentAreas.length));
      next.set(this.intervalAgentAreas);
      this.intervalAgentAreas = next;
    }
  }

  // ---- Results --------------------------------------------------------------------------------------------

  /**
   * The KPIs as of `t`. A finished run has been flushed at its end; for a running one (live views), the areas
   * since the last flush are added to copies, so the statistics themselves are not disturbed.
   */
  kpis(
    t: number,
    ids: { groups: readonly string[]; queues: readonly string[]; departments: ReadonlyMap<string, readonly number[]> },
    waitingRows: readonly number[],
    stateTimes: readonly AgentStateTimes[],
  ): Pick<
    RunResult,
    'observedSeconds' | 'queues' | 'departments' | 'groups' | 'ivr' | 'intervals' | 'waitHistograms'
  > & { total: CentreKpis } {
    const nQ = this.nQ;
    const intervalCount = this.currentInterval + 1;
    const data = this.calls.data.slice(0, intervalCount * nQ * F.CALL_FIELDS);
    const agentAreas = this.intervalAgentAreas.slice(0, intervalCount * Level.AgentFields);
    const groupAreas = Float64Array.from(this.groupAreas);
    const current = this.currentInterval;
    // Pending areas since the last touch of each level, added to copies.
    for (let q = 0; q < nQ; q++) {
      const last = this.queueLastAt[q] as number;
      const from = last > this.warmupAt ? last : this.warmupAt;
      const pending = (this.queueAreaNow[q] as number) + (t > from ? (this.waiting[q] as number) * (t - from) : 0);
      data[CallTable.base(current * nQ + q) + F.QUEUE_AREA]! += pending;
    }
    const pendingAreas = Float64Array.from(this.areaNow);
    for (let gi = 0; gi < this.nG; gi++) {
      const last = this.groupLastAt[gi] as number;
      const from = last > this.warmupAt ? last : this.warmupAt;
      const dt = t > from ? t - from : 0;
      for (let k = Level.Busy + 1; k < Level.Count; k++)
        pendingAreas[gi * Level.Count + k]! += (this.levels[gi * Level.Count + k] as number) * dt;
      const busyLast = this.busyLastAt[gi] as number;
      const busyFrom = busyLast > this.warmupAt ? busyLast : this.warmupAt;
      if (t > busyFrom) pendingAreas[gi * Level.Count + Level.Busy]! += (this.busy[gi] as number) * (t - busyFrom);
      this.moveAreas(gi, pendingAreas, agentAreas, Level.AgentFields * current, groupAreas);
    }
    for (const row of waitingRows) data[row + F.WAITING_AT_END]!++;

    const observedSeconds = Math.max(0, t - this.warmupAt);
    const rowsOfQueues = (queues: readonly number[]): number[] =>
      queues.flatMap((q) => Array.from({ length: intervalCount }, (_, i) => i * nQ + q));
    const queues: Record<string, CallKpis> = {};
    ids.queues.forEach((id, q) => {
      queues[id] = callKpis(combineRows(data, rowsOfQueues([q])), 0, observedSeconds, this.convention);
    });
    const departments: Record<string, CallKpis> = {};
    for (const [id, qs] of ids.departments)
      departments[id] = callKpis(combineRows(data, rowsOfQueues(qs)), 0, observedSeconds, this.convention);
    const totalRow = combineRows(
      data,
      Array.from({ length: intervalCount * nQ }, (_, r) => r),
    );
    totalRow[F.MAX_QUEUE] = this.totalMaxQueue;

    const groups: Record<string, AgentKpis & AgentStateTimes> = {};
    const totalAreas = new Float64Array(Level.AgentFields);
    ids.groups.forEach((id, gi) => {
      const areas = groupAreas.subarray(gi * Level.Count, (gi + 1) * Level.Count);
      const paidArea = (areas[Level.Scheduled] as number) + (areas[Level.Overtime] as number);
      const cost = (paidArea / 3600) * (this.hourlyCosts[gi] as number);
      for (let k = 0; k < Level.Count; k++) totalAreas[k]! += areas[k] as number;
      totalAreas[Level.Cost]! += cost;
      groups[id] = {
        ...this.agentKpis(areas, 0, cost, this.groupAnswered[gi] as number, observedSeconds),
        ...(stateTimes[gi] as AgentStateTimes),
      };
    });
    const intervals: IntervalKpis[] = [];
    for (let i = 0; i < intervalCount; i++) {
      const startSeconds = i * this.intervalSeconds;
      const endSeconds = Math.min(startSeconds + this.intervalSeconds, t);
      const observed = Math.max(0, endSeconds - Math.max(startSeconds, this.warmupAt));
      const row = combineRows(
        data,
        Array.from({ length: nQ }, (_, q) => i * nQ + q),
      );
      const calls = callKpis(row, 0, observed, this.convention);
      const agents = this.agentKpis(
        agentAreas,
        Level.AgentFields * i,
        agentAreas[Level.AgentFields * i + Level.Cost] as number,
        calls.answered,
        observed,
      );
      intervals.push({ index: i, startSeconds, endSeconds, ...calls, ...agents });
    }
    const totalCalls = callKpis(totalRow, 0, observedSeconds, this.convention);
    const stateTotals = sumStateTimes(stateTimes);
    return {
      observedSeconds,
      total: {
        ...totalCalls,
        ...this.agentKpis(
          totalAreas,
          0,
          totalAreas[Level.Cost] as number,
          totalRow[F.ANSWERED] as number,
          observedSeconds,
        ),
        ...stateTotals,
        costPerHandledCall: ratio(totalAreas[Level.Cost] as number, totalRow[F.HANDLED] as number),
      },
      queues,
      departments,
      groups,
      ivr: this.ivrKpis(),
      intervals,
      waitHistograms: { answered: this.answeredWaits.toData(), abandoned: this.abandonedWaits.toData() },
    };
  }

  private agentKpis(
    areas: Float64Array,
    base: number,
    cost: number,
    answered: number,
    observedSeconds: number,
  ): AgentKpis {
    const a = (k: number): number => areas[base + k] as number;
    const paid = a(Level.Scheduled) + a(Level.Overtime);
    return {
      ...agentKpis(a(Level.Staffed), a(Level.Busy), answered, observedSeconds),
      // Occupancy: busy time over the time agents were available for calls (breaks and activities excluded).
      occupancy: a(Level.Available) > 0 ? a(Level.Busy) / a(Level.Available) : NaN,
      availableAgents: ratio(a(Level.Available), observedSeconds),
      scheduledAgents: ratio(a(Level.Scheduled), observedSeconds),
      utilisation: ratio(a(Level.Busy), paid),
      adherence: a(Level.Scheduled) > 0 ? 1 - a(Level.OutOfAdherence) / a(Level.Scheduled) : NaN,
      paidHours: paid / 3600,
      overtimeHours: a(Level.Overtime) / 3600,
      cost,
    };
  }

  private ivrKpis(): IvrKpis {
    const v = (k: number): number => this.ivr[k] as number;
    const entered = v(IVR_ENTERED);
    return {
      entered,
      contained: v(IVR_CONTAINED),
      hungUp: v(IVR_HUNG_UP),
      misrouted: v(IVR_MISROUTED),
      routed: v(IVR_ROUTED),
      containmentRate: ratio(v(IVR_CONTAINED), entered),
      abandonRate: ratio(v(IVR_HUNG_UP), entered),
      misrouteRate: ratio(v(IVR_MISROUTED), v(IVR_ROUTED)),
      meanIvrSeconds: ratio(v(IVR_SECONDS), entered),
    };
  }
}

export function sumStateTimes(times: readonly AgentStateTimes[]): AgentStateTimes {
  const out: AgentStateTimes = {
    idleSeconds: 0,
    talkingSeconds: 0,
    holdSeconds: 0,
    wrapUpSeconds: 0,
    breakSeconds: 0,
    offPhoneSeconds: 0,
  };
  for (const t of times) for (const k of Object.keys(out) as (keyof AgentStateTimes)[]) out[k] += t[k];
  return out;
}
