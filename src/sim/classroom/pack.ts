// The class pack: one exercise, its seed, an optional time limit and the class's name, as a file and as a link
// (`#class=` + base64url). Validation names each field; sizes are checked before parsing. Resolving a pack gives
// the exercise as played (the pack's seed, the time limit's end) and its identity shown on every screen. No DOM.
import { canonicalJson, exerciseCode } from '../exercise/code';
import type { Exercise } from '../exercise/types';
import { MAX_EXERCISE_CHARS, validateExercise } from '../exercise/validate';
import { describe, isRecord, join, literal, number, parseJson, seed, text, unknownKeys, type Issues } from './fields';
import { fromBase64Url, toBase64Url } from './text-codec';
import type { ClassPack } from './types';

/** A pack file is its exercise plus a few fields. */
export const MAX_PACK_CHARS = MAX_EXERCISE_CHARS + 2_000;
export const MAX_CLASS_NAME_CHARS = 80;
/** A class session lasts at most a working day. */
export const MAX_TIME_LIMIT_MINUTES = 480;

export type PackResult = { ok: true; pack: ClassPack } | { ok: false; issues: Issues };

export function validatePack(input: unknown): PackResult {
  if (!isRecord(input))
    return {
      ok: false,
      issues: [{ path: '', message: `a class pack must be a JSON object {...} (got ${describe(input)})` }],
    };
  const issues: Issues = [];
  unknownKeys(
    input,
    ['format', 'version', 'className', 'exercise', 'exerciseCode', 'seed', 'timeLimitMinutes'],
    '',
    issues,
  );
  literal(input.format, 'switchboard-class-pack', 'format', issues);
  literal(input.version, 1, 'version', issues);
  text(input.className, 'className', MAX_CLASS_NAME_CHARS, issues);
  if (typeof input.exercise === 'string') text(input.exercise, 'exercise', 100, issues);
  else if (isRecord(input.exercise)) {
    const checked = validateExercise(input.exercise);
    if (!checked.ok)
      for (const i of checked.issues) issues.push({ path: join('exercise', i.path), message: i.message });
  } else
    issues.push({
      path: 'exercise',
      message: `must be a built-in exercise's id or an exercise {...} (got ${describe(input.exercise)})`,
    });
  if (typeof input.exerciseCode !== 'string' || !/^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(input.exerciseCode))
    issues.push({
      path: 'exerciseCode',
      message: `must be an exercise code like "K3F9-2Q7X" (got ${describe(input.exerciseCode)})`,
    });
  seed(input.seed, 'seed', issues);
  if (input.timeLimitMinutes !== undefined)
    number(input.timeLimitMinutes, 'timeLimitMinutes', 1, MAX_TIME_LIMIT_MINUTES, issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, pack: input as unknown as ClassPack };
}

export function parsePackText(input: string): PackResult {
  const parsed = parseJson(input, MAX_PACK_CHARS, 'a class pack');
  return parsed.ok ? validatePack(parsed.value) : parsed;
}

/** A pack for `exercise` (a built-in's id is kept as the id so the link stays short enough for a QR code). */
export function createPack(
  exercise: Exercise,
  options: { className: string; seed: string | number; timeLimitMinutes?: number; isBuiltIn: boolean },
): PackResult {
  return validatePack({
    format: 'switchboard-class-pack',
    version: 1,
    className: options.className.trim(),
    exercise: options.isBuiltIn ? exercise.id : (exercise as unknown as Record<string, unknown>),
    exerciseCode: exerciseCode(exercise),
    seed: options.seed,
    ...(options.timeLimitMinutes === undefined ? {} : { timeLimitMinutes: options.timeLimitMinutes }),
  });
}

/** The exercise as every trainee plays it: the pack's seed, and its end brought forward by the time limit. */
export function playedExercise(pack: ClassPack, exercise: Exercise): Exercise {
  const limitSeconds =
    pack.timeLimitMinutes === undefined ? Infinity : Math.round(pack.timeLimitMinutes * 60 * exercise.playSpeed);
  const endSeconds = Math.min(exercise.endSeconds, limitSeconds);
  return {
    ...exercise,
    seed: pack.seed,
    endSeconds,
    // Injects past the end never fire; leaving them out keeps the exercise valid and the score fair.
    injects: exercise.injects.filter((i) => i.atSeconds < endSeconds),
  };
}

/** The pack's identity: the code of the exercise as played, so it changes with the exercise and with the seed. */
export function packIdentity(played: Exercise): string {
  return exerciseCode(played);
}

export type ResolvedPack =
  { ok: true; pack: ClassPack; base: Exercise; exercise: Exercise; identity: string } | { ok: false; issues: Issues };

/** The pack's exercise (a built-in by id, or its own data), checked against the code it was made with. */
export function resolvePack(pack: ClassPack, builtIns: readonly Exercise[]): ResolvedPack {
  let base: Exercise;
  if (typeof pack.exercise === 'string') {
    const found = builtIns.find((e) => e.id === pack.exercise);
    if (found === undefined)
      return {
        ok: false,
        issues: [
          {
            path: 'exercise',
            message: `unknown built-in exercise "${pack.exercise}" (${builtIns.map((e) => e.id).join(', ')})`,
          },
        ],
      };
    base = found;
  } else {
    const checked = validateExercise(pack.exercise);
    if (!checked.ok)
      return { ok: false, issues: checked.issues.map((i) => ({ ...i, path: join('exercise', i.path) })) };
    base = checked.exercise;
  }
  const code = exerciseCode(base);
  if (code !== pack.exerciseCode)
    return {
      ok: false,
      issues: [
        {
          path: 'exerciseCode',
          message: `is ${pack.exerciseCode} but the exercise's code is ${code}: the exercise changed since the pack was made`,
        },
      ],
    };
  const exercise = playedExercise(pack, base);
  return { ok: true, pack, base, exercise, identity: packIdentity(exercise) };
}

export function packToLink(pack: ClassPack): string {
  return toBase64Url(canonicalJson(pack));
}

export function packFromLink(code: string): PackResult {
  if (code.length > Math.ceil((MAX_PACK_CHARS * 4) / 3) + 4)
    return {
      ok: false,
      issues: [{ path: '', message: `the class link is too long (${code.length} characters): not read` }],
    };
  const json = fromBase64Url(code);
  if (json === undefined)
    return {
      ok: false,
      issues: [{ path: '', message: 'the class link is damaged: it does not decode (is it cut short?)' }],
    };
  return parsePackText(json);
}
