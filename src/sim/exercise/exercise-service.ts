// The functions the worker exposes for exercises (ExerciseApi in types.ts's terms): list and open exercises,
// play one (paused on its briefing until `play`), decide, end, score, debrief, export and replay sessions, and
// fork the day into side-by-side branches. Built-in exercises and scenarios are handed in by the caller (src/sim
// never imports src/scenarios). Pure: no DOM, no Comlink.
import type { FloorLayout, FloorSnapshot, Intervention, SnapshotCallback } from '../api';
import { LivePlayer, type PlayableSession, type PlayerOptions } from '../live/live-player';
import { tryLoadScenario } from '../scenario/migrate';
import type { Scenario } from '../scenario/schema';
import type { ValidationIssue } from '../scenario/validate';
import { exerciseCode } from './code';
import { buildDebrief } from './debrief';
import { ExerciseSession } from './exercise-session';
import { compareBranches, forkSession, freePlayExercise, type BranchComparison } from './fork';
import { replayDecisions, replaySessionFile, sessionFile, summarise, type SessionReplay } from './replay';
import { explainRule } from './score';
import type {
  Debrief,
  Exercise,
  ExerciseAction,
  ExerciseDecisionResponse,
  ExerciseInfo,
  ExerciseSessionFile,
  ExerciseState,
  RunSummary,
  ScoreBreakdown,
  ScorePartResult,
} from './types';
import { checkAgainstScenario, validateExercise, type ExerciseResult } from './validate';
import { exerciseFromLink, exerciseToLink } from './link';

export type ScoreRule = Omit<ScorePartResult, 'value' | 'measured' | 'fraction' | 'points'>[];

export type OpenExerciseResponse =
  | { ok: true; exercise: Exercise; code: string; rule: ScoreRule; layout: FloorLayout; state: ExerciseState }
  | { ok: false; issues: ValidationIssue[] };

export type ReplayResponse =
  | { ok: true; summary: RunSummary; score: ScoreBreakdown; matchesRecorded: boolean | null }
  | { ok: false; issues: ValidationIssue[] };

export type DebriefResponse =
  { ok: true; debrief: Debrief; matchesRecorded: boolean | null } | { ok: false; issues: ValidationIssue[] };

export interface ExerciseServiceSources {
  exercises: readonly Exercise[];
  scenarios: readonly Scenario[];
}

/** Advances every branch together: the player plays branch 0 and the others keep the same clock. */
class Branches implements PlayableSession {
  readonly list: ExerciseSession[];
  constructor(first: ExerciseSession) {
    this.list = [first];
  }
  get nowSeconds(): number {
    return (this.list[0] as ExerciseSession).nowSeconds;
  }
  get isFinished(): boolean {
    return this.list.every((b) => b.isFinished);
  }
  advanceTo(seconds: number): void {
    for (const branch of this.list) branch.advanceTo(seconds);
  }
  snapshot(): FloorSnapshot {
    return (this.list[0] as ExerciseSession).snapshot();
  }
}

function info(exercise: Exercise): ExerciseInfo {
  return {
    id: exercise.id,
    name: exercise.name,
    teaches: exercise.teaches,
    scenario: exercise.scenario,
    role: exercise.briefing.role,
    playSpeed: exercise.playSpeed,
    playMinutes: exercise.endSeconds / exercise.playSpeed / 60,
    code: exerciseCode(exercise),
    ...(exercise.translations === undefined
      ? {}
      : {
          translations: Object.fromEntries(
            Object.entries(exercise.translations).map(([locale, t]) => [locale, { name: t.name, teaches: t.teaches }]),
          ),
        }),
  };
}

export function createExerciseService(sources: ExerciseServiceSources, playerOptions: PlayerOptions = {}) {
  let branches: Branches | undefined;
  let player: LivePlayer | undefined;

  function resolveScenario(
    exercise: Exercise,
    scenarioInput?: unknown,
  ): { ok: true; scenario: Scenario } | { ok: false; issues: ValidationIssue[] } {
    if (scenarioInput !== undefined) {
      const loaded = tryLoadScenario(scenarioInput);
      if (!loaded.ok) return { ok: false, issues: loaded.issues.map((i) => ({ ...i, path: `scenario.${i.path}` })) };
      return { ok: true, scenario: loaded.scenario };
    }
    const scenario = sources.scenarios.find((s) => s.id === exercise.scenario);
    if (scenario === undefined)
      return {
        ok: false,
        issues: [
          {
            path: 'scenario',
            message: `unknown scenario "${exercise.scenario}": not a built-in; hand the scenario in with the exercise`,
          },
        ],
      };
    return { ok: true, scenario };
  }

  /** An exercise by built-in id or as data, validated and checked against its scenario. */
  function load(
    input: unknown,
    scenarioInput?: unknown,
  ): { ok: true; exercise: Exercise; scenario: Scenario } | { ok: false; issues: ValidationIssue[] } {
    let exercise: Exercise;
    if (typeof input === 'string') {
      const found = sources.exercises.find((e) => e.id === input);
      if (found === undefined)
        return {
          ok: false,
          issues: [
            { path: '', message: `unknown exercise "${input}" (${sources.exercises.map((e) => e.id).join(', ')})` },
          ],
        };
      exercise = found;
    } else {
      const validated = validateExercise(input);
      if (!validated.ok) return validated;
      exercise = validated.exercise;
    }
    const scenario = resolveScenario(exercise, scenarioInput);
    if (!scenario.ok) return scenario;
    const issues = checkAgainstScenario(exercise, scenario.scenario);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, exercise, scenario: scenario.scenario };
  }

  /** The exercise a session file names (or the one handed in), then the file replayed against it. */
  function replayFile(file: unknown, exercise?: unknown, scenario?: unknown): SessionReplay {
    if (file === null || typeof file !== 'object' || Array.isArray(file))
      return { ok: false, issues: [{ path: '', message: 'a session file must be a JSON object {...}' }] };
    const id = (file as { exerciseId?: unknown }).exerciseId;
    if (exercise === undefined && typeof id !== 'string')
      return {
        ok: false,
        issues: [{ path: 'exerciseId', message: `must be an exercise id (got ${JSON.stringify(id)})` }],
      };
    if (exercise === undefined && !sources.exercises.some((e) => e.id === id))
      return {
        ok: false,
        issues: [
          {
            path: 'exerciseId',
            message: `unknown exercise "${String(id)}": not a built-in (${sources.exercises.map((e) => e.id).join(', ')}); open it with the exercise file`,
          },
        ],
      };
    const loaded = load(exercise ?? id, scenario);
    if (!loaded.ok) return loaded;
    return replaySessionFile(file, loaded.exercise, loaded.scenario, exerciseCode(loaded.exercise));
  }

  function open(session: ExerciseSession): OpenExerciseResponse {
    player?.pause();
    branches = new Branches(session);
    player = new LivePlayer(branches, playerOptions);
    return {
      ok: true,
      exercise: session.exercise,
      code: session.code,
      rule: explainRule(session.exercise, session.scenario.serviceLevel.target),
      layout: session.layout,
      state: session.state(),
    };
  }

  function branch(index = 0): ExerciseSession {
    const b = branches?.list[index];
    if (b === undefined)
      throw new Error(branches === undefined ? 'no exercise is open: call openExercise first' : `no branch ${index}`);
    return b;
  }

  return {
    listExercises: (): ExerciseInfo[] => sources.exercises.map(info),
    getExercise: (id: string): Exercise | undefined => sources.exercises.find((e) => e.id === id),

    /** Validates an exercise (data) against its scenario (a built-in, or `scenario` handed in) without opening it. */
    validateExercise(
      input: unknown,
      scenario?: unknown,
    ): { ok: true; code: string; rule: ScoreRule } | { ok: false; issues: ValidationIssue[] } {
      const loaded = load(input, scenario);
      if (!loaded.ok) return loaded;
      return {
        ok: true,
        code: exerciseCode(loaded.exercise),
        rule: explainRule(loaded.exercise, loaded.scenario.serviceLevel.target),
      };
    },

    /** Opens an exercise (built-in id or data) paused at time 0, on its briefing. Replaces any open run. */
    openExercise(input: unknown, scenario?: unknown): OpenExerciseResponse {
      const loaded = load(input, scenario);
      if (!loaded.ok) return loaded;
      return open(new ExerciseSession(loaded.exercise, loaded.scenario));
    },

    /** Reads an exercise from a link's text (see link.ts); open it with openExercise(result.exercise). */
    exerciseFromLink: (text: string): ExerciseResult => exerciseFromLink(text),
    exerciseToLink: (exercise: Exercise): string => exerciseToLink(exercise),

    /** Opens a plain live run of a scenario that can be forked (free play: no injects, no frictions). */
    openFreePlay(scenarioInput: unknown, seed?: string | number): OpenExerciseResponse {
      const loaded = tryLoadScenario(scenarioInput);
      if (!loaded.ok) return loaded;
      return open(new ExerciseSession(freePlayExercise(loaded.scenario, seed), loaded.scenario));
    },

    /**
     * Forks a plain live run (the Live tab's): replays its interventions at their instants into a free-play run up
     * to `atSeconds`, then forks there, so branch 0 is the live day so far and branch 1 the same callers from that
     * instant. Paused; play, decide(…, index) and compareBranches steer and compare the two.
     */
    forkLive(
      scenarioInput: unknown,
      decisions: readonly { atSeconds: number; intervention: Intervention }[],
      atSeconds: number,
      seed?: string | number,
    ): OpenExerciseResponse {
      if (!Number.isFinite(atSeconds) || atSeconds < 0)
        return { ok: false, issues: [{ path: 'atSeconds', message: `must be a time ≥ 0 s (got ${atSeconds})` }] };
      const loaded = tryLoadScenario(scenarioInput);
      if (!loaded.ok) return loaded;
      const exercise = freePlayExercise(loaded.scenario, seed);
      const timed = decisions.map((d) => ({ requestedAt: d.atSeconds, action: d.intervention }));
      const replay = replayDecisions(exercise, loaded.scenario, timed, atSeconds, { keepOpen: true });
      if (!replay.ok) return replay;
      const opened = open(replay.session);
      (branches as Branches).list.push(forkSession(replay.session));
      return opened;
    },

    play(speed: number, onSnapshot: SnapshotCallback): void {
      branch();
      (player as LivePlayer).play(speed, onSnapshot);
    },
    pause(): void {
      player?.pause();
    },
    step(simulatedSeconds: number): FloorSnapshot {
      branch();
      return (player as LivePlayer).step(simulatedSeconds);
    },
    snapshot: (index = 0): FloorSnapshot => branch(index).snapshot(),
    layout: (index = 0): FloorLayout => branch(index).layout,
    state: (index = 0): ExerciseState => branch(index).state(),
    decide: (action: ExerciseAction, index = 0): ExerciseDecisionResponse => branch(index).intervene(action),

    /** The trainee ends the exercise (every branch) now. */
    endExercise(): ExerciseState {
      player?.pause();
      for (const b of branches?.list ?? []) b.end();
      return branch().state();
    },

    score: (index = 0): ScoreBreakdown => summarise(branch(index), 'trainee').score,
    debrief: (index = 0): Debrief => buildDebrief(branch(index)),
    exportSession: (index = 0): ExerciseSessionFile => sessionFile(branch(index)),

    /** Forks the day at the present instant: returns the new branch's index; decide(…, index) steers it. */
    fork(from = 0): number {
      const list = (branches as Branches | undefined)?.list;
      const forked = forkSession(branch(from));
      (list as ExerciseSession[]).push(forked);
      return (list as ExerciseSession[]).length - 1;
    },
    compareBranches: (a = 0, b = 1): BranchComparison => compareBranches(branch(a), branch(b)),

    /** Replays a session file against its exercise (built-in id from the file, or `exercise` data). */
    replaySession(file: unknown, exercise?: unknown, scenario?: unknown): ReplayResponse {
      const replay = replayFile(file, exercise, scenario);
      if (!replay.ok) return replay;
      return { ok: true, summary: replay.summary, score: replay.score, matchesRecorded: replay.matchesRecorded };
    },

    /**
     * Replays a session file (a trainer opens a trainee's day) and returns that day's debrief; a file that does
     * not match its exercise (another exercise's code, an unknown exercise, a decision it does not allow) comes
     * back as issues naming the field.
     */
    debriefSession(file: unknown, exercise?: unknown, scenario?: unknown): DebriefResponse {
      const replay = replayFile(file, exercise, scenario);
      if (!replay.ok) return replay;
      return { ok: true, debrief: buildDebrief(replay.session), matchesRecorded: replay.matchesRecorded };
    },
  };
}

export type ExerciseService = ReturnType<typeof createExerciseService>;
