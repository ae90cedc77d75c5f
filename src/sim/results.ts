// Plain-data result types shared by the simulator, the CLI, the worker and the UI. KPI records are flat
// objects of numbers so that replications can be summarised generically. A ratio with an empty denominator
// (e.g. ASA when nothing was answered) is NaN, which JSON shows as null. Definitions: docs/kpis.md.

/** Call-level KPIs of one population of calls (the whole centre, one queue, or one interval). */
export interface CallKpis {
  /** Calls that arrived after the warm-up. */
  offered: number;
  answered: number;
  abandoned: number;
  /** Abandoned with a wait ≤ the service-level threshold ("short abandons"). */
  abandonedShort: number;
  /** Abandoned with a wait > the service-level threshold. */
  abandonedAfterThreshold: number;
  /** Answered with a wait ≤ the service-level threshold. */
  answeredWithinThreshold: number;
  /** Offered calls still waiting in a queue when the run stopped: offered = answered + abandoned + waitingAtEnd. */
  waitingAtEnd: number;
  /** The headline service level, in the scenario's convention (default excludeShortAbandons). */
  serviceLevel: number;
  /** answeredWithinThreshold ÷ (answered + abandonedAfterThreshold). */
  serviceLevelExcludeShortAbandons: number;
  /** answeredWithinThreshold ÷ offered. */
  serviceLevelOffered: number;
  /** answeredWithinThreshold ÷ answered. */
  serviceLevelAnswered: number;
  /** Average speed of answer: mean wait of answered calls, seconds. */
  asaSeconds: number;
  /** Mean wait of all calls that left the queue (answered or abandoned), seconds. */
  meanWaitSeconds: number;
  maxWaitSeconds: number;
  /** Mean talk + after-call work of answered calls, seconds. */
  ahtSeconds: number;
  talkSeconds: number;
  afterCallWorkSeconds: number;
  /** abandoned ÷ offered. */
  abandonRate: number;
  /** Time-averaged number of callers waiting. */
  meanQueueLength: number;
  maxQueueLength: number;
}

/** KPIs of the agents: one group, or all of them. */
export interface AgentKpis {
  /** Time-averaged agents logged in. */
  staffedAgents: number;
  /** Time-averaged agents busy (talking or in after-call work). */
  busyAgents: number;
  /** Busy time ÷ logged-in time, 0..1. */
  occupancy: number;
  /** Calls answered by these agents (after the warm-up). */
  answered: number;
}

export interface IntervalKpis extends CallKpis, AgentKpis {
  index: number;
  startSeconds: number;
  endSeconds: number;
}

/** Counts of observations per bin of `binSeconds`; the last bin holds everything beyond the others. */
export interface HistogramData {
  binSeconds: number;
  counts: number[];
}

export type KpiRecord = { readonly [key: string]: number };

/** The result of one replication. */
export interface RunResult {
  scenarioId: string;
  seed: string;
  replication: number;
  /** Simulated clock when the run stopped, seconds. */
  endSeconds: number;
  /** Seconds over which statistics were kept (end − warm-up). */
  observedSeconds: number;
  events: number;
  /** Day-level busyness factor drawn for each simulated day reached; empty when busyness is off. */
  busyness: number[];
  total: CallKpis & AgentKpis;
  queues: Record<string, CallKpis>;
  groups: Record<string, AgentKpis>;
  intervals: IntervalKpis[];
  /** Waits of counted answered calls and of counted abandoned calls (all queues), 5-s bins up to 30 min. */
  waitHistograms: { answered: HistogramData; abandoned: HistogramData };
}

/** A KPI over replications: mean and 95% confidence interval (Student t). */
export interface Estimate {
  mean: number;
  /** Half-width of the 95% confidence interval; NaN with fewer than 2 valid replications. */
  halfWidth: number;
  stdDev: number;
  /** Replications in which the KPI was defined (not NaN). */
  n: number;
}

export type Summary<T> = { [K in keyof T]: T[K] extends number ? Estimate : never };

export interface ReplicatedResult {
  scenarioId: string;
  seed: string;
  replications: number;
  confidenceLevel: number;
  total: Summary<CallKpis & AgentKpis>;
  queues: Record<string, Summary<CallKpis>>;
  groups: Record<string, Summary<AgentKpis>>;
  intervals: Summary<IntervalKpis>[];
  runs: RunResult[];
}
