// Student t distribution: tail, quantile and confidence half-width, for replication confidence intervals.
// Pure math with no dependencies: log-gamma (Lanczos), the regularised incomplete beta function (continued
// fraction) and, for infinite degrees of freedom, the normal tail through erfc.

// Lanczos approximation, g = 7, 9 terms: about 15 significant digits for x > 0.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let series = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i += 1) series += (LANCZOS[i] as number) / (shifted + i);
  const t = shifted + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

const TINY = 1e-300;

/**
 * The continued fraction of the incomplete beta function, evaluated by the modified Lentz method; it
 * converges quickly for x < (a + 1)/(a + b + 2).
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const guard = (v: number): number => (Math.abs(v) < TINY ? TINY : v);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let result = d;
  for (let m = 1; m <= 100_000; m += 1) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    result *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const step = d * c;
    result *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return result;
}

/**
 * I_x(a, b), the regularised incomplete beta function, given both x and y = 1 − x so that callers can pass
 * a y that was computed without cancellation.
 */
function incompleteBeta(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const logFront = a * Math.log(x) + b * Math.log(y) - (logGamma(a) + logGamma(b) - logGamma(a + b));
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(y, b, a)) / b;
}

/** erfc(x) for x ≥ 0: a positive series for erf below 2, a continued fraction above (no cancellation). */
function erfc(x: number): number {
  if (x < 2) {
    // erf(x) = 2/√π · e^{−x²} · Σ 2^n x^{2n+1} / (1·3·…·(2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; term > 1e-17 * sum; n += 1) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by the modified Lentz method.
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n <= 1000; n += 1) {
    const a = n / 2;
    d = 1 / (x + a * d);
    c = x + a / c;
    const step = c * d;
    f *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

function checkDegreesOfFreedom(degreesOfFreedom: number): void {
  if (!(degreesOfFreedom > 0)) throw new Error(`degreesOfFreedom: must be > 0 (got ${degreesOfFreedom})`);
}

/** P(T > t) for t ≥ 0; `degreesOfFreedom` may be Infinity (standard normal). */
export function studentTUpperTail(t: number, degreesOfFreedom: number): number {
  checkDegreesOfFreedom(degreesOfFreedom);
  if (t < 0) return 1 - studentTUpperTail(-t, degreesOfFreedom);
  if (degreesOfFreedom === Infinity) return 0.5 * erfc(t / Math.SQRT2);
  if (t === Infinity) return 0;
  // P(T > t) = ½·I_x(ν/2, ½) with x = ν/(ν + t²), 1 − x = t²/(ν + t²).
  const denominator = degreesOfFreedom + t * t;
  return 0.5 * incompleteBeta(degreesOfFreedom / denominator, (t * t) / denominator, degreesOfFreedom / 2, 0.5);
}

/** The density of the t distribution at t (Newton steps in the quantile search). */
function studentTDensity(t: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom === Infinity) return Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  const nu = degreesOfFreedom;
  const logBeta = logGamma(nu / 2) + logGamma(0.5) - logGamma((nu + 1) / 2);
  return Math.exp(-logBeta - 0.5 * Math.log(nu) - ((nu + 1) / 2) * Math.log1p((t * t) / nu));
}

/**
 * The p-quantile of Student's t with `degreesOfFreedom` (> 0, may be Infinity for the normal). A two-sided
 * 95% interval uses p = 0.975. Newton's method on the upper tail inside a bracket that bisection keeps
 * valid; accurate to about 1e-12 relative for moderate df, 1e-10 for df near 10^6 (log-gamma cancellation).
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(p >= 0 && p <= 1)) throw new Error(`p: must be in [0, 1] (got ${p})`);
  checkDegreesOfFreedom(degreesOfFreedom);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, degreesOfFreedom);

  const tail = 1 - p;
  let low = 0;
  let high = 1;
  while (studentTUpperTail(high, degreesOfFreedom) > tail) {
    low = high;
    high *= 2;
  }
  let t = high;
  for (let iteration = 0; iteration < 300; iteration += 1) {
    const excess = studentTUpperTail(t, degreesOfFreedom) - tail;
    if (excess === 0) return t;
    if (excess > 0) low = t;
    else high = t;
    let next = t + excess / studentTDensity(t, degreesOfFreedom);
    if (!(next > low && next < high)) {
      // Bisect; geometrically while the bracket spans orders of magnitude (heavy tails at small df).
      next = low > 0 && high / low > 4 ? Math.sqrt(low * high) : (low + high) / 2;
    }
    if (Math.abs(next - t) <= 1e-13 * next || high - low <= 1e-15 * high) return next;
    t = next;
  }
  return t;
}

/**
 * Half-width of the two-sided `confidence` interval for a mean of `n` observations with sample standard
 * deviation `stdDev`: t_{(1+confidence)/2, n−1} · stdDev / √n. NaN when n < 2 or stdDev is NaN.
 */
export function tHalfWidth(stdDev: number, n: number, confidence = 0.95): number {
  if (!(confidence > 0 && confidence < 1)) throw new Error(`confidence: must be in (0, 1) (got ${confidence})`);
  if (!(n >= 2) || Number.isNaN(stdDev)) return NaN;
  if (!(stdDev >= 0)) throw new Error(`stdDev: must be >= 0 (got ${stdDev})`);
  return (studentTQuantile((1 + confidence) / 2, n - 1) * stdDev) / Math.sqrt(n);
}
