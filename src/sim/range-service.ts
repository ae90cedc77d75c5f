// Fast runs and comparisons in shares: each worker of the page's pool runs a range of replication indices,
// and one merge turns the shares' runs into the result a single worker would give (replication r always uses
// the streams of (seed, r), and the merge reads the runs in replication order). Pure: no DOM, no worker code.
import type {
  CompareRangeResponse,
  CompareResponse,
  ProgressCallback,
  RangeApi,
  RangeCompareOptions,
  RangeRunOptions,
  RunRangeResponse,
  RunResponse,
} from './api';
import type { RunResult } from './results';
import type { ValidationIssue } from './scenario/validate';
import { tryLoadScenario } from './scenario/migrate';
import { compareRuns, fairnessWarnings, runComparisonRange, type VariantRuns } from './compare';
import { runReplicationRange, summariseRuns } from './replications';
import { loadCompareRequest, validateRangeOptions, validateRunOptions } from './run-requests';
import { checkBudget, largeRunOf } from './budget';
import { refuseRunaway } from './run-guard';

function seedOf(options: { seed?: string | number }): { seed?: string | number } {
  return options.seed === undefined ? {} : { seed: options.seed };
}

/** A merge refused: the runs do not make a whole design (e.g. a share missing). */
function refused(error: unknown, path: string): { ok: false; issues: ValidationIssue[] } {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, issues: [{ path, message }] };
}

export function createRangeService(): RangeApi {
  return {
    runRange(input: unknown, options: RangeRunOptions, onProgress?: ProgressCallback): RunRangeResponse {
      const validated = tryLoadScenario(input);
      const issues = [...(validated.ok ? [] : validated.issues), ...validateRangeOptions(options)];
      if (!validated.ok || issues.length > 0) return { ok: false, issues };
      // Every share checks the whole run, so all shares of a run too large refuse alike.
      const budget = checkBudget([validated.scenario], { replications: options.replications, ...largeRunOf(options) });
      if (budget.length > 0) return { ok: false, issues: budget };
      return refuseRunaway(() => {
        const runs = runReplicationRange(validated.scenario, {
          first: options.first,
          count: options.count,
          ...seedOf(options),
          ...(onProgress === undefined ? {} : { onReplication: onProgress }),
        });
        return { ok: true, runs } as const;
      });
    },

    mergeRuns(runs: RunResult[]): RunResponse {
      if (!Array.isArray(runs) || runs.length === 0)
        return { ok: false, issues: [{ path: 'runs', message: 'must hold at least one run' }] };
      const issues = validateRunOptions({ replications: runs.length });
      if (issues.length > 0) return { ok: false, issues: issues.map((i) => ({ ...i, path: 'runs' })) };
      const outOfOrder = runs.findIndex((run, r) => run.replication !== (runs[0] as RunResult).replication + r);
      if (outOfOrder >= 0)
        return {
          ok: false,
          issues: [
            { path: `runs[${outOfOrder}].replication`, message: 'the runs must be consecutive replications in order' },
          ],
        };
      try {
        return { ok: true, result: summariseRuns(runs) };
      } catch (error) {
        return refused(error, 'runs');
      }
    },

    compareRange(inputs: unknown[], options: RangeCompareOptions, onProgress?: ProgressCallback): CompareRangeResponse {
      const request = loadCompareRequest(inputs, options);
      const issues = [...(request.ok ? [] : request.issues), ...validateRangeOptions(options)];
      // The whole run's options are in both lists: report each problem once.
      const unique = issues.filter(
        (issue, i) => issues.findIndex((o) => o.path === issue.path && o.message === issue.message) === i,
      );
      if (!request.ok || unique.length > 0) return { ok: false, issues: unique };
      const budget = checkBudget(request.scenarios, { replications: options.replications, ...largeRunOf(options) });
      if (budget.length > 0) return { ok: false, issues: budget };
      return refuseRunaway(() => {
        const variants = runComparisonRange(request.scenarios, {
          first: options.first,
          count: options.count,
          ...seedOf(options),
          ...(onProgress === undefined ? {} : { onRun: onProgress }),
        });
        return { ok: true, variants } as const;
      });
    },

    mergeComparison(inputs: unknown[], variants: VariantRuns[]): CompareResponse {
      const request = loadCompareRequest(inputs, undefined);
      if (!request.ok) return request;
      if (!Array.isArray(variants) || variants.length !== request.scenarios.length)
        return {
          ok: false,
          issues: [
            { path: 'variants', message: `must hold the runs of each of the ${request.scenarios.length} scenarios` },
          ],
        };
      try {
        return { ok: true, comparison: { ...compareRuns(variants), warnings: fairnessWarnings(request.scenarios) } };
      } catch (error) {
        return refused(error, 'variants');
      }
    },
  };
}
