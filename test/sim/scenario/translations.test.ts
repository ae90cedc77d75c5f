// The optional `translations` of a scenario: a name and description per language (it, es, ro, ru), checked
// like every other field, and a file without them stays valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, validateScenario } from '../../../src/sim/scenario/validate';
import { builtInScenarios } from '../../../src/scenarios/index';

const example = JSON.parse(
  readFileSync(new URL('../../fixtures/scenario-format-example.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

function issuesWith(translations: unknown): string[] {
  const result = validateScenario({ ...example, translations });
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('scenario translations', () => {
  it('accepts a scenario without translations (English only)', () => {
    const { translations: _, ...englishOnly } = example;
    expect(validateScenario(englishOnly).ok).toBe(true);
  });

  it('accepts some languages and some fields only', () => {
    expect(issuesWith({ ru: { name: 'Линия' } })).toEqual([]);
    expect(issuesWith({ it: { description: 'Solo la descrizione.' }, es: {} })).toEqual([]);
  });

  it('names the field of an unknown language, an unknown key, an empty or too long name', () => {
    expect(issuesWith({ fr: { name: 'Ligne' } }).join('\n')).toMatch(/translations.*fr/);
    expect(issuesWith({ it: { nome: 'Linea' } }).join('\n')).toMatch(/translations\.it.*nome/);
    expect(issuesWith({ es: { name: '' } }).join('\n')).toMatch(/translations\.es\.name/);
    expect(issuesWith({ ro: { name: 'x'.repeat(201) } }).join('\n')).toMatch(/translations\.ro\.name/);
    expect(issuesWith('italiano').join('\n')).toMatch(/translations/);
  });

  it('every built-in carries its name and description in the four other languages', () => {
    for (const s of builtInScenarios)
      for (const language of ['it', 'es', 'ro', 'ru'] as const) {
        const text = s.translations?.[language];
        expect(text?.name, `${s.id} ${language}`).toBeTruthy();
        expect(text?.description, `${s.id} ${language}`).toBeTruthy();
      }
  });
});
