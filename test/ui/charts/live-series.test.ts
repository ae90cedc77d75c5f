// Live series: samples stack into running totals per state, frames append where their block starts, a block
// at another step or from index 0 replaces the series.
import { describe, expect, it } from 'vitest';
import { AGENT_STATES, type FloorSamples } from '../../../src/sim/api';
import { LiveSeries } from '../../../src/ui/charts/live-series';

const IDLE = AGENT_STATES.indexOf('idle');
const TALKING = AGENT_STATES.indexOf('talking');
const WRAP = AGENT_STATES.indexOf('wrap-up');
const OUT = AGENT_STATES.indexOf('logged-out');

/** A block of samples, one per entry: agents' states and callers waiting. */
function block(fromIndex: number, stepSeconds: number, rows: { states: number[]; waiting: number }[]): FloorSamples {
  const agentsByState = new Int32Array(rows.length * AGENT_STATES.length);
  rows.forEach((row, i) => row.states.forEach((s) => agentsByState[i * AGENT_STATES.length + s]!++));
  return { stepSeconds, fromIndex, waiting: Int32Array.from(rows.map((r) => r.waiting)), agentsByState };
}

describe('LiveSeries', () => {
  it('puts sample i at i × step and stacks the states top band first', () => {
    // Top-down: wrap-up, talking, idle.
    const series = new LiveSeries([WRAP, TALKING, IDLE]);
    series.add(
      block(0, 1800, [
        { states: [IDLE, IDLE, IDLE], waiting: 0 },
        { states: [IDLE, TALKING, WRAP], waiting: 5 },
      ]),
    );
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

  it('appends a frame block where it starts and replaces overlapping samples', () => {
    const series = new LiveSeries();
    series.add(
      block(
        0,
        60,
        [0, 1, 2].map((w) => ({ states: [IDLE], waiting: w })),
      ),
    );
    series.add(
      block(
        2,
        60,
        [7, 8].map((w) => ({ states: [TALKING], waiting: w })),
      ),
    );
    expect(series.queueColumns()).toEqual([
      [0, 60 / 3600, 120 / 3600, 180 / 3600],
      [0, 1, 7, 8],
    ]);
  });

  it('ignores a block that would leave a hole, and starts again at a new step', () => {
    const series = new LiveSeries();
    series.add(block(0, 60, [{ states: [IDLE], waiting: 1 }]));
    series.add(block(5, 60, [{ states: [IDLE], waiting: 9 }]));
    expect(series.length).toBe(1);
    series.add(
      block(
        0,
        120,
        [3, 4].map((w) => ({ states: [IDLE], waiting: w })),
      ),
    );
    expect(series.queueColumns()).toEqual([
      [0, 120 / 3600],
      [3, 4],
    ]);
  });

  it('stacks every state but logged-out by default, and grows its columns in place', () => {
    const series = new LiveSeries();
    series.add(block(0, 60, [{ states: [IDLE, TALKING, OUT], waiting: 0 }]));
    const first = series.stackedStateColumns();
    expect(first).toHaveLength(AGENT_STATES.length); // x plus every state but logged-out
    expect(first[1]).toEqual([2]); // the top band's running total: everyone on the floor
    series.add(block(1, 60, [{ states: [TALKING, TALKING, TALKING], waiting: 0 }]));
    // The same column objects, one point longer: the charts are handed no copies.
    expect(series.stackedStateColumns()[1]).toBe(first[1]);
    expect(first[1]).toEqual([2, 3]);
  });
});
