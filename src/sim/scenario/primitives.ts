// The building blocks of the scenario format: ids, durations, probabilities and random distributions. Shared by
// the main schema and the organisation schema. Pure data, no DOM.
import { z } from 'zod';

/**
 * The physical limits of the format (docs/scenario-format.md, "Limits"). A run covers at most a year: a
 * longer one is no staffing question, and its calendar grows without bound. A single duration (talk, a
 * prompt, patience, a delay) is at most a day: nothing in a call centre lasts longer, and with drain a run
 * must empty within a day of its horizon.
 */
export const LIMITS = {
  maxHorizonSeconds: 366 * 86_400,
  maxDurationSeconds: 86_400,
  /** Retrial and repeat delays: a mean under a second would let a caller try again at the same instant. */
  minDelayMeanSeconds: 1,
  /** A caller who always retries (or always calls again) would never leave a centre that cannot answer. */
  maxRetryProbability: 0.99,
  /** Lognormal CV and gamma shape: beyond these the tail is a numerical accident, not a workload. */
  maxCv: 10,
  minGammaShape: 0.01,
  /** Day busyness CV: 0 means none; below 0.01 the Gamma shape 1/CV² is no longer a finite number. */
  minBusynessCv: 0.01,
  maxBusynessCv: 3,
  /** All agents together (groups, shifts and staff): the page's floor and the run's memory are sized for it. */
  maxTotalAgents: 20_000,
} as const;

export const nonNegativeSeconds = z.number().finite().nonnegative();
export const positiveSeconds = z.number().finite().positive();
/** A parameter of a random duration: finite, and at most a day. */
const atMostADay = { error: `must be at most ${LIMITS.maxDurationSeconds} seconds (a day)` };
const durationParam = z.number().finite().nonnegative().max(LIMITS.maxDurationSeconds, atMostADay);
const positiveDurationParam = z.number().finite().positive().max(LIMITS.maxDurationSeconds, atMostADay);
export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a lowercase id of letters, digits, "-" or "_"')
  .max(64);

/** A random duration in seconds, as tagged data. */
export const distributionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exponential'), meanSeconds: positiveDurationParam }),
  z.strictObject({ kind: z.literal('deterministic'), valueSeconds: durationParam }),
  z
    .strictObject({ kind: z.literal('uniform'), minSeconds: durationParam, maxSeconds: durationParam })
    .superRefine((d, ctx) => {
      if (d.maxSeconds < d.minSeconds)
        ctx.addIssue({
          code: 'custom',
          path: ['maxSeconds'],
          message: `must be at least minSeconds (got ${d.maxSeconds} < ${d.minSeconds})`,
        });
    }),
  /** Lognormal given by its mean and coefficient of variation (std dev ÷ mean). */
  z.strictObject({
    kind: z.literal('lognormal'),
    meanSeconds: positiveDurationParam,
    cv: z.number().finite().positive().max(LIMITS.maxCv),
  }),
  /** Gamma given by its mean and shape k (CV = 1/√k). */
  z.strictObject({
    kind: z.literal('gamma'),
    meanSeconds: positiveDurationParam,
    shape: z.number().finite().min(LIMITS.minGammaShape).max(1e6),
  }),
  /** Erlang-k: a gamma with integer shape, the sum of k exponential phases. */
  z.strictObject({
    kind: z.literal('erlang'),
    meanSeconds: positiveDurationParam,
    k: z.number().int().min(1).max(1000),
  }),
  /**
   * An empirical table. Without `interpolate`, a draw picks one of `valuesSeconds` with probability
   * proportional to `weights` (equal weights if absent). With `interpolate`, values are sorted and the draw
   * interpolates linearly between consecutive values (a piecewise-linear CDF; weights are then not allowed).
   */
  z
    .strictObject({
      kind: z.literal('empirical'),
      valuesSeconds: z.array(durationParam).min(1).max(100_000),
      weights: z.array(z.number().finite().nonnegative()).optional(),
      interpolate: z.boolean().optional(),
    })
    .superRefine((d, ctx) => {
      if (d.weights !== undefined) {
        if (d.interpolate)
          ctx.addIssue({ code: 'custom', path: ['weights'], message: 'cannot be used with interpolate' });
        if (d.weights.length !== d.valuesSeconds.length)
          ctx.addIssue({
            code: 'custom',
            path: ['weights'],
            message: `must have one weight per value (got ${d.weights.length} weights for ${d.valuesSeconds.length} values)`,
          });
        else if (!d.weights.some((w) => w > 0))
          ctx.addIssue({ code: 'custom', path: ['weights'], message: 'must contain at least one positive weight' });
      }
      if (d.interpolate && d.valuesSeconds.length < 2)
        ctx.addIssue({ code: 'custom', path: ['valuesSeconds'], message: 'needs at least 2 values to interpolate' });
    }),
]);

export const probability = z.number().min(0).max(1);

/** Seconds from the start of a day (up to two days, for shifts that run past midnight). */
export const timeOfDaySeconds = z
  .number()
  .finite()
  .min(0)
  .max(2 * 86_400);
