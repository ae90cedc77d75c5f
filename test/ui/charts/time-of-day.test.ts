// Times of a run: the clock time of day when the scenario has one, wrapping at midnight; hours from the start
// otherwise; and the charts' x axis says which it shows.
import { describe, expect, it } from 'vitest';
import { hoursLabel, runTimeLabel } from '../../../src/ui/charts/time-of-day';
import { queueLengthSpec, serviceLevelSpec } from '../../../src/ui/charts/chart-specs';

describe('runTimeLabel', () => {
  it('shows the time of day from clockStartAt', () => {
    expect(runTimeLabel(0, 28_800)).toBe('08:00');
    expect(runTimeLabel(5400, 25_200)).toBe('08:30');
    expect(runTimeLabel(16 * 3600, 25_200)).toBe('23:00');
    expect(runTimeLabel(18 * 3600, 25_200)).toBe('01:00'); // past midnight
    expect(hoursLabel(1.25, 28_800)).toBe('09:15');
  });

  it('shows hours from the start without a clock', () => {
    expect(runTimeLabel(5400, undefined)).toBe('1:30');
    expect(runTimeLabel(26 * 3600 + 900, undefined)).toBe('26:15');
    expect(hoursLabel(0.5, undefined)).toBe('0:30');
  });
});

describe('chart time axes', () => {
  it('are labelled time of day with a clock and hours from start without', () => {
    const withClock = queueLengthSpec(25_200).options.axes?.[0];
    const without = serviceLevelSpec(20).options.axes?.[0];
    expect(withClock?.label).toBe('Time of day');
    expect(without?.label).toBe('Hours from start');
    const values = withClock?.values as (u: unknown, v: number[]) => string[];
    expect(values(undefined, [0, 1, 2.5])).toEqual(['07:00', '08:00', '09:30']);
  });
});
