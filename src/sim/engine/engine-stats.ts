// The engine's statistics in constant memory: the levels that matter (callers waiting per queue, agents busy
// and logged in per group) with their time-weighted areas, counters per (interval, queue) row, wait
// histograms, and the building of a RunResult from them — at the end of a run or, for live views, as of now.
// Pure, no DOM; knows nothing of events or routing.
import type { AgentKpis, CallKpis, IntervalKpis, RunResult } from '../results';
import type { ServiceLevelConvention } from '../scenario/schema';
import * as F from '../stats/call-table';
import { CallTable, agentKpis, callKpis, combineRows } from '../stats/call-table';
import { Histogram } from '../stats/histogram';

const HISTOGRAM_BIN_SECONDS = 5;
const HISTOGRAM_BINS = 360;
/** Per interval: busy area, staffed area. */
const AGENT_FIELDS = 2;

export interface StatsConfig {
  queueCount: number;
  groupCount: number;
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
  private readonly groupLastAt: Float64Array;
  private readonly busyAreaNow: Float64Array;
  private readonly staffedAreaNow: Float64Array;
  private totalWaiting = 0;
  private totalMaxQueue = 0;

  private readonly calls: CallTable;
  private intervalAgentAreas: Float64Array;
  private readonly groupBusyArea: Float64Array;
  private readonly groupStaffedArea: Float64Array;
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
    this.waiting = new Int32Array(this.nQ);
    this.busy = new Int32Array(this.nG);
    this.staffed = new Int32Array(this.nG);
    this.queueLastAt = new Float64Array(this.nQ);
    this.queueAreaNow = new Float64Array(this.nQ);
    this.groupLastAt = new Float64Array(this.nG);
    this.busyAreaNow = new Float64Array(this.nG);
    this.staffedAreaNow = new Float64Array(this.nG);
    this.calls = new CallTable(64 * this.nQ);
    this.intervalAgentAreas = new Float64Array(64 * AGENT_FIELDS);
    this.groupBusyArea = new Float64Array(this.nG);
    this.groupStaffedArea = new Float64Array(this.nG);
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

  private touchGroup(gi: number, t: number): void {
    const last = this.groupLastAt[gi] as number;
    const from = last > this.warmupAt ? last : this.warmupAt;
    if (t > from) {
      this.busyAreaNow[gi]! += (this.busy[gi] as number) * (t - from);
      this.staffedAreaNow[gi]! += (this.staffed[gi] as number) * (t - from);
    }
    this.groupLastAt[gi] = t;
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
    this.touchGroup(gi, t);
    this.busy[gi]! += delta;
  }

  staffedChanged(gi: number, t: number, delta: number): void {
    this.touchGroup(gi, t);
    this.staffed[gi]! += delta;
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
    this.leftQueue(row, F.ANSWERED, F.ANSWERED_WITHIN, waitSeconds <= this.slThresholdSeconds, F.WAIT_ANSWERED_SUM, waitSeconds);
    this.answeredWaits.add(waitSeconds);
    this.groupAnswered[gi]!++;
  }

  abandoned(row: number, waitSeconds: number): void {
    this.leftQueue(row, F.ABANDONED, F.ABANDONED_SHORT, waitSeconds <= this.slThresholdSeconds, F.WAIT_ABANDONED_SUM, waitSeconds);
    this.abandonedWaits.add(waitSeconds);
  }

  handled(row: number, talkSeconds: number, wrapSeconds: number): void {
    const data = this.calls.data;
    data[row + F.HANDLED]!++;
    data[row + F.TALK_SUM]! += talkSeconds;
    data[row + F.ACW_SUM]! += wrapSeconds;
  }

  private leftQueue(row: number, countField: number, flagField: number, flag: boolean, waitField: number, waitSeconds: number): void {
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
      this.intervalAgentAreas[AGENT_FIELDS * i]! += this.busyAreaNow[gi] as number;
      this.intervalAgentAreas[AGENT_FIELDS * i + 1]! += this.staffedAreaNow[gi] as number;
      this.groupBusyArea[gi]! += this.busyAreaNow[gi] as number;
      this.groupStaffedArea[gi]! += this.staffedAreaNow[gi] as number;
      this.busyAreaNow[gi] = 0;
      this.staffedAreaNow[gi] = 0;
    }
  }

  private ensureIntervals(intervals: number): void {
    this.calls.ensureRows(intervals * this.nQ);
    if (AGENT_FIELDS * intervals > this.intervalAgentAreas.length) {
      const next = new Float64Array(Math.max(AGENT_FIELDS * intervals, 2 * this.intervalAgentAreas.length));
      next.set(this.intervalAgentAreas);
      this.intervalAgentAreas = next;
    }
  }

  // ---- Results --------------------------------------------------------------------------------------------

  /**
   * The KPIs as of `t`. A finished run has been flushed at its end; for a running one (live views), the areas
   * since the last flush are added to copies, so the statistics themselves are not disturbed.
   */
  kpis(t: number, groupIds: readonly string[], queueIds: readonly string[], waitingRows: readonly number[]): Pick<RunResult, 'observedSeconds' | 'total' | 'queues' | 'groups' | 'intervals' | 'waitHistograms'> {
    const nQ = this.nQ;
    const intervalCount = this.currentInterval + 1;
    const data = this.calls.data.slice(0, intervalCount * nQ * F.CALL_FIELDS);
    const agentAreas = this.intervalAgentAreas.slice(0, intervalCount * AGENT_FIELDS);
    const groupBusy = Float64Array.from(this.groupBusyArea);
    const groupStaffed = Float64Array.from(this.groupStaffedArea);
    const current = this.currentInterval;
    // Pending areas since the last touch of each level.
    for (let q = 0; q < nQ; q++) {
      const last = this.queueLastAt[q] as number;
      const from = last > this.warmupAt ? last : this.warmupAt;
      const pending = (this.queueAreaNow[q] as number) + (t > from ? (this.waiting[q] as number) * (t - from) : 0);
      data[CallTable.base(current * nQ + q) + F.QUEUE_AREA]! += pending;
    }
    for (let gi = 0; gi < this.nG; gi++) {
      const last = this.groupLastAt[gi] as number;
      const from = last > this.warmupAt ? last : this.warmupAt;
      const dt = t > from ? t - from : 0;
      const busy = (this.busyAreaNow[gi] as number) + (this.busy[gi] as number) * dt;
      const staffed = (this.staffedAreaNow[gi] as number) + (this.staffed[gi] as number) * dt;
      agentAreas[AGENT_FIELDS * current]! += busy;
      agentAreas[AGENT_FIELDS * current + 1]! += staffed;
      groupBusy[gi]! += busy;
      groupStaffed[gi]! += staffed;
    }
    for (const row of waitingRows) data[row + F.WAITING_AT_END]!++;

    const observedSeconds = Math.max(0, t - this.warmupAt);
    const queues: Record<string, CallKpis> = {};
    queueIds.forEach((id, q) => {
      const rows = Array.from({ length: intervalCount }, (_, i) => i * nQ + q);
      queues[id] = callKpis(combineRows(data, rows), 0, observedSeconds, this.convention);
    });
    const totalRow = combineRows(data, Array.from({ length: intervalCount * nQ }, (_, r) => r));
    totalRow[F.MAX_QUEUE] = this.totalMaxQueue;
    const groups: Record<string, AgentKpis> = {};
    groupIds.forEach((id, gi) => {
      groups[id] = agentKpis(groupStaffed[gi] as number, groupBusy[gi] as number, this.groupAnswered[gi] as number, observedSeconds);
    });
    const intervals: IntervalKpis[] = [];
    for (let i = 0; i < intervalCount; i++) {
      const startSeconds = i * this.intervalSeconds;
      const endSeconds = Math.min(startSeconds + this.intervalSeconds, t);
      const observed = Math.max(0, endSeconds - Math.max(startSeconds, this.warmupAt));
      const row = combineRows(data, Array.from({ length: nQ }, (_, q) => i * nQ + q));
      const calls = callKpis(row, 0, observed, this.convention);
      const agents = agentKpis(agentAreas[AGENT_FIELDS * i + 1] as number, agentAreas[AGENT_FIELDS * i] as number, calls.answered, observed);
      intervals.push({ index: i, startSeconds, endSeconds, ...calls, ...agents });
    }
    const staffedTotal = groupStaffed.reduce((a, b) => a + b, 0);
    const busyTotal = groupBusy.reduce((a, b) => a + b, 0);
    return {
      observedSeconds,
      total: {
        ...callKpis(totalRow, 0, observedSeconds, this.convention),
        ...agentKpis(staffedTotal, busyTotal, totalRow[F.ANSWERED] as number, observedSeconds),
      },
      queues,
      groups,
      intervals,
      waitHistograms: { answered: this.answeredWaits.toData(), abandoned: this.abandonedWaits.toData() },
    };
  }
}
