// Turns a tagged distribution (scenario data) into a sampler. Parameters are checked here too, so that a
// programmatic caller that skipped the schema still gets a clear error instead of NaN durations.
import type { Distribution } from '../scenario/schema';
import type { Rng } from './streams';
import { assertNever } from '../util/assert-never';

export type Sampler = (rng: Rng) => number;

function fail(field: string, reason: string, got: unknown): never {
  throw new RangeError(`${field}: ${reason} (got ${JSON.stringify(got)})`);
}

function requirePositive(field: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) fail(field, 'must be a finite number > 0', value);
}

function requireNonNegative(field: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) fail(field, 'must be a finite number >= 0', value);
}

/** Standard normal by Box–Muller (two uniforms per draw; no cached spare, so a sampler holds no state). */
export function drawStandardNormal(rng: Rng): number {
  const u1 = 1 - rng();
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Gamma(shape, scale 1) by Marsaglia & Tsang (2000); shape < 1 uses the boost Gamma(k+1)·U^(1/k). */
export function drawGamma(rng: Rng, shape: number): number {
  if (shape < 1) return drawGamma(rng, shape + 1) * Math.pow(1 - rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = drawStandardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

function empiricalSampler(
  values: readonly number[],
  weights: readonly number[] | undefined,
  interpolate: boolean,
): Sampler {
  if (interpolate) {
    const sorted = [...values].sort((a, b) => a - b);
    const last = sorted.length - 1;
    return (rng) => {
      const x = rng() * last;
      const i = Math.floor(x);
      const lo = sorted[i] as number;
      const hi = sorted[Math.min(i + 1, last)] as number;
      return lo + (hi - lo) * (x - i);
    };
  }
  const w = weights ?? values.map(() => 1);
  const total = w.reduce((a, b) => a + b, 0);
  const cumulative = new Float64Array(w.length);
  let acc = 0;
  w.forEach((wi, i) => {
    acc += wi / total;
    cumulative[i] = acc;
  });
  const table = Float64Array.from(values);
  return (rng) => {
    const u = rng();
    // Binary search for the first cumulative weight above u.
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    return table[lo] as number;
  };
}

export function makeSampler(dist: Distribution): Sampler {
  switch (dist.kind) {
    case 'exponential': {
      requirePositive('meanSeconds', dist.meanSeconds);
      const mean = dist.meanSeconds;
      return (rng) => -Math.log(1 - rng()) * mean;
    }
    case 'deterministic': {
      requireNonNegative('valueSeconds', dist.valueSeconds);
      const value = dist.valueSeconds;
      return () => value;
    }
    case 'uniform': {
      requireNonNegative('minSeconds', dist.minSeconds);
      requireNonNegative('maxSeconds', dist.maxSeconds);
      if (dist.maxSeconds < dist.minSeconds) fail('maxSeconds', 'must be at least minSeconds', dist.maxSeconds);
      const min = dist.minSeconds;
      const width = dist.maxSeconds - dist.minSeconds;
      return (rng) => min + width * rng();
    }
    case 'lognormal': {
      requirePositive('meanSeconds', dist.meanSeconds);
      requirePositive('cv', dist.cv);
      // If X = exp(N(mu, sigma²)), then CV² = exp(sigma²) − 1 and mean = exp(mu + sigma²/2).
      const sigma2 = Math.log(1 + dist.cv * dist.cv);
      const sigma = Math.sqrt(sigma2);
      const mu = Math.log(dist.meanSeconds) - sigma2 / 2;
      return (rng) => Math.exp(mu + sigma * drawStandardNormal(rng));
    }
    case 'gamma': {
      requirePositive('meanSeconds', dist.meanSeconds);
      requirePositive('shape', dist.shape);
      const shape = dist.shape;
      const scale = dist.meanSeconds / shape;
      return (rng) => drawGamma(rng, shape) * scale;
    }
    case 'erlang': {
      requirePositive('meanSeconds', dist.meanSeconds);
      if (!(Number.isInteger(dist.k) && dist.k >= 1)) fail('k', 'must be an integer >= 1', dist.k);
      const k = dist.k;
      const phaseMean = dist.meanSeconds / k;
      // A sum of k exponential phases: −ln(∏ uᵢ)·phaseMean, with the product renormalised to avoid underflow.
      return (rng) => {
        let sum = 0;
        let product = 1;
        for (let i = 0; i < k; i++) {
          product *= 1 - rng();
          if (product < 1e-280) {
            sum -= Math.log(product);
            product = 1;
          }
        }
        return (sum - Math.log(product)) * phaseMean;
      };
    }
    case 'empirical': {
      if (dist.valuesSeconds.length === 0) fail('valuesSeconds', 'must contain at least one value', dist.valuesSeconds);
      dist.valuesSeconds.forEach((v, i) => requireNonNegative(`valuesSeconds[${i}]`, v));
      if (dist.weights && dist.weights.length !== dist.valuesSeconds.length)
        fail('weights', 'must have one weight per value', dist.weights.length);
      if (dist.weights && !dist.weights.some((w) => w > 0))
        fail('weights', 'must contain a positive weight', dist.weights);
      if (dist.interpolate && dist.valuesSeconds.length < 2)
        fail('valuesSeconds', 'needs at least 2 values to interpolate', dist.valuesSeconds.length);
      return empiricalSampler(dist.valuesSeconds, dist.weights, dist.interpolate === true);
    }
    default:
      return assertNever(dist);
  }
}

/**
 * The mean of an exponential distribution, or 0 for any other kind: lets a hot loop draw the commonest case
 * inline, exactly as makeSampler's sampler would (−ln(1 − u) · mean), without a closure call.
 */
export function exponentialMean(dist: Distribution): number {
  return dist.kind === 'exponential' ? dist.meanSeconds : 0;
}

/** The mean of a distribution, in seconds (used by analytic models and documentation). */
export function distributionMean(dist: Distribution): number {
  switch (dist.kind) {
    case 'exponential':
    case 'lognormal':
    case 'gamma':
    case 'erlang':
      return dist.meanSeconds;
    case 'deterministic':
      return dist.valueSeconds;
    case 'uniform':
      return (dist.minSeconds + dist.maxSeconds) / 2;
    case 'empirical': {
      if (dist.interpolate) {
        const s = [...dist.valuesSeconds].sort((a, b) => a - b);
        let area = 0;
        for (let i = 1; i < s.length; i++) area += ((s[i] as number) + (s[i - 1] as number)) / 2;
        return area / (s.length - 1);
      }
      const w = dist.weights ?? dist.valuesSeconds.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      return dist.valuesSeconds.reduce((acc, v, i) => acc + v * (w[i] as number), 0) / total;
    }
    default:
      return assertNever(dist);
  }
}
