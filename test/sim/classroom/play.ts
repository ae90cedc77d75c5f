// Helpers for the classroom tests: a class pack of the built-in flu week cut to two simulated hours, and a
// trainee who plays it with scripted decisions through the exercise service, as the page does.
import { builtInExercises } from '../../../src/scenarios/exercises/index';
import { builtInScenarios } from '../../../src/scenarios/index';
import { createClassroomService } from '../../../src/sim/classroom/classroom-service';
import { createExerciseService } from '../../../src/sim/exercise/exercise-service';
import type { ExerciseAction } from '../../../src/sim/exercise/types';

export const sources = { exercises: builtInExercises, scenarios: builtInScenarios };
export const classroom = () => createClassroomService(sources);

/** Flu week (help desk, 30× play speed): 4 real minutes = 7200 simulated seconds, the sick calls at 3600 s. */
export function fluPack(seed: string | number = 'class-7') {
  const made = classroom().createPack('flu-week', { className: 'Onboarding 12', seed, timeLimitMinutes: 4 });
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made;
}

/** Plays the pack with `decisions` (ascending times) to its end and hands it in as `name`. */
export function playAndHandIn(
  pack: ReturnType<typeof fluPack>,
  name: string,
  decisions: { at: number; action: ExerciseAction }[],
  endAt?: number,
) {
  const exercise = createExerciseService(sources);
  const opened = exercise.openExercise(pack.exercise);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  let now = 0;
  for (const d of decisions) {
    exercise.step(d.at - now);
    now = d.at;
    const r = exercise.decide(d.action);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
  }
  exercise.step((endAt ?? pack.exercise.endSeconds) - now);
  exercise.endExercise();
  const file = exercise.exportSession();
  const handIn = classroom().createHandIn(pack.pack, file, { name, team: 'Blue' });
  if (!handIn.ok) throw new Error(JSON.stringify(handIn.issues));
  return { ...handIn, file };
}

export const callIn = (agents: number): ExerciseAction => ({ kind: 'add-agents', group: 'agents', agents });
