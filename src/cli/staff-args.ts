// Arguments of `npm run sim -- staff`: the scenario and the optimiser's settings. Pure: every rule is
// unit-tested; an error names the flag and shows what was given.
import { parseSeed } from './args';
import { scanFlags } from './scan-flags';

export interface StaffCliOptions {
  target: string;
  serviceLevel?: number;
  thresholdSeconds?: number;
  confidence: number;
  replications: number;
  seed?: string | number;
  patternsFile?: string;
  csvFile?: string;
  scenarioOutFile?: string;
  shrinkage: number;
  maxAbandonRate?: number;
  maxOccupancy?: number;
  maxAgentsPerGroup?: number;
  /** Worker threads for the replications; 1 runs them in the main thread. */
  threads?: number;
}

export type ParsedStaffArgs =
  { kind: 'run'; options: StaffCliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const staffUsage = `Usage: npm run sim -- staff <scenario.json | built-in id> [options]

Finds how many agents each interval needs, by simulation (abandonment, retrials, skills and overflow as the
scenario has them), chooses shifts that cover them at the fewest paid hours (an integer programme solved by
HiGHS), checks the plan by simulation, repairs the intervals that miss and verifies it with fresh seeds. Prints
the staffing table, the shift plan, and paid hours and cost against the Erlang-C two-step plan.

Options:
  --target P          service-level target, a share from 0 to below 1 (default: the scenario's)
  --seconds T         answered within T seconds counts (default: the scenario's threshold)
  --confidence C      one-sided confidence that each interval meets the target, 0.5 to below 1 (default 0.95)
  --reps N            replications per candidate staffing, 2 to 1000 (default 20)
  --seed S            seed of the search (the verification uses S + "-verify")
  --patterns FILE     shift patterns, a JSON list (default: 8.5-h full-time and 4-h part-time every 30 min)
  --shrinkage S       share of paid time off the phones for the Erlang "scheduled" columns, 0 to 0.9 (default 0)
  --max-abandon A     also cap abandoned ÷ offered at A, a share above 0 up to 1
  --max-occupancy O   also cap occupancy at O, a share above 0 up to 1
  --max-agents N      most agents of one group in one interval (default 3 × Erlang C + 10)
  --threads N         worker threads for the replications, 1 to 64 (default one per core; same results)
  --csv FILE          write the staffing table as CSV
  --scenario-out FILE write the optimised day as a scenario you can run, compare and play
  -h, --help          show this help

See docs/staffing.md for the method and its limits.`;

const valueFlags = new Set([
  '--target',
  '--seconds',
  '--confidence',
  '--reps',
  '--seed',
  '--patterns',
  '--csv',
  '--scenario-out',
  '--shrinkage',
  '--max-abandon',
  '--max-occupancy',
  '--max-agents',
  '--threads',
]);

function number(flag: string, text: string, low: number, high: number, rule: string): number | string {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < low || value > high)
    return `${flag}: must be ${rule} (got "${text}")`;
  return value;
}

export function parseStaffArgs(argv: readonly string[]): ParsedStaffArgs {
  const scanned = scanFlags(argv, {
    booleans: new Set(),
    values: valueFlags,
    aliases: { '--replications': '--reps' },
    helpHint: 'see staff --help',
  });
  if (scanned.kind !== 'flags') return scanned;
  const { positional, values } = scanned;
  if (positional.length !== 1)
    return { kind: 'error', message: 'give exactly one scenario: a JSON file or a built-in id (see staff --help)' };
  const options: StaffCliOptions = {
    target: positional[0] as string,
    confidence: 0.95,
    replications: 20,
    shrinkage: 0,
  };
  const numeric: [string, keyof StaffCliOptions, number, number, string][] = [
    ['--target', 'serviceLevel', 0, 0.999999, 'a share from 0 to below 1, e.g. 0.8'],
    ['--seconds', 'thresholdSeconds', 0, 86_400, 'a number of seconds from 0 to 86400'],
    ['--confidence', 'confidence', 0.5, 0.999999, 'a share from 0.5 to below 1, e.g. 0.95'],
    ['--shrinkage', 'shrinkage', 0, 0.9, 'a share from 0 to 0.9'],
    ['--max-abandon', 'maxAbandonRate', 1e-9, 1, 'a share above 0 and at most 1'],
    ['--max-occupancy', 'maxOccupancy', 1e-9, 1, 'a share above 0 and at most 1'],
  ];
  for (const [flag, key, low, high, rule] of numeric) {
    const text = values.get(flag);
    if (text === undefined) continue;
    const value = number(flag, text, low, high, rule);
    if (typeof value === 'string') return { kind: 'error', message: value };
    (options as unknown as Record<string, number>)[key] = value;
  }
  const whole: [string, 'replications' | 'maxAgentsPerGroup' | 'threads', number, number][] = [
    ['--reps', 'replications', 2, 1000],
    ['--max-agents', 'maxAgentsPerGroup', 1, 10_000],
    ['--threads', 'threads', 1, 64],
  ];
  for (const [flag, key, low, high] of whole) {
    const text = values.get(flag);
    if (text === undefined) continue;
    if (!/^\d+$/.test(text) || Number(text) < low || Number(text) > high)
      return { kind: 'error', message: `${flag}: must be a whole number from ${low} to ${high} (got "${text}")` };
    options[key] = Number(text);
  }
  const seed = values.get('--seed');
  if (seed !== undefined) options.seed = parseSeed(seed);
  const files: [string, 'patternsFile' | 'csvFile' | 'scenarioOutFile'][] = [
    ['--patterns', 'patternsFile'],
    ['--csv', 'csvFile'],
    ['--scenario-out', 'scenarioOutFile'],
  ];
  for (const [flag, key] of files) {
    const text = values.get(flag);
    if (text !== undefined) options[key] = text;
  }
  return { kind: 'run', options };
}
