// Erlang B: the blocking probability of an M/M/c/c loss system (c lines, no queue). Pure math, no
// dependencies beyond the input checks; also the stable building block of Erlang C.
import { checkCount, checkFinite, checkNonNegative, checkPositive } from './check-input';

/**
 * Offered load in erlangs: calls per hour × handle time in hours. One erlang keeps one line (or agent)
 * busy all the time.
 */
export function offeredLoadErlangs(callsPerHour: number, ahtSeconds: number): number {
  checkNonNegative('callsPerHour', callsPerHour);
  checkPositive('ahtSeconds', ahtSeconds);
  return (callsPerHour * ahtSeconds) / 3600;
}

/**
 * B(c, A): the share of calls that find all `lines` busy and are lost, for Poisson arrivals offering
 * `offeredErlangs`. Insensitive to the holding-time distribution beyond its mean.
 *
 * Uses the recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)): every step stays in [0, 1], so there is
 * no overflow (unlike A^c / c!) and the cost is O(c), fine for c and A up to 10^5.
 */
export function erlangB(lines: number, offeredErlangs: number): number {
  checkCount('lines', lines);
  checkNonNegative('offeredErlangs', offeredErlangs);
  return erlangBUnchecked(lines, offeredErlangs);
}

/** The recursion without input checks, for callers that checked already (Erlang C, staffing loops). */
export function erlangBUnchecked(lines: number, offeredErlangs: number): number {
  let blocking = 1;
  for (let k = 1; k <= lines; k += 1) blocking = erlangBStep(blocking, k, offeredErlangs);
  return blocking;
}

/** One step of the recursion: B(k) from B(k−1). */
export function erlangBStep(previousBlocking: number, lines: number, offeredErlangs: number): number {
  // lines ≥ 1, so the denominator is never 0; with A = 0 the result is exactly 0.
  const carried = offeredErlangs * previousBlocking;
  return carried / (lines + carried);
}

/** Fewest lines with blocking ≤ `maxBlocking` (0 < maxBlocking ≤ 1), searching up to `maxLines`. */
export function linesForBlocking(
  offeredErlangs: number,
  maxBlocking: number,
  maxLines = 100_000,
): { lines: number; blocking: number; reachable: boolean } {
  checkNonNegative('offeredErlangs', offeredErlangs);
  checkFinite('maxBlocking', maxBlocking);
  if (!(maxBlocking > 0 && maxBlocking <= 1)) {
    throw new Error(`maxBlocking: must be in (0, 1] (got ${maxBlocking})`);
  }
  let blocking = 1;
  for (let lines = 0; lines <= maxLines; lines += 1) {
    if (lines > 0) blocking = erlangBStep(blocking, lines, offeredErlangs);
    if (blocking <= maxBlocking) return { lines, blocking, reachable: true };
  }
  return { lines: maxLines, blocking, reachable: false };
}
