import { describe, expect, it } from 'vitest';
import { Histogram, histogramQuantile } from '../../../src/sim/stats/histogram';

describe('Histogram', () => {
  it('bins values, sends the rest to the overflow bin, and interpolates quantiles', () => {
    const h = new Histogram(10, 3);
    for (const v of [0, 9.99, 10, 25, 29.999, 30, 1e9]) h.add(v);
    expect(h.toData()).toEqual({ binSeconds: 10, counts: [2, 1, 2, 2] });
    const uniform = new Histogram(1, 100);
    for (let i = 0; i < 1000; i++) uniform.add(i / 10);
    expect(histogramQuantile(uniform.toData(), 0.5)).toBeCloseTo(50, 6);
    expect(histogramQuantile(uniform.toData(), 0.9)).toBeCloseTo(90, 6);
    expect(histogramQuantile(new Histogram(1, 2).toData(), 0.5)).toBeNaN();
  });

  it('rejects a bad shape', () => {
    expect(() => new Histogram(0, 3)).toThrow(/binSeconds > 0/);
  });
});
