// Saved scenarios must be migrated, never dropped: the real step 1 → 2, the chain of steps (proved with fake
// future steps), its error messages, and a v1 fixture that every future version of the app must still load.
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
import { formatIssue, ScenarioError, validateScenario } from '../../../src/sim/scenario/validate';

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

// A fake future after the real step 1 → 2: version 3 renames agentGroups[].agents to headcount, version 4 adds
// a required `owner`. Chained after the real table, so a v1 document goes through the real step first.
const renameAgents: Migration = (doc) => ({
  ...doc,
  agentGroups: (doc.agentGroups as Record<string, unknown>[]).map(({ agents, ...rest }) => ({
    ...rest,
    headcount: agents,
  })),
});
const addOwner: Migration = (doc) => ({ ...doc, owner: `owner of ${String(doc.id)}` });
const futureTable = { ...migrations, 2: renameAgents, 3: addOwner };

/** The top-level fields version 2 added; a migrated v1 document must have none of them (their defaults are v1's meaning). */
const v2Fields = ['departments', 'ivr', 'schedule', 'routing', 'costs'];
/** The fields version 2 added inside queues, call types and agent groups. */
const v2NestedFields = ['department', 'ivr', 'role', 'proficiency', 'hourlyCost'];

function nestedKeys(document: Record<string, any>): string[] {
  return ['queues', 'callTypes', 'agentGroups'].flatMap((list) =>
    (document[list] as object[]).flatMap((item) => Object.keys(item)),
  );
}

describe('the v1 fixture', () => {
  it('is a genuine version-1 document, which version 2 does not accept without migrating', () => {
    const v1 = readFixture('scenario-v1.json') as Record<string, unknown>;
    expect(v1.schemaVersion).toBe(1);
    for (const field of v2Fields) expect(v1, field).not.toHaveProperty(field);
    expect(nestedKeys(v1).filter((key) => v2NestedFields.includes(key))).toEqual([]);
    const direct = validateScenario(v1);
    expect(direct.ok ? [] : direct.issues.map(formatIssue)).toEqual([
      `schemaVersion: must be ${SCHEMA_VERSION} (got 1)`,
    ]);
  });
});

describe('migrateScenario', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(migrations[v], `migration ${v} -> ${v + 1}`).toBeTypeOf('function');
  });

  it('migrates version 1 to 2 by changing only the version: every field is kept, none is added', () => {
    const v1 = readFixture('scenario-v1.json') as Record<string, unknown>;
    const v2 = migrateScenario(v1, { targetVersion: 2 }) as Record<string, unknown>;
    expect(v2).toEqual({ ...(readFixture('scenario-v1.json') as object), schemaVersion: 2 });
    expect(Object.keys(v2)).toEqual(Object.keys(v1));
    for (const field of v2Fields) expect(v2, field).not.toHaveProperty(field);
    // A new object: the caller's document is not the one returned.
    expect(v2).not.toBe(v1);
  });

  it('returns a current-version document unchanged, as the same object', () => {
    const example = readFixture('scenario-format-example.json') as Record<string, unknown>;
    expect(example.schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrateScenario(example)).toBe(example);
    expect(example).toEqual(readFixture('scenario-format-example.json'));
  });

  it('applies a single future step after the real one and stamps the new version', () => {
    const v1 = readFixture('scenario-v1.json') as Record<string, any>;
    const v3 = migrateScenario(v1, { migrations: futureTable, targetVersion: 3 }) as Record<string, any>;
    expect(v3.schemaVersion).toBe(3);
    expect(v3.agentGroups.map((g: any) => g.headcount)).toEqual([2, 1]);
    expect(v3.agentGroups[0]).not.toHaveProperty('agents');
    expect(v3).not.toHaveProperty('owner');
  });

  it('chains steps in order, each seeing the output of the previous one', () => {
    const v1 = readFixture('scenario-v1.json');
    const v4 = migrateScenario(v1, { migrations: futureTable, targetVersion: 4 }) as Record<string, any>;
    expect(v4.schemaVersion).toBe(4);
    expect(v4.owner).toBe('owner of saved-v1');
    expect(v4.agentGroups[1].headcount).toBe(1);
    // A v3 document skips the steps below it.
    const fromV3 = migrateScenario(
      { schemaVersion: 3, id: 'x', agentGroups: [{ headcount: 4 }] },
      { migrations: futureTable, targetVersion: 4 },
    );
    expect(fromV3).toEqual({ schemaVersion: 4, id: 'x', agentGroups: [{ headcount: 4 }], owner: 'owner of x' });
  });

  it('leaves the input untouched', () => {
    const v1 = readFixture('scenario-v1.json');
    const before = JSON.stringify(v1);
    migrateScenario(v1);
    migrateScenario(v1, { migrations: futureTable, targetVersion: 4 });
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('fails clearly when a step is missing from the chain', () => {
    expect(
      thrownIssues(() => migrateScenario({ schemaVersion: 1 }, { migrations: { 2: addOwner }, targetVersion: 3 })),
    ).toEqual(['schemaVersion: cannot migrate version 1 to 2: no migration step']);
    expect(
      thrownIssues(() =>
        migrateScenario({ schemaVersion: 1 }, { migrations: { ...migrations, 3: addOwner }, targetVersion: 4 }),
      ),
    ).toEqual(['schemaVersion: cannot migrate version 2 to 3: no migration step']);
  });

  it('rejects a version newer than the app supports, from the very next one on', () => {
    // Written for version 2: when the version goes up, add the new step's tests and a fixture of version 2.
    expect(SCHEMA_VERSION).toBe(2);
    expect(thrownIssues(() => migrateScenario({ schemaVersion: 3 }))).toEqual([
      'schemaVersion: 3 is newer than this app supports (2)',
    ]);
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
    expect(thrownIssues(() => migrateScenario(input))).toEqual([
      `a scenario must be a JSON object {...} (got ${shown})`,
    ]);
  });
});

describe('loadScenario', () => {
  it('loads the v1 fixture as a v2 scenario with every field intact', () => {
    const scenario = loadScenario(readFixture('scenario-v1.json'));
    expect(scenario).toEqual({ ...(readFixture('scenario-v1.json') as object), schemaVersion: 2 });
    expect(scenario.callTypes[1]?.afterCallWork).toEqual({
      kind: 'empirical',
      valuesSeconds: [20, 40, 90],
      weights: [5, 3, 1],
    });
    expect(scenario.horizon).toEqual({ kind: 'calls', count: 500 });
    expect(scenario.agentGroups.map((g) => [g.id, g.agents, g.role, g.proficiency, g.hourlyCost])).toEqual([
      ['desk', 2, undefined, undefined, undefined],
      ['office', 1, undefined, undefined, undefined],
    ]);
  });

  it('loads a v2 document as it is', () => {
    const example = readFixture('scenario-format-example.json');
    expect(loadScenario(example)).toEqual(readFixture('scenario-format-example.json'));
  });

  it('reports validation errors after migrating', () => {
    const broken = readFixture('scenario-v1.json') as Record<string, any>;
    broken.callTypes[0].queue = 'lobby';
    expect(thrownIssues(() => loadScenario(broken))).toEqual(['callTypes[0].queue: unknown queue "lobby"']);
  });

  it('checks a v1 document against the v2 rules once migrated', () => {
    // A v1 file with a v2 field is not a real v1 file, but the migration keeps it and v2 validates it.
    const withRouting = { ...(readFixture('scenario-v1.json') as object), routing: { policy: 'fastest' } };
    expect(thrownIssues(() => loadScenario(withRouting))).toEqual([
      'routing.policy: must be one of "longest-idle" or "most-proficient" (got "fastest")',
    ]);
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
    expect(loaded.ok && [loaded.scenario.id, loaded.scenario.schemaVersion]).toEqual(['saved-v1', 2]);
    const tooNew = tryLoadScenario({ schemaVersion: SCHEMA_VERSION + 1 });
    expect(tooNew).toEqual({
      ok: false,
      issues: [
        { path: 'schemaVersion', message: `${SCHEMA_VERSION + 1} is newer than this app supports (${SCHEMA_VERSION})` },
      ],
    });
    for (const version of [1, 2]) {
      const invalid = tryLoadScenario({ schemaVersion: version });
      expect(invalid.ok ? [] : invalid.issues.map((i) => i.path), `version ${version}`).toEqual(
        expect.arrayContaining(['id', 'name', 'queues', 'callTypes', 'agentGroups']),
      );
    }
  });
});
