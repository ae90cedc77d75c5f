// Every built-in exercise carries its texts in Italian, Spanish, Romanian and Russian (issue 13): name, lesson,
// briefing situation and each "may do" line, every objective and every inject's title and message; no text is
// left empty or in English, and no translation names an objective or inject the exercise does not have.
import { describe, expect, it } from 'vitest';
import { builtInExercises } from '../../../src/scenarios/exercises/index';
import type { Exercise } from '../../../src/sim/exercise/types';

const LANGUAGES = ['it', 'es', 'ro', 'ru'] as const;

/** Every translatable text of an exercise as [path, English, translated]. */
function texts(exercise: Exercise, language: string): [string, string, string | undefined][] {
  const t = exercise.translations?.[language];
  return [
    ['name', exercise.name, t?.name],
    ['teaches', exercise.teaches, t?.teaches],
    ['briefing.situation', exercise.briefing.situation, t?.briefing?.situation],
    ...exercise.briefing.mayDo.map((text, i): [string, string, string | undefined] => [
      `briefing.mayDo[${i}]`,
      text,
      t?.briefing?.mayDo?.[i],
    ]),
    ...exercise.objectives.map((o): [string, string, string | undefined] => [
      `objectives.${o.id}`,
      o.text,
      t?.objectives?.[o.id],
    ]),
    ...exercise.injects.flatMap((inject): [string, string, string | undefined][] => [
      [`injects.${inject.id}.title`, inject.title, t?.injects?.[inject.id]?.title],
      [`injects.${inject.id}.message`, inject.message, t?.injects?.[inject.id]?.message],
    ]),
  ];
}

describe('built-in exercise translations', () => {
  for (const exercise of builtInExercises)
    for (const language of LANGUAGES)
      it(`${exercise.id} in ${language}`, () => {
        const t = exercise.translations?.[language];
        expect(t, 'translation').toBeDefined();
        for (const [path, english, translated] of texts(exercise, language)) {
          expect(translated, path).toBeTypeOf('string');
          expect((translated as string).trim().length, path).toBeGreaterThan(0);
          expect(translated, `${path} is the English text`).not.toBe(english);
        }
        expect(t?.briefing?.mayDo).toHaveLength(exercise.briefing.mayDo.length);
        expect(Object.keys(t?.objectives ?? {}).sort()).toEqual(exercise.objectives.map((o) => o.id).sort());
        expect(Object.keys(t?.injects ?? {}).sort()).toEqual(exercise.injects.map((i) => i.id).sort());
        // Clock times and percentages in a text survive translation (a message's "09:00" stays 09:00).
        for (const [path, english, translated] of texts(exercise, language))
          for (const time of english.match(/\b\d{1,2}:\d{2}\b/g) ?? []) expect(translated, path).toContain(time);
      });
});
