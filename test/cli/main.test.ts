// The CLI as a user runs it: a child process (`node --import tsx src/cli/main.ts`), checked on its exit
// code, stdout and stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const tiny = 'test/fixtures/tiny-scenario.json';
const scratch = mkdtempSync(join(tmpdir(), 'sb-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function sim(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Kpis = Record<string, any>;

function expectBalanced(kpis: Kpis, where: string): void {
  expect(kpis.offered, where).toBeGreaterThan(0);
  expect(kpis.offered, where).toBe(kpis.answered + kpis.abandoned + kpis.waitingAtEnd);
}

describe('sim CLI', () => {
  it('prints one JSON object for a built-in id, whose calls balance', () => {
    const { code, stdout, stderr } = sim('help-desk', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    for (const key of ['scenarioId', 'seed', 'replications', 'total', 'queues', 'groups', 'intervals'])
      expect(json).toHaveProperty(key);
    expect(json.scenarioId).toBe('help-desk');
    expect(json.replications).toBe(1);
    for (const kpi of [
      'offered',
      'answered',
      'abandoned',
      'serviceLevel',
      'asaSeconds',
      'ahtSeconds',
      'occupancy',
      'abandonRate',
    ])
      expect(typeof json.total[kpi], kpi).toBe('number');
    expectBalanced(json.total, 'total');
    expectBalanced(json.queues.support, 'queue support');
    expect(Object.keys(json.groups)).toEqual(['agents']);
    // Interval offers add up to the total (every offered call arrived in exactly one interval).
    const intervalOffered = json.intervals.reduce((sum: number, row: Kpis) => sum + row.offered, 0);
    expect(intervalOffered).toBe(json.total.offered);
  });

  it('runs a scenario file, and a run stopped at the horizon still balances', () => {
    const { code, stdout } = sim(tiny, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json.queues)).toEqual(['sales', 'support']);
    expect(Object.keys(json.groups)).toEqual(['sellers', 'all-round']);
    expectBalanced(json.total, 'total');
    for (const [id, queue] of Object.entries(json.queues)) expectBalanced(queue as Kpis, id);
    // Four 15-minute intervals up to the horizon (the engine may add an empty row at the horizon itself).
    expect(json.intervals.length).toBeGreaterThanOrEqual(4);
    expect(json.intervals.reduce((sum: number, row: Kpis) => sum + row.offered, 0)).toBe(json.total.offered);
  });

  it('prints the KPI tables by default', () => {
    const { code, stdout } = sim(tiny);
    expect(code).toBe(0);
    expect(stdout).toContain('SL 80/20 (offered): answered ≤ 20 s ÷ offered');
    expect(stdout).toContain('(excludeShortAbandons)');
    expect(stdout).toContain('(answered)');
    for (const row of ['total ', 'sales ', 'support ', 'sellers ', 'all-round ', '00:45 '])
      expect(stdout).toMatch(new RegExp(`^${row}`, 'm'));
    expect(stdout).not.toContain('±');
  });

  it('gives half-widths with --reps 3', () => {
    const { code, stdout } = sim(tiny, '--reps', '3', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.replications).toBe(3);
    expect(json.total.offered).toEqual({ mean: expect.any(Number), halfWidth: expect.any(Number), n: 3 });
    expect(json.total.offered.halfWidth).toBeGreaterThan(0);
    expect(json.queues.sales.serviceLevel.n).toBeLessThanOrEqual(3);
    expect(sim(tiny, '--reps', '3').stdout).toMatch(/^total\s+\S+ ± \S+/m);
  });

  it('gives byte-identical JSON for the same seed and a different result for another seed', () => {
    const first = sim(tiny, '--seed', '7', '--json');
    const second = sim(tiny, '--seed', '7', '--json');
    const other = sim(tiny, '--seed', '8', '--json');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(first.stdout).seed).toBe('7');
    expect(JSON.parse(other.stdout).seed).toBe('8');
    expect(JSON.parse(other.stdout).total).not.toEqual(JSON.parse(first.stdout).total);
  });

  it('exits 2 and names each field path for an invalid scenario', () => {
    const { code, stdout, stderr } = sim('test/fixtures/invalid-scenario.json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('callTypes[0].talk.meanSeconds: must be > 0 (got -3)');
    expect(stderr).toContain('callTypes[0].patiense: unknown field');
  });

  it.each([
    [['--reps', '0'], '--reps: must be a whole number'],
    [['--reps', 'abc'], '--reps: must be a whole number'],
    [['--reps'], '--reps: needs a value'],
    [['--frobnicate'], 'unknown option --frobnicate'],
  ])('exits 2 for bad flags %j', (flags, message) => {
    const { code, stdout, stderr } = sim('help-desk', ...flags);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('exits 2 for a missing file, an unknown id, broken JSON or no scenario at all', () => {
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{ "schemaVersion": 1,');
    const cases: [string[], string][] = [
      [['no/such/file.json'], 'cannot read "no/such/file.json": no such file'],
      [['no-such-scenario'], 'unknown scenario "no-such-scenario"'],
      [[broken], 'is not valid JSON'],
      [[], 'missing the scenario'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = sim(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(message);
    }
  });

  it('prints help with the built-in ids and exits 0', () => {
    const { code, stdout } = sim('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run sim');
    expect(stdout).toContain('help-desk, mmc-steady, mmc-abandon, monday-peak');
  });
});
