// An exercise being played: wraps a LiveSession with the surface the live player uses (advanceTo, snapshot,
// intervene, layout, isFinished), fires injects and applies delayed decisions at their exact simulated
// instants (advancing in sub-steps up to each), enforces cooldowns and keeps the decision log and the active
// conditions. Deterministic: the same exercise, scenario and decisions give the same run. No DOM.
import { AGENT_STATES, type FloorLayout, type FloorSnapshot, type Intervention } from '../api';
import type { Tracer } from '../engine/simulation';
import { LiveSession } from '../live/live-session';
import type { Scenario } from '../scenario/schema';
import type { ValidationIssue } from '../scenario/validate';
import { exerciseCode } from './code';
import { actionSchema } from './schema';
import type {
  ActiveCondition,
  AllowedDecision,
  DecisionRecord,
  Exercise,
  ExerciseAction,
  ExerciseDecisionResponse,
  ExerciseSessionFile,
  ExerciseState,
  Inject,
  InjectRecord,
} from './types';
import { actionIssues } from './validate';

export interface ExerciseSessionOptions {
  /** The engine's event log (tests check callers one by one); Node only, it cannot cross the worker. */
  trace?: Tracer;
}

const LOGGED_OUT = AGENT_STATES.indexOf('logged-out');

/** Agents of a group logged in now (those finishing a call before logging out count), from a snapshot. */
function loggedIn(layout: FloorLayout, snapshot: FloorSnapshot, group: string): number {
  const gi = layout.groups.findIndex((g) => g.id === group);
  let n = 0;
  layout.agents.forEach((a, i) => {
    if (a.group === gi && snapshot.agentStates[i] !== LOGGED_OUT) n++;
  });
  return n;
}

/** A decision in a few words, for conditions and the debrief's sentences. */
export function describeAction(action: ExerciseAction): string {
  switch (action.kind) {
    case 'add-agents':
      return `${action.agents} more agent(s) in ${action.group}`;
    case 'set-agents':
      return `${action.group} to ${action.agents} agent(s)`;
    case 'move-agents':
      return `move ${action.agents} agent(s) from ${action.from} to ${action.to}`;
    case 'arrival-surge':
      return `arrivals ×${action.factor} for ${action.durationSeconds / 60} min`;
    case 'ivr-outage':
      return `IVR down (${action.mode}) for ${action.durationSeconds / 60} min`;
    case 'set-routing-policy':
      return `routing: ${action.policy}`;
    case 'set-structure':
      return `${action.department}: ${action.structure}`;
  }
}

export class ExerciseSession {
  readonly exercise: Exercise;
  readonly scenario: Scenario;
  readonly code: string;
  private readonly live: LiveSession;
  /** Injects in firing order (by time; ties keep the listed order). */
  private readonly injects: Inject[];
  private nextInject = 0;
  private readonly fired: InjectRecord[] = [];
  private readonly log: DecisionRecord[] = [];
  private readonly conditions: ActiveCondition[] = [];
  /** Agents each decision added (for the overtime premium), by decision index. */
  private readonly added = new Map<number, number>();
  private readonly lastRequestAt = new Map<string, number>();
  private endedAt: number | undefined;

  constructor(exercise: Exercise, scenario: Scenario, options: ExerciseSessionOptions = {}) {
    this.exercise = exercise;
    this.scenario = scenario;
    this.code = exerciseCode(exercise);
    this.live = new LiveSession(scenario, {
      seed: exercise.seed,
      replication: 0,
      ...(options.trace ? { trace: options.trace } : {}),
    });
    this.injects = exercise.injects
      .map((inject, order) => ({ inject, order }))
      .sort((a, b) => a.inject.atSeconds - b.inject.atSeconds || a.order - b.order)
      .map((x) => x.inject);
  }

  get nowSeconds(): number {
    return this.live.nowSeconds;
  }

  get endSeconds(): number {
    return this.exercise.endSeconds;
  }

  get isFinished(): boolean {
    return this.endedAt !== undefined;
  }

  /** When the exercise ended (its end, or when the trainee ended it); undefined while it runs. */
  get endedAtSeconds(): number | undefined {
    return this.endedAt;
  }

  get layout(): FloorLayout {
    return this.live.layout;
  }

  get decisions(): readonly DecisionRecord[] {
    return this.log;
  }

  snapshot(): FloorSnapshot {
    return this.live.snapshot();
  }

  /** Advances to `seconds` (at most the exercise's end), stopping at every inject and pending decision. */
  advanceTo(seconds: number): void {
    if (Number.isNaN(seconds)) throw new RangeError('advanceTo: seconds must be a number (got NaN)');
    if (this.isFinished) return;
    const target = Math.min(seconds, this.exercise.endSeconds);
    for (;;) {
      const next = this.nextInstant();
      if (next === undefined || next > target) break;
      this.live.advanceTo(next);
      this.fireDue(next);
    }
    this.live.advanceTo(target);
    if (target >= this.exercise.endSeconds || this.live.isFinished) this.endedAt = this.live.nowSeconds;
  }

  /** The trainee ends the exercise now. */
  end(): void {
    this.endedAt ??= this.live.nowSeconds;
  }

  /** Requests a decision now; it takes effect after the decision's delay. */
  intervene(action: ExerciseAction): ExerciseDecisionResponse {
    const issues = this.check(action);
    if (issues.length > 0) return { ok: false, issues };
    const allowed = this.allowed(action.kind) as AllowedDecision;
    const now = this.live.nowSeconds;
    this.lastRequestAt.set(action.kind, now);
    const record: DecisionRecord = {
      index: this.log.length,
      requestedAt: now,
      appliedAt: now + allowed.delaySeconds,
      action,
      cost: allowed.costPerUse,
      status: 'pending',
    };
    this.log.push(record);
    if (allowed.delaySeconds === 0) this.apply(record);
    else
      this.conditions.push({
        kind: 'decision-pending',
        label: describeAction(action),
        since: now,
        until: record.appliedAt,
        source: String(record.index),
      });
    return { ok: true, decision: { ...record } };
  }

  state(): ExerciseState {
    const now = this.live.nowSeconds;
    const cooldowns: ExerciseState['cooldowns'] = {};
    for (const d of this.exercise.decisions) {
      const last = this.lastRequestAt.get(d.kind);
      cooldowns[d.kind] = last === undefined ? 0 : Math.max(0, last + d.cooldownSeconds - now);
    }
    return {
      atSeconds: now,
      endSeconds: this.exercise.endSeconds,
      finished: this.isFinished,
      injects: this.fired.map((r) => ({ ...r })),
      decisions: this.log.map((r) => ({ ...r })),
      active: this.conditions.filter((c) => c.since <= now && now < c.until).map((c) => ({ ...c })),
      cooldowns,
    };
  }

  /**
   * What the decisions cost on top of the engine's labour cost: each use's fixed cost plus the overtime premium
   * of the agents it added, from when they logged in to the end (or now).
   */
  decisionCost(): number {
    const end = this.endedAt ?? this.live.nowSeconds;
    let cost = 0;
    for (const record of this.log) {
      if (record.status === 'failed') continue;
      cost += record.cost;
      const added = this.added.get(record.index) ?? 0;
      const premium = this.allowed(record.action.kind)?.premiumPerAgentHour ?? 0;
      cost += (premium * added * Math.max(0, end - record.appliedAt)) / 3600;
    }
    return cost;
  }

  /** The session as a small file (see ExerciseSessionFile); `kpis` are added by the caller that scores it. */
  toFile(): ExerciseSessionFile {
    return {
      format: 'switchboard-exercise-session',
      version: 1,
      exerciseId: this.exercise.id,
      exerciseCode: this.code,
      seed: this.exercise.seed,
      decisions: this.log.map((r) => ({ requestedAt: r.requestedAt, action: r.action })),
      endedAt: this.endedAt ?? this.live.nowSeconds,
    };
  }

  private allowed(kind: string): AllowedDecision | undefined {
    return this.exercise.decisions.find((d) => d.kind === kind);
  }

  private check(action: ExerciseAction): ValidationIssue[] {
    if (this.isFinished) return [{ path: '', message: 'the exercise has ended' }];
    const shape = actionSchema.safeParse(action);
    if (!shape.success) return shape.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const allowed = this.allowed(action.kind);
    if (allowed === undefined)
      return [
        {
          path: 'kind',
          message: `"${action.kind}" is not a decision this exercise allows (${this.exercise.decisions.map((d) => d.kind).join(', ') || 'none'})`,
        },
      ];
    const groups =
      'group' in action
        ? [['group', action.group]]
        : action.kind === 'move-agents'
          ? [
              ['from', action.from],
              ['to', action.to],
            ]
          : [];
    const issues = actionIssues(action, '', this.scenario).map((i) => ({ ...i, path: i.path.replace(/^\./, '') }));
    for (const [field, group] of groups)
      if (allowed.groups !== undefined && !allowed.groups.includes(group as string))
        issues.push({
          path: field as string,
          message: `"${group}" is not a group this exercise lets you change (${allowed.groups.join(', ')})`,
        });
    const last = this.lastRequestAt.get(action.kind);
    const now = this.live.nowSeconds;
    if (last !== undefined && now < last + allowed.cooldownSeconds)
      issues.push({
        path: 'kind',
        message: `"${action.kind}" is cooling down until ${last + allowed.cooldownSeconds} s (now ${now} s; cooldown ${allowed.cooldownSeconds} s)`,
      });
    return issues;
  }

  private nextInstant(): number | undefined {
    let next = this.injects[this.nextInject]?.atSeconds;
    for (const r of this.log)
      if (r.status === 'pending' && (next === undefined || r.appliedAt < next)) next = r.appliedAt;
    return next;
  }

  /** At instant t: injects due fire first (in order), then decisions due, in the order they were requested. */
  private fireDue(t: number): void {
    while (this.nextInject < this.injects.length && (this.injects[this.nextInject] as Inject).atSeconds <= t) {
      this.fire(this.injects[this.nextInject] as Inject);
      this.nextInject++;
    }
    for (const record of this.log) if (record.status === 'pending' && record.appliedAt <= t) this.apply(record);
  }

  private fire(inject: Inject): void {
    const effect = inject.effect;
    this.fired.push({
      id: inject.id,
      atSeconds: inject.atSeconds,
      title: inject.title,
      message: inject.message,
      effect: effect.kind,
    });
    if (effect.kind === 'message') return;
    if (effect.kind === 'system-slowdown') this.live.systemSlowdown(effect.factor, effect.durationSeconds);
    const response = effect.kind === 'system-slowdown' ? { ok: true as const } : this.live.intervene(effect);
    if (!response.ok)
      throw new Error(
        `inject ${inject.id} failed: ${response.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      );
    if (effect.kind === 'arrival-surge' || effect.kind === 'ivr-outage' || effect.kind === 'system-slowdown')
      this.conditions.push({
        kind: effect.kind,
        label: inject.title,
        since: inject.atSeconds,
        until: inject.atSeconds + effect.durationSeconds,
        source: inject.id,
      });
  }

  private apply(record: DecisionRecord): void {
    const action = record.action;
    let intervention: Intervention;
    let before = 0;
    if (action.kind === 'add-agents' || action.kind === 'set-agents') {
      before = loggedIn(this.live.layout, this.live.snapshot(), action.group);
      intervention =
        action.kind === 'add-agents'
          ? { kind: 'set-agents', group: action.group, agents: before + action.agents }
          : action;
    } else intervention = action;
    const response = this.live.intervene(intervention);
    if (response.ok) {
      record.status = 'applied';
      if (intervention.kind === 'set-agents') this.added.set(record.index, Math.max(0, intervention.agents - before));
    } else {
      record.status = 'failed';
      record.note = response.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    }
  }
}
