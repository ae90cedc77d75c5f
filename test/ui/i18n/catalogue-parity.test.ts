// Every language has exactly the messages the code asks for: no id missing (it would show English), none
// extra (a stale translation), the same values in each (a translation that drops `${0}` loses a number),
// and each plural family has exactly the categories Intl.PluralRules gives its language.
import { describe, expect, it } from 'vitest';
import type { StrResult } from '@lit/localize';
import { CATALOGUES, LOCALES } from '../../../src/ui/i18n/locale';
import { scanSource, type MessageUse } from './source-scan';
import { uiSources } from './ui-files';

const uses: MessageUse[] = uiSources().flatMap((f) => scanSource(f.path, f.text).messages);

function expectedIds(locale: string): Map<string, number> {
  const ids = new Map<string, number>();
  for (const use of uses) {
    if (!use.isPlural) ids.set(use.id, use.placeholders);
    else
      for (const category of new Intl.PluralRules(locale).resolvedOptions().pluralCategories)
        ids.set(`${use.id}#${category}`, 1);
  }
  return ids;
}

/** The value indices a translation uses: `str` templates carry them as numbers. */
function valueIndices(template: unknown): number[] {
  if (typeof template === 'string') return [];
  const values = (template as StrResult).values as unknown[];
  return values.map(Number).sort((a, b) => a - b);
}

describe('message catalogues', () => {
  it('the code asks for some messages, each id with one English text', () => {
    expect(uses.length).toBeGreaterThan(50);
    const english = new Map<string, string>();
    const conflicts: string[] = [];
    for (const use of uses) {
      const seen = english.get(use.id);
      if (seen !== undefined && seen !== use.english) conflicts.push(`${use.id}: "${seen}" vs "${use.english}"`);
      english.set(use.id, use.english);
    }
    expect(conflicts).toEqual([]);
  });

  it('lists the five languages', () => {
    expect([...LOCALES]).toEqual(['en', 'it', 'es', 'ro', 'ru']);
  });

  for (const [locale, templates] of Object.entries(CATALOGUES)) {
    describe(locale, () => {
      const expected = expectedIds(locale);
      const actual = Object.keys(templates);

      it('has no missing id', () => {
        expect([...expected.keys()].filter((id) => !(id in templates)).sort()).toEqual([]);
      });

      it('has no extra id', () => {
        expect(actual.filter((id) => !expected.has(id)).sort()).toEqual([]);
      });

      it('uses every value of each message exactly once and nothing else', () => {
        const wrong = actual
          .filter((id) => expected.has(id))
          .filter((id) => {
            const want = Array.from({ length: expected.get(id) ?? 0 }, (_, i) => i);
            return JSON.stringify(valueIndices(templates[id])) !== JSON.stringify(want);
          });
        expect(wrong).toEqual([]);
      });

      it('has no empty translation', () => {
        expect(actual.filter((id) => typeof templates[id] === 'string' && templates[id].trim() === '')).toEqual([]);
      });
    });
  }
});
