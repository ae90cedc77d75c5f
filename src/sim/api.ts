// The contract between the page and the simulator: plain-data types and the API that the worker exposes
// through Comlink. The UI imports this file with `import type` only.
import type { Scenario } from './scenario/schema';
import type { ValidationIssue } from './scenario/validate';
import type { ReplicatedResult } from './results';

export interface ScenarioInfo {
  id: string;
  name: string;
  description: string;
}

export interface RunOptions {
  /** Independent replications, 1..1000. Default 1. */
  replications?: number;
  /** Overrides the scenario's seed. */
  seed?: string | number;
}

export type RunResponse = { ok: true; result: ReplicatedResult } | { ok: false; issues: ValidationIssue[] };

export interface SimulatorApi {
  /** The scenarios shipped with the app (src/scenarios). */
  listScenarios(): ScenarioInfo[];
  /** A built-in scenario as plain JSON data, or undefined for an unknown id. */
  getScenario(id: string): Scenario | undefined;
  /** Validates any input against the scenario schema. */
  validate(input: unknown): { ok: true } | { ok: false; issues: ValidationIssue[] };
  /** Validates and runs `input` (a scenario object) with replications; never throws for bad input. */
  run(input: unknown, options?: RunOptions): RunResponse;
}
