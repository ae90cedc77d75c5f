// Replaying decisions into a fresh ExerciseSession, scoring a finished one, and the session file: its format,
// its check against the exercise (code, allowed decisions, times) and its exact replay. Pure, no DOM.
import type { ValidationIssue } from '../scenario/validate';
import type { Scenario } from '../scenario/schema';
import { ExerciseSession, type ExerciseSessionOptions } from './exercise-session';
import { computeScore, responsesTo } from './score';
import { actionSchema } from './schema';
import type { Exercise, ExerciseAction, ExerciseSessionFile, RunSummary, ScoreBreakdown, SessionKpis } from './types';

export interface TimedDecision {
  requestedAt: number;
  action: ExerciseAction;
}

export type ReplayResult = { ok: true; session: ExerciseSession } | { ok: false; issues: ValidationIssue[] };

/** Most decisions a session file may hold (a trainee makes a few dozen at most). */
export const MAX_SESSION_DECISIONS = 1000;

/**
 * Plays `decisions` (in request order) into a new session up to `untilSeconds`; a decision the session
 * refuses (cooldown, not allowed, …) is an issue naming `decisions[i]`, unless `skipRefused` (the debrief's
 * hypothetical runs, where "15 min earlier" may collide with a cooldown). The session is ended at
 * `untilSeconds` unless `keepOpen`.
 */
export function replayDecisions(
  exercise: Exercise,
  scenario: Scenario,
  decisions: readonly TimedDecision[],
  untilSeconds: number,
  options: ExerciseSessionOptions & { skipRefused?: boolean; keepOpen?: boolean } = {},
): ReplayResult {
  const session = new ExerciseSession(exercise, scenario, options);
  const issues: ValidationIssue[] = [];
  decisions.forEach((d, i) => {
    if (d.requestedAt > untilSeconds) return;
    session.advanceTo(d.requestedAt);
    if (session.nowSeconds !== d.requestedAt || session.isFinished) {
      issues.push({
        path: `decisions[${i}].requestedAt`,
        message: `cannot be applied at ${d.requestedAt} s (the exercise is at ${session.nowSeconds} s${session.isFinished ? ', ended' : ''})`,
      });
      return;
    }
    const response = session.intervene(d.action);
    if (!response.ok && !options.skipRefused)
      for (const issue of response.issues)
        issues.push({ path: `decisions[${i}].action${issue.path ? `.${issue.path}` : ''}`, message: issue.message });
  });
  if (issues.length > 0) return { ok: false, issues };
  session.advanceTo(untilSeconds);
  // Stopped before the exercise's end: the trainee ended it there (a fork keeps it open instead).
  if (untilSeconds < exercise.endSeconds && options.keepOpen !== true) session.end();
  return { ok: true, session };
}

/** The KPIs and score of a session (finished or not: the run so far). */
export function summarise(session: ExerciseSession, label: string): { summary: RunSummary; score: ScoreBreakdown } {
  const snap = session.snapshot();
  const end = session.endedAtSeconds ?? session.nowSeconds;
  const intervals = snap.intervals.filter((i) => i.startSeconds < end);
  const cost = snap.total.cost + session.decisionCost();
  const responses = responsesTo(session.exercise, session.decisions);
  const score = computeScore(session.exercise, {
    serviceLevelTarget: session.scenario.serviceLevel.target,
    intervals,
    offered: snap.total.offered,
    abandoned: snap.total.abandoned,
    transferredOut: snap.total.transferredOut,
    cost,
    responseSeconds: responses.map((r) => (r === null ? null : r.latencySeconds)),
  });
  return {
    score,
    summary: {
      label,
      offered: snap.total.offered,
      answered: snap.total.answered,
      abandoned: snap.total.abandoned,
      serviceLevel: snap.total.serviceLevel,
      cost,
      score: score.total,
      series: {
        startSeconds: intervals.map((i) => i.startSeconds),
        serviceLevel: intervals.map((i) => i.serviceLevel),
        waiting: intervals.map((i) => i.meanQueueLength),
        abandoned: intervals.map((i) => i.abandoned),
      },
    },
  };
}

export function sessionKpis(summary: RunSummary): SessionKpis {
  const { offered, answered, abandoned, serviceLevel, cost, score } = summary;
  return { offered, answered, abandoned, serviceLevel, cost, score };
}

/** A finished session as a file, with its KPIs so a replay can check them. */
export function sessionFile(session: ExerciseSession): ExerciseSessionFile {
  return { ...session.toFile(), kpis: sessionKpis(summarise(session, 'trainee').summary) };
}

/** Checks a session file's shape and that it belongs to `exercise` (id, code, seed, times inside the day). */
export function checkSessionFile(input: unknown, exercise: Exercise, code: string): ValidationIssue[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return [{ path: '', message: 'a session file must be a JSON object {...}' }];
  const file = input as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const allowedKeys = ['format', 'version', 'exerciseId', 'exerciseCode', 'seed', 'decisions', 'endedAt', 'kpis'];
  for (const key of Object.keys(file))
    if (!allowedKeys.includes(key)) issues.push({ path: key, message: 'unknown field' });
  if (file.format !== 'switchboard-exercise-session')
    issues.push({
      path: 'format',
      message: `must be "switchboard-exercise-session" (got ${JSON.stringify(file.format)})`,
    });
  if (file.version !== 1) issues.push({ path: 'version', message: `must be 1 (got ${JSON.stringify(file.version)})` });
  if (file.exerciseId !== exercise.id)
    issues.push({
      path: 'exerciseId',
      message: `is "${String(file.exerciseId)}" but the exercise is "${exercise.id}"`,
    });
  if (file.exerciseCode !== code)
    issues.push({
      path: 'exerciseCode',
      message: `is ${JSON.stringify(file.exerciseCode)} but the exercise's code is ${code}: the exercise was changed since this session was played`,
    });
  if (file.seed !== exercise.seed)
    issues.push({
      path: 'seed',
      message: `is ${JSON.stringify(file.seed)} but the exercise's seed is ${JSON.stringify(exercise.seed)}`,
    });
  const endedAt = file.endedAt;
  if (typeof endedAt !== 'number' || !(endedAt >= 0 && endedAt <= exercise.endSeconds))
    issues.push({
      path: 'endedAt',
      message: `must be a number from 0 to ${exercise.endSeconds} (got ${JSON.stringify(endedAt)})`,
    });
  const decisions = file.decisions;
  if (!Array.isArray(decisions) || decisions.length > MAX_SESSION_DECISIONS) {
    issues.push({ path: 'decisions', message: `must be a list of at most ${MAX_SESSION_DECISIONS} decisions` });
    return issues;
  }
  let previous = 0;
  decisions.forEach((d: unknown, i) => {
    const at = (d as { requestedAt?: unknown } | null)?.requestedAt;
    if (typeof at !== 'number' || !(at >= previous) || (typeof endedAt === 'number' && at > endedAt))
      issues.push({
        path: `decisions[${i}].requestedAt`,
        message: `must be a time from ${previous} to endedAt, in order (got ${JSON.stringify(at)})`,
      });
    else previous = at;
    const action = actionSchema.safeParse((d as { action?: unknown } | null)?.action);
    if (!action.success)
      for (const issue of action.error.issues)
        issues.push({
          path: `decisions[${i}].action${issue.path.length ? `.${issue.path.join('.')}` : ''}`,
          message: issue.message,
        });
    else if (!exercise.decisions.some((x) => x.kind === action.data.kind))
      issues.push({
        path: `decisions[${i}].action.kind`,
        message: `"${action.data.kind}" is not a decision this exercise allows`,
      });
  });
  return issues;
}

export type SessionReplay =
  | { ok: true; session: ExerciseSession; summary: RunSummary; score: ScoreBreakdown; matchesRecorded: boolean | null }
  | { ok: false; issues: ValidationIssue[] };

/** Replays a session file against its exercise; `matchesRecorded` compares the KPIs it recorded (null if none). */
export function replaySessionFile(input: unknown, exercise: Exercise, scenario: Scenario, code: string): SessionReplay {
  const issues = checkSessionFile(input, exercise, code);
  if (issues.length > 0) return { ok: false, issues };
  const file = input as ExerciseSessionFile;
  const replay = replayDecisions(exercise, scenario, file.decisions, file.endedAt);
  if (!replay.ok) return replay;
  const { summary, score } = summarise(replay.session, 'trainee');
  const recorded = file.kpis;
  const matchesRecorded =
    recorded === undefined
      ? null
      : JSON.stringify(sessionKpis(summary)) === JSON.stringify(sessionKpis({ ...summary, ...recorded }));
  return { ok: true, session: replay.session, summary, score, matchesRecorded };
}
