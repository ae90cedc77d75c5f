// The work budget: the estimate follows the scenario (calls, replications, intervals) and a run beyond the
// budget is refused by every entry point unless the override is given.
import { describe, expect, it } from 'vitest';
import { BUDGET, checkBudget, estimateWork } from '../../src/sim/budget';
import { createSimulatorService } from '../../src/sim/service';
import { createLiveService } from '../../src/sim/live/live-service';
import { builtInScenarios, findBuiltInScenario } from '../../src/scenarios/index';
import type { Scenario } from '../../src/sim/scenario/schema';
import { EXIT_USAGE, runCli } from '../../src/cli/run-cli';
import { runCompareCli } from '../../src/cli/compare-cli';

const helpDesk = findBuiltInScenario('help-desk')!;

/** help-desk at a call rate that makes one replication about 10^k calls over a year. */
function busyYear(callsPerHour: number): Scenario {
  return {
    ...structuredClone(helpDesk),
    horizon: { kind: 'duration', seconds: 365 * 86_400 },
    callTypes: helpDesk.callTypes.map((ct) => ({ ...ct, arrivals: { callsPerHour: [callsPerHour] } })),
  };
}

describe('estimateWork', () => {
  it('counts the expected arrivals exactly for a constant rate, and scales with replications', () => {
    const one = estimateWork(busyYear(100), 1);
    expect(one.callsPerRun).toBeCloseTo(100 * 24 * 365 * helpDesk.callTypes.length, 6);
    const ten = estimateWork(busyYear(100), 10);
    expect(ten.events).toBeCloseTo(one.events * 10, 3);
    expect(ten.intervalsPerRun).toBe(one.intervalsPerRun);
  });

  it('counts a repeating profile over a part of a cycle', () => {
    const s: Scenario = {
      ...structuredClone(helpDesk),
      intervalMinutes: 60,
      horizon: { kind: 'duration', seconds: 5400 },
      callTypes: [{ ...helpDesk.callTypes[0]!, arrivals: { callsPerHour: [10, 20, 30] } }],
    };
    // 10 calls in the first hour, half of the second hour's 20.
    expect(estimateWork(s).callsPerRun).toBeCloseTo(20, 9);
  });

  it('raises the estimate for retrials that multiply contacts', () => {
    const plain = busyYear(10);
    const retrying: Scenario = {
      ...plain,
      callTypes: plain.callTypes.map((ct) => ({
        ...ct,
        retrial: { probability: 0.5, delay: { kind: 'exponential', meanSeconds: 60 } },
      })),
    };
    // Half the callers assumed to abandon, each retrying with 0.5: 1 ÷ (1 − 0.25) contacts per arrival.
    expect(estimateWork(retrying).callsPerRun).toBeCloseTo(estimateWork(plain).callsPerRun / 0.75, 6);
  });
});

describe('checkBudget and its wiring', () => {
  const large = busyYear(5000); // ~44 million calls a year
  it('passes the built-ins at 30 replications and refuses a run of tens of millions of calls', () => {
    expect(checkBudget([helpDesk], { replications: 30 })).toEqual([]);
    const issues = checkBudget([large]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/too large to start without asking: about [\d,]+ calls/);
    expect(estimateWork(large).events).toBeGreaterThan(BUDGET.maxEvents);
    expect(checkBudget([large], { allowLargeRun: true })).toEqual([]);
  });

  it('is applied by run, runRange, compare, compareRange and openLive, before any work', () => {
    const service = createSimulatorService(builtInScenarios);
    const refused = (r: { ok: boolean; issues?: { message: string }[] }) =>
      r.ok === false && /too large to start/.test(r.issues?.[0]?.message ?? '');
    expect(refused(service.run(large))).toBe(true);
    expect(refused(service.runRange(large, { replications: 2, first: 0, count: 1 }))).toBe(true);
    expect(refused(service.compare([large, large], { replications: 2 }))).toBe(true);
    expect(refused(service.compareRange([large, large], { replications: 2, first: 0, count: 1 }))).toBe(true);
    expect(refused(createLiveService().openLive(large))).toBe(true);
    // The override is checked like any other option.
    expect(service.run(helpDesk, { allowLargeRun: 'yes' as unknown as boolean })).toEqual({
      ok: false,
      issues: [{ path: 'allowLargeRun', message: 'must be true or false (got "yes")' }],
    });
  });

  it('is applied by the CLI, which names the override flag', () => {
    let stderr = '';
    const io = {
      stdout: () => undefined,
      stderr: (text: string) => void (stderr += text),
      readFile: () => JSON.stringify(large),
      builtIns: [],
    };
    expect(runCli(['large.json'], io)).toBe(EXIT_USAGE);
    expect(stderr).toMatch(/too large to start without asking.*\(--allow-large\)/s);
    stderr = '';
    expect(runCompareCli(['a.json', 'b.json', '--reps', '2'], io)).toBe(EXIT_USAGE);
    expect(stderr).toMatch(/--allow-large/);
  });
});
