// `npx tsx bench/classroom.ts [--exercise monday-surge] [--hand-ins 30]`: how long verifying a class's hand-ins
// takes. It makes the hand-ins first (each trainee plays the whole built-in exercise with its own decisions,
// not timed), then times verifying all of them one after another in this one thread, as one pool worker would:
// the page shares them over one worker per core, so on two cores the wall time is about half. Not a test.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { builtInExercises } from '../src/scenarios/exercises/index';
import { builtInScenarios } from '../src/scenarios/index';
import { createClassroomService } from '../src/sim/classroom/classroom-service';
import { createExerciseService } from '../src/sim/exercise/exercise-service';
import type { ExerciseAction } from '../src/sim/exercise/types';

const { values } = parseArgs({
  options: { exercise: { type: 'string', default: 'monday-surge' }, 'hand-ins': { type: 'string', default: '30' } },
  strict: true,
});
const count = Number(values['hand-ins']);
if (!Number.isInteger(count) || count < 1)
  throw new RangeError(`--hand-ins: must be a positive integer (got ${values['hand-ins']})`);
const sources = { exercises: builtInExercises, scenarios: builtInScenarios };
const classroom = createClassroomService(sources);
const made = classroom.createPack(values.exercise, { className: 'Bench class', seed: 2026 });
if (!made.ok) throw new Error(JSON.stringify(made.issues));
const exercise = made.exercise;
const inject = exercise.injects.find((i) => i.expected !== undefined);
const expected = inject?.expected?.action;

/** Trainee k reacts k × 2 minutes after the first inject with the expected kind of decision (k = 0: never). */
function decisionsOf(k: number): { at: number; action: ExerciseAction }[] {
  if (k === 0 || inject === undefined || expected === undefined) return [];
  const action = expected.kind === 'add-agents' ? { ...expected, agents: 1 + (k % 5) } : expected;
  return [{ at: Math.min(inject.atSeconds + k * 120, exercise.endSeconds - 1), action }];
}

process.stderr.write(`making ${count} hand-ins of ${exercise.id} (${exercise.endSeconds} simulated seconds each)…\n`);
const codes: string[] = [];
for (let k = 0; k < count; k++) {
  const play = createExerciseService(sources);
  play.openExercise(exercise);
  let now = 0;
  for (const d of decisionsOf(k)) {
    play.step(d.at - now);
    now = d.at;
    play.decide(d.action);
  }
  play.step(exercise.endSeconds - now);
  play.endExercise();
  const handIn = classroom.createHandIn(made.pack, play.exportSession(), { name: `Trainee ${k + 1}` });
  if (!handIn.ok) throw new Error(JSON.stringify(handIn.issues));
  codes.push(handIn.code);
}

const load = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
const started = performance.now();
const results = codes.map((code, k) => classroom.verifyHandIn(made.pack, `code ${k + 1}`, code));
const seconds = (performance.now() - started) / 1000;
const verified = results.filter((r) => r.status === 'verified').length;
if (verified !== count) throw new Error(`only ${verified} of ${count} verified`);
console.log(
  `${count} hand-ins of ${exercise.id} verified in ${seconds.toFixed(1)} s in one thread ` +
    `(${((seconds / count) * 1000).toFixed(0)} ms each); load average before: ${load}`,
);
