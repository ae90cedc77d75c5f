// The callers' keyed streams: reproducible per key, different across keys, and uniform and independent enough
// for a simulation (chi-square of the first draws across callers, serial correlation within a stream and
// between neighbouring callers), checked on fixed keys.
import { describe, expect, it } from 'vitest';
import { CallerDraw, CallerStream, callerTypeKey, mix32 } from '../../../src/sim/random/caller-stream';
import { createStream } from '../../../src/sim/random/streams';

const typeKey = callerTypeKey(createStream('caller-test', 0, 'caller/t'));

/** Chi-square statistic of `values` in [0, 1) over `bins` equal bins. */
function chiSquare(values: number[], bins: number): number {
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.floor(v * bins)]!++;
  const expected = values.length / bins;
  return counts.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
}

function correlation(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('a caller stream', () => {
  it('gives the same draws for the same key, whatever was opened in between', () => {
    const s = new CallerStream();
    const first = s.open(typeKey, 17, 1, 2, CallerDraw.Next);
    const a = [first(), first(), first()];
    const other = s.open(typeKey, 18, 1, 2, CallerDraw.Next);
    const b = [other(), other(), other()];
    const again = s.open(typeKey, 17, 1, 2, CallerDraw.Next);
    expect([again(), again(), again()]).toEqual(a);
    expect(b).not.toEqual(a);
  });

  it('differs by customer, contact, retrial, purpose and call type', () => {
    const s = new CallerStream();
    const firstOf = (...key: Parameters<CallerStream['open']>) => s.open(...key)();
    const base = firstOf(typeKey, 5, 1, 0, CallerDraw.Arrival);
    const variants = [
      firstOf(typeKey, 6, 1, 0, CallerDraw.Arrival),
      firstOf(typeKey, 5, 2, 0, CallerDraw.Arrival),
      firstOf(typeKey, 5, 1, 1, CallerDraw.Arrival),
      firstOf(typeKey, 5, 1, 0, CallerDraw.Next),
      firstOf(typeKey + 1, 5, 1, 0, CallerDraw.Arrival),
      firstOf(typeKey, 5 + 2 ** 32, 1, 0, CallerDraw.Arrival),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('is uniform across callers and within a stream (chi-square, 100 bins, 99 degrees of freedom)', () => {
    const s = new CallerStream();
    const firsts: number[] = [];
    const within: number[] = [];
    for (let customer = 1; customer <= 100_000; customer++) firsts.push(s.open(typeKey, customer, 1, 1, 1)());
    const one = s.open(typeKey, 1, 1, 0, CallerDraw.Transfer);
    for (let i = 0; i < 100_000; i++) within.push(one());
    // The 99.9th percentile of chi-square with 99 degrees of freedom is about 148.
    expect(chiSquare(firsts, 100)).toBeLessThan(148);
    expect(chiSquare(within, 100)).toBeLessThan(148);
    for (const v of [...firsts, ...within]) expect(v >= 0 && v < 1).toBe(true);
  });

  it('has no correlation between consecutive draws or between neighbouring callers', () => {
    const s = new CallerStream();
    const n = 50_000;
    const x: number[] = [];
    const y: number[] = [];
    const next: number[] = [];
    for (let customer = 1; customer <= n; customer++) {
      const rng = s.open(typeKey, customer, 1, 0, CallerDraw.Arrival);
      x.push(rng());
      y.push(rng());
    }
    for (let customer = 2; customer <= n + 1; customer++)
      next.push(s.open(typeKey, customer, 1, 0, CallerDraw.Arrival)());
    // Independent uniforms: the sample correlation has standard error 1/√n ≈ 0.0045; allow 4 of them.
    expect(Math.abs(correlation(x, y))).toBeLessThan(0.018);
    expect(Math.abs(correlation(x, next))).toBeLessThan(0.018);
  });

  it('mixes every input bit (avalanche of the finaliser)', () => {
    let flips = 0;
    const trials = 2_000;
    for (let i = 0; i < trials; i++)
      for (let bit = 0; bit < 32; bit++) {
        const d = (mix32(i * 2_654_435_761) ^ mix32((i * 2_654_435_761) ^ (1 << bit))) >>> 0;
        flips += d.toString(2).split('1').length - 1;
      }
    // Half of the 32 output bits flip on average.
    expect(flips / (trials * 32 * 32)).toBeCloseTo(0.5, 2);
  });
});
