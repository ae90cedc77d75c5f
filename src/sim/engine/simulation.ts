// The discrete-event model of a call centre, as a kernel: the clock, the calendar, a dispatch table from event
// kind to the module that handles it (call-flow.ts, workforce.ts, the organisation runner), end conditions,
// the intervention façade and results. Pure TypeScript: no DOM, no Math.random, no allocation per event on the
// hot path. A new mechanism is a module plus one row in runUntil's switch (docs/architecture.md §16).
import type { FlowCounters } from '../api';
import type { RunResult } from '../results';
import { DEFAULT_COSTS, type Scenario } from '../scenario/schema';
import { createStream, type Rng } from '../random/streams';
import { applyStructures } from '../scenario/structures';
import type { StructureSpec } from '../scenario/organisation-schema';
import { eventsAtOneInstantLimit, GuardedCalendar, stuckClockError } from './engine-guard';
import { CallPool, CallReal } from './call-pool';
import { Arrivals } from './arrivals';
import { AgentPool } from './agent-pool';
import { EngineStats } from './engine-stats';
import { IvrMenu } from './ivr';
import { buildCallTypeModel } from './call-type-model';
import { EventKind } from './event-kinds';
import { Routing } from './routing';
import { Workforce } from './workforce';
import { CallFlow } from './call-flow';
import { CallTrace, writeCallPath } from './call-trace';
import type { Tracer } from './trace';
import type { Organisation } from './organisation';
import { collectResult } from './run-result';
import { changeStructure } from './structure-change';

export type { TraceEvent, TraceType, Tracer } from './trace';

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  seed?: string | number;
  /** Replication index: each index gets its own independent streams. Default 0. */
  replication?: number;
  trace?: Tracer;
}

export class Simulation {
  /** The scenario as given, and compiled (structures applied): the one the run follows, which a live structure change replaces. */
  private input: Scenario;
  private compiled: Scenario;
  readonly seed: string;
  readonly replication: number;
  readonly queueIds: readonly string[];
  readonly groupIds: readonly string[];
  readonly agents: AgentPool;
  readonly stats: EngineStats;

  /** Refuses events at NaN or infinite times (engine-guard.ts). */
  private readonly calendar = new GuardedCalendar(4096);
  /** Events handled in a row at the current instant, and how many make a loop that takes no time. */
  private eventsAtInstant = 0;
  private readonly maxEventsAtInstant: number;
  private readonly intervalSeconds: number;
  private readonly warmupAt: number;
  private readonly horizonAt: number;
  private readonly drain: boolean;
  private readonly arrivals: Arrivals;
  private readonly calls = new CallPool();
  private readonly routing: Routing;
  private readonly workforce: Workforce;
  private readonly flow: CallFlow;
  /** Per department: the queues it owns. */
  private readonly departmentQueues: Map<string, number[]>;
  private nowAt = 0;
  private events = 0;
  private finished = false;

  constructor(input: Scenario, options: SimulationOptions = {}) {
    // Structures compile into the plain model first (pooling, span of control, knowledge sharing).
    const scenario = applyStructures(input);
    this.input = input;
    this.compiled = scenario;
    this.seed = String(options.seed ?? scenario.seed);
    this.replication = options.replication ?? 0;
    this.intervalSeconds = scenario.intervalMinutes * 60;
    this.warmupAt = scenario.warmupSeconds ?? 0;
    const horizon = scenario.horizon;
    this.horizonAt = horizon.kind === 'duration' ? horizon.seconds : Infinity;
    const arrivalLimit = horizon.kind === 'calls' ? horizon.count : Infinity;
    this.drain = horizon.drain ?? true;
    this.maxEventsAtInstant = eventsAtOneInstantLimit(scenario);

    const stream = (name: string): Rng => createStream(this.seed, this.replication, name);
    this.queueIds = scenario.queues.map((q) => q.id);
    this.groupIds = scenario.agentGroups.map((g) => g.id);
    const queueIndex = new Map(this.queueIds.map((id, i) => [id, i]));
    this.arrivals = new Arrivals(scenario.callTypes, stream, {
      intervalSeconds: this.intervalSeconds,
      horizonAt: this.horizonAt,
      busynessCv: scenario.busyness?.cv ?? 0,
    });
    const ivr = scenario.ivr ? new IvrMenu(scenario.ivr.nodes, this.queueIds.length) : null;
    const callTypes = scenario.callTypes.map((ct) => buildCallTypeModel(ct, scenario, queueIndex, ivr, stream));
    this.departmentQueues = new Map((scenario.departments ?? []).map((d) => [d.id, [] as number[]]));
    scenario.queues.forEach((q, i) => {
      if (q.department !== undefined) this.departmentQueues.get(q.department)?.push(i);
    });
    const costs = scenario.costs ?? DEFAULT_COSTS;
    this.stats = new EngineStats({
      queueCount: this.queueIds.length,
      groupCount: this.groupIds.length,
      hourlyCosts: scenario.agentGroups.map((g) => g.hourlyCost ?? costs.defaultHourlyCost),
      intervalSeconds: this.intervalSeconds,
      warmupAt: this.warmupAt,
      slThresholdSeconds: scenario.serviceLevel.thresholdSeconds,
      convention: scenario.serviceLevel.convention ?? 'excludeShortAbandons',
    });
    this.agents = new AgentPool(this.groupIds.length, this.warmupAt);
    const routingRng = stream('routing');
    this.routing = new Routing(scenario, this.queueIds, this.groupIds, this.agents, this.stats, this.calls, routingRng);
    const frame = { warmupAt: this.warmupAt, horizonAt: this.horizonAt, arrivalLimit };
    this.workforce = new Workforce(this.agents, this.stats, this.calendar, this.routing, this.groupIds, {
      now: () => this.nowAt,
      ...frame,
      absenceRng: stream('absence'),
    });
    this.flow = new CallFlow(scenario, callTypes, ivr, this.arrivals, this.calendar, this.calls, this.stats, {
      routing: this.routing,
      workforce: this.workforce,
      frame,
    });
    if (options.trace !== undefined)
      this.flow.trace = new CallTrace(
        options.trace,
        this.calls,
        scenario.callTypes.map((ct) => ct.id),
        this.queueIds,
        (agent) => this.workforce.agentId(agent),
        this.routing,
      );
    this.workforce.start(scenario, this.flow, stream('organisation'));

    // Initial calendar: one pending arrival per call type, the first interval boundary, the horizon.
    callTypes.forEach((_, i) => this.flow.scheduleArrival(i, 0));
    if (this.flow.pendingArrivals === 0 && this.horizonAt === Infinity) this.flow.arrivalsOpen = false;
    this.calendar.push(this.intervalSeconds, EventKind.IntervalEnd, 0);
    if (this.horizonAt < Infinity) this.calendar.push(this.horizonAt, EventKind.Horizon, 0);
    if (this.warmupAt > 0) this.calendar.push(this.warmupAt, EventKind.WarmupEnd, 0);
  }

  /** The scenario the run follows now: the given one with its departments' structures applied. */
  get scenario(): Scenario {
    return this.compiled;
  }
  /** How the floor is organised over time (null when the scenario uses none of it). */
  get organisation(): Organisation | null {
    return this.workforce.organisation;
  }
  get nowSeconds(): number {
    return this.nowAt;
  }
  get eventCount(): number {
    return this.events;
  }
  get flows(): FlowCounters {
    return this.flow.flows;
  }
  get callsArrived(): number {
    return this.flow.flows.arrived;
  }
  get isFinished(): boolean {
    return this.finished;
  }
  /** Serial number (1-based) of the call in a slot. */
  callSerialOf(slot: number): number {
    return this.calls.reals[slot * CallReal.Stride + CallReal.Serial] as number;
  }
  /** The path of the call in `slot` at out[offset..offset+4] (see call-trace.ts). */
  writeCallPath(slot: number, out: Float64Array, offset: number): void {
    writeCallPath(this.calls, this.flow.callTypes, slot, out, offset);
  }
  agentId(agent: number): string {
    return this.workforce.agentId(agent);
  }
  waitingIn(queue: number): number {
    return this.stats.waiting[queue] as number;
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
    const flow = this.flow;
    const workforce = this.workforce;
    // The guard against a loop that takes no time (engine-guard.ts): events in a row at one instant, counted
    // in a local (kept in a register) and saved on the way out.
    let sameInstant = this.eventsAtInstant;
    let lastAt = this.nowAt;
    while (!this.finished) {
      if (!calendar.popUntil(limitSeconds)) {
        if (calendar.size === 0) {
          this.finish(this.nowAt);
          break;
        }
        if (limitSeconds > this.nowAt) this.nowAt = limitSeconds;
        this.eventsAtInstant = sameInstant;
        return true;
      }
      const t = calendar.time;
      const a = calendar.a;
      if (t !== lastAt) {
        lastAt = t;
        sameInstant = 0;
      } else if (++sameInstant > this.maxEventsAtInstant) throw stuckClockError(sameInstant, t);
      this.nowAt = t;
      this.events++;
      // The dispatch table: one row per event kind (see event-kinds.ts), each handled by the module it belongs to.
      switch (calendar.kind as EventKind) {
        case EventKind.Arrival:
          flow.onArrival(a, t);
          break;
        case EventKind.Abandon:
          flow.onAbandon(a, t);
          break;
        case EventKind.TalkEnd:
          flow.onTalkEnd(a, t);
          break;
        case EventKind.WrapEnd:
          flow.completeCall(a, t);
          break;
        case EventKind.IntervalEnd:
          this.stats.endInterval(t);
          calendar.push(t + this.intervalSeconds, EventKind.IntervalEnd, 0);
          break;
        case EventKind.Horizon:
          flow.arrivalsOpen = false;
          break;
        case EventKind.WarmupEnd:
          this.stats.levelsObserved();
          break;
        case EventKind.SurgeEnd:
          flow.onSurgeEnd(a, t);
          break;
        case EventKind.DayStart:
          workforce.onDayStart(a);
          break;
        case EventKind.ShiftStart:
          workforce.onShiftStart(a, t);
          break;
        case EventKind.ShiftEnd:
          workforce.onShiftEnd(a, t);
          break;
        case EventKind.BreakStart:
          workforce.onAwayStart(a, t, true);
          break;
        case EventKind.ActivityStart:
          workforce.onAwayStart(a, t, false);
          break;
        case EventKind.AwayEnd:
          workforce.onAwayEnd(a, t);
          break;
        case EventKind.IvrEnd:
          flow.onIvrEnd(a, t);
          break;
        case EventKind.FutureContact:
          flow.onFutureContact(a, t);
          break;
        case EventKind.WarmTimeout:
          flow.onWarmTimeout(a, t);
          break;
        case EventKind.ConferenceEnd:
          flow.onConferenceEnd(a, t);
          break;
        case EventKind.Overflow:
          flow.onOverflow(a, t);
          break;
        case EventKind.ConsultEnd:
          flow.onConsultEnd(a, t);
          break;
        case EventKind.Org:
          workforce.orgRunner?.onEvent(a, t);
          break;
        case EventKind.PeerEnd:
          flow.onPeerConsultEnd(a, t);
          break;
        default:
          throw new Error(`unknown event kind ${calendar.kind}`);
      }
      // Once arrivals have stopped, a draining run ends when the last caller leaves, or when nothing is left
      // that could ever serve the callers still waiting (only the interval tick remains); otherwise at once.
      if (!flow.arrivalsOpen && !this.finished && (flow.inSystem === 0 || !this.drain || calendar.size <= 1))
        this.finish(t);
    }
    this.eventsAtInstant = sameInstant;
    return false;
  }

  private finish(t: number): void {
    this.finished = true;
    this.nowAt = t;
    this.stats.flush(t);
  }

  // ---- Interventions --------------------------------------------------------------------------------------

  /**
   * Changes a department's structure from now on (a live intervention): what its groups answer (pooling),
   * knowledge sharing, peer consults, break shifting, meetings from the next day, reviews. Team-lead and
   * supervisor headcounts stay as they are (a live change hires and dismisses nobody); supervisors' cost
   * follows the new structure. Calls in progress finish as they started.
   */
  setStructure(departmentId: string, structure: StructureSpec | undefined): void {
    const change = changeStructure(this.input, this.compiled, departmentId, structure);
    // The first structure of the run: the organisation starts now, with nothing to do until the change below.
    if (this.workforce.organisation === null)
      this.workforce.startOrganisation(this.compiled, createStream(this.seed, this.replication, 'organisation'));
    this.input = change.input;
    this.compiled = change.compiled;
    this.routing.configure(this.compiled);
    this.workforce.configureSkills(this.compiled);
    (this.workforce.organisation as Organisation).buildStructures(this.compiled, this.nowAt);
    this.workforce.orgRunner?.structureChanged(change.department);
    // Idle agents of groups that now answer more queues take the callers already waiting there.
    for (let gi = 0; gi < this.groupIds.length; gi++) this.workforce.drainQueues(gi, this.nowAt);
  }

  /** Agents of group gi logged in and not on their way out. */
  activeAgents(gi: number): number {
    return this.workforce.activeAgents(gi);
  }

  /** Brings group gi to `target` active agents from now on (see Workforce.setGroupAgents). */
  setGroupAgents(gi: number, target: number): void {
    this.workforce.setGroupAgents(gi, target, this.nowAt);
  }

  /** Moves n agents of group `from` to group `to`: the same people (see Workforce.move). Returns how many. */
  moveAgents(from: number, to: number, n: number): number {
    return this.workforce.move(from, to, n, true);
  }

  /**
   * Takes the IVR down from now for `durationSeconds`: callers who would enter it go straight to their call
   * type's queue, or (busySignal) get a busy signal and may retry. Callers already in the IVR finish it.
   */
  ivrOutage(durationSeconds: number, busySignal: boolean): void {
    this.flow.ivrDownUntil = this.nowAt + durationSeconds;
    this.flow.ivrDownBusy = busySignal;
  }

  /** Calls answered from now for `durationSeconds` talk `factor` × their drawn time (a system slowdown). */
  slowDownTalk(factor: number, durationSeconds: number): void {
    this.flow.slowdownFactor = factor;
    this.flow.slowdownUntil = this.nowAt + durationSeconds;
  }

  /** From now on, a new call goes to the longest-idle agent, or to the longest idle of the most proficient group. */
  setRoutingPolicy(policy: 'longest-idle' | 'most-proficient'): void {
    this.routing.mostProficientFirst = policy === 'most-proficient';
  }

  /** Multiplies call type i's arrival rate by `factor` from now for `durationSeconds`. */
  surgeArrivals(typeIndex: number, factor: number, durationSeconds: number): void {
    this.flow.surge(typeIndex, factor, durationSeconds, this.nowAt);
  }

  // ---- Results --------------------------------------------------------------------------------------------

  /** The KPIs as of now; for a finished run, the final result. */
  resultSoFar(): RunResult {
    const run = {
      scenarioId: this.compiled.id,
      seed: this.seed,
      replication: this.replication,
      events: this.events,
      groupIds: this.groupIds,
      queueIds: this.queueIds,
      departmentQueues: this.departmentQueues,
    };
    return collectResult(run, this.nowAt, this.stats, this.workforce, this.arrivals, this.flow.waitingRows());
  }

  result(): RunResult {
    if (!this.finished) throw new Error('the run has not finished: call run() or runUntil() until it returns false');
    return this.resultSoFar();
  }
}

/** Runs one replication of a scenario to its end. */
export function runScenario(scenario: Scenario, options: SimulationOptions = {}): RunResult {
  return new Simulation(scenario, options).run();
}
