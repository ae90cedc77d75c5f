// Fair comparison of scenario variants, the running side: replication r of every variant runs with the same
// seed and replication index, so the variants see the same callers (common random numbers). The statistics
// over the runs are in comparison.ts (engine-free), re-exported here. Pure: no I/O, no DOM.
import type { Scenario } from './scenario/schema';
import { runGuarded } from './run-guard';
import {
  checkReplications,
  checkVariantCount,
  compareRuns,
  fairnessWarnings,
  pairedRunOf,
  type Comparison,
  type PairedRun,
  type VariantRuns,
} from './comparison';
import { checkRange, type ReplicationRange } from './replications';

export * from './comparison';

export interface CompareOptions {
  /** Paired replications per variant, 2..MAX_REPLICATIONS. */
  replications: number;
  /** One seed for every variant (each scenario's own `seed` is ignored); default the baseline's seed. */
  seed?: string | number;
  /** Called after each run; `total` is replications × variants. */
  onRun?: (done: number, total: number) => void;
}

export interface CompareRangeOptions extends ReplicationRange {
  /** One seed for every variant; default the baseline's seed. */
  seed?: string | number;
  /** Called after each run; `total` is count × variants. */
  onRun?: (done: number, total: number) => void;
}

function checkSeed(seed: unknown): void {
  // The scenario schema's rule for its own seed field.
  const isValidString = typeof seed === 'string' && seed.length >= 1 && seed.length <= 200;
  const isValidNumber = typeof seed === 'number' && Number.isInteger(seed);
  if (!isValidString && !isValidNumber)
    throw new RangeError(
      `seed: must be a non-empty string (≤ 200 characters) or an integer (got ${JSON.stringify(seed)})`,
    );
}

/**
 * Runs replications first … first + count − 1 of every variant with one seed. A comparison of the whole design
 * is compareRuns over the ranges' runs concatenated in replication order, whoever ran each range.
 */
export function runComparisonRange(scenarios: readonly Scenario[], options: CompareRangeOptions): VariantRuns[] {
  checkVariantCount(scenarios.length, 'scenarios');
  checkRange(options);
  const seed = options.seed ?? (scenarios[0] as Scenario).seed;
  checkSeed(seed);
  const total = options.count * scenarios.length;
  const variants = scenarios.map((s) => ({ scenarioId: s.id, scenarioName: s.name, runs: [] as PairedRun[] }));
  let done = 0;
  // Replication-major order, so progress means the same for every variant.
  for (let r = options.first; r < options.first + options.count; r++) {
    scenarios.forEach((scenario, v) => {
      variants[v]?.runs.push(pairedRunOf(runGuarded(scenario, { seed, replication: r })));
      options.onRun?.(++done, total);
    });
  }
  return variants;
}

/** Runs every variant with the same seed and replication indices and compares them against the first. */
export function compareVariants(scenarios: readonly Scenario[], options: CompareOptions): Comparison {
  checkVariantCount(scenarios.length, 'scenarios');
  checkReplications(options.replications);
  const variants = runComparisonRange(scenarios, {
    first: 0,
    count: options.replications,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.onRun === undefined ? {} : { onRun: options.onRun }),
  });
  return { ...compareRuns(variants), warnings: fairnessWarnings(scenarios) };
}
