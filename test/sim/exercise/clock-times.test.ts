// The clock, the inject texts, the timeline and the debrief agree on the time of day: every built-in exercise's
// scenario says what time it is at t = 0 (clockStartAt), and every clock time an inject's message mentions (in
// English and in each translation) is the time at which the inject fires on the exercise's clock. The debrief
// carries that clock and the scenario's names, so the page shows neither elapsed times nor ids.
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../../src/scenarios/index';
import { builtInExercises } from '../../../src/scenarios/exercises/index';
import { buildDebrief } from '../../../src/sim/exercise/debrief';
import { ExerciseSession } from '../../../src/sim/exercise/exercise-session';
import { runTimeLabel } from '../../../src/ui/charts/time-of-day';

/** Every h:mm or hh:mm in a text. */
function timesIn(text: string): string[] {
  return [...text.matchAll(/(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/g)].map((m) => `${m[1]?.padStart(2, '0')}:${m[2]}`);
}

describe('inject messages and the exercise clock', () => {
  for (const exercise of builtInExercises)
    it(`${exercise.id}: its scenario has a clock, and each time in an inject message is when the inject fires`, () => {
      const scenario = builtInScenarios.find((s) => s.id === exercise.scenario);
      if (scenario === undefined) throw new Error(exercise.scenario);
      expect(scenario.clockStartAt, `${scenario.id}.clockStartAt`).toBeTypeOf('number');
      let checked = 0;
      for (const inject of exercise.injects) {
        const firesAt = runTimeLabel(inject.atSeconds, scenario.clockStartAt);
        const messages = [
          inject.message,
          ...Object.values(exercise.translations ?? {}).map((t) => t?.injects?.[inject.id]?.message ?? ''),
        ];
        for (const message of messages)
          for (const time of timesIn(message)) {
            expect(time, `${exercise.id} inject ${inject.id}: "${message}"`).toBe(firesAt);
            checked++;
          }
      }
      // Each built-in inject opens with its time, in every language.
      expect(checked).toBeGreaterThanOrEqual(exercise.injects.length);
    });

  it('finds times the way a reader does', () => {
    expect(timesIn('9:05 - a; until 10:30, not 1:2 or 12:345')).toEqual(['09:05', '10:30']);
    expect(runTimeLabel(3600, 28_800)).toBe('09:00');
  });

  it("the debrief carries the scenario's clock and names every group by the scenario's name", () => {
    const exercise = builtInExercises.find((e) => e.id === 'monday-surge');
    const scenario = builtInScenarios.find((s) => s.id === exercise?.scenario);
    if (exercise === undefined || scenario === undefined) throw new Error('monday-surge');
    const session = new ExerciseSession(exercise, scenario);
    session.advanceTo(3600);
    const billing = session.layout.groups.find((g) => g.name !== g.id);
    if (billing === undefined) throw new Error('no named group');
    expect(session.intervene({ kind: 'add-agents', group: billing.id, agents: 2 }).ok).toBe(true);
    session.advanceTo(5400);
    session.end();
    const debrief = buildDebrief(session);
    expect(debrief.clockStartAt).toBe(scenario.clockStartAt);
    expect(debrief.names?.groups[billing.id]).toBe(billing.name);
    for (const q of session.layout.queues) expect(debrief.names?.queues[q.id]).toBe(q.name);
  });
});
