// Each distribution's sample mean and coefficient of variation match its parameters within a few standard
// errors (fixed seeds); bad parameters are rejected with the field and the reason.
import { describe, expect, it } from 'vitest';
import { distributionMean, makeSampler } from '../../../src/sim/random/distributions';
import { createStream } from '../../../src/sim/random/streams';
import type { Distribution } from '../../../src/sim/scenario/schema';

const N = 200_000;

function moments(dist: Distribution, seed: string): { mean: number; sd: number } {
  const sample = makeSampler(dist);
  const rng = createStream(seed, 0, 'test');
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < N; i++) {
    const x = sample(rng);
    sum += x;
    squares += x * x;
  }
  const mean = sum / N;
  return { mean, sd: Math.sqrt((squares - N * mean * mean) / (N - 1)) };
}

const cases: { dist: Distribution; mean: number; cv: number }[] = [
  { dist: { kind: 'exponential', meanSeconds: 240 }, mean: 240, cv: 1 },
  { dist: { kind: 'deterministic', valueSeconds: 45 }, mean: 45, cv: 0 },
  { dist: { kind: 'uniform', minSeconds: 10, maxSeconds: 50 }, mean: 30, cv: 40 / Math.sqrt(12) / 30 },
  { dist: { kind: 'lognormal', meanSeconds: 270, cv: 1 }, mean: 270, cv: 1 },
  { dist: { kind: 'lognormal', meanSeconds: 100, cv: 0.4 }, mean: 100, cv: 0.4 },
  { dist: { kind: 'gamma', meanSeconds: 180, shape: 0.5 }, mean: 180, cv: Math.sqrt(2) },
  { dist: { kind: 'gamma', meanSeconds: 180, shape: 4 }, mean: 180, cv: 0.5 },
  { dist: { kind: 'erlang', meanSeconds: 300, k: 3 }, mean: 300, cv: 1 / Math.sqrt(3) },
  // Values 10, 20, 60 with weights 1, 2, 1: mean 27.5, E[X²] = (100 + 800 + 3600)/4 = 1125.
  {
    dist: { kind: 'empirical', valuesSeconds: [10, 20, 60], weights: [1, 2, 1] },
    mean: 27.5,
    cv: Math.sqrt(1125 - 27.5 ** 2) / 27.5,
  },
  // Piecewise-linear CDF through 0, 100, 400 (equal mass per segment): mean (50 + 250) / 2.
  { dist: { kind: 'empirical', valuesSeconds: [400, 0, 100], interpolate: true }, mean: 150, cv: NaN },
];

describe('distributions', () => {
  for (const c of cases) {
    it(`${c.dist.kind} ${JSON.stringify(c.dist)} has the configured mean and CV`, () => {
      const { mean, sd } = moments(c.dist, JSON.stringify(c.dist));
      const standardError = Math.max(sd / Math.sqrt(N), 1e-12);
      expect(Math.abs(mean - c.mean)).toBeLessThanOrEqual(4 * standardError);
      expect(distributionMean(c.dist)).toBeCloseTo(c.mean, 10);
      if (!Number.isNaN(c.cv)) expect(sd / mean).toBeCloseTo(c.cv, 1);
    });
  }

  it('never draws a negative duration', () => {
    for (const c of cases) {
      const sample = makeSampler(c.dist);
      const rng = createStream('non-negative', 0, c.dist.kind);
      for (let i = 0; i < 10_000; i++) expect(sample(rng)).toBeGreaterThanOrEqual(0);
    }
  });

  it('rejects bad parameters with the field and the reason', () => {
    expect(() => makeSampler({ kind: 'exponential', meanSeconds: -1 })).toThrow(
      'meanSeconds: must be a finite number > 0 (got -1)',
    );
    expect(() => makeSampler({ kind: 'lognormal', meanSeconds: 10, cv: 0 })).toThrow(/^cv: /);
    expect(() => makeSampler({ kind: 'uniform', minSeconds: 5, maxSeconds: 1 })).toThrow(
      /^maxSeconds: must be at least minSeconds/,
    );
    expect(() => makeSampler({ kind: 'erlang', meanSeconds: 10, k: 1.5 })).toThrow(/^k: must be an integer/);
    expect(() => makeSampler({ kind: 'empirical', valuesSeconds: [1, 2], weights: [1] })).toThrow(/^weights: /);
    expect(() => makeSampler({ kind: 'deterministic', valueSeconds: Number.NaN })).toThrow(/^valueSeconds: /);
  });
});

describe('random streams', () => {
  it('are reproducible and independent by seed, replication and name', () => {
    const draw = (seed: string, rep: number, name: string) => {
      const rng = createStream(seed, rep, name);
      return Array.from({ length: 5 }, () => rng());
    };
    expect(draw('s', 0, 'arrivals')).toEqual(draw('s', 0, 'arrivals'));
    expect(draw('s', 0, 'arrivals')).not.toEqual(draw('s', 1, 'arrivals'));
    expect(draw('s', 0, 'arrivals')).not.toEqual(draw('s', 0, 'service'));
    expect(draw('s', 0, 'arrivals')).not.toEqual(draw('t', 0, 'arrivals'));
    for (const u of draw('s', 3, 'x')) expect(u >= 0 && u < 1).toBe(true);
  });
});
