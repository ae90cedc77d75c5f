// Replications spread over worker threads give exactly the runs of a single-thread run, in the same order, and
// a whole optimisation with the pool matches one without it.
import highsLoader from 'highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from '../../src/cli/staff-workers';
import type { Scenario } from '../../src/sim/scenario/schema';
import { optimiseDay } from '../../src/sim/staffing/plan';
import { runInThread } from '../../src/sim/staffing/requirements';
import { defaultPatterns } from '../../src/sim/staffing/shift-patterns';
import helpDesk from '../../src/scenarios/help-desk.json';

let pool: WorkerPool;
beforeAll(async () => {
  pool = await createWorkerPool(2);
}, 60_000);
afterAll(() => pool.close());

const day = {
  ...helpDesk,
  horizon: { kind: 'duration', seconds: 7200, drain: true },
  warmupSeconds: 0,
} as unknown as Scenario;

describe('the worker pool', () => {
  it('returns the single-thread runs, in replication order, for an odd count', () => {
    const threaded = pool.run(day, 'pool', 5);
    expect(threaded.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4]);
    expect(threaded).toEqual(runInThread(day, 'pool', 5));
  }, 60_000);

  it('gives the same optimised day as one thread', async () => {
    const solver = await highsLoader();
    const target = { serviceLevel: 0.8, thresholdSeconds: 20, confidence: 0.9 };
    const options = { replications: 4, seed: 'pool', patterns: defaultPatterns(day), solver };
    const single = optimiseDay(day, target, options);
    const threaded = optimiseDay(day, target, { ...options, runner: pool.run });
    expect(threaded.requirements.simulated).toEqual(single.requirements.simulated);
    expect(threaded.verification.plan.shifts).toEqual(single.verification.plan.shifts);
    expect(threaded.verification.measures).toEqual(single.verification.measures);
  }, 120_000);
});
