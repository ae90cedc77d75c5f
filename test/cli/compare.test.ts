// `npm run sim -- compare` as a user runs it (a child process), plus the argument rules and value formatting
// in-process, and a check that docs/cli.md documents every option of the compare usage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareUsage, DEFAULT_COMPARE_REPLICATIONS, parseCompareArgs } from '../../src/cli/compare-args';
import { formatComparison, formatDifference, formatEstimate, verdict } from '../../src/cli/compare-table';
import { pairedDifference, type Comparison } from '../../src/sim/compare';
import { findBuiltInScenario } from '../../src/scenarios/index';
import helpDesk from '../../src/scenarios/help-desk.json';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const tiny = 'test/fixtures/tiny-scenario.json';
const scratch = mkdtempSync(join(tmpdir(), 'sb-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** help-desk with one more agent, under its own id and seed (the comparison's seed overrides it). */
const sevenAgents = join(scratch, 'help-desk-7.json');
writeFileSync(
  sevenAgents,
  JSON.stringify({
    ...helpDesk,
    id: 'help-desk-7',
    name: 'Help desk, 7 agents',
    seed: 'other',
    agentGroups: [{ ...helpDesk.agentGroups[0], agents: 7 }],
  }),
);

function sim(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'compare', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('sim compare (child process)', () => {
  it('prints one JSON object: 7 agents answer faster than 6 on the same callers', () => {
    const { code, stdout, stderr } = sim('help-desk', sevenAgents, '--reps', '5', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.replications).toBe(5);
    expect(json.variants.map((v: { label: string; seed: string }) => [v.label, v.seed])).toEqual([
      ['A', 'help-desk-1'],
      ['B', 'help-desk-1'],
    ]);
    expect(json.variants[1].source).toContain('help-desk-7.json');
    const asa = json.total.asaSeconds;
    expect(Object.keys(asa.variants)).toEqual(['A', 'B']);
    expect(asa.differences.B).toMatchObject({ n: 5, skipped: 0, significant: true });
    expect(asa.differences.B.mean).toBeLessThan(0);
    expect(asa.differences.B.mean).toBeCloseTo(asa.variants.B.mean - asa.variants.A.mean, 9);
    // The same callers in both: offered calls are identical run by run.
    expect(json.total.offered.differences.B).toMatchObject({ mean: 0, halfWidth: 0, significant: false });
    expect(Object.keys(json.queues)).toEqual(['support']);
    expect(json.warnings).toEqual([]);
  });

  it('gives byte-identical JSON for the same inputs and seed', () => {
    const first = sim('help-desk', sevenAgents, '--reps', '2', '--seed', '9', '--json');
    const second = sim('help-desk', sevenAgents, '--reps', '2', '--seed', '9', '--json');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(first.stdout).seed).toBe('9');
  });

  it('prints a table with the baseline, the variant, the difference and the verdict', () => {
    const { code, stdout } = sim('help-desk', sevenAgents, '--reps', '4');
    expect(code).toBe(0);
    expect(stdout).toContain('A (baseline): help-desk "Small help desk", built-in "help-desk"');
    expect(stdout).toContain('seed help-desk-1, 4 paired replications');
    expect(stdout).toMatch(/^total\s+A\s+variant\s+variant mean\s+variant − A\s+verdict\s+var ratio$/m);
    expect(stdout).toMatch(
      /^ASA s\s+\d+\.\d ± \d+\.\d\s+B\s+\d+\.\d ± \d+\.\d\s+−\d+\.\d ± \d+\.\d\s+(not )?significant\s+\d\.\d\d$/m,
    );
    expect(stdout).toMatch(/^service level\s+\d+\.\d% ± \d+\.\d\s+B\s+\d+\.\d% ± \d+\.\d\s+\+\d+\.\d pp ± \d+\.\d\s/m);
    expect(stdout).toMatch(/^offered\s+.*\s0\.0 ± 0\.0\s+not significant/m);
    expect(stdout).toMatch(/^queue support\s+A/m);
    expect(stdout).toMatch(/^group agents\s+A/m);
    expect(stdout).not.toMatch(/^talkSeconds/m);
    expect(sim('help-desk', sevenAgents, '--reps', '2', '--all-kpis').stdout).toMatch(/^talkSeconds\s/m);
  });

  it('compares only the common queues and warns when the variants measure differently', () => {
    const json = JSON.parse(sim(tiny, 'help-desk', '--reps', '2', '--json').stdout);
    expect(Object.keys(json.queues)).toEqual(['support']);
    expect(json.notCompared).toEqual({
      queues: ['sales'],
      departments: [],
      groups: ['sellers', 'all-round', 'agents'],
    });
    expect(json.warnings.map((w: string) => w.split(':')[0])).toEqual(['serviceLevel', 'horizon']);
    const table = sim(tiny, 'help-desk', '--reps', '2').stdout;
    expect(table).toContain(
      'not in every variant, so not compared: queue sales, group sellers, group all-round, group agents',
    );
    expect(table).toMatch(/^warning: serviceLevel: B measures it differently/m);
  });

  it.each([
    [['help-desk'], 'compare needs at least 2 scenarios, the baseline first (got only "help-desk")'],
    [['help-desk', 'help-desk', '--reps', '1'], '--reps: must be a whole number from 2 to 1000 (got "1")'],
    [['help-desk', 'help-desk', '--rep', '3'], 'unknown option --rep'],
    [['help-desk', 'no-such-scenario', 'test/fixtures/invalid-scenario.json'], 'unknown scenario "no-such-scenario"'],
  ])('exits 2 with a message naming the problem for %j', (args, message) => {
    const { code, stdout, stderr } = sim(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('reports every invalid variant at once', () => {
    const { code, stderr } = sim('help-desk', 'no-such-scenario', 'test/fixtures/invalid-scenario.json');
    expect(code).toBe(2);
    expect(stderr).toContain('callTypes[0].talk.meanSeconds: must be > 0 (got -3)');
  });

  it('prints its own help and exits 0', () => {
    const { code, stdout } = sim('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run sim -- compare <baseline> <variant>');
    expect(stdout).toContain('help-desk, mmc-steady');
  });
});

describe('parseCompareArgs', () => {
  it('defaults to 10 replications and reads every flag', () => {
    expect(parseCompareArgs(['a.json', 'b'])).toEqual({
      kind: 'compare',
      options: {
        targets: ['a.json', 'b'],
        replications: DEFAULT_COMPARE_REPLICATIONS,
        json: false,
        allKpis: false,
        allowLarge: false,
      },
    });
    expect(parseCompareArgs(['--reps=4', 'a', '--seed', '12', 'b', 'c', '--json', '--all-kpis'])).toEqual({
      kind: 'compare',
      options: { targets: ['a', 'b', 'c'], replications: 4, seed: 12, json: true, allKpis: true, allowLarge: false },
    });
  });

  it('names the flag in every mistake', () => {
    const message = (argv: string[]) => {
      const parsed = parseCompareArgs(argv);
      return parsed.kind === 'error' ? parsed.message : 'no error';
    };
    expect(message([])).toMatch(/got none/);
    expect(message(['a', 'b', '--reps', 'x'])).toMatch(/^--reps: /);
    expect(message(['a', 'b', '--reps'])).toBe('--reps: needs a value');
    expect(message(['a', 'b', '--seed', '1', '--seed', '2'])).toBe('--seed: given twice');
    expect(message(['a', 'b', '--json=yes'])).toBe('--json: takes no value');
    expect(message(Array.from({ length: 27 }, (_, i) => `s${i}`))).toMatch(/at most 26/);
  });
});

describe('comparison cells', () => {
  it('print a share in percent and its difference in signed percentage points', () => {
    expect(formatEstimate({ mean: 0.741, halfWidth: 0.034, stdDev: 0, n: 5 }, 'percent')).toBe('74.1% ± 3.4');
    const up = pairedDifference([0.7, 0.72, 0.71], [0.8, 0.83, 0.81]);
    expect(formatDifference(up, 'percent')).toMatch(/^\+10\.3 pp ± \d+\.\d$/);
    expect(formatDifference(pairedDifference([10, 12], [7, 9]), 'seconds')).toBe('−3.0 ± 0.0');
    expect(formatDifference(pairedDifference([1e-6, 0], [0, 1e-6]), 'seconds')).toMatch(/^0\.0 ± /);
    expect(verdict(pairedDifference([1, NaN, 3], [2, 2, 4]), 3)).toBe('significant (2 of 3 pairs)');
    expect(verdict(pairedDifference([1, NaN], [2, 2]), 2)).toBe('—');
  });
});

describe('docs/compare.md', () => {
  it('shows a sample whose header matches the current formatter', () => {
    const doc = readFileSync(new URL('../../docs/compare.md', import.meta.url), 'utf8');
    const scenario = findBuiltInScenario('help-desk')!;
    const variant = (label: string, scenarioId: string, scenarioName: string) => ({
      label,
      scenarioId,
      scenarioName,
      seed: 'help-desk-1',
    });
    const empty: Comparison = {
      seed: 'help-desk-1',
      replications: 10,
      confidenceLevel: 0.95,
      variants: [
        variant('A', 'help-desk', 'Small help desk'),
        variant('B', 'help-desk-7', 'Small help desk, 7 agents'),
      ],
      total: {},
      queues: {},
      departments: {},
      groups: {},
      notCompared: { queues: [], departments: [], groups: [] },
      warnings: [],
    };
    const text = formatComparison(empty, [scenario], ['built-in "help-desk"', 'file "help-desk-7.json"']);
    const header = text.split('\n\n')[0] as string;
    expect(header.split('\n')).toHaveLength(8);
    expect(doc).toContain(`\`\`\`\n${header}\n\ntotal `);
  });
});

describe('docs/cli.md', () => {
  it('documents every option of compare --help', () => {
    const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    const options = [...compareUsage.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]);
    expect(options).toEqual(['--reps', '--seed', '--json', '--allow-large', '--all-kpis', '--help']);
    for (const option of options) expect(doc, option).toContain(`\`${option}`);
    expect(doc).toContain('npm run sim -- compare');
  });
});

describe('organisation rows of the comparison table', () => {
  it('appear only when some variant uses the mechanism', async () => {
    const { compareVariants } = await import('../../src/sim/compare');
    const hierarchical = findBuiltInScenario('service-floor-hierarchical')!;
    const selfManaged = findBuiltInScenario('service-floor-self-managed')!;
    const organised = formatComparison(
      compareVariants([hierarchical, selfManaged], { replications: 2 }),
      [hierarchical, selfManaged],
      ['a', 'b'],
    );
    expect(organised).toMatch(/^peer consults\s+0\.0 ± 0\.0\s+B\s+[1-9]/m);
    expect(organised).toMatch(/^support staff cost\s/m);
    const plain = findBuiltInScenario('help-desk')!;
    const text = formatComparison(compareVariants([plain, plain], { replications: 2 }), [plain, plain], ['a', 'b']);
    expect(text).not.toMatch(/peer consults|support staff cost|escalations/);
  });
});
