// `npm run sim -- staff`: in-process with the real HiGHS solver on a tiny two-skill day (table, CSV and the
// optimised scenario, which must load and run), the argument rules with exact flag names, the clear refusals
// (bad patterns, an unreachable target, nothing to staff), and one child-process run through main.ts.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { parseStaffArgs } from '../../src/cli/staff-args';
import { runStaffCli, type StaffCliIo } from '../../src/cli/staff-cli';
import { runGuarded } from '../../src/sim/run-guard';
import { tryLoadScenario } from '../../src/sim/scenario/migrate';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Two hours, two queues, a specialist group each and one cross-skilled group; callers abandon and retry. */
const day = {
  schemaVersion: 2,
  id: 'two-skill-day',
  name: 'Two-skill day',
  seed: 'staff-cli',
  intervalMinutes: 30,
  horizon: { kind: 'duration', seconds: 7200, drain: true },
  serviceLevel: { thresholdSeconds: 20, target: 0.8 },
  queues: [{ id: 'sales' }, { id: 'support' }],
  callTypes: [
    {
      id: 'buy',
      queue: 'sales',
      arrivals: { callsPerHour: [40, 60, 60, 40] },
      talk: { kind: 'exponential', meanSeconds: 180 },
      patience: { kind: 'exponential', meanSeconds: 120 },
      retrial: { probability: 0.5, delay: { kind: 'exponential', meanSeconds: 300 } },
    },
    {
      id: 'fix',
      queue: 'support',
      arrivals: { callsPerHour: [30, 50, 50, 30] },
      talk: { kind: 'exponential', meanSeconds: 240 },
      patience: { kind: 'exponential', meanSeconds: 180 },
    },
  ],
  agentGroups: [
    { id: 'sellers', queues: ['sales'], agents: 3 },
    { id: 'fixers', queues: ['support'], agents: 3 },
    { id: 'flex', queues: ['support', 'sales'], agents: 0 },
  ],
};
const patterns = [
  { id: 'hour', startsAt: [0, 1800, 3600], lengthSeconds: 3600 },
  {
    id: 'two-hours',
    startsAt: [0],
    lengthSeconds: 7200,
    break: { durationSeconds: 900, earliestSeconds: 2700, latestSeconds: 4500 },
  },
];

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: StaffCliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    builtIns: [],
    writeFile: (path, text) => (written[path] = text),
    loadSolver: () => highsLoader(),
  };
  return { io, out, err, written };
}

describe('sim staff (in-process)', () => {
  it('prints the table, the roster and the comparison, and writes a CSV and a playable scenario', async () => {
    const { io, out, err, written } = memoryIo({ 'day.json': JSON.stringify(day), 'p.json': JSON.stringify(patterns) });
    const code = await runStaffCli(
      ['day.json', '--reps', '8', '--patterns', 'p.json', '--csv', 'out.csv', '--scenario-out', 'out.json'],
      io,
    );
    expect(err.join('')).not.toMatch(/sim staff:/);
    expect(code).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/interval\s+calls\/h\s+Erlang C\s+Erlang A\s+simulated\s+scheduled\s+SL \(fresh seeds\)/);
    for (const clock of ['00:00', '00:30', '01:00', '01:30']) expect(text).toContain(`\n${clock} `);
    expect(text).toMatch(/simulation-optimised\s+\d+\.\d/);
    expect(text).toMatch(/Erlang C two-step\s+\d+\.\d/);
    // CSV: a header and one row per interval and group.
    const csv = (written['out.csv'] ?? '').trim().split('\n');
    expect(csv[0]).toMatch(/^interval,start,group,callsPerHour,erlangC/);
    expect(csv).toHaveLength(1 + 4 * 3);
    // The scenario loads, staffs only by shifts, and runs.
    const loaded = tryLoadScenario(JSON.parse(written['out.json'] ?? '{}'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.scenario.agentGroups.every((g) => g.agents === 0)).toBe(true);
    expect((loaded.scenario.schedule ?? []).length).toBeGreaterThan(0);
    expect(runGuarded(loaded.scenario, { replication: 0 }).total.answered).toBeGreaterThan(0);
  }, 60_000);

  it('names the pattern field that is wrong', async () => {
    const bad = [{ ...patterns[0], startsAt: [0, 7000] }];
    const { io, err } = memoryIo({ 'day.json': JSON.stringify(day), 'p.json': JSON.stringify(bad) });
    expect(await runStaffCli(['day.json', '--patterns', 'p.json'], io)).toBe(2);
    expect(err.join('')).toMatch(/patterns\[0\]\.startsAt\[1\]: the shift must .* \(got 7000\)/);
  });

  it('says which interval no pattern covers', async () => {
    const early = [{ id: 'early', startsAt: [0], lengthSeconds: 3600 }];
    const { io, err } = memoryIo({ 'day.json': JSON.stringify(day), 'p.json': JSON.stringify(early) });
    expect(await runStaffCli(['day.json', '--reps', '4', '--patterns', 'p.json'], io)).toBe(2);
    expect(err.join('')).toMatch(/no pattern covers group "\w+" in interval 2 \(01:00–01:30\)/);
  }, 60_000);

  it('says the target cannot be met with the largest allowed staff, and the best reachable service level', async () => {
    const { io, err } = memoryIo({ 'day.json': JSON.stringify(day) });
    expect(
      await runStaffCli(['day.json', '--reps', '4', '--target', '0.99', '--seconds', '0', '--max-agents', '2'], io),
    ).toBe(2);
    expect(err.join('')).toMatch(
      /target: cannot be met with the largest allowed staff in \d+ intervals?: interval 0 \(00:00\) reaches at best \d+\.\d% \(lower bound/,
    );
  }, 60_000);

  it('refuses a day with nothing to staff', async () => {
    const empty = { ...day, callTypes: day.callTypes.map((ct) => ({ ...ct, arrivals: { callsPerHour: [0] } })) };
    const { io, err } = memoryIo({ 'day.json': JSON.stringify(empty) });
    expect(await runStaffCli(['day.json'], io)).toBe(2);
    expect(err.join('')).toMatch(/callTypes: nothing to staff: no call type has any arrivals/);
  });
});

describe('parseStaffArgs', () => {
  it.each([
    [['x', '--target', '1'], /^--target: must be a share from 0 to below 1/],
    [['x', '--target', 'high'], /^--target: .*\(got "high"\)/],
    [['x', '--confidence', '0.4'], /^--confidence: must be a share from 0.5/],
    [['x', '--seconds', '-3'], /^--seconds: must be a number of seconds/],
    [['x', '--reps', '1'], /^--reps: must be a whole number from 2 to 1000/],
    [['x', '--max-agents', '0'], /^--max-agents: must be a whole number from 1/],
    [['x', '--shrinkage', '0.95'], /^--shrinkage: must be a share from 0 to 0.9/],
    [['x', '--max-abandon', '0'], /^--max-abandon: must be a share above 0/],
    [['x', 'y'], /exactly one scenario/],
    [['x', '--colour', 'red'], /unknown option --colour/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseStaffArgs(argv);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });

  it('reads every option', () => {
    const parsed = parseStaffArgs([
      'd.json',
      '--target',
      '0.9',
      '--seconds',
      '30',
      '--confidence',
      '0.9',
      '--reps',
      '12',
      '--csv',
      'a.csv',
    ]);
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        target: 'd.json',
        serviceLevel: 0.9,
        thresholdSeconds: 30,
        confidence: 0.9,
        replications: 12,
        shrinkage: 0,
        csvFile: 'a.csv',
      },
    });
  });
});

describe('sim staff (child process)', () => {
  it('refuses a bad target before any work, through main.ts', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'staff', 'help-desk', '--target', '2'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--target: must be a share/);
  }, 60_000);
});
