// A scenario's name and description in the page's language: its own translation when it carries one, else
// its English text (a file with English only works in every language). No DOM.
import type { Scenario } from '../../sim/scenario/schema';
import { currentLocale } from './locale';

interface Translatable {
  name: string;
  description?: string | undefined;
  translations?: Scenario['translations'];
}

function translationOf(scenario: Translatable) {
  const locale = currentLocale();
  return locale === 'en' ? undefined : scenario.translations?.[locale];
}

export function scenarioName(scenario: Translatable): string {
  return translationOf(scenario)?.name ?? scenario.name;
}

export function scenarioDescription(scenario: Translatable): string {
  return translationOf(scenario)?.description ?? scenario.description ?? '';
}
