// Turns unknown input into a typed Exercise (migrating older versions first), or issues that each name the
// field's path and the reason, e.g. `injects[2].atSeconds: must be before the exercise ends …`. Also checks an
// exercise against the scenario it names. Pure, no DOM, no engine.
import type { Scenario } from '../scenario/schema';
import { parseWithIssues, type ValidationIssue } from '../scenario/validate';
import { asExercise, crossFieldIssues, exerciseSchema } from './schema';
import { EXERCISE_SCHEMA_VERSION, type ExerciseAction, type Exercise } from './types';

export type ExerciseResult = { ok: true; exercise: Exercise } | { ok: false; issues: ValidationIssue[] };

/** `migrations[v]` upgrades an exercise of version v to v + 1 (none yet: version 1 is the first). */
export const exerciseMigrations: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> =
  {};

/** Most characters of exercise JSON accepted, checked before parsing (an exercise is a few kB). */
export const MAX_EXERCISE_CHARS = 500_000;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

export function validateExercise(input: unknown): ExerciseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return {
      ok: false,
      issues: [{ path: '', message: `an exercise must be a JSON object {...} (got ${describe(input)})` }],
    };
  let document = input as Record<string, unknown>;
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > EXERCISE_SCHEMA_VERSION)
    return {
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: `must be a whole number from 1 to ${EXERCISE_SCHEMA_VERSION} (got ${describe(version)})`,
        },
      ],
    };
  for (let v = version; v < EXERCISE_SCHEMA_VERSION; v++) {
    const step = exerciseMigrations[v];
    if (step === undefined)
      return { ok: false, issues: [{ path: 'schemaVersion', message: `cannot migrate version ${v} to ${v + 1}` }] };
    document = { ...step(document), schemaVersion: v + 1 };
  }
  const parsed = parseWithIssues(exerciseSchema, document);
  if (!parsed.ok) return parsed;
  const exercise = asExercise(parsed.data);
  const issues = crossFieldIssues(exercise);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, exercise };
}

/** Parses exercise JSON text with a size limit; issues instead of exceptions. */
export function parseExerciseText(text: string): ExerciseResult {
  if (text.length > MAX_EXERCISE_CHARS)
    return {
      ok: false,
      issues: [
        { path: '', message: `an exercise file must be at most ${MAX_EXERCISE_CHARS} characters (got ${text.length})` },
      ],
    };
  try {
    return validateExercise(JSON.parse(text) as unknown);
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
}

export function actionIssues(action: ExerciseAction, path: string, scenario: Scenario): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const group = (field: string, gid: string): void => {
    if (!scenario.agentGroups.some((g) => g.id === gid))
      issues.push({ path: `${path}.${field}`, message: `unknown agent group "${gid}" in scenario "${scenario.id}"` });
  };
  switch (action.kind) {
    case 'set-agents':
    case 'add-agents':
      group('group', action.group);
      break;
    case 'move-agents':
      group('from', action.from);
      group('to', action.to);
      break;
    case 'arrival-surge':
      if (action.callType !== undefined && !scenario.callTypes.some((c) => c.id === action.callType))
        issues.push({
          path: `${path}.callType`,
          message: `unknown call type "${action.callType}" in scenario "${scenario.id}"`,
        });
      break;
    case 'ivr-outage':
      if (scenario.ivr === undefined)
        issues.push({ path: `${path}.kind`, message: `scenario "${scenario.id}" has no IVR` });
      break;
    case 'set-structure':
      if (!(scenario.departments ?? []).some((d) => d.id === action.department))
        issues.push({
          path: `${path}.department`,
          message: `unknown department "${action.department}" in scenario "${scenario.id}"`,
        });
      break;
    case 'set-routing-policy':
      break;
  }
  return issues;
}

/** Checks the exercise against its scenario: the day is long enough, every id it names exists. */
export function checkAgainstScenario(exercise: Exercise, scenario: Scenario): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (scenario.id !== exercise.scenario)
    issues.push({ path: 'scenario', message: `names "${exercise.scenario}" but was given scenario "${scenario.id}"` });
  if (scenario.horizon.kind === 'duration' && exercise.endSeconds > scenario.horizon.seconds)
    issues.push({
      path: 'endSeconds',
      message: `must be within the scenario's day of ${scenario.horizon.seconds} s (got ${exercise.endSeconds})`,
    });
  exercise.injects.forEach((inject, i) => {
    const effect = inject.effect;
    if (effect.kind !== 'message' && effect.kind !== 'system-slowdown')
      issues.push(...actionIssues(effect, `injects[${i}].effect`, scenario));
    if (inject.expected)
      issues.push(...actionIssues(inject.expected.action, `injects[${i}].expected.action`, scenario));
  });
  exercise.decisions.forEach((d, i) =>
    (d.groups ?? []).forEach((g, j) => {
      if (!scenario.agentGroups.some((x) => x.id === g))
        issues.push({
          path: `decisions[${i}].groups[${j}]`,
          message: `unknown agent group "${g}" in scenario "${scenario.id}"`,
        });
    }),
  );
  return issues;
}
