// What the i18n browser test looks for on screen: every catalogue message whose translation differs from its
// English source, as an exact text (a message without values) or a pattern (its English words around the
// values), read from the code with the same scanner as the unit tests. Test code only.
import type { StrResult } from '@lit/localize';
import { CATALOGUES, type Locale } from '../../src/ui/i18n/locale';
import { scanSource } from '../ui/i18n/source-scan';
import { uiSources } from '../ui/i18n/ui-files';

export interface EnglishLabel {
  id: string;
  english: string;
  /** Matches a whole text node or attribute showing this message in English. */
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function englishPattern(english: string): RegExp | undefined {
  const parts = english.replace(/\s+/g, ' ').trim().split('${…}');
  // A message that is mostly values (`${…} of ${…}`) cannot be told apart from its translation by its words.
  if (parts.join('').replace(/[^\p{L}]/gu, '').length < 4) return undefined;
  return new RegExp(`^${parts.map(escape).join('.*?')}$`, 'su');
}

function translationText(template: unknown): string {
  if (typeof template === 'string') return template;
  return (template as StrResult).strings.join('${…}');
}

/** The English labels that must not appear once `locale` is chosen. */
export function englishLabelsFor(locale: Exclude<Locale, 'en'>): EnglishLabel[] {
  const catalogue = CATALOGUES[locale];
  const seen = new Set<string>();
  const labels: EnglishLabel[] = [];
  // An English word that is also a word of the language (Italian "Code" means queues) is not a leftover.
  const ownWords = new Set(Object.values(catalogue).map((t) => translationText(t).replace(/\s+/g, ' ').trim()));
  for (const file of uiSources())
    for (const use of scanSource(file.path, file.text).messages) {
      if (use.isPlural || seen.has(use.id)) continue;
      seen.add(use.id);
      const translated = catalogue[use.id];
      if (translated === undefined || translationText(translated) === use.english) continue;
      if (ownWords.has(use.english.replace(/\s+/g, ' ').trim())) continue;
      const pattern = englishPattern(use.english);
      if (pattern !== undefined) labels.push({ id: use.id, english: use.english, pattern });
    }
  return labels;
}

/**
 * Common English words that are not words of Italian, Spanish, Romanian or Russian (nor units or the product's
 * terms kept in English such as KPI, help desk, worker or coaching): one of them on a translated page is an
 * English label the catalogue never had, however it was written.
 */
const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'with',
  'from',
  'your',
  'this',
  'that',
  'which',
  'were',
  'was',
  'have',
  'been',
  'calls',
  'agents',
  'answered',
  'abandoned',
  'waiting',
  'seconds',
  'minutes',
  'hours',
  'replication',
  'replications',
  'queue',
  'queues',
  'variant',
  'variants',
  'result',
  'results',
  'saved',
  'save',
  'download',
  'open',
  'delete',
  'cancel',
  'play',
  'start',
  'level',
  'wait',
  'time',
  'day',
  'none',
  'yes',
  'better',
  'worse',
  'baseline',
];
const ENGLISH = new RegExp(`(?<!\\p{L})(?:${ENGLISH_WORDS.join('|')})(?!\\p{L})`, 'iu');

/** The texts holding a common English word once the proper names in `names` are taken out, with the word. */
export function englishWordsIn(texts: readonly string[], names: readonly string[] = []): string[] {
  return texts.flatMap((text) => {
    const rest = names.reduce((t, name) => t.split(name).join(' '), text);
    const found = ENGLISH.exec(rest);
    return found === null ? [] : [`"${found[0]}" in "${text.slice(0, 100)}"`];
  });
}
