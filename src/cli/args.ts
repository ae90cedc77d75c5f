// Command-line arguments of `npm run sim`: a scenario (file or built-in id) and a few flags. Pure: no file
// system, no process, so every rule is unit-tested; errors name the flag and show what was given.
import { MAX_INTERVAL_ROWS } from './format-table';
import { scanFlags } from './scan-flags';

/** Same bound as RunOptions.replications in src/sim/api.ts. */
export const MAX_CLI_REPLICATIONS = 1000;

export interface CliOptions {
  /** A path to a scenario JSON file, or the id of a built-in scenario. */
  target: string;
  replications: number;
  /** Overrides the scenario's seed; a whole number stays a number, anything else is a text seed. */
  seed?: string | number;
  json: boolean;
  /** Print every interval row instead of the first MAX_INTERVAL_ROWS. */
  allIntervals: boolean;
  /** Run even when the work budget (src/sim/budget.ts) says the run is large. */
  allowLarge: boolean;
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const usage = `Usage: npm run sim -- <scenario.json | built-in id> [options]

Runs a scenario headless and prints its KPIs: the whole centre, each queue, each agent group and each
interval. With more than one replication every value is shown as mean ± half-width of its 95% confidence
interval.

Options:
  --reps N          independent replications, 1 to ${MAX_CLI_REPLICATIONS} (default 1)
  --seed S          seed of every random stream, overriding the scenario's (text or a whole number)
  --json            print one JSON object instead of tables
  --allow-large     run even when the estimate says it takes minutes or gigabytes (refused otherwise)
  --all-intervals   print every interval row (the table stops after the first ${MAX_INTERVAL_ROWS} otherwise)
  -h, --help        show this help

To compare variants on the same callers: npm run sim -- compare a.json b.json (see compare --help).

Exit codes: 0 done, 2 bad arguments or an invalid scenario, 1 an unexpected failure.`;

function parseReplications(text: string): number | string {
  const isWhole = /^\d+$/.test(text);
  const value = isWhole ? Number(text) : NaN;
  if (!isWhole || value < 1 || value > MAX_CLI_REPLICATIONS)
    return `--reps: must be a whole number from 1 to ${MAX_CLI_REPLICATIONS} (got "${text}")`;
  return value;
}

export function parseSeed(text: string): string | number {
  const asNumber = Number(text);
  return /^-?\d+$/.test(text) && Number.isSafeInteger(asNumber) ? asNumber : text;
}

/** The `--seed` flag's value, if given: a whole number or a text of at most 200 characters. */
export function seedFromFlags(values: ReadonlyMap<string, string>): { seed?: string | number } | { error: string } {
  const text = values.get('--seed');
  if (text === undefined) return {};
  if (text.length > 200) return { error: `--seed: must be at most 200 characters (got ${text.length})` };
  return { seed: parseSeed(text) };
}

const valueFlags = new Set(['--reps', '--seed']);
const booleanFlags = new Set(['--json', '--all-intervals', '--allow-large']);
const flagAliases: Record<string, string> = { '--replications': '--reps', '-n': '--reps' };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const scanned = scanFlags(argv, {
    booleans: booleanFlags,
    values: valueFlags,
    aliases: flagAliases,
    helpHint: 'see --help',
  });
  if (scanned.kind !== 'flags') return scanned;
  const { positional, values } = scanned;
  const json = scanned.booleans.has('--json');
  const allIntervals = scanned.booleans.has('--all-intervals');

  if (positional.length === 0)
    return { kind: 'error', message: 'missing the scenario: give a JSON file or a built-in id (see --help)' };
  if (positional.length > 1)
    return { kind: 'error', message: `one scenario at a time (got ${positional.map((p) => `"${p}"`).join(', ')})` };

  let replications = 1;
  const repsText = values.get('--reps');
  if (repsText !== undefined) {
    const parsed = parseReplications(repsText);
    if (typeof parsed === 'string') return { kind: 'error', message: parsed };
    replications = parsed;
  }
  const seed = seedFromFlags(values);
  if ('error' in seed) return { kind: 'error', message: seed.error };

  const allowLarge = scanned.booleans.has('--allow-large');
  const options: CliOptions = { target: positional[0] as string, replications, json, allIntervals, allowLarge };
  if (seed.seed !== undefined) options.seed = seed.seed;
  return { kind: 'run', options };
}
