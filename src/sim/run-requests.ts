// Checks of what a page asks the simulator to run: run options, a comparison's scenarios and options, and one
// share (a range of replications) of either. Every problem is named by its field, like the scenario validator.
import type { Scenario } from './scenario/schema';
import type { ValidationIssue } from './scenario/validate';
import { tryLoadScenario } from './scenario/migrate';
import { MAX_VARIANTS, MIN_COMPARE_REPLICATIONS } from './comparison';
import { MAX_REPLICATIONS } from './replication-summary';

function describe(value: unknown): string {
  // JSON would show NaN and Infinity as null.
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

/** Checks run options the way the validator checks scenarios: every problem named by its field. */
export function validateRunOptions(options: unknown): ValidationIssue[] {
  if (options === undefined) return [];
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    return [{ path: '', message: 'run options must be an object' }];
  const issues: ValidationIssue[] = [];
  const { replications, seed, allowLargeRun } = options as Record<string, unknown>;
  if (allowLargeRun !== undefined && typeof allowLargeRun !== 'boolean')
    issues.push({ path: 'allowLargeRun', message: `must be true or false (got ${describe(allowLargeRun)})` });
  if (replications !== undefined) {
    const isWhole = typeof replications === 'number' && Number.isInteger(replications);
    if (!isWhole || replications < 1 || replications > MAX_REPLICATIONS)
      issues.push({
        path: 'replications',
        message: `must be a whole number from 1 to ${MAX_REPLICATIONS} (got ${describe(replications)})`,
      });
  }
  if (seed !== undefined) {
    // Same rule as the scenario's own seed field, so an override is always a seed the schema would accept.
    const isValidString = typeof seed === 'string' && seed.length >= 1 && seed.length <= 200;
    const isValidNumber = typeof seed === 'number' && Number.isInteger(seed);
    if (!isValidString && !isValidNumber)
      issues.push({ path: 'seed', message: `must be a non-empty string (≤ 200 characters) or an integer` });
  }
  return issues;
}

/**
 * Checks one share of a run of `replications`: `first` and `count` must pick replications inside it. The
 * whole run's options are checked too, so every share of a bad run reports the same problems.
 */
export function validateRangeOptions(options: unknown): ValidationIssue[] {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    return [{ path: '', message: 'range options must be an object' }];
  const { replications, first, count } = options as Record<string, unknown>;
  if (replications === undefined) return [{ path: 'replications', message: 'is required for a share of a run' }];
  const issues = validateRunOptions(options);
  if (issues.length > 0) return issues;
  const total = replications as number;
  const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
  if (!isWhole(first) || first < 0 || first >= total)
    issues.push({ path: 'first', message: `must be a whole number from 0 to ${total - 1} (got ${describe(first)})` });
  else if (!isWhole(count) || count < 1 || first + count > total)
    issues.push({
      path: 'count',
      message: `must be a whole number from 1 to ${total - first} (got ${describe(count)})`,
    });
  return issues;
}

export type CompareRequest =
  { ok: true; scenarios: Scenario[]; replications: number } | { ok: false; issues: ValidationIssue[] };

/** Loads a comparison's scenarios (each migrated and validated) and checks its options. */
export function loadCompareRequest(inputs: unknown, options: unknown, defaultReplications = 10): CompareRequest {
  if (!Array.isArray(inputs) || inputs.length < 2 || inputs.length > MAX_VARIANTS)
    return { ok: false, issues: [{ path: 'inputs', message: `must be a list of 2 to ${MAX_VARIANTS} scenarios` }] };
  const issues: ValidationIssue[] = [];
  const scenarios: Scenario[] = [];
  inputs.forEach((input, i) => {
    const loaded = tryLoadScenario(input);
    if (loaded.ok) scenarios.push(loaded.scenario);
    else
      for (const issue of loaded.issues)
        issues.push({ path: `inputs[${i}]${issue.path === '' ? '' : `.${issue.path}`}`, message: issue.message });
  });
  issues.push(...validateRunOptions(options));
  const given = (options as { replications?: unknown } | undefined)?.replications;
  const replications = typeof given === 'number' ? given : defaultReplications;
  if (replications < MIN_COMPARE_REPLICATIONS)
    issues.push({
      path: 'replications',
      message: `must be at least ${MIN_COMPARE_REPLICATIONS} to compare (got ${replications})`,
    });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenarios, replications };
}
