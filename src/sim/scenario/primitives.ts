// The building blocks of the scenario format: ids, durations, probabilities and random distributions. Shared by
// the main schema and the organisation schema. Pure data, no DOM.
import { z } from 'zod';

export const nonNegativeSeconds = z.number().finite().nonnegative();
export const positiveSeconds = z.number().finite().positive();
export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a lowercase id of letters, digits, "-" or "_"')
  .max(64);

/** A random duration in seconds, as tagged data. */
export const distributionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exponential'), meanSeconds: positiveSeconds }),
  z.strictObject({ kind: z.literal('deterministic'), valueSeconds: nonNegativeSeconds }),
  z
    .strictObject({ kind: z.literal('uniform'), minSeconds: nonNegativeSeconds, maxSeconds: nonNegativeSeconds })
    .superRefine((d, ctx) => {
      if (d.maxSeconds < d.minSeconds)
        ctx.addIssue({
          code: 'custom',
          path: ['maxSeconds'],
          message: `must be at least minSeconds (got ${d.maxSeconds} < ${d.minSeconds})`,
        });
    }),
  /** Lognormal given by its mean and coefficient of variation (std dev ÷ mean). */
  z.strictObject({ kind: z.literal('lognormal'), meanSeconds: positiveSeconds, cv: z.number().finite().positive() }),
  /** Gamma given by its mean and shape k (CV = 1/√k). */
  z.strictObject({ kind: z.literal('gamma'), meanSeconds: positiveSeconds, shape: z.number().finite().positive() }),
  /** Erlang-k: a gamma with integer shape, the sum of k exponential phases. */
  z.strictObject({ kind: z.literal('erlang'), meanSeconds: positiveSeconds, k: z.number().int().min(1).max(1000) }),
  /**
   * An empirical table. Without `interpolate`, a draw picks one of `valuesSeconds` with probability
   * proportional to `weights` (equal weights if absent). With `interpolate`, values are sorted and the draw
   * interpolates linearly between consecutive values (a piecewise-linear CDF; weights are then not allowed).
   */
  z
    .strictObject({
      kind: z.literal('empirical'),
      valuesSeconds: z.array(nonNegativeSeconds).min(1).max(100_000),
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
