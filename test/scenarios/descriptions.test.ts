// What a built-in scenario says about itself on screen: short enough to leave the Run button in view, written
// for the people using the app (no file names of the project), in English and in each translation.
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../src/scenarios/index';

/** The most characters a description may show (about five lines of the scenario card). */
const MAX_SHOWN = 400;
/** A file name: a word, a dot and an extension such as .md, .json, .ts or .csv. */
const FILE_NAME = /\b[\w-]+\.(md|json|ts|js|csv|txt|html|yaml|yml)\b/i;

function texts() {
  return builtInScenarios.flatMap((s) => [
    { where: `${s.id} (en)`, text: s.description ?? '' },
    ...Object.entries(s.translations ?? {}).map(([language, t]) => ({
      where: `${s.id} (${language})`,
      text: t?.description ?? '',
    })),
  ]);
}

describe('built-in scenario descriptions', () => {
  it(`stay within ${MAX_SHOWN} characters in every language`, () => {
    for (const { where, text } of texts()) {
      expect(text.length, where).toBeGreaterThan(100);
      expect(text.length, where).toBeLessThanOrEqual(MAX_SHOWN);
    }
  });

  it('name no file of the project', () => {
    for (const { where, text } of texts()) expect(text, where).not.toMatch(FILE_NAME);
    // The pattern does catch one.
    expect('month-one efficiency, DOMAIN.md').toMatch(FILE_NAME);
  });
});
