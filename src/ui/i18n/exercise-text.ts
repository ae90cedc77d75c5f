// An exercise's texts in the page's language: the trainer's own translation when the exercise carries one, else
// its English text (an exercise with English only works in every language). No DOM.
import type { Exercise, ExerciseInfo, ExerciseTranslation } from '../../sim/exercise/types';
import { currentLocale } from './locale';

function translationOf(
  exercise: Pick<Exercise, 'translations'> | Pick<ExerciseInfo, 'translations'>,
): ExerciseTranslation | undefined {
  const locale = currentLocale();
  return locale === 'en' ? undefined : exercise.translations?.[locale];
}

export function exerciseName(exercise: Exercise | ExerciseInfo): string {
  return translationOf(exercise)?.name ?? exercise.name;
}

export function exerciseTeaches(exercise: Exercise | ExerciseInfo): string {
  return translationOf(exercise)?.teaches ?? exercise.teaches;
}

export function briefingSituation(exercise: Exercise): string {
  return translationOf(exercise)?.briefing?.situation ?? exercise.briefing.situation;
}

/** What the trainee may do: the translated list when it has as many items as the exercise's own. */
export function briefingMayDo(exercise: Exercise): string[] {
  const translated = translationOf(exercise)?.briefing?.mayDo;
  return translated !== undefined && translated.length === exercise.briefing.mayDo.length
    ? translated
    : exercise.briefing.mayDo;
}

export function objectiveText(exercise: Exercise, objectiveId: string): string {
  const own = exercise.objectives.find((o) => o.id === objectiveId)?.text ?? objectiveId;
  return translationOf(exercise)?.objectives?.[objectiveId] ?? own;
}

export function injectTitle(exercise: Exercise, injectId: string): string {
  const own = exercise.injects.find((i) => i.id === injectId)?.title ?? injectId;
  return translationOf(exercise)?.injects?.[injectId]?.title ?? own;
}

export function injectMessage(exercise: Exercise, injectId: string): string {
  const own = exercise.injects.find((i) => i.id === injectId)?.message ?? '';
  return translationOf(exercise)?.injects?.[injectId]?.message ?? own;
}
