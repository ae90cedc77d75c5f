// The scenario format, version 1: the single source of truth for what a scenario may contain.
// Types are inferred from the schema. Pure data, no DOM. Documented field by field in docs/scenario-format.md.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const nonNegativeSeconds = z.number().finite().nonnegative();
const positiveSeconds = z.number().finite().positive();
const id = z
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
        if (d.interpolate) ctx.addIssue({ code: 'custom', path: ['weights'], message: 'cannot be used with interpolate' });
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

export const horizonSchema = z.discriminatedUnion('kind', [
  /** Arrivals stop after `seconds` of simulated time. */
  z.strictObject({ kind: z.literal('duration'), seconds: positiveSeconds, drain: z.boolean().optional() }),
  /** Arrivals stop after `count` calls have arrived (warm-up calls included). */
  z.strictObject({ kind: z.literal('calls'), count: z.number().int().positive().max(1e9), drain: z.boolean().optional() }),
]);

export const serviceLevelConventions = ['excludeShortAbandons', 'offered', 'answered'] as const;

export const serviceLevelSchema = z.strictObject({
  /** Answered within this many seconds counts as "in service level". */
  thresholdSeconds: nonNegativeSeconds,
  /**
   * Target share in [0, 1), used to colour results and to size staff analytically. 1 is refused: no finite
   * staffing answers every random caller within T, so the analytic sizing would have no answer.
   */
  target: z.number().min(0).lt(1, { error: 'must be below 1 (a 100% target can never be met with random arrivals)' }),
  /** Which denominator the headline service level uses; the others are reported beside it. */
  convention: z.enum(serviceLevelConventions).optional(),
});

export const queueSchema = z.strictObject({
  id,
  name: z.string().max(120).optional(),
  /** Higher is served first when an agent could take calls from several queues. Default 0. */
  priority: z.number().int().min(-1000).max(1000).optional(),
});

export const arrivalsSchema = z
  .strictObject({
    /**
     * Poisson arrival rate per interval (calls per hour), piecewise constant; interval i covers
     * [i·intervalMinutes, (i+1)·intervalMinutes). The profile repeats when the run is longer than it.
     */
    callsPerHour: z.array(z.number().finite().nonnegative().max(1e7)).min(1).max(100_000).optional(),
    /**
     * Scripted arrivals instead of a Poisson process: the instants (seconds from the start) at which calls
     * of this type arrive, in any order. Used for exercises, replays and exact event-log tests.
     */
    atSeconds: z.array(nonNegativeSeconds).max(1_000_000).optional(),
  })
  .superRefine((a, ctx) => {
    if ((a.callsPerHour === undefined) === (a.atSeconds === undefined))
      ctx.addIssue({ code: 'custom', path: [], message: 'must give exactly one of callsPerHour and atSeconds' });
  });

/** True when a call type's arrival process produces at least one call. */
export function hasArrivals(arrivals: z.infer<typeof arrivalsSchema>): boolean {
  return (arrivals.callsPerHour ?? []).some((r) => r > 0) || (arrivals.atSeconds ?? []).length > 0;
}

export const callTypeSchema = z.strictObject({
  id,
  name: z.string().max(120).optional(),
  /** The queue these calls wait in. */
  queue: id,
  arrivals: arrivalsSchema,
  /** Talk time (agent and caller connected). */
  talk: distributionSchema,
  /** After-call work: the agent stays busy after the caller has gone. Absent means none. */
  afterCallWork: distributionSchema.optional(),
  /** Time a caller is willing to wait before hanging up. Absent means infinitely patient. */
  patience: distributionSchema.optional(),
});

export const agentGroupSchema = z.strictObject({
  id,
  name: z.string().max(120).optional(),
  /** Queues this group answers, at least one. */
  queues: z.array(id).min(1),
  /** Number of agents logged in for the whole run. */
  agents: z.number().int().min(0).max(100_000),
});

export const busynessSchema = z.strictObject({
  /** Coefficient of variation of the day-level busyness factor (Gamma with mean 1); 0 disables it. */
  cv: z.number().finite().min(0).max(5),
});

function addDuplicateIssues(items: readonly { id: string }[], key: string, ctx: z.RefinementCtx): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    name: z.string().min(1).max(200),
    description: z.string().max(5000).optional(),
    /** Seed of every random stream; the same seed and scenario give the same run. */
    seed: z.union([z.string().min(1).max(200), z.number().int()], {
      error: 'must be a text of 1 to 200 characters or a whole number',
    }),
    /** Length of a statistics and arrival-profile interval. */
    intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)], { error: 'must be 15, 30 or 60' }),
    horizon: horizonSchema,
    /** Statistics ignore calls that arrive before this instant, and time-weighted levels before it. */
    warmupSeconds: nonNegativeSeconds.optional(),
    serviceLevel: serviceLevelSchema,
    busyness: busynessSchema.optional(),
    queues: z.array(queueSchema).min(1).max(1000),
    callTypes: z.array(callTypeSchema).min(1).max(1000),
    agentGroups: z.array(agentGroupSchema).min(1).max(1000),
  })
  .superRefine((s, ctx) => {
    const queueIds = addDuplicateIssues(s.queues, 'queues', ctx);
    addDuplicateIssues(s.callTypes, 'callTypes', ctx);
    addDuplicateIssues(s.agentGroups, 'agentGroups', ctx);
    s.callTypes.forEach((ct, i) => {
      if (!queueIds.has(ct.queue))
        ctx.addIssue({ code: 'custom', path: ['callTypes', i, 'queue'], message: `unknown queue "${ct.queue}"` });
    });
    s.agentGroups.forEach((g, i) => {
      g.queues.forEach((q, j) => {
        if (!queueIds.has(q))
          ctx.addIssue({ code: 'custom', path: ['agentGroups', i, 'queues', j], message: `unknown queue "${q}"` });
      });
      if (new Set(g.queues).size !== g.queues.length)
        ctx.addIssue({ code: 'custom', path: ['agentGroups', i, 'queues'], message: 'lists a queue twice' });
    });
    const staffed = new Set(s.agentGroups.filter((g) => g.agents > 0).flatMap((g) => g.queues));
    s.callTypes.forEach((ct, i) => {
      if (queueIds.has(ct.queue) && !staffed.has(ct.queue) && ct.patience === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['callTypes', i, 'patience'],
          message: `is required: no agent serves queue "${ct.queue}", so infinitely patient callers would wait forever`,
        });
    });
    if (s.horizon.kind === 'calls' && !s.callTypes.some((ct) => hasArrivals(ct.arrivals)))
      ctx.addIssue({
        code: 'custom',
        path: ['horizon', 'count'],
        message: 'cannot be reached: no call type has any arrivals',
      });
    if (s.horizon.kind === 'duration' && s.warmupSeconds !== undefined && s.warmupSeconds >= s.horizon.seconds)
      ctx.addIssue({
        code: 'custom',
        path: ['warmupSeconds'],
        message: `must be shorter than horizon.seconds (got ${s.warmupSeconds} >= ${s.horizon.seconds})`,
      });
  });

export type Distribution = z.infer<typeof distributionSchema>;
export type Horizon = z.infer<typeof horizonSchema>;
export type ServiceLevelConvention = (typeof serviceLevelConventions)[number];
export type QueueSpec = z.infer<typeof queueSchema>;
export type CallTypeSpec = z.infer<typeof callTypeSchema>;
export type AgentGroupSpec = z.infer<typeof agentGroupSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
