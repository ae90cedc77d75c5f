// Student t quantiles against printed t tables and closed forms (df = 1, 2, 4), the normal limit, and the
// confidence half-width used by replication summaries.
import { describe, expect, it } from 'vitest';
import { logGamma, studentTQuantile, studentTUpperTail, tHalfWidth } from '../../../src/sim/stats/student-t';

describe('studentTQuantile', () => {
  it('reproduces the two-sided 95% column of a t table (p = 0.975)', () => {
    // Any printed t table (e.g. NIST/SEMATECH e-Handbook §1.3.6.7.2), 4 decimals; ∞ is the normal 1.959964.
    const table: [number, number][] = [
      [1, 12.7062],
      [2, 4.3027],
      [3, 3.1824],
      [5, 2.5706],
      [10, 2.2281],
      [30, 2.0423],
      [100, 1.984],
      [1000, 1.9623],
    ];
    for (const [df, value] of table) expect(Math.abs(studentTQuantile(0.975, df) - value)).toBeLessThan(6e-5);
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 12);
    expect(studentTQuantile(0.995, 20)).toBeCloseTo(2.845, 3);
    expect(studentTQuantile(0.95, 15)).toBeCloseTo(1.753, 3);
  });

  it('matches the closed forms for 1, 2 and 4 degrees of freedom to 1e-9 relative', () => {
    // df = 1 (Cauchy): t = cot(π(1 − p)). df = 2: t = (2p − 1)/√(2p(1 − p)).
    // df = 4: t = 2√(q − 1), q = cos(arccos(√α)/3)/√α, α = 4p(1 − p) (q − 1 cancels as p → ½, so p ≥ 0.51).
    for (const p of [0.51, 0.6, 0.75, 0.9, 0.975, 0.99, 0.9999, 0.9999999]) {
      const cauchy = 1 / Math.tan(Math.PI * (1 - p));
      expect(studentTQuantile(p, 1) / cauchy).toBeCloseTo(1, 9);
      expect(studentTQuantile(p, 2) / ((2 * p - 1) / Math.sqrt(2 * p * (1 - p)))).toBeCloseTo(1, 9);
      const alpha = 4 * p * (1 - p);
      const q = Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha);
      expect(studentTQuantile(p, 4) / (2 * Math.sqrt(q - 1))).toBeCloseTo(1, 9);
    }
  });

  it('is symmetric, monotone in p, and falls toward the normal quantile as df grows', () => {
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 14);
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(1, 3)).toBe(Infinity);
    expect(studentTQuantile(0, 3)).toBe(-Infinity);
    let previous = Infinity;
    for (const df of [1, 1.5, 2, 3, 8, 40, 500, 1e4, 1e6]) {
      const value = studentTQuantile(0.975, df);
      expect(value).toBeLessThan(previous);
      expect(value).toBeGreaterThan(1.959963984540054);
      previous = value;
    }
    // First-order expansion t ≈ z + (z³ + z)/(4ν) for large ν.
    const z = 1.959963984540054;
    expect(studentTQuantile(0.975, 1e6) - z).toBeCloseTo((z ** 3 + z) / 4e6, 9);
  });

  it('rejects p outside [0, 1] and non-positive degrees of freedom', () => {
    expect(() => studentTQuantile(1.2, 3)).toThrow('p: must be in [0, 1] (got 1.2)');
    expect(() => studentTQuantile(Number.NaN, 3)).toThrow('p: must be in [0, 1] (got NaN)');
    expect(() => studentTQuantile(0.9, 0)).toThrow('degreesOfFreedom: must be > 0 (got 0)');
  });
});

describe('studentTUpperTail', () => {
  it('matches the closed-form tails for df = 1 and 2 and the normal tail', () => {
    for (const t of [0, 0.3, 1, 2.5, 10, 1e3]) {
      expect(studentTUpperTail(t, 1)).toBeCloseTo(0.5 - Math.atan(t) / Math.PI, 14);
      expect(studentTUpperTail(t, 2)).toBeCloseTo(0.5 - t / (2 * Math.sqrt(2 + t * t)), 14);
    }
    // Standard normal upper tail: Q(3) = 1.3498980316301e-3, Q(5) = 2.8665157187919e-7.
    expect(studentTUpperTail(3, Infinity) / 1.3498980316301e-3).toBeCloseTo(1, 11);
    expect(studentTUpperTail(5, Infinity) / 2.8665157187919e-7).toBeCloseTo(1, 11);
    expect(studentTUpperTail(-1, 5)).toBeCloseTo(1 - studentTUpperTail(1, 5), 15);
  });
});

describe('logGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(171) / 706.5730622457874).toBeCloseTo(1, 13);
  });
});

describe('tHalfWidth', () => {
  it('is t_{(1+confidence)/2, n−1} · s / √n', () => {
    // t_{0.975, 9} = 2.2622 (t table): 10 replications with s = 1 give ±0.7154.
    expect(tHalfWidth(1, 10)).toBeCloseTo(2.2622 / Math.sqrt(10), 4);
    expect(tHalfWidth(3, 10)).toBeCloseTo(3 * tHalfWidth(1, 10), 14);
    // 90% with 5 replications: t_{0.95, 4} = 2.1318.
    expect(tHalfWidth(2, 5, 0.9)).toBeCloseTo((2.1318 * 2) / Math.sqrt(5), 4);
    expect(tHalfWidth(0, 4)).toBe(0);
  });

  it('is NaN with fewer than 2 observations and rejects a bad confidence or a negative deviation', () => {
    expect(tHalfWidth(1, 1)).toBeNaN();
    expect(tHalfWidth(1, 0)).toBeNaN();
    expect(tHalfWidth(Number.NaN, 5)).toBeNaN();
    expect(() => tHalfWidth(1, 5, 1)).toThrow('confidence: must be in (0, 1) (got 1)');
    expect(() => tHalfWidth(-1, 5)).toThrow('stdDev: must be >= 0 (got -1)');
  });
});
