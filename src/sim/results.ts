// Plain-data result types shared by the simulator, the CLI, the worker and the UI. KPI records are flat
// objects of numbers so that replications can be summarised generically. A ratio with an empty denominator
// (e.g. ASA when nothing was answered) is NaN, which JSON shows as null. Definitions: docs/kpis.md.

/** Call-level KPIs of one population of calls (the whole centre, one queue, or one interval). */
export interface CallKpis {
  /**
   * Entries into a queue by calls that arrived after the warm-up: direct, routed by the IVR, retrials, repeat
   * contacts, and transfer legs (in the target queue).
   */
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
  /** Average handle time: mean talk + hold + after-call work of handled calls, seconds. */
  ahtSeconds: number;
  talkSeconds: number;
  afterCallWorkSeconds: number;
  meanHoldSeconds: number;
  /** abandoned ÷ offered. */
  abandonRate: number;
  /** Time-averaged number of callers waiting. */
  meanQueueLength: number;
  maxQueueLength: number;
  /** Calls handled here and then transferred to another queue (escalations included), and of them escalations. */
  transferredOut: number;
  escalated: number;
  /** Calls that entered this queue by a transfer (they count in `offered` too). */
  transferredIn: number;
  /** transferredOut ÷ handled, escalated ÷ handled. */
  transferRate: number;
  escalationRate: number;
  /** First contacts resolved without a transfer ÷ first contacts handled: first-contact resolution per customer. */
  firstContactResolution: number;
  /** Entries that were a customer's repeat contact, and repeatContacts ÷ offered. */
  repeatContacts: number;
  repeatRate: number;
  /** Entries that were a retrial after an abandon or a busy signal. */
  retrials: number;
  /** Busy signals: attempts that found every trunk line in use (a caller who retries may count again). */
  blocked: number;
  /** Entries that found no idle agent and waited at all, and delayed ÷ offered (Erlang C's probability of waiting). */
  delayed: number;
  shareDelayed: number;
  /** Callers offered a callback, and those who accepted (they count as answered when called back). */
  callbacksOffered: number;
  callbacksAccepted: number;
  /** Handled calls with a consult hold ÷ handled. */
  consultRate: number;
}

/**
 * What the organisation did (docs/organisation.md), counted after the warm-up. Zero (or NaN for means) when
 * the scenario does not use the mechanism.
 */
export interface OrganisationKpis {
  /** Escalations first taken to an idle peer (self-managed), those the two resolved, and those with no idle peer. */
  peerConsults: number;
  peerConsultsResolved: number;
  peerUnavailable: number;
  /** Breaks put off because the queues were long, and their mean delay in seconds. */
  breaksShifted: number;
  breakShiftMeanSeconds: number;
  /** Person-sessions of team meetings, of coaching by team leads, and of QA feedback; QA reviews done. */
  meetingSessions: number;
  coachingSessions: number;
  qaReviews: number;
  qaFeedbackSessions: number;
  /** Person-sessions of shift activities that add experience (training). */
  trainingSessions: number;
  /** Agents moved between groups at supervisor / WFM reviews. */
  agentsReassigned: number;
  /** Cost of the people who take no calls (supervisors, QA analysts, staff), included in `cost`. */
  supportStaffCost: number;
  /** Mean efficiency on the learning curve (1 = tenured) of agents in groups with one, at the end; NaN if none. */
  meanEfficiency: number;
  /** Mean fatigue slowdown of the agents at the end; NaN without fatigue. */
  meanSlowdown: number;
}

/** KPIs of the agents: one group, or all of them. Times are person-seconds after the warm-up. */
export interface AgentKpis {
  /** Time-averaged agents logged in. */
  staffedAgents: number;
  /** Time-averaged agents busy (talking, on hold or in after-call work). */
  busyAgents: number;
  /** Busy time ÷ available time (logged in, not on a break or an off-phone activity), 0..1. */
  occupancy: number;
  /** Time-averaged agents logged in and not on a break or an activity. */
  availableAgents: number;
  /** Calls answered by these agents (after the warm-up). */
  answered: number;
  /** Time-averaged agents scheduled to be available, on break or in an off-phone activity. */
  scheduledAgents: number;
  /** Busy time ÷ paid time, 0..1 (paid: scheduled, or logged in past the schedule). */
  utilisation: number;
  /** Share of scheduled time spent in the scheduled activity (available, break or off-phone), 0..1. */
  adherence: number;
  /** Paid hours (person-hours) and those of them worked past the schedule, e.g. finishing a call. */
  paidHours: number;
  overtimeHours: number;
  /** Labour cost of the paid hours, in the scenario's currency. */
  cost: number;
}

/** Time in each agent state, person-seconds after the warm-up (one group, or all). */
export interface AgentStateTimes {
  idleSeconds: number;
  talkingSeconds: number;
  holdSeconds: number;
  wrapUpSeconds: number;
  breakSeconds: number;
  offPhoneSeconds: number;
}

/** The IVR's KPIs (calls that entered the IVR after the warm-up). */
export interface IvrKpis {
  entered: number;
  /** Finished in self-service. */
  contained: number;
  /** Hung up in the IVR. */
  hungUp: number;
  /** Reached a queue other than the one their call type needs. */
  misrouted: number;
  /** Reached a queue (including misrouted ones). */
  routed: number;
  containmentRate: number;
  abandonRate: number;
  misrouteRate: number;
  meanIvrSeconds: number;
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
/** The whole centre's call and agent KPIs, as the statistics keep them. */
export type CentreKpis = CallKpis & AgentKpis & AgentStateTimes & { costPerHandledCall: number };

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
  total: CentreKpis & OrganisationKpis;
  queues: Record<string, CallKpis>;
  /** Each department: its queues' calls together. */
  departments: Record<string, CallKpis>;
  groups: Record<string, AgentKpis & AgentStateTimes>;
  ivr: IvrKpis;
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
  total: Summary<RunResult['total']>;
  queues: Record<string, Summary<CallKpis>>;
  departments: Record<string, Summary<CallKpis>>;
  groups: Record<string, Summary<AgentKpis & AgentStateTimes>>;
  ivr: Summary<IvrKpis>;
  intervals: Summary<IntervalKpis>[];
  runs: RunResult[];
}
