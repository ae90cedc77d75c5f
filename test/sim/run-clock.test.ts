// A single long replication reports where it has got to in simulated time (issue 19): run-guard.ts runs it in
// slices of about GUARD.eventsPerSlice events and, every `everyMs` of wall time, tells the simulated clock and
// the share of the horizon done. The reports only ever advance and end at the horizon; the slicing changes no
// figure of the run; the reports come no oftener than asked. Node only; no DOM.
import { describe, expect, it } from 'vitest';
import type { RunClock } from '../../src/sim/api';
import { Simulation } from '../../src/sim/engine/simulation';
import { runReplicationRange } from '../../src/sim/replications';
import { GUARD, runGuarded } from '../../src/sim/run-guard';
import { parseScenario } from '../../src/sim/scenario/validate';
import type { Scenario } from '../../src/sim/scenario/schema';
import { PooledProgress } from '../../src/ui/pool/replication-shares';
import helpDeskJson from '../../src/scenarios/help-desk.json';
import mmcSteadyJson from '../../src/scenarios/mmc-steady.json';

const helpDesk = parseScenario(helpDeskJson);
const mmcSteady = parseScenario(mmcSteadyJson);

/** A wall clock that moves on `stepMs` at every reading: each slice of the run takes that long. */
function steppingClock(stepMs: number): () => number {
  let now = 0;
  return () => (now += stepMs);
}

function clocksOf(scenario: Scenario, stepMs = 1_000, everyMs = 250): RunClock[] {
  const clocks: RunClock[] = [];
  runGuarded(scenario, {}, {}, { onClock: (c) => clocks.push(c), everyMs, nowMs: steppingClock(stepMs) });
  return clocks;
}

function expectAdvancing(clocks: RunClock[]): void {
  for (let i = 1; i < clocks.length; i++) {
    expect(clocks[i]!.seconds, `report ${i}`).toBeGreaterThanOrEqual(clocks[i - 1]!.seconds);
    expect(clocks[i]!.share, `report ${i}`).toBeGreaterThanOrEqual(clocks[i - 1]!.share);
  }
  for (const c of clocks) {
    expect(c.share).toBeGreaterThanOrEqual(0);
    expect(c.share).toBeLessThanOrEqual(1);
  }
}

describe('the simulated clock of a running replication', () => {
  it('advances monotonically and ends at the horizon (no drain: exactly there)', () => {
    const day = { ...helpDesk, horizon: { kind: 'duration' as const, seconds: 28_800, drain: false } };
    const clocks = clocksOf(day);
    // An 8-hour day of help-desk is tens of thousands of events: many slices, each reported here.
    expect(clocks.length).toBeGreaterThan(10);
    expectAdvancing(clocks);
    expect(clocks.at(-1)).toEqual({ seconds: 28_800, horizonSeconds: 28_800, share: 1 });
    // Reports along the way, not only the end: the bar moves through the day.
    expect(clocks.some((c) => c.share > 0.2 && c.share < 0.8)).toBe(true);
    for (const c of clocks.slice(0, -1)) expect(c.share).toBeCloseTo(c.seconds / 28_800, 10);
  });

  it('goes past the horizon while a draining run serves the callers still waiting, and ends with share 1', () => {
    const clocks = clocksOf(helpDesk);
    expectAdvancing(clocks);
    const last = clocks.at(-1)!;
    expect(last.share).toBe(1);
    expect(last.horizonSeconds).toBe(28_800);
    expect(last.seconds).toBeGreaterThanOrEqual(28_800);
  });

  it('counts the calls arrived for a call-count horizon', () => {
    const calls = { ...mmcSteady, horizon: { kind: 'calls' as const, count: 20_000 }, warmupSeconds: 0 };
    const clocks = clocksOf(calls);
    expectAdvancing(clocks);
    expect(clocks.every((c) => c.horizonSeconds === undefined)).toBe(true);
    expect(clocks.at(-1)!.share).toBe(1);
    expect(clocks.some((c) => c.share > 0.2 && c.share < 0.8)).toBe(true);
  });

  it('reports no oftener than asked: a wall clock that does not move gives only the final report', () => {
    expect(clocksOf(helpDesk, 0)).toHaveLength(1);
    // 100 ms a slice against a report every 250 ms: at most every third slice reports.
    const every = clocksOf(helpDesk, 100, 250).length;
    const all = clocksOf(helpDesk, 1_000, 250).length;
    expect(every).toBeLessThanOrEqual(Math.ceil(all / 3) + 1);
    expect(every).toBeGreaterThan(1);
  });

  it('slices of about GUARD.eventsPerSlice events: a slice is reported per that many events or fewer', () => {
    const clocks: RunClock[] = [];
    const result = runGuarded(helpDesk, {}, {}, { onClock: (c) => clocks.push(c), nowMs: steppingClock(1_000) });
    // Every slice is reported here; slices adapt to the rate, so the count follows events / eventsPerSlice.
    expect(clocks.length).toBeGreaterThanOrEqual(Math.floor(result.events / GUARD.eventsPerSlice));
  });

  it('changes no figure of the run: sliced and reported equals one uninterrupted run', () => {
    for (const scenario of [helpDesk, mmcSteady]) {
      const whole = new Simulation(scenario, { seed: 'slices' }).run();
      const sliced = runGuarded(scenario, { seed: 'slices' }, {}, { onClock: () => undefined, nowMs: () => 0 });
      expect(sliced).toEqual(whole);
    }
  });

  it("passes a callback's own error through unchanged (a caller stops the run by throwing)", () => {
    class Stop extends Error {}
    expect(() =>
      runGuarded(
        helpDesk,
        {},
        {},
        {
          onClock: () => {
            throw new Stop('stop');
          },
          nowMs: steppingClock(1_000),
        },
      ),
    ).toThrow(Stop);
  });

  it('reaches the page through a range of replications and the pool, for a run of one share only', () => {
    const seen: [number, number, RunClock | undefined][] = [];
    const one = new PooledProgress(1, 1, (done, total, clock) => seen.push([done, total, clock]));
    runReplicationRange(helpDesk, { first: 0, count: 1, onReplication: (d, _t, c) => one.update(0, d, c) });
    // The last report is the finished replication, without a clock; any before it carry the clock at done 0.
    expect(seen.at(-1)).toEqual([1, 1, undefined]);
    for (const [done, , clock] of seen.slice(0, -1)) {
      expect(done).toBe(0);
      expect(clock).toBeDefined();
    }
    // With two shares each would tell another clock: none is passed on.
    const two: (RunClock | undefined)[] = [];
    const pooled = new PooledProgress(2, 2, (_d, _t, clock) => two.push(clock));
    pooled.update(0, 0, { seconds: 10, horizonSeconds: 100, share: 0.1 });
    pooled.update(1, 1);
    expect(two).toEqual([undefined, undefined]);
  });
});
