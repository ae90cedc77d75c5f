// The exercise commands of `npm run sim`: `exercise <id|file> --decisions <file>` plays an exercise with
// scripted decisions and writes a session file; `replay <session.json> [--exercise <file>]` replays a session
// and prints its KPIs and score. File access is injected (tests run it in-process). No DOM.
import { exerciseCode } from '../sim/exercise/code';
import { replaySessionFile, sessionFile } from '../sim/exercise/replay';
import type { Exercise, RunSummary, ScoreBreakdown } from '../sim/exercise/types';
import { checkAgainstScenario, parseExerciseText } from '../sim/exercise/validate';
import { formatIssue, type ValidationIssue } from '../sim/scenario/validate';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './run-cli';
import { scanFlags } from './scan-flags';

export interface ExerciseCliIo extends CliIo {
  writeFile(path: string, text: string): void;
  builtInExercises: readonly Exercise[];
}

export const exerciseUsage = `Usage:
  npm run sim -- exercise <exercise.json | built-in id> --decisions <decisions.json> [--out <session.json>] [--json]
  npm run sim -- replay <session.json> [--exercise <exercise.json>] [--json]

exercise  plays an exercise with scripted decisions (a JSON list of { "requestedAt": seconds, "action": {...} })
          and writes the session file (default <exercise id>.session.json); prints the KPIs and the score.
replay    replays a session file against its exercise (the built-in named in the file, or --exercise) and
          prints the KPIs and the score; says whether they match the KPIs recorded in the file.

Exit codes: 0 done, 2 bad arguments, a bad file or a session that does not match its exercise,
3 a replay whose KPIs differ from those recorded in the session, 1 a bug.`;

/** Exit code of a replay whose KPIs differ from those the session recorded (the run did not reproduce). */
export const EXIT_KPIS_DIFFER = 3;

/** Most characters of a decisions or session file read (they are a few kB). */
const MAX_FILE_CHARS = 1_000_000;

function readJson(
  io: ExerciseCliIo,
  path: string,
  what: string,
): { ok: true; data: unknown } | { ok: false; line: string } {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return { ok: false, line: `cannot read ${what} "${path}": ${(error as { code?: string }).code ?? String(error)}` };
  }
  if (text.length > MAX_FILE_CHARS)
    return { ok: false, line: `${what} "${path}" is over ${MAX_FILE_CHARS} characters` };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      line: `${what} "${path}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function loadExercise(
  io: ExerciseCliIo,
  target: string,
): { ok: true; exercise: Exercise } | { ok: false; lines: string[] } {
  const builtIn = io.builtInExercises.find((e) => e.id === target);
  if (builtIn !== undefined && !target.endsWith('.json')) return { ok: true, exercise: builtIn };
  let text: string;
  try {
    text = io.readFile(target);
  } catch {
    return {
      ok: false,
      lines: [
        `unknown exercise "${target}": not a file, and not a built-in id (${io.builtInExercises.map((e) => e.id).join(', ')})`,
      ],
    };
  }
  const parsed = parseExerciseText(text);
  if (!parsed.ok)
    return { ok: false, lines: [`invalid exercise "${target}":`, ...parsed.issues.map((i) => `  ${formatIssue(i)}`)] };
  return { ok: true, exercise: parsed.exercise };
}

function report(exercise: Exercise, summary: RunSummary, score: ScoreBreakdown, extra: string[]): string {
  const lines = [
    `${exercise.id}: ${exercise.name} (code ${exerciseCode(exercise)})`,
    `offered ${summary.offered}, answered ${summary.answered}, abandoned ${summary.abandoned}, service level ${(summary.serviceLevel * 100).toFixed(1)}%, cost ${summary.cost.toFixed(2)}`,
    `score ${score.total.toFixed(1)} / 100`,
    ...score.parts.map(
      (p) =>
        `  ${p.kind}: ${p.points.toFixed(1)} of ${(p.share * 100).toFixed(1)} points - ${p.measured}; rule: ${p.rule}`,
    ),
    ...extra,
  ];
  return `${lines.join('\n')}\n`;
}

function fail(io: ExerciseCliIo, lines: string[]): number {
  io.stderr(lines.map((l) => `sim: ${l}\n`).join(''));
  return EXIT_USAGE;
}

function issuesLines(title: string, issues: ValidationIssue[]): string[] {
  return [title, ...issues.map((i) => `  ${formatIssue(i)}`)];
}

export function runExerciseCli(command: 'exercise' | 'replay', argv: readonly string[], io: ExerciseCliIo): number {
  const scanned = scanFlags(argv, {
    booleans: new Set(['--json']),
    values: new Set(['--decisions', '--out', '--exercise']),
    aliases: {},
    helpHint: 'see --help',
  });
  if (scanned.kind === 'help') {
    io.stdout(`${exerciseUsage}\n\nBuilt-in exercises: ${io.builtInExercises.map((e) => e.id).join(', ')}\n`);
    return EXIT_OK;
  }
  if (scanned.kind === 'error') return fail(io, [scanned.message]);
  const { positional, values, booleans } = scanned;
  if (positional.length !== 1)
    return fail(io, [
      `${command}: give exactly one ${command === 'exercise' ? 'exercise' : 'session file'} (see --help)`,
    ]);
  const target = positional[0] as string;
  const json = booleans.has('--json');

  if (command === 'exercise') {
    if (values.has('--exercise')) return fail(io, ['--exercise: only for replay']);
    const decisionsPath = values.get('--decisions');
    if (decisionsPath === undefined) return fail(io, ['--decisions: required (a JSON list of decisions)']);
    const loaded = loadExercise(io, target);
    if (!loaded.ok) return fail(io, loaded.lines);
    const exercise = loaded.exercise;
    const scenario = io.builtIns.find((s) => s.id === exercise.scenario);
    if (scenario === undefined) return fail(io, [`exercise "${exercise.id}": unknown scenario "${exercise.scenario}"`]);
    const mismatch = checkAgainstScenario(exercise, scenario);
    if (mismatch.length > 0) return fail(io, issuesLines(`invalid exercise "${target}":`, mismatch));
    const decisions = readJson(io, decisionsPath, 'decisions file');
    if (!decisions.ok) return fail(io, [decisions.line]);
    if (!Array.isArray(decisions.data) || decisions.data.length > 1000)
      return fail(io, [`decisions file "${decisionsPath}": must be a list of at most 1000 decisions`]);
    const asFile = { ...sessionFileShell(exercise), decisions: decisions.data };
    const check = replaySessionFile(asFile, exercise, scenario, exerciseCode(exercise));
    if (!check.ok) return fail(io, issuesLines(`decisions file "${decisionsPath}":`, check.issues));
    const file = sessionFile(check.session);
    const out = values.get('--out') ?? `${exercise.id}.session.json`;
    io.writeFile(out, `${JSON.stringify(file, null, 2)}\n`);
    const { summary, score } = check;
    io.stdout(
      json
        ? `${JSON.stringify({ session: out, summary, score }, null, 2)}\n`
        : report(exercise, summary, score, [`session written to ${out}`]),
    );
    return EXIT_OK;
  }

  if (values.has('--decisions') || values.has('--out')) return fail(io, ['replay takes only --exercise and --json']);
  const session = readJson(io, target, 'session file');
  if (!session.ok) return fail(io, [session.line]);
  const exerciseTarget =
    values.get('--exercise') ?? String((session.data as { exerciseId?: unknown } | null)?.exerciseId ?? '');
  const loaded = loadExercise(io, exerciseTarget);
  if (!loaded.ok) return fail(io, loaded.lines);
  const scenario = io.builtIns.find((s) => s.id === loaded.exercise.scenario);
  if (scenario === undefined)
    return fail(io, [`exercise "${loaded.exercise.id}": unknown scenario "${loaded.exercise.scenario}"`]);
  const replay = replaySessionFile(session.data, loaded.exercise, scenario, exerciseCode(loaded.exercise));
  if (!replay.ok)
    return fail(io, issuesLines(`session "${target}" does not match exercise "${loaded.exercise.id}":`, replay.issues));
  const match =
    replay.matchesRecorded === null
      ? 'the session records no KPIs to compare'
      : replay.matchesRecorded
        ? 'KPIs match the recorded ones'
        : 'KPIs DIFFER from the recorded ones';
  io.stdout(
    json
      ? `${JSON.stringify({ summary: replay.summary, score: replay.score, matchesRecorded: replay.matchesRecorded }, null, 2)}\n`
      : report(loaded.exercise, replay.summary, replay.score, [match]),
  );
  return replay.matchesRecorded === false ? EXIT_KPIS_DIFFER : EXIT_OK;
}

/** A session file with no decisions, played to the end: what a decisions list is checked within. */
function sessionFileShell(exercise: Exercise) {
  return {
    format: 'switchboard-exercise-session' as const,
    version: 1 as const,
    exerciseId: exercise.id,
    exerciseCode: exerciseCode(exercise),
    seed: exercise.seed,
    endedAt: exercise.endSeconds,
  };
}
