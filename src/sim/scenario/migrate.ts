// Brings a saved scenario of any older schemaVersion up to SCHEMA_VERSION through a chain of small pure
// steps, so user scenarios are migrated, never dropped. Pure data in, data out; no DOM, no engine.
import { SCHEMA_VERSION, type Scenario } from './schema';
import { ScenarioError, validateScenario, type ValidationResult } from './validate';
import { checkInputLimits } from './input-limits';

/** One step: takes a document of version v and returns the same scenario as version v + 1. */
export type Migration = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * `migrations[v]` upgrades version v to v + 1. When the shape changes: bump SCHEMA_VERSION, add the step here,
 * and add a fixture of the old version under test/fixtures/.
 */
export const migrations: Readonly<Record<number, Migration>> = {
  // v2 added departments, the IVR, proficiency, roles, costs, shifts and routing policies, all optional:
  // a v1 scenario means the same in v2. Proved on test/fixtures/scenario-v1.json by migrate.test.ts.
  1: (document) => ({ ...document }),
};

export interface MigrationOptions {
  /** Replaces the built-in table; tests use it to prove the chain with a fake future step. */
  migrations?: Readonly<Record<number, Migration>>;
  /** The version to migrate to; defaults to SCHEMA_VERSION. */
  targetVersion?: number;
}

function fail(path: string, message: string): never {
  throw new ScenarioError([{ path, message }]);
}

function describe(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  // A list or an object is not pasted back: it could be large, or hold a cycle JSON cannot show.
  if (Array.isArray(value) && value.length > 10) return `a list of ${value.length} items`;
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 10) return 'an object {...}';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = 'a value JSON cannot hold'; // a cycle
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Reads `schemaVersion` and applies each step up to the target version. A document already at the target is
 * returned as is (the validator checks the rest). Throws a ScenarioError naming `schemaVersion` when the
 * version is missing, not a whole number ≥ 1, newer than this app, or has no step to the next version.
 */
export function migrateScenario(input: unknown, options: MigrationOptions = {}): unknown {
  const table = options.migrations ?? migrations;
  const target = options.targetVersion ?? SCHEMA_VERSION;
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    fail('', `a scenario must be a JSON object {...} (got ${describe(input)})`);
  const version = (input as Record<string, unknown>).schemaVersion;
  if (version === undefined) fail('schemaVersion', `is required (this app reads version ${target})`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    fail('schemaVersion', `must be a whole number from 1 to ${target} (got ${describe(version)})`);
  if (version > target) fail('schemaVersion', `${version} is newer than this app supports (${target})`);

  let document = input as Record<string, unknown>;
  for (let v = version; v < target; v++) {
    const step = table[v];
    if (step === undefined) fail('schemaVersion', `cannot migrate version ${v} to ${v + 1}: no migration step`);
    // The step sees the document read-only; the runner stamps the new version so a step cannot forget it.
    document = { ...step(document), schemaVersion: v + 1 };
  }
  return document;
}

/** Migrates then validates; throws a ScenarioError listing every problem. */
export function loadScenario(input: unknown): Scenario {
  const result = tryLoadScenario(input);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}

/** Like loadScenario, but returns the problems instead of throwing (for the worker and the UI). */
export function tryLoadScenario(input: unknown): ValidationResult {
  // Limits first: a migration step copies the document, which a cyclic or huge one must not reach.
  const limits = checkInputLimits(input);
  if (limits.length > 0) return { ok: false, issues: limits };
  let migrated: unknown;
  try {
    migrated = migrateScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, issues: error.issues };
    throw error;
  }
  return validateScenario(migrated);
}
