// The simulator behind the page: implements SimulatorApi (src/sim/api.ts) over the built-in scenarios, the
// validator and the replication runner. Pure: no DOM, no worker code, so Node tests use it directly and the
// worker entry only exposes it.
import type { RunOptions, RunResponse, ScenarioInfo, SimulatorApi } from './api';
import type { Scenario } from './scenario/schema';
import type { ValidationIssue } from './scenario/validate';
import { tryLoadScenario } from './scenario/migrate';
import { MAX_REPLICATIONS, runReplications } from './replications';
import { builtInScenarios } from '../scenarios/index';

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
  const { replications, seed } = options as Record<string, unknown>;
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

function toInfo(scenario: Scenario): ScenarioInfo {
  return { id: scenario.id, name: scenario.name, description: scenario.description ?? '' };
}

export function createSimulatorService(): SimulatorApi {
  return {
    listScenarios(): ScenarioInfo[] {
      return builtInScenarios.map(toInfo);
    },

    getScenario(id: string): Scenario | undefined {
      const scenario = builtInScenarios.find((s) => s.id === id);
      // A copy, so a caller in the same thread (Node, tests) cannot edit the shipped scenario.
      return scenario === undefined ? undefined : structuredClone(scenario);
    },

    validate(input: unknown) {
      const result = tryLoadScenario(input);
      return result.ok ? { ok: true } : { ok: false, issues: result.issues };
    },

    run(input: unknown, options?: RunOptions): RunResponse {
      // Saved scenarios of an older schema version are migrated, not refused.
      const validated = tryLoadScenario(input);
      const optionIssues = validateRunOptions(options);
      const issues = [...(validated.ok ? [] : validated.issues), ...optionIssues];
      if (!validated.ok || issues.length > 0) return { ok: false, issues };
      const result = runReplications(validated.scenario, {
        replications: options?.replications ?? 1,
        ...(options?.seed === undefined ? {} : { seed: options.seed }),
      });
      return { ok: true, result };
    },
  };
}
