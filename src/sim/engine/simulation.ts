// The discrete-event model of a call centre: arrivals per call type, FIFO queues with priorities between them,
// agent groups serving one or more queues (longest-idle agent first), talk and after-call work, caller
// patience and abandonment, warm-up, a horizon in time or in calls, and live interventions (agents logging in
// and out, arrival surges). Pure TypeScript: no DOM, no Math.random, no allocation per event on the hot path.
import type { FlowCounters } from '../api';
import type { AgentStateTimes, RunResult } from '../results';
import { DEFAULT_COSTS, type Scenario, type ShiftSpec } from '../scenario/schema';
import { createStream, type Rng } from '../random/streams';
import { EventQueue } from './event-queue';
import { CallQueue } from './call-queue';
import { CallInt, CallPool, CallReal } from './call-pool';
import { Arrivals } from './arrivals';
import {
  AgentPool,
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
import { EngineStats } from './engine-stats';
import * as F from '../stats/call-table';
import { IVR_CONTAINED, IVR_ROUTED, IvrMenu } from './ivr';
import { buildCallTypeModel, type CallTypeModel } from './call-type-model';
import { grownTo } from './typed-arrays';
import type { TraceEvent, TraceType, Tracer } from './trace';
import { applyStructures } from '../scenario/structures';
import type { StructureSpec } from '../scenario/organisation-schema';
import { Organisation, SESSION_NONE, noOrganisationKpis } from './organisation';
import { OrganisationRunner, type OrganisationHost } from './organisation-runner';

// Event kinds; the payload `a` is given per kind. Enums rather than module constants, here and below, so that
// the bundler writes them into the code as numbers (a module constant is read from the module's scope at every
// use) and the event switch compares with literals.
const enum EventKind {
  Arrival = 0, // a: call type
  Abandon = 1, // a: call slot (never reused while its abandonment is pending)
  TalkEnd = 2, // a: agent
  WrapEnd = 3, // a: agent
  IntervalEnd = 4, // a: unused
  Horizon = 5, // arrivals stop
  WarmupEnd = 6, // statistics start
  SurgeEnd = 7, // a: call type
  DayStart = 8, // a: day index: the day's shifts are scheduled
  ShiftStart = 9, // a: agent
  ShiftEnd = 10, // a: agent
  BreakStart = 11, // a: agent
  ActivityStart = 12, // a: agent
  AwayEnd = 13, // a: agent (end of a break or an activity)
  IvrEnd = 14, // a: call slot
  FutureContact = 15, // a: index into the future-contacts table (a retrial or a repeat contact)
  WarmTimeout = 16, // a: agent holding for a warm transfer gives up
  ConferenceEnd = 17, // a: agent whose warm transfer has been taken over
  Overflow = 18, // a: call slot (its queue's overflow groups may now take it)
  ConsultEnd = 19, // a: agent back from consulting a colleague, the caller on hold meanwhile
  Org = 20, // a: an organisation event (sub-kind in the low 4 bits, see organisation.ts)
  PeerEnd = 21, // a: agent whose consult of a peer (before an escalation) ends
}

// Which routing rule gave a call to an agent (recorded in the event log so a caller's path can be explained).
const enum Route {
  IdleAgent = 0, // an idle agent took the call on arrival (by the routing policy)
  Queue = 1, // a freed agent took the head of its highest-priority queue
  Overflow = 2, // an overflow group took a caller who had waited past the threshold
}

/** How long an agent holds for a warm transfer before leaving the caller in the target queue. */
const WARM_HOLD_LIMIT_SECONDS = 300;

const SECONDS_PER_DAY = 86_400;

export type { TraceEvent, TraceType, Tracer } from './trace';

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  seed?: string | number;
  /** Replication index: each index gets its own independent streams. Default 0. */
  replication?: number;
  trace?: Tracer;
}

interface GroupModel {
  id: string;
  /** Queues served (overflow rings included), highest priority first (ties keep the listed order). */
  queues: Int32Array;
  priorities: Int32Array;
}

interface ShiftModel {
  spec: ShiftSpec;
  agents: number[];
}

export class Simulation implements OrganisationHost {
  /** The scenario as given, and compiled (structures applied): the one the run follows, which a live structure change replaces. */
  private input: Scenario;
  private compiled: Scenario;
  readonly seed: string;
  readonly replication: number;

  private readonly calendar = new EventQueue(4096);
  private readonly trace: Tracer | undefined;
  private readonly intervalSeconds: number;
  private readonly warmupAt: number;
  private readonly horizonAt: number;
  private readonly arrivalLimit: number;
  private readonly drain: boolean;

  private readonly arrivals: Arrivals;
  private readonly callTypes: CallTypeModel[];
  private groups: GroupModel[] = [];
  readonly queueIds: readonly string[];
  readonly groupIds: readonly string[];
  /** Per queue: the groups that serve it. */
  private queueGroups: Int32Array[] = [];
  private readonly queues: CallQueue[];
  readonly agents: AgentPool;
  readonly stats: EngineStats;
  private readonly ivr: IvrMenu | null;
  private readonly shifts: ShiftModel[];
  /** The shift each scheduled agent works. */
  private readonly agentShift: (ShiftSpec | undefined)[] = [];
  private readonly absenceRng: Rng;
  /** Per (group, queue): proficiency, dividing talk time. */
  private proficiency: Float64Array = new Float64Array(0);
  private mostProficientFirst: boolean;
  /** Per group: the learning curve's starting efficiency and the calls that close half the gap (Infinity: none). */
  private learningStart: Float64Array = new Float64Array(0);
  private learningHalfwayCalls: Float64Array = new Float64Array(0);
  private readonly departmentQueues: Map<string, number[]>;
  /** Per overflow ring (index ≥ queue count): the groups that read it. */
  private overflowGroups: Record<number, number[]> = {};

  /** The calls in the system. */
  private readonly calls = new CallPool();

  /** Cumulative counts since the start of the run, warm-up included (the live floor animates their changes). */
  readonly flows: FlowCounters = {
    arrived: 0,
    blocked: 0,
    transferred: 0,
    routed: 0,
    leftIvr: 0,
    answered: 0,
    abandoned: 0,
    completed: 0,
  };
  /** New customers (first contacts), which a calls horizon counts. */
  private customers = 0;
  private readonly trunkLines: number;
  /** Callers holding a line: in the IVR, waiting, or talking (a transferred caller keeps the line). */
  private linesInUse = 0;
  // Future contacts (retrials and repeat calls) waiting for their time.
  private futureType = new Int32Array(16);
  private futureCustomer = new Float64Array(16);
  private futureContact = new Int32Array(16);
  private futureRetrial = new Uint8Array(16);
  private futureFree: number[] = [];
  private futureCount = 0;
  // Warm transfers: the call an agent holds for, and when the hold or the conference ends.
  private agentWarmDeadline: Float64Array = new Float64Array(64);
  private agentConferenceEndAt: Float64Array = new Float64Array(64);
  private agentHoldSince: Float64Array = new Float64Array(64);
  /** The transfer leg an agent holds for (valid while agentWarmDeadline > 0). */
  private agentWarmLeg: Int32Array = new Int32Array(64);
  /** An IVR outage lasts until this instant; during it, callers skip the IVR or (ivrDownBusy) are refused. */
  private ivrDownUntil = -Infinity;
  /** A system slowdown (e.g. a CRM outage): calls answered before `slowdownUntil` talk `slowdownFactor` × longer. */
  private slowdownUntil = -Infinity;
  private slowdownFactor = 1;
  private ivrDownBusy = false;
  /** The rule by which nextCallFor found its call (queue priority, or an overflow ring). */
  private lastRoute = Route.Queue;
  /**
   * True when no call can ever be a retrial, a repeat contact, a transfer leg, a consult, a callback or an IVR
   * misroute (no call type or queue has those mechanisms, and there is no IVR): the call pool's per-slot flags
   * then keep their initial values for good and newContact skips resetting them. Decided once.
   */
  private readonly plainCalls: boolean;
  /** True when every agent talks at the nominal speed: proficiency 1 everywhere, no learning curve, no fatigue. */
  private nominalSpeed = false;
  /** Serial numbers of calls: contacts and transfer legs, in order of creation. */
  private serials = 0;
  // Overflow: per queue, the extra queue index whose ring the overflow groups also read, and the delay.
  private readonly overflowQueue: Int32Array;
  private readonly overflowAfterSeconds: Float64Array;
  /** Per queue: the callback offer's expected-wait threshold (Infinity: no offer) and acceptance probability. */
  private readonly callbackAfterSeconds: Float64Array;
  private readonly callbackAccept: Float64Array;
  private nowAt = 0;
  private events = 0;
  private inSystem = 0;
  private arrivalsOpen = true;
  /** Call types with a valid EventKind.Arrival event in the calendar. */
  private pendingArrivals = 0;
  private finished = false;

  /** How the floor is organised over time (null when the scenario uses none of it), and who carries it out. */
  organisation: Organisation | null = null;
  private orgRunner: OrganisationRunner | null = null;

  constructor(input: Scenario, options: SimulationOptions = {}) {
    // Structures compile into the plain model first (pooling, span of control, knowledge sharing).
    const scenario = applyStructures(input);
    this.input = input;
    this.compiled = scenario;
    this.seed = String(options.seed ?? scenario.seed);
    this.replication = options.replication ?? 0;
    this.trace = options.trace;
    this.intervalSeconds = scenario.intervalMinutes * 60;
    this.warmupAt = scenario.warmupSeconds ?? 0;
    const horizon = scenario.horizon;
    this.horizonAt = horizon.kind === 'duration' ? horizon.seconds : Infinity;
    this.arrivalLimit = horizon.kind === 'calls' ? horizon.count : Infinity;
    this.drain = horizon.drain ?? true;

    const stream = (name: string): Rng => createStream(this.seed, this.replication, name);
    this.queueIds = scenario.queues.map((q) => q.id);
    this.groupIds = scenario.agentGroups.map((g) => g.id);
    const queueIndex = new Map(this.queueIds.map((id, i) => [id, i]));

    this.arrivals = new Arrivals(scenario.callTypes, stream, {
      intervalSeconds: this.intervalSeconds,
      horizonAt: this.horizonAt,
      busynessCv: scenario.busyness?.cv ?? 0,
    });
    this.ivr = scenario.ivr ? new IvrMenu(scenario.ivr.nodes, this.queueIds.length) : null;
    this.callTypes = scenario.callTypes.map((ct) => buildCallTypeModel(ct, scenario, queueIndex, this.ivr, stream));
    this.queues = this.queueIds.map(() => new CallQueue());
    const nQ = this.queueIds.length;
    this.plainCalls =
      scenario.ivr === undefined &&
      scenario.queues.every((q) => q.callback === undefined) &&
      scenario.callTypes.every(
        (ct) =>
          ct.retrial === undefined && ct.repeat === undefined && ct.transfer === undefined && ct.consult === undefined,
      );
    this.routeGroups(scenario);
    this.mostProficientFirst = scenario.routing?.policy === 'most-proficient';
    this.trunkLines = scenario.trunkLines ?? Infinity;
    // Overflow: queue q's late callers also sit in ring nQ + r, which the overflow groups read as a queue of
    // the same priority.
    this.callbackAfterSeconds = Float64Array.from(scenario.queues, (q) => q.callback?.offerAfterSeconds ?? Infinity);
    this.callbackAccept = Float64Array.from(scenario.queues, (q) => q.callback?.acceptProbability ?? 0);
    this.overflowQueue = new Int32Array(nQ).fill(-1);
    this.overflowAfterSeconds = new Float64Array(nQ);
    (scenario.routing?.overflow ?? []).forEach((rule, r) => {
      const q = queueIndex.get(rule.queue) as number;
      this.overflowQueue[q] = nQ + r;
      this.overflowAfterSeconds[q] = rule.afterSeconds;
      this.queues.push(new CallQueue());
    });
    this.departmentQueues = new Map((scenario.departments ?? []).map((d) => [d.id, [] as number[]]));
    scenario.queues.forEach((q, i) => {
      if (q.department !== undefined) this.departmentQueues.get(q.department)?.push(i);
    });
    const costs = scenario.costs ?? DEFAULT_COSTS;
    this.stats = new EngineStats({
      queueCount: this.queueIds.length,
      groupCount: this.groups.length,
      hourlyCosts: scenario.agentGroups.map((g) => g.hourlyCost ?? costs.defaultHourlyCost),
      intervalSeconds: this.intervalSeconds,
      warmupAt: this.warmupAt,
      slThresholdSeconds: scenario.serviceLevel.thresholdSeconds,
      convention: scenario.serviceLevel.convention ?? 'excludeShortAbandons',
    });
    this.agents = new AgentPool(this.groups.length, this.warmupAt);
    scenario.agentGroups.forEach((g, gi) => {
      for (let k = 0; k < g.agents; k++) this.logIn(this.agents.create(gi, false), 0);
    });
    const groupIndex = new Map(this.groupIds.map((id, i) => [id, i]));
    this.absenceRng = stream('absence');
    this.organisation = Organisation.create(
      scenario,
      this.groupIds,
      this.queueIds,
      stream('organisation'),
      this.warmupAt,
    );
    this.orgRunner = this.organisation ? new OrganisationRunner(this, this.organisation) : null;
    this.shifts = (scenario.schedule ?? []).map((spec) => {
      const gi = groupIndex.get(spec.group) as number;
      const agents = Array.from({ length: spec.agents }, () => this.agents.create(gi, true));
      for (const agent of agents) this.agentShift[agent] = spec;
      return { spec, agents };
    });
    if (this.shifts.length > 0) this.onDayStart(0);
    this.orgRunner?.start();

    // Initial calendar: one pending arrival per call type, the first interval boundary, the horizon.
    this.callTypes.forEach((ct, i) => this.scheduleArrival(i, ct, 0));
    if (this.pendingArrivals === 0 && this.horizonAt === Infinity) this.arrivalsOpen = false;
    this.calendar.push(this.intervalSeconds, EventKind.IntervalEnd, 0);
    if (this.horizonAt < Infinity) this.calendar.push(this.horizonAt, EventKind.Horizon, 0);
    if (this.warmupAt > 0) this.calendar.push(this.warmupAt, EventKind.WarmupEnd, 0);
  }

  /**
   * What each group answers, from a (compiled) scenario: its queues by priority, with the overflow rings it
   * reads; the groups of each queue; proficiency and learning curves. Called again when a structure changes
   * during a run.
   */
  private routeGroups(scenario: Scenario): void {
    const queueIndex = new Map(this.queueIds.map((id, i) => [id, i]));
    const priorityOf = scenario.queues.map((q) => q.priority ?? 0);
    const nQ = this.queueIds.length;
    const groupIndex = new Map(this.groupIds.map((id, i) => [id, i]));
    const entries = scenario.agentGroups.map((g) =>
      g.queues
        .map((id, listed) => ({
          queue: queueIndex.get(id) as number,
          priority: priorityOf[queueIndex.get(id) as number] as number,
          listed,
        }))
        .sort((x, y) => y.priority - x.priority || x.listed - y.listed),
    );
    // Overflow: queue q's late callers also sit in ring nQ + r, which the overflow groups read as a queue of
    // the same priority.
    this.overflowGroups = {};
    (scenario.routing?.overflow ?? []).forEach((rule, r) => {
      const priority = priorityOf[queueIndex.get(rule.queue) as number] as number;
      for (const groupId of rule.groups) {
        const gi = groupIndex.get(groupId) as number;
        const list = entries[gi] as { queue: number; priority: number; listed: number }[];
        list.push({ queue: nQ + r, priority, listed: list.length });
        list.sort((x, y) => y.priority - x.priority || x.listed - y.listed);
        this.overflowGroups[nQ + r] = [...(this.overflowGroups[nQ + r] ?? []), gi];
      }
    });
    this.groups = scenario.agentGroups.map((g, gi) => ({
      id: g.id,
      queues: Int32Array.from(entries[gi] ?? [], (e) => e.queue),
      priorities: Int32Array.from(entries[gi] ?? [], (e) => e.priority),
    }));
    this.queueGroups = this.queueIds.map((_, q) =>
      Int32Array.from(this.groups.flatMap((g, gi) => (g.queues.includes(q) ? [gi] : []))),
    );
    this.proficiency = new Float64Array(this.groups.length * nQ).fill(1);
    scenario.agentGroups.forEach((g, gi) => {
      for (const [queue, p] of Object.entries(g.proficiency ?? {}))
        this.proficiency[gi * nQ + (queueIndex.get(queue) as number)] = p;
    });
    this.learningStart = Float64Array.from(scenario.agentGroups, (g) => g.learning?.startEfficiency ?? 1);
    this.learningHalfwayCalls = Float64Array.from(scenario.agentGroups, (g) => g.learning?.halfwayCalls ?? Infinity);
    this.nominalSpeed =
      this.proficiency.every((p) => p === 1) &&
      this.learningHalfwayCalls.every((h) => h === Infinity) &&
      scenario.fatigue === undefined;
  }

  /** The scenario the run follows now: the given one with its departments' structures applied. */
  get scenario(): Scenario {
    return this.compiled;
  }

  /**
   * Changes a department's structure from now on (a live intervention): what its groups answer (pooling),
   * knowledge sharing, peer consults, break shifting, meetings from the next day, reviews. Team-lead and
   * supervisor headcounts stay as they are (a live change hires and dismisses nobody); supervisors' cost
   * follows the new structure. Calls in progress finish as they started.
   */
  setStructure(departmentId: string, structure: StructureSpec | undefined): void {
    const departments = this.input.departments ?? [];
    const di = departments.findIndex((d) => d.id === departmentId);
    if (di < 0) throw new RangeError(`department: unknown department "${departmentId}"`);
    const t = this.nowAt;
    const changed = departments.map((d, i) => {
      if (i !== di) return d;
      const { structure: _old, ...rest } = d;
      return structure === undefined ? rest : { ...rest, structure };
    });
    if (this.organisation === null) {
      // The first structure of the run: the organisation starts now, with nothing to do until the change below.
      const org = Organisation.create(
        this.compiled,
        this.groupIds,
        this.queueIds,
        createStream(this.seed, this.replication, 'organisation'),
        this.warmupAt,
        true,
      ) as Organisation;
      org.ensureAgents(this.agents.count);
      this.organisation = org;
      this.orgRunner = new OrganisationRunner(this, org);
      this.orgRunner.start();
    }
    this.input = { ...this.input, departments: changed };
    const compiled = applyStructures(this.input);
    // Keep today's team-lead headcounts: the compiled agent counts only size groups at the start of a run.
    this.compiled = {
      ...compiled,
      agentGroups: compiled.agentGroups.map((g, gi) => ({
        ...g,
        agents: this.compiled.agentGroups[gi]?.agents ?? g.agents,
      })),
    };
    this.routeGroups(this.compiled);
    this.organisation.buildStructures(this.compiled, t);
    this.orgRunner?.structureChanged(di);
    // Idle agents of groups that now answer more queues take the callers already waiting there.
    this.groups.forEach((_, gi) => {
      for (;;) {
        const agent = this.agents.longestIdle(gi);
        if (agent < 0) break;
        const next = this.nextCallFor(gi, t);
        if (next < 0) break;
        this.agents.takeLongestIdle(gi);
        this.stats.busyChanged(gi, t, 1);
        this.answer(agent, next, t, this.lastRoute);
      }
    });
  }

  get nowSeconds(): number {
    return this.nowAt;
  }
  get eventCount(): number {
    return this.events;
  }
  get callsArrived(): number {
    return this.flows.arrived;
  }
  get isFinished(): boolean {
    return this.finished;
  }
  /** Serial number (1-based) of the call in a slot. */
  callSerialOf(slot: number): number {
    return this.calls.reals[slot * CallReal.Stride + CallReal.Serial] as number;
  }

  /**
   * Writes the path of the call in `slot` at out[offset..offset+4]: arrival instant, seconds in the IVR, queue
   * index, seconds waited before an agent answered, and flags (1 misrouted, 2 transferred in, 4 callback,
   * 8 repeat contact, 16 retrial). See FloorSnapshot.agentCallPath.
   */
  writeCallPath(slot: number, out: Float64Array, offset: number): void {
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    const i = slot * CallInt.Stride;
    const r = slot * CallReal.Stride;
    const transferLeg = ints[i + CallInt.TransferredIn] === 1;
    const usedIvr = !transferLeg && (this.callTypes[ints[i + CallInt.Type] as number] as CallTypeModel).ivrEntry >= 0;
    const arrivedAt = reals[r + CallReal.ArrivedAt] as number;
    const queuedAt = reals[r + CallReal.QueuedAt] as number;
    out[offset] = arrivedAt;
    out[offset + 1] = usedIvr ? queuedAt - arrivedAt : 0;
    out[offset + 2] = ints[i + CallInt.Queue] as number;
    out[offset + 3] = (reals[r + CallReal.AnsweredAt] as number) - queuedAt;
    out[offset + 4] =
      (ints[i + CallInt.Misrouted] === 1 && !transferLeg ? 1 : 0) |
      (transferLeg ? 2 : 0) |
      (ints[i + CallInt.Callback] === 1 ? 4 : 0) |
      ((ints[i + CallInt.Contact] as number) > 1 ? 8 : 0) |
      (ints[i + CallInt.Retrial] === 1 ? 16 : 0);
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
        case EventKind.Arrival:
          this.onArrival(calendar.a, t);
          break;
        case EventKind.Abandon:
          this.onAbandon(calendar.a, t);
          break;
        case EventKind.TalkEnd:
          this.onTalkEnd(calendar.a, t);
          break;
        case EventKind.WrapEnd:
          this.completeCall(calendar.a, t);
          break;
        case EventKind.IntervalEnd:
          this.stats.endInterval(t);
          this.calendar.push(t + this.intervalSeconds, EventKind.IntervalEnd, 0);
          break;
        case EventKind.Horizon:
          this.arrivalsOpen = false;
          break;
        case EventKind.WarmupEnd:
          this.stats.levelsObserved();
          break;
        case EventKind.SurgeEnd:
          this.onSurgeEnd(calendar.a, t);
          break;
        case EventKind.DayStart:
          this.onDayStart(calendar.a);
          break;
        case EventKind.ShiftStart:
          this.onShiftStart(calendar.a, t);
          break;
        case EventKind.ShiftEnd:
          this.onShiftEnd(calendar.a, t);
          break;
        case EventKind.BreakStart:
          this.onAwayStart(calendar.a, t, SCHEDULED_BREAK, BREAK);
          break;
        case EventKind.ActivityStart:
          this.onAwayStart(calendar.a, t, SCHEDULED_ACTIVITY, OFF_PHONE);
          break;
        case EventKind.AwayEnd:
          this.onAwayEnd(calendar.a, t);
          break;
        case EventKind.IvrEnd:
          this.onIvrEnd(calendar.a, t);
          break;
        case EventKind.FutureContact:
          this.onFutureContact(calendar.a, t);
          break;
        case EventKind.WarmTimeout:
          if (this.agentWarmDeadline[calendar.a] === t) this.abandonWarmHold(calendar.a, t);
          break;
        case EventKind.ConferenceEnd:
          if (this.agentConferenceEndAt[calendar.a] === t) this.endWarmHold(calendar.a, t);
          break;
        case EventKind.Overflow:
          this.onOverflow(calendar.a, t);
          break;
        case EventKind.ConsultEnd:
          this.onConsultEnd(calendar.a, t);
          break;
        case EventKind.Org:
          (this.orgRunner as OrganisationRunner).onEvent(calendar.a, t);
          break;
        case EventKind.PeerEnd:
          this.onPeerConsultEnd(calendar.a, t);
          break;
        default:
          throw new Error(`unknown event kind ${calendar.kind}`);
      }
      // Once arrivals have stopped, a draining run ends when the last caller leaves, or when nothing is left
      // that could ever serve the callers still waiting (only the interval tick remains); otherwise at once.
      if (!this.arrivalsOpen && !this.finished && (this.inSystem === 0 || !this.drain || calendar.size <= 1))
        this.finish(t);
    }
    return false;
  }

  // ---- Arrivals -------------------------------------------------------------------------------------------

  /** Schedules the next arrival of a call type after `fromAt`, unless it would fall past the horizon. */
  private scheduleArrival(typeIndex: number, ct: CallTypeModel, fromAt: number): void {
    const at = this.arrivals.next(typeIndex, fromAt);
    if (at < this.horizonAt) {
      this.calendar.push(at, EventKind.Arrival, typeIndex);
      ct.pendingAt = at;
      this.pendingArrivals++;
    } else {
      ct.pendingAt = Infinity;
    }
  }

  private onArrival(typeIndex: number, t: number): void {
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    if (!this.arrivalsOpen || t !== ct.pendingAt) return; // arrivals closed, or re-drawn by a surge
    this.customers++;
    this.pendingArrivals--;
    if (this.customers >= this.arrivalLimit) {
      this.arrivalsOpen = false;
    } else {
      this.scheduleArrival(typeIndex, ct, t);
      // A calls horizon that the arrival processes can no longer reach (scripts exhausted) ends arrivals here.
      if (this.pendingArrivals === 0 && this.horizonAt === Infinity) this.arrivalsOpen = false;
    }
    this.newContact(typeIndex, t, 0, 1, false);
  }

  /**
   * A contact arrives: a new customer (customer 0: numbered now), a retrial or a repeat contact. It gets a
   * busy signal if every trunk line is in use; otherwise it enters the IVR or its queue.
   */
  private newContact(typeIndex: number, t: number, customer: number, contact: number, retrial: boolean): void {
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    this.flows.arrived++;
    const serial = ++this.serials;
    const ivrDown = ct.ivrEntry >= 0 && t < this.ivrDownUntil;
    // Every attribute is drawn now, in arrival order, whatever happens to the call: common random numbers.
    // (The commonest distribution is drawn inline, as its sampler would: no closure call per call.)
    const talkSeconds =
      ct.talkExponentialMean > 0 ? -Math.log(1 - ct.serviceRng()) * ct.talkExponentialMean : ct.talk(ct.serviceRng);
    const wrapSeconds = ct.wrap === null ? 0 : ct.wrap(ct.serviceRng);
    const patienceSeconds =
      ct.patienceExponentialMean > 0
        ? -Math.log(1 - ct.patienceRng()) * ct.patienceExponentialMean
        : ct.patience === null
          ? Infinity
          : ct.patience(ct.patienceRng);
    // So are the decisions taken while the call is handled (see CallPool.consultU), when the type has any.
    const decides = ct.takesDecisions;
    const outcome = ct.outcomeRng;
    const consultU = decides ? outcome() : 1;
    const transferU = decides ? outcome() : 1;
    const resolveU = decides ? outcome() : 1;
    const callbackU = decides ? outcome() : 1;
    // And the IVR walk, even for a caller who then gets a busy signal or finds the IVR down.
    const ivr = this.ivr;
    if (ct.ivrEntry >= 0) (ivr as IvrMenu).walk(ct.ivrEntry, ct.queue, ct.ivrRng);
    if (this.linesInUse >= this.trunkLines || (ivrDown && this.ivrDownBusy)) {
      const row = this.stats.arrivalRow(ct.queue, t);
      if (row >= 0) this.stats.blocked(row);
      this.flows.blocked++;
      this.maybeRetry(typeIndex, t, customer === 0 ? serial : customer, contact);
      return;
    }
    this.linesInUse++;
    const slot = this.allocateCall();
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    const i = slot * CallInt.Stride;
    const r = slot * CallReal.Stride;
    ints[i + CallInt.Type] = typeIndex;
    ints[i + CallInt.Queue] = ct.queue;
    ints[i + CallInt.StatsRow] = -1;
    reals[r + CallReal.ArrivedAt] = t;
    reals[r + CallReal.TalkSeconds] = talkSeconds;
    reals[r + CallReal.WrapSeconds] = wrapSeconds;
    reals[r + CallReal.PatienceSeconds] = patienceSeconds;
    reals[r + CallReal.Serial] = serial;
    if (!this.plainCalls) {
      // A plain call's flags keep the values the pool gave the slot (see plainCalls): nothing to reset.
      reals[r + CallReal.Customer] = customer === 0 ? serial : customer;
      ints[i + CallInt.Contact] = contact;
      ints[i + CallInt.Retrial] = retrial ? 1 : 0;
      ints[i + CallInt.TransferredIn] = 0;
      ints[i + CallInt.TransferredOut] = 0;
      ints[i + CallInt.HoldingAgent] = -1;
      ints[i + CallInt.Callback] = 0;
      ints[i + CallInt.Consulted] = 0;
      ints[i + CallInt.Misrouted] = 0;
    }
    if (decides) {
      // Read only for a type that takes decisions (CallTypeModel.takesDecisions): skipped otherwise.
      this.calls.consultU[slot] = consultU;
      this.calls.transferU[slot] = transferU;
      this.calls.resolveU[slot] = resolveU;
      this.calls.callbackU[slot] = callbackU;
    }
    this.inSystem++;
    if (this.trace) this.emit('arrived', t, slot);
    if (ivr !== null && ct.ivrEntry >= 0 && !ivrDown) {
      ints[i + CallInt.IvrOutcome] = ivr.outcome;
      ints[i + CallInt.Misrouted] = ivr.misrouted ? 1 : 0;
      if (ivr.outcome === IVR_ROUTED) ints[i + CallInt.Queue] = ivr.queue;
      this.schedule(t + ivr.seconds, EventKind.IvrEnd, slot);
      return;
    }
    this.enterQueue(slot, t);
  }

  /** Schedules an event about a call slot; the slot is not reused until every such event has fired. */
  private schedule(at: number, kind: number, slot: number): void {
    this.calendar.push(at, kind, slot);
    this.calls.ints[slot * CallInt.Stride + CallInt.EventsPending]!++;
  }

  /** After an abandon or a busy signal, the caller may try again later (while arrivals go on). */
  private maybeRetry(typeIndex: number, t: number, customer: number, contact: number): void {
    const retrial = (this.callTypes[typeIndex] as CallTypeModel).retrial;
    if (retrial === null) return;
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    if (ct.outcomeRng() >= retrial.probability) return;
    this.scheduleFutureContact(typeIndex, t + retrial.delay(ct.outcomeRng), customer, contact, true);
  }

  private scheduleFutureContact(
    typeIndex: number,
    at: number,
    customer: number,
    contact: number,
    retrial: boolean,
  ): void {
    if (at >= this.horizonAt || !this.arrivalsOpen) return; // contacts after arrivals stop are not simulated
    let i = this.futureFree.pop();
    if (i === undefined) {
      i = this.futureCount++;
      if (i === this.futureType.length) {
        const n = i * 2;
        this.futureType = grownTo(this.futureType, n);
        this.futureCustomer = grownTo(this.futureCustomer, n);
        this.futureContact = grownTo(this.futureContact, n);
        this.futureRetrial = grownTo(this.futureRetrial, n);
      }
    }
    this.futureType[i] = typeIndex;
    this.futureCustomer[i] = customer;
    this.futureContact[i] = contact;
    this.futureRetrial[i] = retrial ? 1 : 0;
    this.calendar.push(at, EventKind.FutureContact, i);
  }

  private onFutureContact(i: number, t: number): void {
    this.futureFree.push(i);
    if (!this.arrivalsOpen) return;
    this.newContact(
      this.futureType[i] as number,
      t,
      this.futureCustomer[i] as number,
      this.futureContact[i] as number,
      this.futureRetrial[i] === 1,
    );
  }

  /** A caller leaves the IVR: contained or hung up (the call ends), or on to a queue. */
  private onIvrEnd(slot: number, t: number): void {
    this.calls.eventFired(slot); // the call is still live: this never frees the slot
    const outcome = this.calls.ints[slot * CallInt.Stride + CallInt.IvrOutcome] as number;
    const arrivedAt = this.calls.reals[slot * CallReal.Stride + CallReal.ArrivedAt] as number;
    if (arrivedAt >= this.warmupAt)
      this.stats.ivrLeft(
        outcome === IVR_ROUTED ? 'routed' : outcome === IVR_CONTAINED ? 'contained' : 'hung-up',
        this.calls.ints[slot * CallInt.Stride + CallInt.Misrouted] === 1,
        t - arrivedAt,
      );
    if (outcome === IVR_ROUTED) {
      if (this.trace) this.emit('routed', t, slot);
      this.enterQueue(slot, t);
      return;
    }
    this.flows.leftIvr++;
    this.linesInUse--;
    if (this.trace) this.emit('left-ivr', t, slot);
    this.releaseCall(slot);
  }

  /** The caller reaches its queue: an idle agent answers at once, or the caller waits (and may abandon). */
  private enterQueue(slot: number, t: number): void {
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    const i = slot * CallInt.Stride;
    const r = slot * CallReal.Stride;
    const q = ints[i + CallInt.Queue] as number;
    // Calls count from their arrival in the centre (after the warm-up), in the interval they reach the queue.
    const row = (reals[r + CallReal.ArrivedAt] as number) >= this.warmupAt ? this.stats.arrivalRow(q, t) : -1;
    reals[r + CallReal.QueuedAt] = t;
    ints[i + CallInt.StatsRow] = row;
    if (row >= 0) {
      this.stats.offered(row);
      if (ints[i + CallInt.TransferredIn] === 1) this.stats.count(row, F.TRANSFERRED_IN);
      else {
        if ((ints[i + CallInt.Contact] as number) > 1) this.stats.count(row, F.REPEAT_CONTACTS);
        if (ints[i + CallInt.Retrial] === 1) this.stats.count(row, F.RETRIALS);
      }
    }
    this.flows.routed++;
    const agent = this.findIdleAgent(q);
    if (agent >= 0) {
      const gi = this.agents.group[agent] as number;
      this.agents.takeLongestIdle(gi);
      this.stats.busyChanged(gi, t, 1);
      this.answer(agent, slot, t, Route.IdleAgent);
      return;
    }
    const tookCallback = this.offerCallback(slot, q, t, row);
    this.stats.queueJoined(q, t);
    ints[i + CallInt.Waiting] = 1;
    (this.queues[q] as CallQueue).push(slot, ints[i + CallInt.Gen] as number);
    const patienceSeconds = reals[r + CallReal.PatienceSeconds] as number;
    if (patienceSeconds < Infinity && !tookCallback) this.schedule(t + patienceSeconds, EventKind.Abandon, slot);
    if (this.overflowQueue[q]! >= 0)
      this.schedule(t + (this.overflowAfterSeconds[q] as number), EventKind.Overflow, slot);
  }

  /**
   * Offers a callback when the expected wait — the callers ahead plus this one, times the nominal handle time,
   * shared among the available agents (logged in, not on a break) who serve the queue — exceeds the queue's
   * threshold. A caller who
   * accepts frees the line and will not abandon. Returns true if the caller took the callback.
   */
  private offerCallback(slot: number, q: number, t: number, row: number): boolean {
    const threshold = this.callbackAfterSeconds[q] as number;
    if (threshold === Infinity || this.calls.ints[slot * CallInt.Stride + CallInt.TransferredIn] === 1) return false;
    const ct = this.callTypes[this.calls.ints[slot * CallInt.Stride + CallInt.Type] as number] as CallTypeModel;
    let serving = 0;
    for (const gi of this.queueGroups[q] as Int32Array) serving += this.stats.available[gi] as number;
    const expectedWaitSeconds =
      serving > 0 ? (((this.stats.waiting[q] as number) + 1) * ct.meanHandleSeconds) / serving : Infinity;
    if (expectedWaitSeconds <= threshold) return false;
    if (row >= 0) this.stats.count(row, F.CALLBACKS_OFFERED);
    if ((this.calls.callbackU[slot] as number) >= (this.callbackAccept[q] as number)) return false;
    if (row >= 0) this.stats.count(row, F.CALLBACKS_ACCEPTED);
    this.calls.ints[slot * CallInt.Stride + CallInt.Callback] = 1;
    this.linesInUse--;
    return true;
  }

  /** A caller has waited the overflow delay: the overflow groups may take the call too. */
  private onOverflow(slot: number, t: number): void {
    this.calls.eventFired(slot);
    if (this.calls.ints[slot * CallInt.Stride + CallInt.Waiting] !== 1) return; // answered (or gone) meanwhile
    const q = this.calls.ints[slot * CallInt.Stride + CallInt.Queue] as number;
    const ring = this.overflowQueue[q] as number;
    const idleSince = this.agents.idleSince;
    let best = -1;
    for (const gi of this.overflowGroups[ring] ?? []) {
      const agent = this.agents.longestIdle(gi);
      if (agent >= 0 && (best < 0 || (idleSince[agent] as number) < (idleSince[best] as number))) best = agent;
    }
    if (best < 0) {
      (this.queues[ring] as CallQueue).push(slot, this.calls.ints[slot * CallInt.Stride + CallInt.Gen] as number);
      return;
    }
    const gi = this.agents.group[best] as number;
    this.agents.takeLongestIdle(gi);
    this.stats.queueLeft(q, t);
    this.calls.ints[slot * CallInt.Stride + CallInt.Waiting] = 0; // its entry in the queue's own ring is now stale
    this.stats.busyChanged(gi, t, 1);
    this.answer(best, slot, t, Route.Overflow);
  }

  /**
   * A caller's patience ran out. A slot is never reused while its abandonment is pending, so the event always
   * refers to the caller it was scheduled for; if that caller was answered meanwhile, nothing happens beyond
   * freeing the slot once the call is over.
   */
  private onAbandon(slot: number, t: number): void {
    this.calls.eventFired(slot);
    const ints = this.calls.ints;
    const i = slot * CallInt.Stride;
    if (ints[i + CallInt.Waiting] !== 1) return; // answered (or gone) meanwhile
    this.stats.queueLeft(ints[i + CallInt.Queue] as number, t);
    const waitSeconds = t - (this.calls.reals[slot * CallReal.Stride + CallReal.QueuedAt] as number);
    const row = ints[i + CallInt.StatsRow] as number;
    if (row >= 0) this.stats.abandoned(row, waitSeconds);
    this.flows.abandoned++;
    this.linesInUse--;
    // A warm-transfer leg that abandons releases the agent who was holding for it.
    const holder = ints[i + CallInt.HoldingAgent] as number;
    if (holder >= 0) {
      ints[i + CallInt.HoldingAgent] = -1;
      if ((this.agentWarmDeadline[holder] as number) > 0) this.endWarmHold(holder, t);
    }
    if (this.trace) this.emit('abandoned', t, slot, -1, waitSeconds);
    const typeIndex = ints[i + CallInt.Type] as number;
    const customer = this.calls.reals[slot * CallReal.Stride + CallReal.Customer] as number;
    const contact = ints[i + CallInt.Contact] as number;
    const wasTransferLeg = ints[i + CallInt.TransferredIn] === 1;
    this.releaseCall(slot);
    if (!wasTransferLeg) this.maybeRetry(typeIndex, t, customer, contact);
  }

  // ---- Agents ---------------------------------------------------------------------------------------------

  /**
   * The agent who takes a new call of queue q among the groups that serve it: the longest idle, or with the
   * most-proficient policy the longest idle of the most proficient group. -1 if nobody is idle.
   */
  private findIdleAgent(q: number): number {
    const groups = this.queueGroups[q] as Int32Array;
    const idleSince = this.agents.idleSince;
    const nQ = this.queueIds.length;
    let best = -1;
    let bestSince = Infinity;
    let bestProficiency = -Infinity;
    for (let i = 0; i < groups.length; i++) {
      const gi = groups[i] as number;
      const agent = this.agents.longestIdle(gi);
      if (agent < 0) continue;
      const since = idleSince[agent] as number;
      if (this.mostProficientFirst) {
        const p = this.proficiency[gi * nQ + q] as number;
        if (p < bestProficiency || (p === bestProficiency && since >= bestSince)) continue;
        bestProficiency = p;
      } else if (since >= bestSince) continue;
      best = agent;
      bestSince = since;
    }
    return best;
  }

  private answer(agent: number, slot: number, t: number, route: number): void {
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    const i = slot * CallInt.Stride;
    const r = slot * CallReal.Stride;
    const waitSeconds = t - (reals[r + CallReal.QueuedAt] as number);
    reals[r + CallReal.AnsweredAt] = t;
    const agents = this.agents;
    const gi = agents.group[agent] as number;
    agents.call[agent] = slot;
    agents.setState(agent, TALKING, t);
    // The talk time drawn at arrival is the nominal agent's; this agent's proficiency (with the learning
    // curve, as of the calls answered before this one) scales it.
    let talkSeconds = reals[r + CallReal.TalkSeconds] as number;
    if (!this.nominalSpeed) {
      talkSeconds /= this.proficiencyFor(agent, slot);
      reals[r + CallReal.TalkSeconds] = talkSeconds;
    }
    if (t < this.slowdownUntil) reals[r + CallReal.TalkSeconds] = talkSeconds *= this.slowdownFactor;
    agents.answered[agent]!++;
    const row = ints[i + CallInt.StatsRow] as number;
    if (row >= 0) this.stats.answered(row, gi, waitSeconds);
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
    if (this.trace) this.emit('answered', t, slot, agent, waitSeconds, route);
    this.calendar.push(t + talkSeconds, EventKind.TalkEnd, agent);
  }

  private onTalkEnd(agent: number, t: number): void {
    const slot = this.agents.call[agent] as number;
    if (this.trace) this.emit('talk-ended', t, slot, agent);
    const ct = this.callTypes[this.calls.ints[slot * CallInt.Stride + CallInt.Type] as number] as CallTypeModel;
    const consult = ct.consult;
    if (consult !== null && this.calls.ints[slot * CallInt.Stride + CallInt.Consulted] === 0) {
      const p = Math.min(1, consult.probability / this.proficiencyFor(agent, slot));
      if ((this.calls.consultU[slot] as number) < p) {
        this.calls.ints[slot * CallInt.Stride + CallInt.Consulted] = 1;
        this.ensureAgentArrays();
        this.agents.setState(agent, HOLD, t);
        this.agentHoldSince[agent] = t;
        this.calendar.push(t + consult.duration(ct.outcomeRng), EventKind.ConsultEnd, agent);
        return;
      }
    }
    this.afterTalk(agent, slot, t, ct);
  }

  /** The consult is over: its hold time counts in the call's handle time; the call goes on as after talk. */
  private onConsultEnd(agent: number, t: number): void {
    const slot = this.agents.call[agent] as number;
    const row = this.calls.ints[slot * CallInt.Stride + CallInt.StatsRow] as number;
    if (row >= 0) {
      this.stats.held(row, t - (this.agentHoldSince[agent] as number));
      this.stats.count(row, F.CONSULTS);
    }
    this.agents.setState(agent, TALKING, t);
    this.afterTalk(
      agent,
      slot,
      t,
      this.callTypes[this.calls.ints[slot * CallInt.Stride + CallInt.Type] as number] as CallTypeModel,
    );
  }

  /**
   * The agent's proficiency for the call's queue: the group's, times the learning curve's efficiency after the
   * calls the agent has answered (1 without a learning curve).
   */
  private proficiencyFor(agent: number, slot: number): number {
    const gi = this.agents.group[agent] as number;
    let p = this.proficiency[
      gi * this.queueIds.length + (this.calls.ints[slot * CallInt.Stride + CallInt.Queue] as number)
    ] as number;
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

  /**
   * Self-managed: before escalating, the agent consults an idle peer of its department (both busy, the caller
   * on hold). Returns false, and the call is escalated at once, when nobody is idle.
   */
  private startPeerConsult(agent: number, t: number): boolean {
    const org = this.organisation as Organisation;
    const agents = this.agents;
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
    const peer = agents.longestIdle(peerGroup);
    agents.takeLongestIdle(peerGroup);
    agents.setState(peer, HOLD, t);
    this.stats.busyChanged(peerGroup, t, 1);
    org.ensureAgents(agents.count);
    org.peer[agent] = peer;
    this.ensureAgentArrays();
    agents.setState(agent, HOLD, t);
    this.agentHoldSince[agent] = t;
    if (counted) org.counts.peerConsults++;
    this.calendar.push(t + consult.duration(org.rng), EventKind.PeerEnd, agent);
    return true;
  }

  /** The peer consult is over: the peer is free; the two resolved the call, or it is escalated after all. */
  private onPeerConsultEnd(agent: number, t: number): void {
    const org = this.organisation as Organisation;
    const agents = this.agents;
    const slot = agents.call[agent] as number;
    const row = this.calls.ints[slot * CallInt.Stride + CallInt.StatsRow] as number;
    if (row >= 0) this.stats.held(row, t - (this.agentHoldSince[agent] as number));
    this.agentFreed(org.peer[agent] as number, t);
    agents.setState(agent, TALKING, t);
    const consult = org.peerConsultFor(agents.group[agent] as number);
    if (consult !== undefined && org.rng() < consult.resolveProbability) {
      if (row >= 0) org.counts.peerConsultsResolved++;
      this.linesInUse--; // the caller hangs up, helped
      this.startWrap(agent, slot, t);
      return;
    }
    this.transferCall(
      agent,
      slot,
      t,
      this.callTypes[this.calls.ints[slot * CallInt.Stride + CallInt.Type] as number] as CallTypeModel,
    );
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
        if (!(transfer.escalation && this.orgRunner !== null && this.startPeerConsult(agent, t)))
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
      this.agents.setState(agent, WRAP_UP, t);
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
    const row = this.calls.ints[slot * CallInt.Stride + CallInt.StatsRow] as number;
    if (row >= 0) {
      this.stats.count(row, F.TRANSFERRED_OUT);
      if (transfer.escalation) this.stats.count(row, F.ESCALATED);
      // A transferred first contact is not resolved on first contact.
      if (this.calls.ints[slot * CallInt.Stride + CallInt.Contact] === 1) this.stats.count(row, F.FIRST_CONTACTS);
    }
    this.calls.ints[slot * CallInt.Stride + CallInt.TransferredOut] = 1;
    this.flows.transferred++;
    const next = this.allocateCall();
    this.calls.ints[next * CallInt.Stride + CallInt.Type] = this.calls.ints[
      slot * CallInt.Stride + CallInt.Type
    ] as number;
    this.calls.ints[next * CallInt.Stride + CallInt.Queue] = transfer.queue;
    this.calls.reals[next * CallReal.Stride + CallReal.ArrivedAt] = this.calls.reals[
      slot * CallReal.Stride + CallReal.ArrivedAt
    ] as number;
    const conference = transfer.warm && transfer.conference ? transfer.conference(ct.outcomeRng) : 0;
    this.calls.reals[next * CallReal.Stride + CallReal.TalkSeconds] = transfer.talk(ct.outcomeRng) + conference;
    this.calls.conferenceSeconds[next] = conference;
    this.calls.reals[next * CallReal.Stride + CallReal.WrapSeconds] = this.calls.reals[
      slot * CallReal.Stride + CallReal.WrapSeconds
    ] as number;
    // The caller waits again in the target queue, with a fresh patience of the call type.
    this.calls.reals[next * CallReal.Stride + CallReal.PatienceSeconds] =
      ct.patience === null ? Infinity : ct.patience(ct.patienceRng);
    this.calls.ints[next * CallInt.Stride + CallInt.StatsRow] = -1;
    this.calls.reals[next * CallReal.Stride + CallReal.Serial] = ++this.serials;
    this.calls.reals[next * CallReal.Stride + CallReal.Customer] = this.calls.reals[
      slot * CallReal.Stride + CallReal.Customer
    ] as number;
    this.calls.ints[next * CallInt.Stride + CallInt.Contact] = this.calls.ints[
      slot * CallInt.Stride + CallInt.Contact
    ] as number;
    this.calls.ints[next * CallInt.Stride + CallInt.Retrial] = 0;
    this.calls.ints[next * CallInt.Stride + CallInt.TransferredIn] = 1;
    this.calls.ints[next * CallInt.Stride + CallInt.TransferredOut] = 0;
    this.calls.ints[next * CallInt.Stride + CallInt.HoldingAgent] = -1;
    this.calls.ints[next * CallInt.Stride + CallInt.Callback] = 0;
    this.calls.ints[next * CallInt.Stride + CallInt.Consulted] = 0;
    // The transfer leg's own decisions (its consult and its resolution at the target).
    this.calls.consultU[next] = ct.outcomeRng();
    this.calls.transferU[next] = 1; // a call is transferred at most once
    this.calls.resolveU[next] = ct.outcomeRng();
    this.calls.callbackU[next] = 1;
    this.inSystem++;
    if (this.trace) this.emit('transferred', t, next, agent);
    if (transfer.warm) {
      this.ensureAgentArrays();
      this.agents.setState(agent, HOLD, t);
      this.agentHoldSince[agent] = t;
      this.calls.ints[next * CallInt.Stride + CallInt.HoldingAgent] = agent;
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
   * with no conference to come) and goes on to after-call work.
   */
  private abandonWarmHold(agent: number, t: number): void {
    const leg = this.agentWarmLeg[agent] as number;
    this.calls.ints[leg * CallInt.Stride + CallInt.HoldingAgent] = -1;
    this.calls.reals[leg * CallReal.Stride + CallReal.TalkSeconds]! -= this.calls.conferenceSeconds[leg] as number;
    this.calls.conferenceSeconds[leg] = 0;
    this.endWarmHold(agent, t);
  }

  /** The agent's warm transfer is over (conference done, or held too long): on to after-call work. */
  private endWarmHold(agent: number, t: number): void {
    this.agentWarmDeadline[agent] = 0;
    this.agentConferenceEndAt[agent] = 0;
    const slot = this.agents.call[agent] as number;
    const row = this.calls.ints[slot * CallInt.Stride + CallInt.StatsRow] as number;
    if (row >= 0) this.stats.held(row, t - (this.agentHoldSince[agent] as number));
    this.startWrap(agent, slot, t);
  }

  /**
   * The agent has finished talk and after-call work: the call ends, and the agent goes on a break, an activity
   * or home if one is due, or else takes the next call.
   */
  private completeCall(agent: number, t: number): void {
    const agents = this.agents;
    const slot = agents.call[agent] as number;
    const ints = this.calls.ints;
    const i = slot * CallInt.Stride;
    const row = ints[i + CallInt.StatsRow] as number;
    if (row >= 0) {
      const reals = this.calls.reals;
      const r = slot * CallReal.Stride;
      this.stats.handled(row, reals[r + CallReal.TalkSeconds] as number, reals[r + CallReal.WrapSeconds] as number);
    }
    if (ints[i + CallInt.TransferredOut] === 0) this.resolve(agent, slot, t, row);
    this.flows.completed++;
    if (this.trace) this.emit('completed', t, slot, agent);
    agents.call[agent] = -1;
    this.releaseCall(slot);
    this.agentFreed(agent, t);
  }

  /**
   * A busy agent (after a call, or a peer after helping a colleague) is free: a pending break, activity or
   * log-out comes first, then an organisation session that is due (QA feedback, a meeting), then the next call.
   */
  private agentFreed(agent: number, t: number): void {
    const agents = this.agents;
    const gi = agents.group[agent] as number;
    const pending = agents.pending[agent] as number;
    if (pending !== 0) {
      this.stats.busyChanged(gi, t, -1);
      agents.pending[agent] = 0;
      if (pending === LOGGED_OUT) this.logOut(agent, t);
      else agents.setState(agent, pending, t);
      this.refreshWorkforce(agent, t);
      return;
    }
    if (this.orgRunner !== null && this.orgRunner.takesFreedAgent(agent, t)) return;
    const next = this.nextCallFor(gi, t);
    if (next >= 0) {
      this.answer(agent, next, t, this.lastRoute);
      return;
    }
    this.stats.busyChanged(gi, t, -1);
    agents.becomeIdle(agent, t);
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
    if (!resolved && ct.repeat !== null && ct.outcomeRng() < ct.repeat.probability)
      this.scheduleFutureContact(
        typeIndex,
        t + ct.repeat.delay(ct.outcomeRng),
        this.calls.reals[slot * CallReal.Stride + CallReal.Customer] as number,
        (ints[i + CallInt.Contact] as number) + 1,
        false,
      );
  }

  /**
   * Takes the next waiting call for an agent of group gi: the highest-priority queue with callers; among
   * queues of equal priority, the one whose head has waited longest. Returns the call slot or -1.
   */
  private nextCallFor(gi: number, t: number): number {
    const g = this.groups[gi] as GroupModel;
    const waiting = this.stats.waiting;
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    let bestQueue = -1;
    let bestSlot = -1;
    let bestPriority = 0;
    let bestArrivedAt = Infinity;
    for (let i = 0; i < g.queues.length; i++) {
      const priority = g.priorities[i] as number;
      if (bestQueue >= 0 && priority < bestPriority) break;
      const q = g.queues[i] as number;
      if (q < waiting.length && waiting[q] === 0) continue; // overflow rings (q ≥ queue count) keep no count
      const slot = (this.queues[q] as CallQueue).peekLive(ints);
      if (slot < 0) continue;
      const arrivedAt = reals[slot * CallReal.Stride + CallReal.QueuedAt] as number;
      if (arrivedAt < bestArrivedAt) {
        bestQueue = q;
        bestSlot = slot;
        bestPriority = priority;
        bestArrivedAt = arrivedAt;
      }
    }
    if (bestQueue < 0) return -1;
    (this.queues[bestQueue] as CallQueue).shift();
    this.lastRoute = bestQueue < waiting.length ? Route.Queue : Route.Overflow;
    this.stats.queueLeft(ints[bestSlot * CallInt.Stride + CallInt.Queue] as number, t);
    ints[bestSlot * CallInt.Stride + CallInt.Waiting] = 0;
    return bestSlot;
  }

  /** An agent who is logged in but not busy becomes available: straight onto a waiting call, or idle. */
  private becomeAvailable(agent: number, t: number): void {
    const gi = this.agents.group[agent] as number;
    const next = this.nextCallFor(gi, t);
    if (next >= 0) {
      this.stats.busyChanged(gi, t, 1);
      this.answer(agent, next, t, this.lastRoute);
    } else {
      this.agents.becomeIdle(agent, t);
    }
  }

  /** A logged-out agent logs in. Agents without a shift are scheduled whenever they are logged in. */
  private logIn(agent: number, t: number): void {
    const agents = this.agents;
    agents.pending[agent] = 0;
    if (agents.onShift[agent] === 0) agents.scheduled[agent] = SCHEDULED_AVAILABLE;
    this.stats.staffedChanged(agents.group[agent] as number, t, 1);
    this.becomeAvailable(agent, t);
    this.refreshWorkforce(agent, t);
  }

  /** An agent who is not busy (and out of the idle FIFO) logs out. */
  private logOut(agent: number, t: number): void {
    const agents = this.agents;
    agents.setState(agent, LOGGED_OUT, t);
    agents.pending[agent] = 0;
    if (agents.onShift[agent] === 0) agents.scheduled[agent] = SCHEDULED_OFF;
    this.stats.staffedChanged(agents.group[agent] as number, t, -1);
    this.refreshWorkforce(agent, t);
  }

  /**
   * Brings the agent's contributions to its group's scheduled, overtime, out-of-adherence and available
   * levels up to date. Called wherever the schedule or the class of state changes (never between idle, talking and
   * wrap-up, which are all "available").
   */
  private refreshWorkforce(agent: number, t: number): void {
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

  /**
   * Schedules one day of every shift: each agent of a shift shows up unless drawn absent (one draw per agent
   * per day, always made, so staffing changes elsewhere leave absences unchanged), then logs in, takes the
   * breaks and activities, and logs out. The next day follows while arrivals go on.
   */
  private onDayStart(day: number): void {
    const dayAt = day * SECONDS_PER_DAY;
    for (const shift of this.shifts) {
      const spec = shift.spec;
      const absence = spec.absenceProbability ?? 0;
      for (const agent of shift.agents) {
        const tired = this.organisation === null ? 0 : this.organisation.absenceBoost(agent);
        if (this.absenceRng() < absence + tired) continue;
        this.calendar.push(dayAt + spec.startAt, EventKind.ShiftStart, agent);
        for (const b of spec.breaks ?? []) {
          this.calendar.push(dayAt + b.startAt, EventKind.BreakStart, agent);
          this.calendar.push(dayAt + b.startAt + b.durationSeconds, EventKind.AwayEnd, agent);
        }
        (spec.activities ?? []).forEach((a, j) => {
          this.calendar.push(dayAt + a.startAt, EventKind.ActivityStart, agent);
          // A training credit fires just before the activity's end (pushed first, so it comes first at a tie).
          if ((a.experienceCalls ?? 0) > 0)
            this.orgRunner?.scheduleTrainingCredit(dayAt + a.startAt + a.durationSeconds, agent, j);
          this.calendar.push(dayAt + a.startAt + a.durationSeconds, EventKind.AwayEnd, agent);
        });
        this.calendar.push(dayAt + spec.endAt, EventKind.ShiftEnd, agent);
      }
    }
    const nextAt = dayAt + SECONDS_PER_DAY;
    if (this.arrivalsOpen && nextAt < this.horizonAt) this.calendar.push(nextAt, EventKind.DayStart, day + 1);
  }

  private onShiftStart(agent: number, t: number): void {
    const agents = this.agents;
    agents.scheduled[agent] = SCHEDULED_AVAILABLE;
    if (agents.state[agent] === LOGGED_OUT) this.logIn(agent, t);
    else this.refreshWorkforce(agent, t);
  }

  /** A break or activity starts: an idle agent goes at once, a busy one after the call. */
  private onAwayStart(agent: number, t: number, scheduledState: number, awayState: number): void {
    if (scheduledState === SCHEDULED_BREAK && this.orgRunner !== null && this.orgRunner.postponesBreak(agent, t))
      return;
    const agents = this.agents;
    agents.scheduled[agent] = scheduledState;
    const state = agents.state[agent] as number;
    if (state === IDLE) {
      agents.leaveIdle(agent);
      agents.setState(agent, awayState, t);
    } else if (this.isBusy(agent) && agents.pending[agent] !== LOGGED_OUT) {
      agents.pending[agent] = awayState;
    }
    this.refreshWorkforce(agent, t);
  }

  /** A break or activity ends: back to the phones (a break still pending because of a long call is skipped). */
  private onAwayEnd(agent: number, t: number): void {
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
      this.refreshWorkforce(agent, t);
      return;
    }
    agents.scheduled[agent] = SCHEDULED_AVAILABLE;
    const state = agents.state[agent] as number;
    if (state === BREAK || state === OFF_PHONE) this.becomeAvailable(agent, t);
    else if (agents.pending[agent] === BREAK || agents.pending[agent] === OFF_PHONE) agents.pending[agent] = 0;
    this.refreshWorkforce(agent, t);
  }

  /** The shift ends: the agent logs out, after the current call if busy (overtime). */
  private onShiftEnd(agent: number, t: number): void {
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
      this.refreshWorkforce(agent, t);
    }
  }

  // ---- Interventions --------------------------------------------------------------------------------------

  /** Agents of group gi logged in and not on their way out. */
  activeAgents(gi: number): number {
    let n = 0;
    for (const agent of this.agents.membersOf(gi))
      if (this.agents.state[agent] !== LOGGED_OUT && this.agents.pending[agent] !== LOGGED_OUT) n++;
    return n;
  }

  /**
   * Brings group gi to `target` active agents from now on. Going up, agents on their way out stay, then
   * logged-out agents come back, then new agents are hired. Going down, the most recently idle agents log out
   * at once, then those on a break or an activity, and busy ones after their current call.
   */
  setGroupAgents(gi: number, target: number): void {
    const t = this.nowAt;
    const agents = this.agents;
    let active = this.activeAgents(gi);
    for (const agent of agents.membersOf(gi)) {
      if (active >= target) break;
      if (agents.state[agent] !== LOGGED_OUT && agents.pending[agent] === LOGGED_OUT) {
        agents.pending[agent] = 0;
        this.refreshWorkforce(agent, t);
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
        this.refreshWorkforce(agent, t);
        active--;
      }
    }
  }

  /**
   * Takes the IVR down from now for `durationSeconds`: callers who would enter it go straight to their call
   * type's queue, or (busySignal) get a busy signal and may retry. Callers already in the IVR finish it.
   */
  ivrOutage(durationSeconds: number, busySignal: boolean): void {
    this.ivrDownUntil = this.nowAt + durationSeconds;
    this.ivrDownBusy = busySignal;
  }

  /** Calls answered from now for `durationSeconds` talk `factor` × their drawn time (a system slowdown). */
  slowDownTalk(factor: number, durationSeconds: number): void {
    this.slowdownFactor = factor;
    this.slowdownUntil = this.nowAt + durationSeconds;
  }

  /** From now on, a new call goes to the longest-idle agent, or to the longest idle of the most proficient group. */
  setRoutingPolicy(policy: 'longest-idle' | 'most-proficient'): void {
    this.mostProficientFirst = policy === 'most-proficient';
  }

  /** Multiplies call type i's arrival rate by `factor` from now for `durationSeconds`. */
  surgeArrivals(typeIndex: number, factor: number, durationSeconds: number): void {
    const t = this.nowAt;
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    if (this.arrivals.isScripted(typeIndex)) return;
    this.arrivals.surge(typeIndex, t, factor, durationSeconds);
    this.redrawArrival(typeIndex, ct, t);
    this.calendar.push(t + durationSeconds, EventKind.SurgeEnd, typeIndex);
  }

  private onSurgeEnd(typeIndex: number, t: number): void {
    const ct = this.callTypes[typeIndex] as CallTypeModel;
    // A later surge of the same type replaced this one if its end is still ahead.
    if (this.arrivals.surgeEndsAt(typeIndex) > t) return;
    this.arrivals.surge(typeIndex, t, 1, 0);
    this.redrawArrival(typeIndex, ct, t);
  }

  /** The rate changed at t: the pending arrival is re-drawn from t (exact for a Poisson process). */
  private redrawArrival(typeIndex: number, ct: CallTypeModel, t: number): void {
    if (!this.arrivalsOpen || ct.pendingAt === Infinity) return;
    this.pendingArrivals--; // the old event becomes stale
    this.scheduleArrival(typeIndex, ct, t);
  }

  // ---- For the organisation runner ------------------------------------------------------------------------

  get acceptsArrivals(): boolean {
    return this.arrivalsOpen;
  }
  get warmupSeconds(): number {
    return this.warmupAt;
  }
  waitingIn(queue: number): number {
    return this.stats.waiting[queue] as number;
  }
  servesQueue(gi: number, queue: number): boolean {
    return (this.groups[gi] as GroupModel).queues.includes(queue);
  }
  hasLearningCurve(gi: number): boolean {
    return this.learningHalfwayCalls[gi] !== Infinity;
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
   * Moves up to n idle agents of group `from` to group `to` (most recently idle first), as a supervisor's
   * reassignment: the person changes group, keeping shift and experience. Returns how many moved.
   */
  moveIdleAgents(from: number, to: number, n: number): number {
    const t = this.nowAt;
    const agents = this.agents;
    const stats = this.stats;
    let moved = 0;
    while (moved < n) {
      const agent = agents.takeMostRecentlyIdle(from);
      if (agent < 0) break;
      // The agent's contributions to the old group's levels go; refreshWorkforce adds them to the new one.
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
      this.refreshWorkforce(agent, t);
      this.becomeAvailable(agent, t);
      moved++;
    }
    return moved;
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
    this.refreshWorkforce(agent, t);
  }

  /** The session is over: back to the phones, or on to a break that fell due meanwhile. */
  endSession(agent: number, t: number): void {
    const agents = this.agents;
    (this.organisation as Organisation).session[agent] = SESSION_NONE;
    if (agents.state[agent] !== OFF_PHONE) return; // logged out meanwhile
    if (agents.scheduled[agent] === SCHEDULED_ACTIVITY) agents.scheduled[agent] = SCHEDULED_AVAILABLE;
    if (agents.scheduled[agent] === SCHEDULED_BREAK) agents.setState(agent, BREAK, t);
    else this.becomeAvailable(agent, t);
    this.refreshWorkforce(agent, t);
  }

  // ---- Call slots ---------------------------------------------------------------------------------------

  private allocateCall(): number {
    return this.calls.allocate();
  }

  /** The call has left the system. */
  private releaseCall(slot: number): void {
    this.inSystem--;
    this.calls.release(slot);
  }

  private ensureAgentArrays(): void {
    const n = this.agents.group.length;
    if (this.agentWarmDeadline.length >= n) return;
    this.agentWarmDeadline = grownTo(this.agentWarmDeadline, n);
    this.agentConferenceEndAt = grownTo(this.agentConferenceEndAt, n);
    this.agentHoldSince = grownTo(this.agentHoldSince, n);
    this.agentWarmLeg = grownTo(this.agentWarmLeg, n);
  }

  // ---- End and results ------------------------------------------------------------------------------------

  private finish(t: number): void {
    this.finished = true;
    this.nowAt = t;
    this.stats.flush(t);
  }

  /** Statistics rows of counted calls still waiting now. */
  private waitingRows(): number[] {
    const rows: number[] = [];
    for (let slot = 0; slot < this.calls.capacity; slot++) {
      const row = this.calls.ints[slot * CallInt.Stride + CallInt.StatsRow] as number;
      if (this.calls.ints[slot * CallInt.Stride + CallInt.Waiting] === 1 && row >= 0) rows.push(row);
    }
    return rows;
  }

  private emit(type: TraceType, t: number, slot: number, agent = -1, waitSeconds?: number, route = -1): void {
    const q = this.calls.ints[slot * CallInt.Stride + CallInt.Queue] as number;
    const event: TraceEvent = {
      atSeconds: t,
      type,
      call: this.calls.reals[slot * CallReal.Stride + CallReal.Serial] as number,
      callType: this.scenario.callTypes[this.calls.ints[slot * CallInt.Stride + CallInt.Type] as number]?.id as string,
      queue: this.queueIds[q] as string,
    };
    if (agent >= 0) event.agent = this.agentId(agent);
    if (waitSeconds !== undefined) event.waitSeconds = waitSeconds;
    if (route === Route.IdleAgent) event.route = this.mostProficientFirst ? 'most-proficient' : 'longest-idle';
    else if (route === Route.Queue) event.route = 'queue-priority';
    else if (route === Route.Overflow) event.route = 'overflow';
    (this.trace as Tracer)(event);
  }

  agentId(agent: number): string {
    return `${this.groupIds[this.agents.group[agent] as number]}-${this.agents.ordinal[agent]}`;
  }

  /** The KPIs as of now; for a finished run, the final result. */
  resultSoFar(): RunResult {
    const kpis = this.stats.kpis(
      this.nowAt,
      { groups: this.groupIds, queues: this.queueIds, departments: this.departmentQueues },
      this.waitingRows(),
      this.groupIds.map((_, gi) => this.groupStateTimes(gi)),
    );
    const org = this.orgRunner?.kpis(this.nowAt) ?? noOrganisationKpis();
    // People who take no calls are paid too: their cost joins the agents' in the cost per handled call.
    const agentCost = kpis.total.cost;
    const cost = agentCost + org.supportStaffCost;
    const perCall = kpis.total.costPerHandledCall;
    const costPerHandledCall =
      org.supportStaffCost === 0 ? perCall : agentCost > 0 ? (perCall * cost) / agentCost : NaN;
    return {
      scenarioId: this.scenario.id,
      seed: this.seed,
      replication: this.replication,
      endSeconds: this.nowAt,
      events: this.events,
      busyness: [...this.arrivals.dayFactors],
      ...kpis,
      total: { ...kpis.total, ...org, meanEfficiency: this.meanEfficiency(), cost, costPerHandledCall },
    };
  }

  /** Mean learning-curve efficiency of the agents in groups with a learning curve; NaN if there are none. */
  private meanEfficiency(): number {
    let learners = 0;
    let sum = 0;
    for (let agent = 0; agent < this.agents.count; agent++) {
      if (!this.hasLearningCurve(this.agents.group[agent] as number)) continue;
      learners++;
      sum += this.learningEfficiency(agent);
    }
    return learners > 0 ? sum / learners : NaN;
  }

  /** Person-seconds in each state (after the warm-up) of the agents of group gi, as of now. */
  private groupStateTimes(gi: number): AgentStateTimes {
    const times: AgentStateTimes = {
      idleSeconds: 0,
      talkingSeconds: 0,
      holdSeconds: 0,
      wrapUpSeconds: 0,
      breakSeconds: 0,
      offPhoneSeconds: 0,
    };
    const t = this.nowAt;
    for (const agent of this.agents.membersOf(gi)) {
      const a = this.agents;
      times.idleSeconds += a.secondsIn(agent, IDLE, t);
      times.talkingSeconds += a.secondsIn(agent, TALKING, t);
      times.holdSeconds += a.secondsIn(agent, HOLD, t);
      times.wrapUpSeconds += a.secondsIn(agent, WRAP_UP, t);
      times.breakSeconds += a.secondsIn(agent, BREAK, t);
      times.offPhoneSeconds += a.secondsIn(agent, OFF_PHONE, t);
    }
    return times;
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
