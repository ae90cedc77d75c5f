// Chart columns: intervals without calls are gaps, predictions line up with their intervals, the wait
// histogram becomes shares that add up to 1.
import { describe, expect, it } from 'vitest';
import {
  serviceLevelColumns,
  sumHistograms,
  waitHistogramColumns,
  type IntervalPoint,
} from '../../../src/ui/charts/chart-data';
import { predictIntervals } from '../../../src/sim/service';
import { findBuiltInScenario } from '../../../src/scenarios/index';

function point(startSeconds: number, offered: number, serviceLevel: number): IntervalPoint {
  return { startSeconds, offered, serviceLevel, asaSeconds: 5, abandonRate: 0, occupancy: 0.5 };
}

describe('chart columns', () => {
  it('service level: hours on x, gaps for empty intervals, Erlang C and A from the prediction, the target', () => {
    const scenario = findBuiltInScenario('help-desk')!;
    const predictions = predictIntervals(scenario);
    const intervals = [point(0, 10, 0.9), point(1800, 0, Number.NaN), point(3600, 12, 0.7)];
    const [x, simulated, c, a, target] = serviceLevelColumns(intervals, predictions, 0.8);
    expect(x).toEqual([0, 0.5, 1]);
    expect(simulated).toEqual([0.9, null, 0.7]);
    expect(c![0]).toBe(predictions[0]!.erlangC!.serviceLevel);
    expect(a![2]).toBe(predictions[2]!.erlangA!.serviceLevel);
    expect(target).toEqual([0.8, 0.8, 0.8]);
  });

  it('wait histogram: shares of all calls, trimmed after the last non-empty bin', () => {
    const answered = { binSeconds: 5, counts: [6, 2, 0, 0, 0, 0, 1] };
    const abandoned = { binSeconds: 5, counts: [0, 1, 1, 0, 0, 0, 0] };
    const [x, ans, ab] = waitHistogramColumns(answered, abandoned, 2);
    expect(x).toEqual([0, 5, 10]);
    expect(ans).toEqual([6 / 11, 2 / 11, 0]);
    expect(ab).toEqual([0, 1 / 11, 1 / 11]);
  });

  it('sums histograms over replications bin by bin', () => {
    expect(
      sumHistograms([
        { binSeconds: 5, counts: [1, 2] },
        { binSeconds: 5, counts: [3, 4] },
      ]),
    ).toEqual({ binSeconds: 5, counts: [4, 6] });
    expect(sumHistograms([])).toBeUndefined();
  });
});
