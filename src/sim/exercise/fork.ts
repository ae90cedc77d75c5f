// Fork the day: a second session that replays the decision log of a running one up to its present instant,
// so the run before the fork is identical and every caller after it arrives the same; both branches then go on
// under different decisions and are compared at the end. Works for plain live runs through a free-play
// exercise (every intervention allowed at once, no injects). Pure, no DOM.
import type { Scenario } from '../scenario/schema';
import type { ExerciseSession, ExerciseSessionOptions } from './exercise-session';
import { replayDecisions, summarise } from './replay';
import { actionKinds } from './schema';
import { EXERCISE_SCHEMA_VERSION, type Exercise, type RunSummary } from './types';

/** A branch of `session` at its present instant: same exercise, same decisions so far (pending ones too). */
export function forkSession(session: ExerciseSession, options: ExerciseSessionOptions = {}): ExerciseSession {
  const at = session.nowSeconds;
  const decisions = session.decisions.map((d) => ({ requestedAt: d.requestedAt, action: d.action }));
  const replay = replayDecisions(session.exercise, session.scenario, decisions, at, { ...options, keepOpen: true });
  if (!replay.ok) throw new Error(`fork failed: ${replay.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  if (session.isFinished) replay.session.end();
  return replay.session;
}

export interface BranchComparison {
  a: RunSummary;
  b: RunSummary;
  /** b − a */
  answeredDelta: number;
  abandonedDelta: number;
  costDelta: number;
}

export function compareBranches(a: ExerciseSession, b: ExerciseSession): BranchComparison {
  const sa = summarise(a, 'original').summary;
  const sb = summarise(b, 'fork').summary;
  return {
    a: sa,
    b: sb,
    answeredDelta: sb.answered - sa.answered,
    abandonedDelta: sb.abandoned - sa.abandoned,
    costDelta: sb.cost - sa.cost,
  };
}

/** A plain live run as an exercise with no injects and every intervention allowed at once, so it can fork. */
export function freePlayExercise(scenario: Scenario, seed: string | number = scenario.seed): Exercise {
  const endSeconds = scenario.horizon.kind === 'duration' ? scenario.horizon.seconds : 7 * 86_400;
  return {
    schemaVersion: EXERCISE_SCHEMA_VERSION,
    id: `free-play-${scenario.id}`,
    name: `Free play: ${scenario.name}`,
    teaches: 'Free play: no injects, every intervention allowed at once.',
    scenario: scenario.id,
    seed,
    endSeconds,
    playSpeed: 60,
    briefing: { situation: 'A live run of the scenario.', role: 'supervisor', mayDo: ['any live intervention'] },
    objectives: [{ id: 'service', text: 'Keep service level on target', scorePart: 'service-level' }],
    decisions: actionKinds.map((kind) => ({
      kind,
      delaySeconds: 0,
      cooldownSeconds: 0,
      costPerUse: 0,
      premiumPerAgentHour: 0,
    })),
    injects: [],
    scoring: { parts: [{ kind: 'service-level', weight: 1 }] },
  };
}
