// A saved-work file nested too deeply (issue 19): refused before JSON.parse with a message naming the limit,
// not "not JSON: Maximum call stack size exceeded" (the reviver's stack overflow), and quickly; while a real
// export of a scenario and a full result stays well inside the limit. Node only.
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_DEPTH,
  emptySavedWork,
  putResult,
  putScenario,
  savedWorkFromFile,
  savedWorkToFile,
} from '../../../src/ui/storage/saved-work';
import { jsonNestingExceeds } from '../../../src/ui/storage/share-link';
import { RESULT_BODY_VERSION, describeResult } from '../../../src/ui/storage/saved-result';
import { runReplications } from '../../../src/sim/replications';
import { parseScenario } from '../../../src/sim/scenario/validate';
import helpDesk from '../../../src/scenarios/help-desk.json';

const wrapped = (levels: number, inner: string) => `${'{"x":'.repeat(levels)}${inner}${'}'.repeat(levels)}`;

describe('a saved-work file nested too deeply', () => {
  for (const [what, text] of [
    ['100,000 nested lists', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    [
      'a scenario 20,000 levels deep inside a real export',
      `{"format":"switchboard-saved-work","version":3,"scenarios":[{"key":"a","name":"a","savedAt":"now",` +
        `"scenario":${wrapped(20_000, '1')}}],"results":[]}`,
    ],
  ] as const)
    it(`${what}: refused with the limit named, before parsing`, () => {
      const started = performance.now();
      const read = savedWorkFromFile(text, 'now');
      expect(read).toEqual({
        ok: false,
        reason: `nested too deeply (at most ${MAX_FILE_DEPTH} levels of lists and objects)`,
      });
      // No parse at all: a scan of the text, well inside the page's 200 ms.
      expect(performance.now() - started).toBeLessThan(200);
    });

  it('a real export, a scenario and a complete result, is far inside the limit and reads back', () => {
    const result = runReplications(parseScenario(helpDesk), { replications: 2, seed: 'file' });
    const body = { version: RESULT_BODY_VERSION, scenario: helpDesk, result, elapsedMs: 1 } as const;
    let work = putScenario(emptySavedWork(), { key: 'help-desk', name: 'Mine', savedAt: 'now', scenario: helpDesk });
    work = putResult(work, describeResult('r1', helpDesk, result, 'now'));
    const text = savedWorkToFile(work, { r1: body });
    // Room for a scenario at the validator's own depth limit (32) inside the export's few levels.
    expect(jsonNestingExceeds(text, 12)).toBe(false);
    expect(MAX_FILE_DEPTH).toBeGreaterThanOrEqual(32 + 6);
    const read = savedWorkFromFile(text, 'now');
    expect(read.ok).toBe(true);
  });

  it('just inside the limit is parsed (and then judged on its content, not its depth)', () => {
    const read = savedWorkFromFile(wrapped(MAX_FILE_DEPTH - 1, '1'), 'now');
    expect(read).toEqual({ ok: false, reason: 'not a Switchboard saved-work file or scenario' });
  });
});
