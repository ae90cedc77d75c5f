// Seeded random streams. Every stream is derived from (scenario seed, replication, stream name), so streams
// are independent of each other and of the order in which the model uses them: two variants of a scenario
// that differ only in staffing or routing see the same callers (common random numbers). Never Math.random.
import seedrandom from 'seedrandom';

/** A uniform generator on [0, 1). */
export type Rng = () => number;

/**
 * A named stream. Alea is used rather than seedrandom's default ARC4: it is several times faster and passes
 * the usual statistical batteries at the sample sizes a simulation run draws.
 */
export function createStream(seed: string | number, replication: number, name: string): Rng {
  return seedrandom.alea(`${String(seed)}\u241f${replication}\u241f${name}`);
}

/** Exponential draw with the given rate (per second); `1 - u` keeps the argument of the log in (0, 1]. */
export function drawExponential(rng: Rng, ratePerSecond: number): number {
  return -Math.log(1 - rng()) / ratePerSecond;
}
