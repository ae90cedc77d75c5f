// The worker pool's arithmetic: how many workers, which replications each runs, how progress adds up, and
// that shares run apart and merged give exactly the single-worker result (runs and comparisons). The shares
// run here in Node through the same service the workers expose.
import { describe, expect, it } from 'vitest';
import { MAX_POOL_WORKERS, PooledProgress, poolSize, splitReplications } from '../../../src/ui/pool/replication-shares';
import { builtInScenarios } from '../../../src/scenarios/index';
import { createSimulatorService } from '../../../src/sim/service';
import type { VariantRuns } from '../../../src/sim/compare';
import type { Scenario } from '../../../src/sim/scenario/schema';
import helpDeskJson from '../../../src/scenarios/help-desk.json';

const service = createSimulatorService(builtInScenarios);

describe('poolSize', () => {
  it('uses one worker per core, at least one, capped, and never more than the work items', () => {
    expect(poolSize(4, 100)).toBe(4);
    expect(poolSize(64, 100)).toBe(MAX_POOL_WORKERS);
    expect(poolSize(4, 3)).toBe(3);
    expect(poolSize(4, 1)).toBe(1);
    expect(poolSize(undefined, 10)).toBe(1);
    expect(poolSize(0, 10)).toBe(1);
  });
});

describe('splitReplications', () => {
  it('covers 0 … n − 1 once, in order, with shares differing by at most one', () => {
    for (const n of [1, 2, 7, 10, 33, 1000])
      for (const workers of [1, 2, 3, 4, 8]) {
        const shares = splitReplications(n, workers);
        expect(shares).toHaveLength(Math.min(n, workers));
        const indices = shares.flatMap((s) => Array.from({ length: s.count }, (_, i) => s.first + i));
        expect(indices).toEqual(Array.from({ length: n }, (_, i) => i));
        const counts = shares.map((s) => s.count);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }
    expect(splitReplications(10, 4)).toEqual([
      { first: 0, count: 3 },
      { first: 3, count: 3 },
      { first: 6, count: 2 },
      { first: 8, count: 2 },
    ]);
  });

  it('names the field of bad input', () => {
    expect(() => splitReplications(0, 2)).toThrow(/^replications: /);
    expect(() => splitReplications(5, 0)).toThrow(/^workers: /);
  });
});

describe('PooledProgress', () => {
  it('reports the sum of every share against the whole total', () => {
    const reports: [number, number][] = [];
    const progress = new PooledProgress(3, 10, (done, total) => reports.push([done, total]));
    progress.update(0, 1);
    progress.update(2, 1);
    progress.update(0, 2);
    progress.update(1, 4);
    expect(reports).toEqual([
      [1, 10],
      [2, 10],
      [3, 10],
      [7, 10],
    ]);
  });
});

describe('shares merged equal one worker', () => {
  it('a fast run: shares run apart and merged give the result of run()', () => {
    const single = service.run(helpDeskJson, { replications: 7, seed: 'pool' });
    const shares = splitReplications(7, 3);
    const progress: number[] = [];
    const answers = shares.map((share) =>
      // Finished replications only: a slow machine may add reports of the simulated clock in between.
      service.runRange(helpDeskJson, { replications: 7, seed: 'pool', ...share }, (done, _total, clock) => {
        if (clock === undefined) progress.push(done);
      }),
    );
    expect(progress).toHaveLength(7);
    const runs = answers.flatMap((a) => (a.ok ? a.runs : []));
    expect(runs.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const merged = service.mergeRuns(runs);
    expect(single.ok && merged.ok).toBe(true);
    expect(merged).toEqual(single);
    // The merge really depends on every share: dropping one changes the result.
    const partial = service.mergeRuns(runs.slice(0, 5));
    expect(
      partial.ok && single.ok && partial.result.total.asaSeconds.mean !== single.result.total.asaSeconds.mean,
    ).toBe(true);
  });

  it('a comparison: per-variant runs of each share, concatenated, give the comparison of compare()', () => {
    const more = structuredClone(helpDeskJson) as unknown as Scenario;
    more.id = 'help-desk-plus-one';
    const group = more.agentGroups[0] as { agents?: number };
    group.agents = (group.agents ?? 0) + 1;
    const inputs = [helpDeskJson, more];
    const single = service.compare(inputs, { replications: 6 });
    const shareAnswers = splitReplications(6, 4).map((share) =>
      service.compareRange(inputs, { replications: 6, ...share }),
    );
    const perShare = shareAnswers.map((a) => (a.ok ? a.variants : [])) as VariantRuns[][];
    const variants = perShare[0]!.map((v, k) => ({ ...v, runs: perShare.flatMap((share) => share[k]!.runs) }));
    const merged = service.mergeComparison(inputs, variants);
    expect(single.ok && merged.ok).toBe(true);
    expect(merged).toEqual(single);
  });

  it('refuses shares that do not fit the run, naming the field', () => {
    const outside = service.runRange(helpDeskJson, { replications: 4, first: 3, count: 2 });
    expect(outside).toEqual({
      ok: false,
      issues: [{ path: 'count', message: 'must be a whole number from 1 to 1 (got 2)' }],
    });
    const negative = service.runRange(helpDeskJson, { replications: 4, first: -1, count: 1 });
    expect(!negative.ok && negative.issues[0]!.path).toBe('first');
    const tooFew = service.compareRange([helpDeskJson, helpDeskJson], { replications: 1, first: 0, count: 1 });
    expect(!tooFew.ok && tooFew.issues.map((i) => i.path)).toEqual(['replications']);
    const gap = service.mergeRuns([]);
    expect(!gap.ok && gap.issues[0]!.path).toBe('runs');
  });
});
