// Live series: counts per agent state stack into running totals, memory stays bounded, a snapshot at an
// earlier instant (after a reset) replaces the later points.
import { describe, expect, it } from 'vitest';
import { AGENT_STATES, type FloorSnapshot } from '../../../src/sim/api';
import { LiveSeries } from '../../../src/ui/charts/live-series';

const IDLE = AGENT_STATES.indexOf('idle');
const TALKING = AGENT_STATES.indexOf('talking');
const WRAP = AGENT_STATES.indexOf('wrap-up');

function snapshot(atSeconds: number, states: number[], waiting: number[]): FloorSnapshot {
  return { atSeconds, agentStates: Uint8Array.from(states), queueWaiting: Int32Array.from(waiting) } as FloorSnapshot;
}

describe('LiveSeries', () => {
  it('sums the queues and stacks the states top band first', () => {
    // Top-down: wrap-up, talking, idle.
    const series = new LiveSeries(1200, [WRAP, TALKING, IDLE]);
    series.add(snapshot(0, [IDLE, IDLE, IDLE], [0]));
    series.add(snapshot(1800, [IDLE, TALKING, WRAP], [2, 3]));
    expect(series.queueColumns()).toEqual([
      [0, 0.5],
      [0, 5],
    ]);
    // Running totals from the bottom (idle) up.
    const [x, wrap, talking, idle] = series.stackedStateColumns();
    expect(x).toEqual([0, 0.5]);
    expect(idle).toEqual([3, 1]);
    expect(talking).toEqual([3, 2]);
    expect(wrap).toEqual([3, 3]);
  });

  it('keeps at most its capacity, first and last instants included', () => {
    const series = new LiveSeries(100);
    for (let t = 0; t <= 1000; t++) series.add(snapshot(t, [IDLE], [t % 7]));
    expect(series.length).toBeLessThanOrEqual(100);
    const [x] = series.queueColumns();
    expect(x![0]).toBe(0);
    expect(x!.at(-1)).toBeCloseTo(1000 / 3600, 12);
    for (let i = 1; i < x!.length; i++) expect(x![i]!).toBeGreaterThan(x![i - 1]!);
  });

  it('drops later points when a snapshot goes back in time', () => {
    const series = new LiveSeries();
    for (const t of [0, 60, 120]) series.add(snapshot(t, [IDLE], [1]));
    series.add(snapshot(60, [TALKING], [4]));
    expect(series.queueColumns()).toEqual([
      [0, 60 / 3600],
      [1, 4],
    ]);
  });

  it('stacks every state but logged-out by default, and grows its columns in place', () => {
    const series = new LiveSeries();
    series.add(snapshot(0, [IDLE, TALKING, AGENT_STATES.indexOf('logged-out')], [0]));
    const first = series.stackedStateColumns();
    expect(first).toHaveLength(AGENT_STATES.length); // x plus every state but logged-out
    expect(first[1]).toEqual([2]); // the top band's running total: everyone on the floor
    series.add(snapshot(60, [TALKING, TALKING, TALKING], [0]));
    // The same column objects, one point longer: the charts are handed no copies.
    expect(series.stackedStateColumns()[1]).toBe(first[1]);
    expect(first[1]).toEqual([2, 3]);
  });
});
