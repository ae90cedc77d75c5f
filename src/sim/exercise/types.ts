// Plain-data types of training exercises that cross the worker boundary: the exercise file, the decision log,
// the score and the debrief. Pure types: imports nothing from the engine (the UI reads them with `import type`).
import type { Intervention } from '../intervention';
import type { ValidationIssue } from '../scenario/validate';

export const EXERCISE_SCHEMA_VERSION = 1;

/**
 * A decision the trainee can take: any live intervention, or `add-agents` (log in `agents` more people in
 * `group` on top of those logged in when the decision takes effect — what a team lead means by "call in two").
 */
export type ExerciseAction = Intervention | { kind: 'add-agents'; group: string; agents: number };
export type ExerciseActionKind = ExerciseAction['kind'];

export type TraineeRole = 'team-lead' | 'supervisor' | 'wfm-planner';

/** A decision the exercise allows, with its real-world frictions. */
export interface AllowedDecision {
  kind: ExerciseActionKind;
  /** Groups it may act on (set-agents, add-agents, move-agents: both ends); absent = any group. */
  groups?: string[];
  /** Simulated seconds from the request until it takes effect (a new agent logs in after ~10 min). */
  delaySeconds: number;
  /** Simulated seconds after a request of this kind before the next one is accepted. */
  cooldownSeconds: number;
  /** Fixed cost of each use, in the scenario's currency. */
  costPerUse: number;
  /**
   * Extra cost per hour of each agent the decision adds (overtime premium on top of the engine's hourly cost),
   * from the instant it takes effect to the end of the exercise.
   */
  premiumPerAgentHour: number;
}

/** What an inject does to the run at its instant; `message` injects change nothing (the trainee must act). */
export type InjectEffect =
  | { kind: 'arrival-surge'; callType?: string; factor: number; durationSeconds: number }
  | { kind: 'ivr-outage'; mode: 'route-to-agents' | 'busy-signal'; durationSeconds: number }
  /** A wave of sick calls: the group drops to `agents` logged in (busy agents finish their call). */
  | { kind: 'set-agents'; group: string; agents: number }
  /** A system slowdown (CRM outage): calls answered while it lasts talk `factor` × longer. */
  | { kind: 'system-slowdown'; factor: number; durationSeconds: number }
  | { kind: 'message' };

export interface ExpectedAction {
  /** The action the evaluator expects; a trainee decision of the same kind (and group, if any) counts. */
  action: ExerciseAction;
  /** Seconds after the inject within which the response counts as on time. */
  withinSeconds: number;
  /** The evaluator's note, shown in the debrief. */
  note?: string;
}

export interface Inject {
  id: string;
  atSeconds: number;
  /** Title on the notice and the chart marker. */
  title: string;
  /** What the trainee is told when it fires. */
  message: string;
  effect: InjectEffect;
  expected?: ExpectedAction;
}

/**
 * One part of the score, worth `weight` points of the total (weights are normalised to 100). Linear parts
 * score 1 at or below `good`, 0 at or above `zeroAt`, and the straight line between (no hidden formula).
 */
export type ScorePart =
  /** Share of intervals (with calls offered) whose service level meets the scenario's target. */
  | { kind: 'service-level'; weight: number }
  /** Abandoned ÷ offered over the exercise. */
  | { kind: 'abandonment'; weight: number; good: number; zeroAt: number }
  /** Share of intervals whose occupancy is inside [min, max]. */
  | { kind: 'occupancy'; weight: number; min: number; max: number }
  /** Labour cost from the engine plus the decisions' costs, against a budget. */
  | { kind: 'cost'; weight: number; good: number; zeroAt: number }
  /** Calls escalated or transferred to another queue. */
  | { kind: 'escalations'; weight: number; good: number; zeroAt: number }
  /** Mean seconds from each inject with an expected action to the trainee's matching decision (missed = zeroAt). */
  | { kind: 'response-time'; weight: number; good: number; zeroAt: number };

export type ScorePartKind = ScorePart['kind'];

/** Trainer-written texts in another language; any field left out falls back to the exercise's own. */
export interface ExerciseTranslation {
  name?: string;
  teaches?: string;
  briefing?: { situation?: string; mayDo?: string[] };
  objectives?: Record<string, string>;
  /** Per inject id. */
  injects?: Record<string, { title?: string; message?: string }>;
}

export interface Exercise {
  schemaVersion: number;
  id: string;
  name: string;
  /** What the exercise teaches, one or two sentences for the trainer. */
  teaches: string;
  /** The scenario id the caller resolves (built-ins, or a scenario handed in with the exercise). */
  scenario: string;
  seed: string | number;
  /** The exercise ends at this simulated instant (or earlier if the trainee ends it). */
  endSeconds: number;
  /** Simulated seconds per real second it is meant to be played at. */
  playSpeed: number;
  briefing: { situation: string; role: TraineeRole; mayDo: string[] };
  objectives: { id: string; text: string; scorePart?: ScorePartKind }[];
  decisions: AllowedDecision[];
  injects: Inject[];
  scoring: { parts: ScorePart[] };
  translations?: Record<string, ExerciseTranslation>;
}

export interface ExerciseInfo {
  id: string;
  name: string;
  teaches: string;
  scenario: string;
  role: TraineeRole;
  /** Minutes of real time at `playSpeed`. */
  playMinutes: number;
  playSpeed: number;
  /** The exercise's short code (hash), shown to trainer and trainees. */
  code: string;
  /** The exercise's name and what it teaches in other languages (the page picks its own). */
  translations?: Record<string, Pick<ExerciseTranslation, 'name' | 'teaches'>>;
}

/** One line of the decision log. */
export interface DecisionRecord {
  /** 0-based order of the request. */
  index: number;
  requestedAt: number;
  /** When it takes (or took) effect: requestedAt + the decision's delay. */
  appliedAt: number;
  action: ExerciseAction;
  /** Fixed cost; the premium is counted at the end in `decisionCost`. */
  cost: number;
  status: 'pending' | 'applied' | 'failed';
  /** Why an applied decision had no effect (e.g. the group had already changed). */
  note?: string;
}

export interface InjectRecord {
  id: string;
  atSeconds: number;
  title: string;
  message: string;
  effect: InjectEffect['kind'];
}

/** Something going on now: a surge, the IVR down, agents on their way in. */
export interface ActiveCondition {
  kind: 'arrival-surge' | 'ivr-outage' | 'system-slowdown' | 'decision-pending';
  label: string;
  since: number;
  until: number;
  /** The inject id, or the decision index. */
  source: string;
}

export interface ExerciseState {
  atSeconds: number;
  endSeconds: number;
  finished: boolean;
  /** Injects fired so far, in order. */
  injects: InjectRecord[];
  decisions: DecisionRecord[];
  active: ActiveCondition[];
  /** Seconds until the next request of each allowed kind is accepted (0 = now). */
  cooldowns: Partial<Record<ExerciseActionKind, number>>;
}

export type ExerciseDecisionResponse =
  { ok: true; decision: DecisionRecord } | { ok: false; issues: ValidationIssue[] };

/** A played exercise as a small file: replaying it reproduces the KPIs exactly. */
export interface ExerciseSessionFile {
  format: 'switchboard-exercise-session';
  version: 1;
  exerciseId: string;
  /** exerciseCode of the exercise played. */
  exerciseCode: string;
  seed: string | number;
  decisions: { requestedAt: number; action: ExerciseAction }[];
  /** When the trainee ended it (the exercise's endSeconds if played to the end). */
  endedAt: number;
  /** The KPIs when it ended, for a replay to check against (optional: a hand-written session may omit them). */
  kpis?: SessionKpis;
}

export interface SessionKpis {
  offered: number;
  answered: number;
  abandoned: number;
  serviceLevel: number;
  cost: number;
  score: number;
}

/** One part of the score with the numbers that produced it. */
export interface ScorePartResult {
  kind: ScorePartKind;
  /** The rule in words, with its numbers. */
  rule: string;
  weight: number;
  /** Share of the total weight, 0..1. */
  share: number;
  /** The measured value the rule is applied to. */
  value: number;
  /** How the value was measured, in words. */
  measured: string;
  /** 0..1 */
  fraction: number;
  /** fraction × share × 100 */
  points: number;
}

export interface ScoreBreakdown {
  /** 0..100 */
  total: number;
  parts: ScorePartResult[];
  /** Per objective: the parts it is scored by and their points. */
  objectives: { id: string; text: string; points: number; maxPoints: number }[];
}

/** A run's per-interval series, for the debrief's charts. */
export interface RunSeries {
  startSeconds: number[];
  serviceLevel: number[];
  /** Time-averaged callers waiting in the interval (IntervalKpis.meanQueueLength). */
  waiting: number[];
  abandoned: number[];
}

export interface RunSummary {
  label: string;
  offered: number;
  answered: number;
  abandoned: number;
  serviceLevel: number;
  /** Labour cost plus decision costs. */
  cost: number;
  score: number;
  series: RunSeries;
}

export interface Counterfactual {
  decisionIndex: number;
  kind: 'without' | 'earlier';
  /** For `earlier`: seconds earlier the decision was requested. */
  shiftSeconds: number;
  /** Callers answered and abandoned compared with the trainee's day (positive = more in the counterfactual). */
  answeredDelta: number;
  abandonedDelta: number;
  costDelta: number;
  sentence: string;
}

export interface DebriefNames {
  groups: Record<string, string>;
  queues: Record<string, string>;
  departments: Record<string, string>;
  callTypes: Record<string, string>;
}

export interface Debrief {
  exerciseId: string;
  exerciseCode: string;
  /** The exercise played (texts, translations, score rules), so the report reads on its own in any language. */
  exercise?: Exercise;
  /** The scenario's service-level target (share) and currency, for the rules and money in the report. */
  serviceLevelTarget?: number;
  currency?: string;
  /** The scenario's clock time of day at t = 0 (display only), so the report shows times as its clock did. */
  clockStartAt?: number;
  /** The scenario's names of its groups, queues, departments and call types by id, so no id reaches the page. */
  names?: DebriefNames;
  score: ScoreBreakdown;
  timeline: {
    injectId: string;
    atSeconds: number;
    title: string;
    expected?: ExpectedAction;
    /** The first matching trainee decision, its request time and the latency in seconds; null if none. */
    response: { decisionIndex: number; requestedAt: number; latencySeconds: number; onTime: boolean } | null;
  }[];
  decisions: DecisionRecord[];
  runs: { trainee: RunSummary; none: RunSummary; expected: RunSummary };
  counterfactuals: Counterfactual[];
  /** Plain sentences for the after-action report. */
  findings: string[];
}
