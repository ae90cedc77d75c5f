// Saved work that cannot be lost (issue 19), through the storage module's pure seams (the IndexedDB store
// applies exactly these functions to the record as stored, in one transaction): two tabs saving, ids made
// unique on save, two imported results under one key, exports that count what they hold, backups never
// overwritten, and one unreadable record set aside instead of hiding everything.
import { describe, expect, it } from 'vitest';
import {
  emptySavedWork,
  exportContent,
  mergeSavedWork,
  migrateSavedWork,
  putResult,
  putScenario,
  readStoredWork,
  removeScenarioFrom,
  saveScenarioInto,
  savedWorkFromFile,
  savedWorkToFile,
  type SavedWork,
} from '../../../src/ui/storage/saved-work';
import { freshKey } from '../../../src/ui/storage/saved-store';
import { RESULT_BODY_VERSION, describeResult, type SavedResultBody } from '../../../src/ui/storage/saved-result';
import type { ReplicatedResult } from '../../../src/sim/results';
import helpDesk from '../../../src/scenarios/help-desk.json';

const T1 = '2026-01-01T09:00:00.000Z';
const T2 = '2026-01-01T10:00:00.000Z';
const T3 = '2026-01-01T11:00:00.000Z';

function fakeResult(serviceLevel: number): ReplicatedResult {
  const estimate = (mean: number) => ({ mean, halfWidth: Number.NaN, stdDev: Number.NaN, n: 1 });
  return {
    scenarioId: 'help-desk',
    seed: 'seed-1',
    replications: 1,
    total: { serviceLevel: estimate(serviceLevel), asaSeconds: estimate(10), abandonRate: estimate(0.05) },
    queues: {},
    groups: {},
    intervals: [],
    runs: [],
  } as unknown as ReplicatedResult;
}

const body = (serviceLevel: number): SavedResultBody => ({
  version: RESULT_BODY_VERSION,
  scenario: helpDesk,
  result: fakeResult(serviceLevel),
  elapsedMs: 1,
});

/** The user's own help-desk and an imported copy whose key clashed (stored as help-desk-2, same scenario id). */
function withImportedCopy(): SavedWork {
  const own = putScenario(emptySavedWork(), { key: 'help-desk', name: 'Mine', savedAt: T1, scenario: helpDesk });
  const file = savedWorkFromFile(JSON.stringify({ ...helpDesk, name: 'Imported' }), T2);
  if (!file.ok) throw new Error(file.reason);
  return mergeSavedWork(own, file.work).work;
}

describe('two tabs saving', () => {
  it("a change applies to what is stored now: tab B's save keeps tab A's scenario and result", () => {
    // Both tabs read an empty store; A saves a scenario and a result, then B saves a scenario.
    const a = saveScenarioInto(emptySavedWork(), { name: 'A', savedAt: T1, scenario: helpDesk }, 'a', undefined);
    if (!('work' in a)) throw new Error('conflict');
    const afterA = putResult(a.work, describeResult('r-a', helpDesk, fakeResult(0.9), T1));
    const b = saveScenarioInto(afterA, { name: 'B', savedAt: T2, scenario: helpDesk }, 'b', undefined);
    expect('work' in b && b.work.scenarios.map((s) => s.key)).toEqual(['a', 'b']);
    expect('work' in b && b.work.results.map((r) => r.key)).toEqual(['r-a']);
  });

  it('two tabs creating the same id get two items, not one over the other', () => {
    const first = saveScenarioInto(
      emptySavedWork(),
      { name: 'A', savedAt: T1, scenario: helpDesk },
      'help-desk',
      undefined,
    );
    if (!('work' in first)) throw new Error('conflict');
    const second = saveScenarioInto(first.work, { name: 'B', savedAt: T2, scenario: helpDesk }, 'help-desk', undefined);
    expect('work' in second && second.work.scenarios.map((s) => [s.key, s.name])).toEqual([
      ['help-desk', 'A'],
      ['help-desk-2', 'B'],
    ]);
  });

  it("a tab saving over another tab's newer version is told, and the newer version stays", () => {
    // Tab B read help-desk as saved at T1; tab A then saved it again at T2; B saves at T3.
    const stored = putScenario(emptySavedWork(), { key: 'help-desk', name: 'A edit', savedAt: T2, scenario: helpDesk });
    const stale = saveScenarioInto(stored, { name: 'B edit', savedAt: T3, scenario: helpDesk }, 'help-desk', {
      key: 'help-desk',
      savedAt: T1,
    });
    expect(stale).toEqual({ conflict: 'A edit' });
    // The same tab, with the version it read, replaces it.
    const fresh = saveScenarioInto(stored, { name: 'A again', savedAt: T3, scenario: helpDesk }, 'help-desk', {
      key: 'help-desk',
      savedAt: T2,
    });
    expect('work' in fresh && fresh.work.scenarios.map((s) => [s.key, s.name])).toEqual([['help-desk', 'A again']]);
  });

  it('a delete of an item another tab saved again is refused; of the version read, done', () => {
    const stored = putScenario(emptySavedWork(), { key: 'x', name: 'X', savedAt: T2, scenario: helpDesk });
    expect(removeScenarioFrom(stored, { key: 'x', savedAt: T1 })).toEqual({ conflict: 'X' });
    const removed = removeScenarioFrom(stored, { key: 'x', savedAt: T2 });
    expect('work' in removed && removed.work.scenarios).toEqual([]);
  });
});

describe('ids made unique on save as on import', () => {
  it("saving the imported copy (help-desk-2) replaces only it, never the user's own help-desk", () => {
    const stored = withImportedCopy();
    expect(stored.scenarios.map((s) => s.key)).toEqual(['help-desk', 'help-desk-2']);
    const copy = stored.scenarios[1]!;
    const saved = saveScenarioInto(
      stored,
      { name: 'Imported, edited', savedAt: T3, scenario: { ...helpDesk, name: 'Imported, edited' } },
      'help-desk',
      { key: copy.key, savedAt: copy.savedAt },
    );
    if (!('work' in saved)) throw new Error('conflict');
    expect(saved.value).toBe('help-desk-2');
    expect(saved.work.scenarios.find((s) => s.key === 'help-desk')?.name).toBe('Mine');
    expect(saved.work.scenarios.find((s) => s.key === 'help-desk-2')?.name).toBe('Imported, edited');
  });

  it('saving an edited built-in whose id is taken makes a new item', () => {
    const saved = saveScenarioInto(
      withImportedCopy(),
      { name: 'New', savedAt: T3, scenario: helpDesk },
      'help-desk',
      undefined,
    );
    expect('work' in saved && saved.value).toBe('help-desk-3');
    expect('work' in saved && saved.work.scenarios).toHaveLength(3);
  });
});

describe('imported results under one key', () => {
  it('two results of one file under one key keep their own data', () => {
    const a = describeResult('r', helpDesk, fakeResult(0.9), T1);
    const b = describeResult('r', helpDesk, fakeResult(0.4), T2);
    const file = {
      format: 'switchboard-saved-work',
      version: 3,
      scenarios: [],
      results: [
        { ...a, body: body(0.9) },
        { ...b, body: body(0.4) },
      ],
    };
    const read = savedWorkFromFile(JSON.stringify(file), T3);
    if (!read.ok) throw new Error(read.reason);
    expect(read.work.results.map((r) => r.key)).toEqual(['r', 'r-2']);
    // Each listed result opens its own body: the listed service level is the body's.
    for (const info of read.work.results)
      expect(read.bodies[info.key]!.result.total.serviceLevel.mean).toBe(info.serviceLevel);
    const merged = mergeSavedWork(
      putResult(emptySavedWork(), describeResult('r', helpDesk, fakeResult(0.7), T1)),
      read.work,
      read.bodies,
    );
    for (const info of merged.work.results.slice(1))
      expect(merged.bodies[info.key]!.result.total.serviceLevel.mean).toBe(info.serviceLevel);
    expect(new Set(merged.work.results.map((r) => r.key)).size).toBe(3);
    expect(merged.work.results.map((r) => r.serviceLevel)).toEqual([0.7, 0.9, 0.4]);
  });
});

describe('exports count exactly what they hold', () => {
  it('a result whose body cannot be read is left out, named, and not counted', () => {
    let work = putScenario(emptySavedWork(), { key: 's', name: 'S', savedAt: T1, scenario: helpDesk });
    work = putResult(work, describeResult('good', helpDesk, fakeResult(0.9), T1));
    work = putResult(work, { ...describeResult('lost', helpDesk, fakeResult(0.5), T2), name: 'Lost run' });
    const content = exportContent(work, { good: body(0.9) });
    expect(content.leftOut).toEqual(['Lost run']);
    expect(content.work.results.map((r) => r.key)).toEqual(['good']);
    // The file holds exactly the counted items, and reads back whole.
    const read = savedWorkFromFile(savedWorkToFile(content.work, { good: body(0.9) }), T3);
    expect(read.ok && [read.work.scenarios.length, read.work.results.length]).toEqual([1, 1]);
  });
});

describe('backups are never overwritten', () => {
  it('a second migration of the same version gets a key of its own', () => {
    const first = freshKey('backup-v2-', T1, ['switchboard:saved-work']);
    expect(first).toBe(`backup-v2-${T1}`);
    expect(freshKey('backup-v2-', T1, [first])).toBe(`backup-v2-${T1}-2`);
    expect(freshKey('backup-v2-', T1, [first, `${first}-2`])).toBe(`backup-v2-${T1}-3`);
  });
});

describe('one unreadable record is quarantined, never hiding the rest', () => {
  const good = { key: 'ok', name: 'OK', savedAt: T1, scenario: helpDesk };

  it('a damaged scenario and a damaged result are set aside with why; the rest loads', () => {
    const stored = {
      version: 3,
      scenarios: [good, { key: 'bad', name: 7, savedAt: T1, scenario: {} }],
      results: [describeResult('r', helpDesk, fakeResult(0.9), T1), { key: 'r2' }],
    };
    const read = readStoredWork(stored);
    if (!read.ok) throw new Error(read.reason);
    expect(read.work.scenarios.map((s) => s.key)).toEqual(['ok']);
    expect(read.work.results.map((r) => r.key)).toEqual(['r']);
    expect(read.quarantined.map((q) => [q.where, q.reason])).toEqual([
      ['scenarios[1]', 'scenarios[1].name must be a text'],
      ['results[1]', 'results[1].name must be a text'],
    ]);
    expect(read.quarantined[0]!.item).toEqual(stored.scenarios[1]);
    // And the strict reading of a file still refuses it whole (an import is all or nothing).
    expect(migrateSavedWork(stored).ok).toBe(false);
  });

  it('a record that is not saved work at all is kept aside whole and saving starts afresh', () => {
    const read = readStoredWork('garbage');
    expect(read).toEqual({
      ok: true,
      work: emptySavedWork(),
      migratedFrom: null,
      quarantined: [{ where: '', reason: 'not saved work: no version', item: 'garbage' }],
    });
  });

  it("a newer app's record is still refused, so this app never writes over it", () => {
    const read = readStoredWork({ version: 99, scenarios: [] });
    expect(read.ok === false && read.reason).toMatch(/newer version/);
  });
});
