// The functions the worker exposes for classroom mode (`api.classroom.…`): make and open class packs, make a
// trainee's hand-in, verify hand-ins by replaying them, and the class's board (duplicates, leaderboard, spread,
// CSV). Built-in exercises and scenarios are handed in by the caller (src/sim never imports src/scenarios).
// Pure: no DOM, no Comlink.
import { buildDebrief } from '../exercise/debrief';
import { replayDecisions } from '../exercise/replay';
import { validateExercise } from '../exercise/validate';
import type { Debrief, Exercise, ExerciseSessionFile } from '../exercise/types';
import type { Scenario } from '../scenario/schema';
import type { ValidationIssue } from '../scenario/validate';
import { classCsv } from './csv';
import { createHandIn, handInToCode } from './hand-in';
import {
  createPack,
  packFromLink,
  packToLink,
  parsePackText,
  resolvePack,
  validatePack,
  type PackResult,
} from './pack';
import { classSpread, rankResults, TIE_BREAK, type RankedResult, type Spread } from './ranking';
import type { ClassPack, ClassResult, HandIn } from './types';
import { markDuplicates, verifyHandIn } from './verify';

export interface ClassroomSources {
  exercises: readonly Exercise[];
  scenarios: readonly Scenario[];
}

export type OpenPackResponse =
  | { ok: true; pack: ClassPack; exercise: Exercise; identity: string; link: string; fileText: string }
  | { ok: false; issues: ValidationIssue[] };

export type HandInResponse =
  { ok: true; handIn: HandIn; code: string; fileText: string } | { ok: false; issues: ValidationIssue[] };

export interface ClassBoard {
  /** Every hand-in, duplicates marked, in the order handed in. */
  results: ClassResult[];
  ranked: RankedResult[];
  spread: Spread[];
  tieBreak: readonly string[];
  csv: string;
}

/** A pack from its object, its file's text or its link's code (`#class=` stripped or not). */
function readPack(input: unknown): PackResult {
  if (typeof input !== 'string') return validatePack(input);
  const trimmed = input.trim();
  if (trimmed.startsWith('{')) return parsePackText(trimmed);
  return packFromLink(trimmed.replace(/^.*#class=/, ''));
}

export function createClassroomService(sources: ClassroomSources) {
  function open(input: unknown) {
    const read = readPack(input);
    if (!read.ok) return read;
    const resolved = resolvePack(read.pack, sources.exercises);
    if (!resolved.ok) return resolved;
    const scenario = sources.scenarios.find((s) => s.id === resolved.exercise.scenario);
    if (scenario === undefined)
      return {
        ok: false as const,
        issues: [
          {
            path: 'exercise.scenario',
            message: `unknown scenario "${resolved.exercise.scenario}": a class pack plays a built-in scenario`,
          },
        ],
      };
    return { ...resolved, scenario };
  }

  function describePack(input: unknown): OpenPackResponse {
    const opened = open(input);
    if (!opened.ok) return opened;
    return {
      ok: true,
      pack: opened.pack,
      exercise: opened.exercise,
      identity: opened.identity,
      link: packToLink(opened.pack),
      fileText: `${JSON.stringify(opened.pack, null, 2)}\n`,
    };
  }

  return {
    /** A new pack of a built-in exercise (by id) or of an exercise given as data. */
    /** A pack of a built-in exercise (its id) or of the trainer's own (exercise data, e.g. from a file). */
    createPack(
      exercise: string | unknown,
      options: { className: string; seed: string | number; timeLimitMinutes?: number },
    ): OpenPackResponse {
      let chosen: Exercise;
      if (typeof exercise === 'string') {
        const builtIn = sources.exercises.find((e) => e.id === exercise);
        if (builtIn === undefined)
          return { ok: false, issues: [{ path: 'exercise', message: `unknown built-in exercise "${exercise}"` }] };
        chosen = builtIn;
      } else {
        const checked = validateExercise(exercise);
        if (!checked.ok)
          return {
            ok: false,
            issues: checked.issues.map((i) => ({ ...i, path: i.path ? `exercise.${i.path}` : 'exercise' })),
          };
        chosen = checked.exercise;
      }
      const isBuiltIn = typeof exercise === 'string';
      const made = createPack(chosen, { ...options, isBuiltIn });
      return made.ok ? describePack(made.pack) : made;
    },

    /** Opens a pack (object, file text or link): the exercise as played and the identity trainees see. */
    openPack: (input: unknown): OpenPackResponse => describePack(input),

    /** A trainee's hand-in of a finished session (from api.exercise.exportSession), with the KPIs they saw. */
    createHandIn(pack: unknown, file: ExerciseSessionFile, trainee: { name: string; team?: string }): HandInResponse {
      const opened = open(pack);
      if (!opened.ok) return opened;
      if (file.kpis === undefined)
        return {
          ok: false,
          issues: [{ path: 'session.kpis', message: 'the session has no KPIs: end the exercise first' }],
        };
      const made = createHandIn(file, {
        className: opened.pack.className,
        packIdentity: opened.identity,
        ...trainee,
        claimed: file.kpis,
      });
      if (!made.ok) return made;
      return {
        ok: true,
        handIn: made.handIn,
        code: handInToCode(made.handIn),
        fileText: `${JSON.stringify(made.handIn, null, 2)}\n`,
      };
    },

    /** Verifies one hand-in (file text or code) against the pack. A bad pack fails every hand-in with its reason. */
    verifyHandIn(pack: unknown, source: string, text: string): ClassResult {
      const opened = open(pack);
      if (!opened.ok)
        return { source, status: 'malformed', problems: opened.issues.map((i) => `pack ${i.path}: ${i.message}`) };
      return verifyHandIn(source, text, opened);
    },

    /** The class's board from verified results: duplicates marked, the leaderboard, the spread and the CSV. */
    classBoard(className: string, identity: string, results: ClassResult[]): ClassBoard {
      const marked = markDuplicates(results);
      const ranked = rankResults(marked);
      return {
        results: marked,
        ranked,
        spread: classSpread(ranked),
        tieBreak: TIE_BREAK,
        csv: classCsv(className, identity, marked),
      };
    },

    /** A trainee's debrief (replayed from the hand-in on the pack's exercise). */
    debriefHandIn(
      pack: unknown,
      handIn: HandIn,
    ): { ok: true; debrief: Debrief } | { ok: false; issues: ValidationIssue[] } {
      const opened = open(pack);
      if (!opened.ok) return opened;
      const replay = replayDecisions(
        opened.exercise,
        opened.scenario,
        handIn.session.decisions,
        handIn.session.endedAt,
      );
      if (!replay.ok) return replay;
      return { ok: true, debrief: buildDebrief(replay.session) };
    },
  };
}

export type ClassroomService = ReturnType<typeof createClassroomService>;
