// Argument rules of the CLI: every mistake names the flag and what was given.
import { describe, expect, it } from 'vitest';
import { MAX_CLI_REPLICATIONS, parseArgs, usage } from '../../src/cli/args';

function options(argv: string[]) {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function error(argv: string[]): string {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseArgs', () => {
  it('defaults to one replication, the scenario seed and tables', () => {
    expect(options(['help-desk'])).toEqual({
      target: 'help-desk',
      replications: 1,
      json: false,
      allIntervals: false,
      allowLarge: false,
    });
  });

  it('reads every flag, before or after the scenario, with a space or "="', () => {
    expect(options(['--reps', '5', 'my.json', '--seed=abc', '--json', '--all-intervals', '--allow-large'])).toEqual({
      target: 'my.json',
      replications: 5,
      seed: 'abc',
      json: true,
      allIntervals: true,
      allowLarge: true,
    });
    expect(options(['x', '--reps=12']).replications).toBe(12);
    expect(options(['x', '-n', '2']).replications).toBe(2);
    expect(options(['x', '--replications', '3']).replications).toBe(3);
  });

  it('keeps a whole-number seed a number and anything else text', () => {
    expect(options(['x', '--seed', '42']).seed).toBe(42);
    expect(options(['x', '--seed', '-7']).seed).toBe(-7);
    expect(options(['x', '--seed', '4.5']).seed).toBe('4.5');
    expect(options(['x', '--seed', 'monday']).seed).toBe('monday');
    expect(options(['x', '--seed', '99999999999999999999']).seed).toBe('99999999999999999999');
  });

  it('accepts the replication bounds', () => {
    expect(options(['x', '--reps', '1']).replications).toBe(1);
    expect(options(['x', '--reps', String(MAX_CLI_REPLICATIONS)]).replications).toBe(MAX_CLI_REPLICATIONS);
  });

  it.each(['0', 'abc', '-3', '2.5', '1e3', String(MAX_CLI_REPLICATIONS + 1), ' 3'])(
    'rejects --reps %j, naming the flag',
    (value) => {
      expect(error(['x', '--reps', value])).toBe(
        `--reps: must be a whole number from 1 to ${MAX_CLI_REPLICATIONS} (got "${value}")`,
      );
    },
  );

  it('rejects a flag without its value', () => {
    expect(error(['x', '--reps'])).toBe('--reps: needs a value');
    expect(error(['x', '--seed='])).toBe('--seed: needs a value');
  });

  it('rejects a flag given twice, an unknown flag, and a too-long seed', () => {
    expect(error(['x', '--reps', '2', '--reps', '3'])).toBe('--reps: given twice');
    expect(error(['x', '--rep', '2'])).toBe('unknown option --rep (see --help)');
    expect(error(['x', '--json=yes'])).toBe('--json: takes no value');
    expect(error(['x', '--seed', 's'.repeat(201)])).toBe('--seed: must be at most 200 characters (got 201)');
  });

  it('needs exactly one scenario', () => {
    expect(error([])).toMatch(/^missing the scenario/);
    expect(error(['--json'])).toMatch(/^missing the scenario/);
    expect(error(['a.json', 'b.json'])).toBe('one scenario at a time (got "a.json", "b.json")');
  });

  it('treats everything after "--" as the scenario, even if it starts with a dash', () => {
    expect(options(['--', '-odd-name.json']).target).toBe('-odd-name.json');
  });

  it('answers --help and -h before anything else', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['x', '--reps', '0', '-h'])).toEqual({ kind: 'help' });
  });

  it('documents every flag it accepts in the usage text', () => {
    for (const flag of ['--reps', '--seed', '--json', '--all-intervals', '--help']) expect(usage).toContain(flag);
  });
});
