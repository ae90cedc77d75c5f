// Saved scenarios must be migrated, never dropped: the chain of steps, its error messages, and a v1 fixture
// that every future version of the app must still load.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadScenario,
  migrateScenario,
  migrations,
  tryLoadScenario,
  type Migration,
} from '../../../src/sim/scenario/migrate';
import { SCHEMA_VERSION } from '../../../src/sim/scenario/schema';
import { formatIssue, ScenarioError } from '../../../src/sim/scenario/validate';

function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
}

/** The issues a call throws, as `path: message` lines; fails the test if it does not throw a ScenarioError. */
function thrownIssues(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

// A fake future: version 2 renamed agentGroups[].agents to headcount, version 3 added a required `owner`.
const renameAgents: Migration = (doc) => ({
  ...doc,
  agentGroups: (doc.agentGroups as Record<string, unknown>[]).map(({ agents, ...rest }) => ({ ...rest, headcount: agents })),
});
const addOwner: Migration = (doc) => ({ ...doc, owner: `owner of ${String(doc.id)}` });
const futureTable = { 1: renameAgents, 2: addOwner };

describe('migrateScenario', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(migrations[v], `migration ${v} -> ${v + 1}`).toBeTypeOf('function');
  });

  it('returns a current-version document unchanged', () => {
    const fixture = readFixture('scenario-v1.json');
    expect(migrateScenario(fixture)).toEqual(readFixture('scenario-v1.json'));
  });

  it('applies a single future step and stamps the new version', () => {
    const v1 = readFixture('scenario-v1.json') as Record<string, any>;
    const v2 = migrateScenario(v1, { migrations: futureTable, targetVersion: 2 }) as Record<string, any>;
    expect(v2.schemaVersion).toBe(2);
    expect(v2.agentGroups.map((g: any) => g.headcount)).toEqual([2, 1]);
    expect(v2.agentGroups[0]).not.toHaveProperty('agents');
    expect(v2).not.toHaveProperty('owner');
  });

  it('chains steps in order, each seeing the output of the previous one', () => {
    const v1 = readFixture('scenario-v1.json');
    const v3 = migrateScenario(v1, { migrations: futureTable, targetVersion: 3 }) as Record<string, any>;
    expect(v3.schemaVersion).toBe(3);
    expect(v3.owner).toBe('owner of saved-v1');
    expect(v3.agentGroups[1].headcount).toBe(1);
    // A v2 document skips the first step.
    const fromV2 = migrateScenario({ schemaVersion: 2, id: 'x', agentGroups: [{ headcount: 4 }] }, { migrations: futureTable, targetVersion: 3 });
    expect(fromV2).toEqual({ schemaVersion: 3, id: 'x', agentGroups: [{ headcount: 4 }], owner: 'owner of x' });
  });

  it('leaves the input untouched', () => {
    const v1 = readFixture('scenario-v1.json');
    const before = JSON.stringify(v1);
    migrateScenario(v1, { migrations: futureTable, targetVersion: 3 });
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('fails clearly when a step is missing from the chain', () => {
    expect(thrownIssues(() => migrateScenario({ schemaVersion: 1 }, { migrations: { 2: addOwner }, targetVersion: 3 }))).toEqual([
      'schemaVersion: cannot migrate version 1 to 2: no migration step',
    ]);
  });

  it('rejects a version newer than the app supports', () => {
    expect(thrownIssues(() => migrateScenario({ schemaVersion: 7 }))).toEqual([
      `schemaVersion: 7 is newer than this app supports (${SCHEMA_VERSION})`,
    ]);
  });

  it('rejects a missing version', () => {
    expect(thrownIssues(() => migrateScenario({ id: 'x' }))).toEqual([
      `schemaVersion: is required (this app reads version ${SCHEMA_VERSION})`,
    ]);
  });

  it.each([
    [1.5, '1.5'],
    ['1', '"1"'],
    [0, '0'],
    [-2, '-2'],
    [null, 'null'],
    [Number.NaN, 'NaN'],
  ])('rejects the version %j', (version, shown) => {
    expect(thrownIssues(() => migrateScenario({ schemaVersion: version }))).toEqual([
      `schemaVersion: must be a whole number from 1 to ${SCHEMA_VERSION} (got ${shown})`,
    ]);
  });

  it.each([
    [null, 'null'],
    [[], '[]'],
    ['help-desk', '"help-desk"'],
    [undefined, 'undefined'],
  ])('rejects %j instead of an object', (input, shown) => {
    expect(thrownIssues(() => migrateScenario(input))).toEqual([`a scenario must be a JSON object {...} (got ${shown})`]);
  });
});

describe('loadScenario', () => {
  it('loads the v1 fixture with every field intact', () => {
    const scenario = loadScenario(readFixture('scenario-v1.json'));
    expect(scenario).toEqual(readFixture('scenario-v1.json'));
    expect(scenario.callTypes[1]?.afterCallWork).toEqual({ kind: 'empirical', valuesSeconds: [20, 40, 90], weights: [5, 3, 1] });
  });

  it('reports validation errors after migrating', () => {
    const broken = readFixture('scenario-v1.json') as Record<string, any>;
    broken.callTypes[0].queue = 'lobby';
    expect(thrownIssues(() => loadScenario(broken))).toEqual(['callTypes[0].queue: unknown queue "lobby"']);
  });

  it('reports a version problem before any field problem', () => {
    expect(thrownIssues(() => loadScenario({ schemaVersion: 9, name: 5 }))).toEqual([
      `schemaVersion: 9 is newer than this app supports (${SCHEMA_VERSION})`,
    ]);
  });
});

describe('tryLoadScenario', () => {
  it('returns the scenario or the issues without throwing', () => {
    const loaded = tryLoadScenario(readFixture('scenario-v1.json'));
    expect(loaded.ok && loaded.scenario.id).toBe('saved-v1');
    const tooNew = tryLoadScenario({ schemaVersion: 2 });
    expect(tooNew).toEqual({ ok: false, issues: [{ path: 'schemaVersion', message: `2 is newer than this app supports (${SCHEMA_VERSION})` }] });
    const invalid = tryLoadScenario({ schemaVersion: 1 });
    expect(invalid.ok ? [] : invalid.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['id', 'name', 'queues', 'callTypes', 'agentGroups']),
    );
  });
});
