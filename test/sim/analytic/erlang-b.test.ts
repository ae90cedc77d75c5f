// Erlang B against its definition, published table values, an asymptotic expansion and a log-space sum.
import { describe, expect, it } from 'vitest';
import { erlangB, linesForBlocking, offeredLoadErlangs } from '../../../src/sim/analytic/erlang-b';

/** B(c, A) straight from the definition (A^c/c!) / Σ_{k≤c} A^k/k!, summed in log space. */
function erlangBByDefinition(lines: number, offered: number): number {
  const logTerms: number[] = [];
  let logTerm = 0;
  for (let k = 0; k <= lines; k += 1) {
    if (k > 0) logTerm += Math.log(offered) - Math.log(k);
    logTerms.push(logTerm);
  }
  const top = Math.max(...logTerms);
  const sum = logTerms.reduce((acc, value) => acc + Math.exp(value - top), 0);
  return Math.exp(logTerm - top) / sum;
}

describe('erlangB', () => {
  it('matches the closed form for 5 lines and 3 erlangs: (3^5/5!) / Σ 3^k/k! = 2.025/18.4 ≈ 0.1101', () => {
    expect(erlangB(5, 3)).toBeCloseTo(2.025 / 18.4, 14);
  });

  it('reproduces standard Erlang B table entries (traffic in erlangs for a grade of service)', () => {
    // Erlang B tables, printed to 2 decimals of traffic: 10 lines carry 4.46 E at 1% and 5.08 E at 2%;
    // 30 lines 20.34 E at 1%, 21.93 E at 2%, 24.80 E at 5%; 100 lines 84.06 E at 1%.
    const table: [number, number, number][] = [
      [10, 4.46, 0.01],
      [10, 5.08, 0.02],
      [30, 20.34, 0.01],
      [30, 21.93, 0.02],
      [30, 24.8, 0.05],
      [100, 84.06, 0.01],
    ];
    for (const [lines, erlangs, grade] of table) {
      expect(Math.abs(erlangB(lines, erlangs) - grade)).toBeLessThan(0.01 * grade);
    }
  });

  it('gives about 0.05 for 30 lines and 25 erlangs (the Mathematica ErlangB documentation example)', () => {
    expect(erlangB(30, 25)).toBeGreaterThan(0.05);
    expect(erlangB(30, 25)).toBeLessThan(0.055);
  });

  it('agrees with the definition summed in log space, up to 10,000 lines', () => {
    for (const [lines, offered] of [
      [1, 0.5],
      [20, 15],
      [300, 310],
      [2000, 1800],
      [10_000, 9_500],
      [10_000, 10_500],
    ] as const) {
      expect(erlangB(lines, offered)).toBeCloseTo(erlangBByDefinition(lines, offered), 12);
    }
  });

  it('follows Ramanujan’s expansion at A = c = 10,000: 1/B = √(πc/2) + 2/3 + √(π/(2c))/12 + O(1/c)', () => {
    // 1/B(c, c) = 1 + Q(c), Q Ramanujan's function (Knuth, TAOCP vol. 1, §1.2.11.3).
    const c = 10_000;
    const expected = 1 / (Math.sqrt((Math.PI * c) / 2) + 2 / 3 + Math.sqrt(Math.PI / (2 * c)) / 12);
    expect(Math.abs(erlangB(c, c) / expected - 1)).toBeLessThan(1e-6);
  });

  it('handles the edges: no lines blocks everything, no load blocks nothing', () => {
    expect(erlangB(0, 3)).toBe(1);
    expect(erlangB(4, 0)).toBe(0);
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 15);
  });

  it('rejects invalid input naming the field', () => {
    expect(() => erlangB(-1, 2)).toThrow('lines: must be >= 0 (got -1)');
    expect(() => erlangB(2.5, 2)).toThrow('lines: must be a whole number (got 2.5)');
    expect(() => erlangB(3, Number.NaN)).toThrow('offeredErlangs: must be a finite number (got NaN)');
  });
});

describe('offeredLoadErlangs', () => {
  it('is calls per hour × AHT in hours', () => {
    expect(offeredLoadErlangs(200, 180)).toBeCloseTo(10, 12);
    expect(() => offeredLoadErlangs(100, -3)).toThrow('ahtSeconds: must be > 0 (got -3)');
    expect(() => offeredLoadErlangs(-1, 30)).toThrow('callsPerHour: must be >= 0 (got -1)');
  });
});

describe('linesForBlocking', () => {
  it('finds the table’s line counts and is minimal', () => {
    const found = linesForBlocking(20.34, 0.0101);
    expect(found).toMatchObject({ lines: 30, reachable: true });
    expect(erlangB(29, 20.34)).toBeGreaterThan(0.0101);
  });

  it('reports an unreachable target within the cap', () => {
    expect(linesForBlocking(1000, 0.01, 50)).toMatchObject({ lines: 50, reachable: false });
    expect(() => linesForBlocking(10, 0)).toThrow('maxBlocking: must be in (0, 1] (got 0)');
  });
});
