// Every built-in exercise is listed, validates against its scenario, fits 10-20 minutes of play at its speed,
// and its debrief computes. The debrief's time is printed (measured, never asserted: machines are shared).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../../src/scenarios/index';
import { builtInExercises } from '../../../src/scenarios/exercises/index';
import { buildDebrief } from '../../../src/sim/exercise/debrief';
import { ExerciseSession } from '../../../src/sim/exercise/exercise-session';
import { validateExercise } from '../../../src/sim/exercise/validate';

describe('built-in exercises', () => {
  it('lists every JSON file of src/scenarios/exercises, each valid', () => {
    const files = readdirSync(new URL('../../../src/scenarios/exercises/', import.meta.url)).filter((f) =>
      f.endsWith('.json'),
    );
    expect(builtInExercises.map((e) => `${e.id}.json`).sort()).toEqual(files.sort());
    expect(builtInExercises.length).toBeGreaterThanOrEqual(5);
    for (const e of builtInExercises) expect(validateExercise(JSON.parse(JSON.stringify(e))).ok).toBe(true);
  });

  for (const exercise of builtInExercises)
    it(`${exercise.id}: 10-20 minutes of play, and its debrief (expected actions played) computes`, () => {
      const minutes = exercise.endSeconds / exercise.playSpeed / 60;
      expect(minutes).toBeGreaterThanOrEqual(10);
      expect(minutes).toBeLessThanOrEqual(20);
      const scenario = builtInScenarios.find((s) => s.id === exercise.scenario);
      if (scenario === undefined) throw new Error(exercise.scenario);
      const session = new ExerciseSession(exercise, scenario);
      for (const inject of exercise.injects) {
        if (inject.expected === undefined) continue;
        session.advanceTo(inject.atSeconds + 120);
        expect(session.intervene(inject.expected.action).ok).toBe(true);
      }
      session.advanceTo(Infinity);
      const started = performance.now();
      const debrief = buildDebrief(session);
      const ms = performance.now() - started;
      console.log(`debrief ${exercise.id}: ${ms.toFixed(0)} ms`);
      expect(debrief.timeline.every((t) => t.expected === undefined || t.response?.onTime === true)).toBe(true);
      expect(debrief.score.total).toBeGreaterThan(debrief.runs.none.score);
    });
});
