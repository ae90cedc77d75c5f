// Saved work: version 1 and 2 data migrate to version 3 without losing a scenario; newer or damaged data is
// refused (so the store keeps it untouched); imports merge without overwriting; files round-trip, results
// with their bodies and their NaNs.
import { describe, expect, it } from 'vitest';
import {
  SAVED_WORK_VERSION,
  emptySavedWork,
  mergeSavedWork,
  migrateSavedWork,
  putResult,
  putScenario,
  savedWorkFromFile,
  savedWorkToFile,
} from '../../../src/ui/storage/saved-work';
import { RESULT_BODY_VERSION, describeResult, type SavedResultBody } from '../../../src/ui/storage/saved-result';
import type { ReplicatedResult } from '../../../src/sim/results';
import helpDesk from '../../../src/scenarios/help-desk.json';

/** Enough of a ReplicatedResult for storage: the fields the body check reads, a NaN and an Infinity. */
function fakeResult(serviceLevel: number): ReplicatedResult {
  const estimate = (mean: number) => ({ mean, halfWidth: Number.NaN, stdDev: Number.NaN, n: 1 });
  return {
    scenarioId: 'help-desk',
    seed: 'seed-1',
    replications: 1,
    confidenceLevel: 0.95,
    total: {
      serviceLevel: estimate(serviceLevel),
      asaSeconds: estimate(Number.POSITIVE_INFINITY),
      abandonRate: estimate(0.05),
    },
    queues: {},
    departments: {},
    groups: {},
    intervals: [],
    runs: [],
  } as unknown as ReplicatedResult;
}

const version1 = {
  version: 1,
  scenarios: [
    { id: 'help-desk', scenario: helpDesk },
    { id: 'help-desk', scenario: { ...helpDesk, name: 'Second copy' } },
    { id: 'broken', scenario: { not: 'a scenario' } },
  ],
};

describe('migrateSavedWork', () => {
  it('treats nothing stored as empty saved work of the current version', () => {
    expect(migrateSavedWork(undefined)).toEqual({ ok: true, work: emptySavedWork(), migratedFrom: null });
  });

  it('migrates version 1 keeping every scenario, even one that is not valid today, with unique keys', () => {
    const migrated = migrateSavedWork(version1);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.migratedFrom).toBe(1);
    expect(migrated.work.version).toBe(SAVED_WORK_VERSION);
    expect(migrated.work.scenarios.map((s) => s.key)).toEqual(['help-desk', 'help-desk-2', 'broken']);
    expect(migrated.work.scenarios.map((s) => s.name)).toEqual([helpDesk.name, 'Second copy', 'broken']);
    expect(migrated.work.scenarios[0]!.scenario).toEqual(helpDesk);
    expect(migrated.work.scenarios[2]!.scenario).toEqual({ not: 'a scenario' });
  });

  it('passes current-version data through unchanged, and migrating twice changes nothing', () => {
    const once = migrateSavedWork(version1);
    if (!once.ok) throw new Error(once.reason);
    const twice = migrateSavedWork(structuredClone(once.work));
    expect(twice).toEqual({ ok: true, work: once.work, migratedFrom: null });
  });

  it('migrates version 2 keeping its scenarios as they are, with no results', () => {
    const version2 = {
      version: 2,
      scenarios: [{ key: 'a', name: 'A', savedAt: '2024-05-01T09:00:00.000Z', scenario: helpDesk }],
    };
    const migrated = migrateSavedWork(structuredClone(version2));
    expect(migrated).toEqual({
      ok: true,
      work: { version: 3, scenarios: version2.scenarios, results: [] },
      migratedFrom: 2,
    });
  });

  it('refuses a version 3 record whose result entry is damaged, naming the field', () => {
    const damaged = migrateSavedWork({ version: 3, scenarios: [], results: [{ key: 'r', name: 'R' }] });
    expect(damaged.ok === false && damaged.reason).toMatch(/results\[0\]\.savedAt/);
  });

  it('refuses newer, unknown and damaged data with a reason', () => {
    const newer = migrateSavedWork({ version: SAVED_WORK_VERSION + 1, scenarios: [] });
    expect(newer.ok === false && newer.reason).toMatch(/newer version/);
    expect(migrateSavedWork({ version: 0 }).ok).toBe(false);
    expect(migrateSavedWork('text').ok).toBe(false);
    const damaged = migrateSavedWork({ version: 3, scenarios: [{ key: 'a', name: 'A' }], results: [] });
    expect(damaged.ok === false && damaged.reason).toMatch(/scenarios\[0\]\.savedAt/);
  });
});

describe('saved-work files', () => {
  const work = putScenario(emptySavedWork(), {
    key: 'help-desk',
    name: helpDesk.name,
    savedAt: '2024-05-01T09:00:00.000Z',
    scenario: helpDesk,
  });

  it('round-trips through the export file', () => {
    expect(savedWorkFromFile(savedWorkToFile(work), 'now')).toEqual({ ok: true, work, bodies: {} });
  });

  it('round-trips results with their bodies, NaN and Infinity included', () => {
    const result = fakeResult(0.8);
    const body: SavedResultBody = { version: RESULT_BODY_VERSION, scenario: helpDesk, result, elapsedMs: 120 };
    const withResult = putResult(work, describeResult('r1', helpDesk, result, '2024-05-02T10:00:00.000Z'));
    const text = savedWorkToFile(withResult, { r1: body });
    expect(text).not.toMatch(/null/); // JSON would otherwise turn NaN into null
    const read = savedWorkFromFile(text, 'now');
    expect(read).toEqual({ ok: true, work: withResult, bodies: { r1: body } });
    if (!read.ok) return;
    expect(read.bodies['r1']!.result.total.asaSeconds.mean).toBe(Number.POSITIVE_INFINITY);
    expect(read.bodies['r1']!.result.total.serviceLevel.halfWidth).toBeNaN();
  });

  it('refuses a file whose result has no body, or a damaged one, so nothing is half-imported', () => {
    const withResult = putResult(work, describeResult('r1', helpDesk, fakeResult(0.8), '2024-05-02T10:00:00.000Z'));
    const missing = savedWorkFromFile(savedWorkToFile(withResult, {}), 'now');
    expect(missing.ok === false && missing.reason).toMatch(/results\[0\]\.body/);
    const broken = {
      version: RESULT_BODY_VERSION,
      scenario: helpDesk,
      result: { scenarioId: 'x' },
      elapsedMs: 1,
    } as unknown as SavedResultBody;
    const damaged = savedWorkFromFile(savedWorkToFile(withResult, { r1: broken }), 'now');
    expect(damaged.ok).toBe(false);
  });

  it('reads a bare scenario file as one saved scenario', () => {
    const read = savedWorkFromFile(JSON.stringify(helpDesk), '2024-06-01T00:00:00.000Z');
    expect(read.ok && read.work.scenarios).toEqual([
      { key: 'help-desk', name: helpDesk.name, savedAt: '2024-06-01T00:00:00.000Z', scenario: helpDesk },
    ]);
  });

  it('refuses text that is not JSON or not saved work, naming why', () => {
    const notJson = savedWorkFromFile('{ nope', 'now');
    expect(notJson.ok === false && notJson.reason).toMatch(/not JSON/);
    expect(savedWorkFromFile('{"hello": 1}', 'now').ok).toBe(false);
  });

  it('merges an import beside what is saved, never overwriting a key', () => {
    const merged = mergeSavedWork(work, work).work;
    expect(merged.scenarios.map((s) => s.key)).toEqual(['help-desk', 'help-desk-2']);
    expect(work.scenarios).toHaveLength(1);
  });

  it('gives an imported result with a clashing key a new key, and its body goes with it', () => {
    const mine = putResult(work, describeResult('r1', helpDesk, fakeResult(0.8), '2024-05-02T10:00:00.000Z'));
    const theirs = putResult(
      emptySavedWork(),
      describeResult('r1', helpDesk, fakeResult(0.6), '2024-05-03T10:00:00.000Z'),
    );
    const body: SavedResultBody = {
      version: RESULT_BODY_VERSION,
      scenario: helpDesk,
      result: fakeResult(0.6),
      elapsedMs: 1,
    };
    const merged = mergeSavedWork(mine, theirs, { r1: body });
    expect(merged.work.results.map((r) => [r.key, r.serviceLevel])).toEqual([
      ['r1', 0.8],
      ['r1-2', 0.6],
    ]);
    expect(merged.bodies).toEqual({ 'r1-2': body });
  });
});
