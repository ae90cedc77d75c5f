// Command-line arguments of `npm run sim -- compare`: two or more scenarios (files or built-in ids) and a few
// flags. Pure: no file system, no process; errors name the flag and show what was given.
import { MAX_VARIANTS, MIN_COMPARE_REPLICATIONS } from '../sim/compare';
import { MAX_CLI_REPLICATIONS, seedFromFlags } from './args';
import { scanFlags } from './scan-flags';

/** Enough pairs for a usable t interval on most KPIs; a user can ask for more. */
export const DEFAULT_COMPARE_REPLICATIONS = 10;

export interface CompareCliOptions {
  /** Paths to scenario JSON files or built-in ids; the first is the baseline. */
  targets: string[];
  replications: number;
  seed?: string | number;
  json: boolean;
  /** Print every KPI, not only the headline ones. */
  allKpis: boolean;
  /** Run even when the work budget (src/sim/budget.ts) says the comparison is large. */
  allowLarge: boolean;
}

export type ParsedCompareArgs =
  { kind: 'compare'; options: CompareCliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const compareUsage = `Usage: npm run sim -- compare <baseline> <variant> [more variants…] [options]

Runs every variant on the same callers (the same seed and replication indices: common random numbers) and
prints, for each KPI, each variant's mean ± 95% half-width and the paired difference variant − baseline with
its 95% confidence interval and whether it is significant. Each scenario is a JSON file or a built-in id; the
first is the baseline (A), the others are B, C, … (at most ${MAX_VARIANTS}).

Options:
  --reps N          paired replications, ${MIN_COMPARE_REPLICATIONS} to ${MAX_CLI_REPLICATIONS} (default ${DEFAULT_COMPARE_REPLICATIONS})
  --seed S          the one seed of every variant (default the baseline's seed; each variant's own is ignored)
  --json            print one JSON object instead of tables
  --allow-large     run even when the estimate says it takes minutes or gigabytes (refused otherwise)
  --all-kpis        print every KPI in the tables, not only the headline ones (--json always has them all)
  -h, --help        show this help

Exit codes: 0 done, 2 bad arguments or an invalid scenario, 1 an unexpected failure.`;

const valueFlags = new Set(['--reps', '--seed']);
const flagAliases: Record<string, string> = { '--replications': '--reps', '-n': '--reps' };

function parseReplications(text: string): number | string {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= MIN_COMPARE_REPLICATIONS && value <= MAX_CLI_REPLICATIONS))
    return `--reps: must be a whole number from ${MIN_COMPARE_REPLICATIONS} to ${MAX_CLI_REPLICATIONS} (got "${text}"); a paired interval needs at least 2`;
  return value;
}

/** `argv` is what follows the word `compare`. */
export function parseCompareArgs(argv: readonly string[]): ParsedCompareArgs {
  const scanned = scanFlags(argv, {
    booleans: new Set(['--json', '--all-kpis', '--allow-large']),
    values: valueFlags,
    aliases: flagAliases,
    helpHint: 'see compare --help',
  });
  if (scanned.kind !== 'flags') return scanned;
  const { positional: targets, values } = scanned;
  const json = scanned.booleans.has('--json');
  const allKpis = scanned.booleans.has('--all-kpis');

  if (targets.length < 2)
    return {
      kind: 'error',
      message: `compare needs at least 2 scenarios, the baseline first (got ${targets.length === 0 ? 'none' : `only "${targets[0]}"`})`,
    };
  if (targets.length > MAX_VARIANTS)
    return { kind: 'error', message: `compare takes at most ${MAX_VARIANTS} scenarios (got ${targets.length})` };

  let replications = DEFAULT_COMPARE_REPLICATIONS;
  const repsText = values.get('--reps');
  if (repsText !== undefined) {
    const parsed = parseReplications(repsText);
    if (typeof parsed === 'string') return { kind: 'error', message: parsed };
    replications = parsed;
  }
  const seed = seedFromFlags(values);
  if ('error' in seed) return { kind: 'error', message: seed.error };

  const allowLarge = scanned.booleans.has('--allow-large');
  const options: CompareCliOptions = { targets, replications, json, allKpis, allowLarge };
  if (seed.seed !== undefined) options.seed = seed.seed;
  return { kind: 'compare', options };
}
