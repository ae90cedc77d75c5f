// The contract between the page and the simulator: plain-data types and the APIs that the worker exposes
// through Comlink. A leaf: it imports types only, and nothing that reaches the engine (a test checks it). The
// UI may import AGENT_STATES, the one value, duplicated nowhere; everything else with `import type`.
import type { Scenario } from './scenario/schema';
import type { ValidationIssue } from './scenario/validate';
import type { CallKpis, IntervalKpis, ReplicatedResult, RunResult } from './results';
import type { Comparison, VariantRuns } from './comparison';
import type { StructureChoice } from './scenario/default-structures';
import type { Intervention } from './intervention';

export type { StructureChoice };

export interface ScenarioInfo {
  id: string;
  name: string;
  description: string;
  /** The name and description in other languages, as the scenario carries them (the page picks one). */
  translations?: Scenario['translations'];
}

export interface RunOptions {
  /** Independent replications, 1..1000. Default 1. */
  replications?: number;
  /** Overrides the scenario's seed. */
  seed?: string | number;
  /** Starts a run larger than the work budget (src/sim/budget.ts) allows without asking. Default false. */
  allowLargeRun?: boolean;
}

export type RunResponse = { ok: true; result: ReplicatedResult } | { ok: false; issues: ValidationIssue[] };

/** Where a replication still running has got to (run-guard.ts reports it a few times a second). */
export interface RunClock {
  /** Simulated seconds so far (past the horizon while a draining run serves the callers still waiting). */
  seconds: number;
  /** The end of arrivals for a duration horizon; undefined for a call count. */
  horizonSeconds?: number;
  /** Share of the horizon done, 0..1: simulated time, or for a call count the calls arrived; 1 at the end. */
  share: number;
}

/** Called after each finished replication of a fast run, and with `clock` while one is running. */
export type ProgressCallback = (done: number, total: number, clock?: RunClock) => void;

export interface CompareOptions {
  /** Paired replications per variant, 2..1000. Default 10. */
  replications?: number;
  /** One seed for every variant; default the baseline's. */
  seed?: string | number;
  /** Starts a comparison larger than the work budget allows without asking. Default false. */
  allowLargeRun?: boolean;
}

export type CompareResponse = { ok: true; comparison: Comparison } | { ok: false; issues: ValidationIssue[] };

/**
 * One share of a fast run spread over several workers: replications first … first + count − 1 of a run of
 * `replications`. Replication r always draws from the streams of (seed, r), so whoever runs it gets the same run.
 */
export interface RangeRunOptions {
  /** The whole run's replications (1..1000): checked like RunOptions.replications. */
  replications: number;
  /** The first replication index of this share, 0-based. */
  first: number;
  /** How many replications this share runs (≥ 1, first + count ≤ replications). */
  count: number;
  seed?: string | number;
  /** As in RunOptions; the budget counts the whole run (`replications`), not only this share. */
  allowLargeRun?: boolean;
}

/** One share of a comparison: the same as RangeRunOptions, with at least 2 replications in the whole run. */
export type RangeCompareOptions = RangeRunOptions;

export type RunRangeResponse = { ok: true; runs: RunResult[] } | { ok: false; issues: ValidationIssue[] };

export type CompareRangeResponse = { ok: true; variants: VariantRuns[] } | { ok: false; issues: ValidationIssue[] };

/** Running a fast run or a comparison in shares (one per worker) and merging them. */
export interface RangeApi {
  /** Validates like `run` and runs the replications of one share; `onProgress` counts this share's runs. */
  runRange(input: unknown, options: RangeRunOptions, onProgress?: ProgressCallback): RunRangeResponse;
  /** Summarises the runs of every share, in replication order: the result `run` gives for the same runs. */
  mergeRuns(runs: RunResult[]): RunResponse;
  /** Validates like `compare` and runs one share of every variant; `onProgress` counts runs (count × variants). */
  compareRange(inputs: unknown[], options: RangeCompareOptions, onProgress?: ProgressCallback): CompareRangeResponse;
  /**
   * The comparison of the variants' runs from every share, concatenated in replication order: the comparison
   * `compare` gives for the same runs (`inputs` give the fairness warnings).
   */
  mergeComparison(inputs: unknown[], variants: VariantRuns[]): CompareResponse;
}

export interface SimulatorApi {
  /** The scenarios shipped with the app (src/scenarios). */
  listScenarios(): ScenarioInfo[];
  /** A built-in scenario as plain JSON data, or undefined for an unknown id. */
  getScenario(id: string): Scenario | undefined;
  /** Validates any input against the scenario schema (older schema versions are migrated first). */
  validate(input: unknown): { ok: true } | { ok: false; issues: ValidationIssue[] };
  /** Validates and runs `input` (a scenario object) with replications; never throws for bad input. */
  run(input: unknown, options?: RunOptions, onProgress?: ProgressCallback): RunResponse;
  /**
   * Runs 2 or more scenarios as paired variants on the same callers (common random numbers), the first the
   * baseline; each KPI's difference comes with a 95% confidence interval. Never throws for bad input.
   */
  compare(inputs: unknown[], options?: CompareOptions, onProgress?: ProgressCallback): CompareResponse;
}

// ---- Live simulation --------------------------------------------------------------------------------------

/**
 * Agent states, in code order: a snapshot's `agentStates[i]` is an index into this list. The palette and the
 * legend of the UI follow this order.
 */
export const AGENT_STATES = ['idle', 'talking', 'hold', 'wrap-up', 'break', 'off-phone', 'logged-out'] as const;
export type AgentStateName = (typeof AGENT_STATES)[number];

export interface LayoutQueue {
  id: string;
  name: string;
  priority: number;
  /** Department id, if the scenario gives one. */
  department?: string;
}

export interface LayoutDepartment {
  id: string;
  name: string;
  kind?: string;
  /** How the department is organised now (it may change during a live run); absent for none. */
  structure?: 'hierarchical' | 'self-managed';
}

export interface LayoutGroup {
  id: string;
  name: string;
  /** What the group's people are: agent, specialist or team lead. */
  role: 'agent' | 'specialist' | 'team-lead';
  /** Proficiency per queue id (1 = the call type's nominal agent); queues not listed are 1. */
  proficiency: Record<string, number>;
  /** Queues the group's agents answer now, highest priority first (a self-managed department pools its queues). */
  queues: string[];
}

export interface LayoutAgent {
  /**
   * `<group id>-<n>`, 1-based. An agent keeps it for the run unless a review moves it to another group, where it
   * takes the next number of that group (numbers are never reused).
   */
  id: string;
  /** Index into FloorLayout.groups. */
  group: number;
}

/**
 * The shape of a live run: queues, groups and agents with their indices. It changes when agents are added, when
 * agents move between groups (a review), and when what the groups answer changes (a structure changed);
 * `version` then increases and snapshots carry the new version.
 */
export interface FloorLayout {
  version: number;
  scenarioId: string;
  scenarioName: string;
  intervalSeconds: number;
  /** When arrivals stop, seconds; null for a horizon given in calls. */
  horizonSeconds: number | null;
  serviceLevel: { thresholdSeconds: number; target: number };
  departments: LayoutDepartment[];
  /** True when callers of some call type pass an IVR menu (an IVR outage can then be injected). */
  hasIvr?: boolean;
  queues: LayoutQueue[];
  groups: LayoutGroup[];
  /** Every agent that exists in the run, logged in or not; agent i is `agents[i]`. */
  agents: LayoutAgent[];
}

/** Cumulative counts since the start of the run (warm-up included), for animating flows between snapshots. */
export interface FlowCounters {
  /** Contacts that tried to reach the centre: new callers, retrials and repeat contacts. */
  arrived: number;
  /** Busy signals (every trunk line in use). */
  blocked: number;
  /** Calls handed on to another queue (a new leg waits there). */
  transferred: number;
  /** Entries into a queue, directly or from the IVR (not transfer legs). */
  routed: number;
  /** Left in the IVR: contained in self-service or hung up. */
  leftIvr: number;
  answered: number;
  abandoned: number;
  completed: number;
}

/** The state of a live run at one instant. Typed arrays are transferred, not copied, across the worker. */
export interface FloorSnapshot {
  atSeconds: number;
  finished: boolean;
  layoutVersion: number;
  /** Per agent: an index into AGENT_STATES. */
  agentStates: Uint8Array;
  /** Per agent: serial number (1-based, order of arrival) of the call it is handling, 0 if none. */
  agentCalls: Float64Array;
  /** Per agent: calls it has answered since the start. */
  agentAnswered: Float64Array;
  /** Per agent: busy (talking, hold, wrap-up) time ÷ available time (idle or busy) since the warm-up; NaN before any. */
  agentOccupancy?: Float64Array;
  /**
   * Per agent and state: person-seconds since the warm-up, agent i's time in AGENT_STATES[k] at
   * [i × AGENT_STATES.length + k].
   */
  agentStateSeconds?: Float64Array;
  /**
   * The path of each agent's current call, for "what happened to this caller": per agent, at [i × 5 + k],
   * k = 0 arrival instant (s), 1 seconds in the IVR, 2 the queue index it waited in, 3 seconds waited,
   * 4 flags (1 misrouted, 2 transferred in, 4 took a callback, 8 a repeat contact, 16 a retrial). NaN for
   * agents without a call.
   */
  agentCallPath?: Float64Array;
  /** Per queue: callers waiting now. */
  queueWaiting: Int32Array;
  flows: FlowCounters;
  /** KPIs so far (after the warm-up): the whole centre, each queue, each group, each interval so far. */
  total: RunResult['total'];
  queues: Record<string, CallKpis>;
  groups: RunResult['groups'];
  intervals: IntervalKpis[];
  /** The run sampled at fixed simulated instants, for the live charts (a frame carries only the new ones). */
  samples?: FloorSamples;
}

/**
 * Callers waiting and agents by state at fixed simulated instants: sample i is at (fromIndex + i) × stepSeconds,
 * whatever the speed the run is played at (src/sim/live/floor-sampler.ts).
 */
export interface FloorSamples {
  stepSeconds: number;
  /** Index of the first sample carried here; 0 for the whole run so far. */
  fromIndex: number;
  /** Per sample: callers waiting in every queue together. */
  waiting: Int32Array;
  /** Per sample and state: agents in AGENT_STATES[k] at [i × AGENT_STATES.length + k]. */
  agentsByState: Int32Array;
}

export type { Intervention, RoutingPolicy } from './intervention';

export type InterventionResponse = { ok: true; layout: FloorLayout } | { ok: false; issues: ValidationIssue[] };

export type OpenLiveResponse = { ok: true; layout: FloorLayout } | { ok: false; issues: ValidationIssue[] };

/** Called with each snapshot of a playing live run (at most about 30 times a second). */
export type SnapshotCallback = (snapshot: FloorSnapshot) => void;

export interface LiveApi {
  /** Validates a scenario and opens a live run of it at time 0, paused. Replaces any open run. */
  openLive(
    input: unknown,
    options?: { seed?: string | number; replication?: number; allowLargeRun?: boolean },
  ): OpenLiveResponse;
  /**
   * Plays the open run: `speed` simulated seconds per real second (1 to 10,000), or Infinity for as fast as
   * the worker can; snapshots go to `onSnapshot`. Playing stops by itself when the run finishes.
   */
  play(speed: number, onSnapshot: SnapshotCallback): void;
  pause(): void;
  /** Advances a paused run by `simulatedSeconds` and returns the snapshot. */
  step(simulatedSeconds: number): FloorSnapshot;
  /** The current state without advancing. */
  snapshot(): FloorSnapshot;
  intervene(action: Intervention): InterventionResponse;
  /** The open run's layout now; a snapshot whose `layoutVersion` differs from the page's layout asks for it. */
  layout(): FloorLayout;
}

// ---- Analytic prediction per interval (service.ts) -------------------------------------------------------

/** Erlang C / Erlang A figures for one interval, the service level in the scenario's convention. */
export interface PredictedKpis {
  serviceLevel: number;
  asaSeconds: number;
  abandonRate: number;
  occupancy: number;
  meanQueueLength: number;
  /** False when Erlang C has no steady state (load ≥ agents). */
  stable: boolean;
}

export interface IntervalPrediction {
  index: number;
  startSeconds: number;
  endSeconds: number;
  /** Calls per hour reaching the queues: the arrival profile less the callers the IVR contains or loses. */
  callsPerHour: number;
  ahtSeconds: number;
  agents: number;
  offeredLoadErlangs: number;
  erlangC: PredictedKpis | null;
  /** Null when some callers have no patience (infinitely patient) or the model cannot be solved. */
  erlangA: PredictedKpis | null;
}

export type PredictionResponse =
  { ok: true; intervals: IntervalPrediction[] } | { ok: false; issues: ValidationIssue[] };

export interface PredictionApi {
  /**
   * The Erlang C and Erlang A prediction per interval for a scenario, queue by queue with the agents that
   * answer each (analytic/queue-pools.ts), combined weighted by calls: a steady-state reference per interval.
   */
  predict(input: unknown): PredictionResponse;
}

// ---- Live frames (live-service.ts) ------------------------------------------------------------------------

/**
 * A snapshot as `playFrames` sends it: everything but the interval list, which holds only the intervals whose
 * KPIs changed since the previous frame of the same play (all of them in its first frame). A day's interval
 * list is most of a snapshot's bytes and barely changes between frames; the page keeps the rest.
 */
export interface LiveFrame extends Omit<FloorSnapshot, 'intervals'> {
  changedIntervals: IntervalKpis[];
}

export type FrameCallback = (frame: LiveFrame) => unknown;
export type * from './exercise/types';
