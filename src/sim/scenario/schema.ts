// The scenario format, version 2: the single source of truth for what a scenario may contain.
// Types are inferred from the schema. Pure data, no DOM. Documented field by field in docs/scenario-format.md.
import { z } from 'zod';
import { coachingSchema, fatigueSchema, qaSchema, staffSchema, structureSchema } from './organisation-schema';
import { isPooledGroup, validateOrganisation } from './organisation-rules';
import { validateRoutingOrders } from './routing-rules';
import {
  distributionSchema,
  id,
  nonNegativeSeconds,
  positiveSeconds,
  probability,
  timeOfDaySeconds,
  LIMITS,
} from './primitives';

export { LIMITS };

export const SCHEMA_VERSION = 2;

export { distributionSchema };

export const horizonSchema = z.discriminatedUnion('kind', [
  /** Arrivals stop after `seconds` of simulated time. */
  z.strictObject({
    kind: z.literal('duration'),
    seconds: positiveSeconds.max(LIMITS.maxHorizonSeconds, {
      error: `must be at most ${LIMITS.maxHorizonSeconds} (366 days)`,
    }),
    drain: z.boolean().optional(),
  }),
  /** Arrivals stop after `count` calls have arrived (warm-up calls included). */
  z.strictObject({
    kind: z.literal('calls'),
    count: z.number().int().positive().max(1e9),
    drain: z.boolean().optional(),
  }),
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

/** Department kinds from the domain reference (DOMAIN.md): they label zones and reports. */
export const departmentKinds = [
  'customer-service',
  'technical-support',
  'sales',
  'account-management',
  'escalation',
  'language-support',
  'inbound',
  'outbound',
] as const;

export const departmentSchema = z.strictObject({
  id,
  name: z.string().max(120).optional(),
  kind: z.enum(departmentKinds).optional(),
  /** How the department is organised (hierarchical or self-managed); see docs/organisation.md. */
  structure: structureSchema.optional(),
});

export const queueSchema = z.strictObject({
  id,
  name: z.string().max(120).optional(),
  /** The department the queue belongs to (for reports and the floor); optional. */
  department: id.optional(),
  /**
   * Callback offer (virtual hold): a caller whose expected wait on arrival exceeds `offerAfterSeconds` is
   * offered a callback and accepts with `acceptProbability`. An accepting caller hangs up (freeing the line),
   * keeps the place in the queue and never abandons; the agent who reaches that place calls back.
   */
  callback: z.strictObject({ offerAfterSeconds: nonNegativeSeconds, acceptProbability: probability }).optional(),
  /** Higher is served first when an agent could take calls from several queues. Default 0. */
  priority: z.number().int().min(-1000).max(1000).optional(),
  /**
   * Which idle agent takes a new call of this queue; default `routing.policy`. `longest-idle`,
   * `most-proficient` (the longest idle of the most proficient group), `random-agent` (every idle agent of the
   * serving groups equally likely: a group is drawn in proportion to its idle agents) or `random-group` (every
   * serving group with an idle agent equally likely). The drawn group's longest-idle agent answers.
   */
  agentSelection: z.enum(['longest-idle', 'most-proficient', 'random-agent', 'random-group']).optional(),
  /**
   * An ordered list of the groups that serve this queue (overflow on arrival, the N-design): a new call goes
   * to the first listed group with an idle agent; serving groups not listed come after, by `agentSelection`.
   */
  groupOrder: z.array(id).min(1).max(1000).optional(),
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
    atSeconds: z.array(nonNegativeSeconds.max(LIMITS.maxHorizonSeconds)).max(1_000_000).optional(),
  })
  .superRefine((a, ctx) => {
    if ((a.callsPerHour === undefined) === (a.atSeconds === undefined))
      ctx.addIssue({ code: 'custom', path: [], message: 'must give exactly one of callsPerHour and atSeconds' });
  });

/** True when a call type's arrival process produces at least one call. */
export function hasArrivals(arrivals: z.infer<typeof arrivalsSchema>): boolean {
  return (arrivals.callsPerHour ?? []).some((r) => r > 0) || (arrivals.atSeconds ?? []).length > 0;
}

/** A delay whose mean is at least LIMITS.minDelayMeanSeconds, so a caller never tries again at the same instant. */
const delaySchema = distributionSchema.superRefine((d, ctx) => {
  // A delay its own schema refuses is not reported twice (zod runs this check on a failed object too).
  if (!distributionSchema.safeParse(d).success) return;
  const mean = meanOf(d);
  if (!(mean >= LIMITS.minDelayMeanSeconds))
    ctx.addIssue({
      code: 'custom',
      message: `must last at least ${LIMITS.minDelayMeanSeconds} second on average (got a mean of ${Number(mean.toPrecision(4))})`,
    });
});

/**
 * A retrial: the probability stays below 1, so a caller who can never be answered stops trying (LIMITS). A
 * repeat contact may have probability 1, as only unresolved customers call again; the scenario's own check
 * refuses a customer who could never be resolved.
 */
const retryProbability = probability.max(LIMITS.maxRetryProbability, {
  error: `must be at most ${LIMITS.maxRetryProbability} (a caller who always tries again never leaves)`,
});
const retryRuleFields = {
  probability: retryProbability,
  delay: delaySchema,
  /** The probability of the k-th retry (entry k − 1, the last for later ones), instead of `probability`. */
  probabilityByAttempt: z.array(retryProbability).min(1).max(100).optional(),
};
const retrialSchema = z.strictObject({
  ...retryRuleFields,
  /** After a busy signal: a rule of its own (default: the same as after abandoning). */
  afterBusy: z.strictObject(retryRuleFields).optional(),
});
const repeatSchema = z.strictObject({ probability, delay: delaySchema });

/** Mean of a duration distribution, in seconds; a copy of the engine's rule kept here so the schema needs no engine. */
function meanOf(d: z.infer<typeof distributionSchema>): number {
  switch (d.kind) {
    case 'deterministic':
      return d.valueSeconds;
    case 'uniform':
      return (d.minSeconds + d.maxSeconds) / 2;
    case 'empirical': {
      const v = d.valuesSeconds;
      if (d.interpolate) {
        // Each gap between sorted neighbours is equally likely, and a draw falls uniformly inside it.
        const sorted = [...v].sort((a, b) => a - b);
        let sum = 0;
        for (let i = 1; i < sorted.length; i++) sum += (sorted[i]! + sorted[i - 1]!) / 2;
        return sum / (sorted.length - 1);
      }
      const w = d.weights ?? v.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      return v.reduce((acc, x, i) => acc + x * w[i]!, 0) / total;
    }
    case 'exponential':
    case 'lognormal':
    case 'gamma':
    case 'erlang':
      return d.meanSeconds;
  }
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
  /**
   * Balking: a caller who finds no idle agent hears the queue (its length, or the wait announced from it) and
   * hangs up at once with probability `probabilityByWaiting[n]`, n being the callers already waiting (the
   * last entry for longer queues). A balking caller counts as abandoned after 0 s and may retry.
   */
  balking: z.strictObject({ probabilityByWaiting: z.array(probability).min(1).max(1000) }).optional(),
  /** The IVR node where these callers enter the menu; absent means they reach the queue directly. */
  ivr: id.optional(),
  /**
   * Share of contacts resolved by a proficiency-1 agent (default 1). With proficiency p the unresolved share
   * is (1 − probability) ÷ p, capped at 1.
   */
  resolution: z.strictObject({ probability }).optional(),
  /**
   * With this probability (× 1 ÷ the agent's proficiency, capped at 1) the agent puts the caller on hold after
   * talking, to consult a colleague or a team lead, for `duration`.
   */
  consult: z.strictObject({ probability, duration: distributionSchema }).optional(),
  /** An unresolved customer calls again with this probability after this delay: a repeat contact. */
  repeat: repeatSchema.optional(),
  /** A caller who abandons (or gets a busy signal) tries again with this probability after this delay. */
  retrial: retrialSchema.optional(),
  /**
   * After talking, the agent transfers the call to another queue with this probability (÷ the agent's
   * proficiency, capped at 1): cold — the caller waits in the target queue; warm — the agent stays on hold
   * until a target agent answers (at most 5 minutes), then both talk for `conference`. The target agent's
   * talk time is `talk`. A transfer into a queue of an escalation department counts as an escalation.
   */
  transfer: z
    .strictObject({
      probability,
      to: id,
      mode: z.enum(['cold', 'warm']),
      talk: distributionSchema,
      conference: distributionSchema.optional(),
    })
    .optional(),
});

/**
 * One node of the IVR menu. A caller hears the prompt, then may hang up, finish in self-service
 * (containment), go on to a sub-menu, or — at a node without options — reach their call type's queue,
 * possibly the wrong one (misroute). Hanging up and self-service are one draw over every caller who reaches
 * the node: hang up with hangUpProbability, else self-service with selfService.probability, else go on.
 */
export const ivrNodeSchema = z
  .strictObject({
    id,
    name: z.string().max(120).optional(),
    /** Time spent on this node's prompt and the caller's key press. */
    prompt: distributionSchema,
    /** Share of the callers reaching this node who hang up after the prompt (IVR abandonment). Default 0. */
    hangUpProbability: probability.optional(),
    /**
     * Self-service offered at this node: the share of the callers reaching the node (not of those who did not
     * hang up) who complete it, and how long it takes. With hangUpProbability it must not exceed 1.
     */
    selfService: z.strictObject({ probability, duration: distributionSchema }).optional(),
    /** Sub-menus, chosen with the given probabilities (they must sum to 1). Absent: the caller goes to a queue. */
    options: z
      .array(z.strictObject({ next: id, probability }))
      .min(1)
      .max(20)
      .optional(),
    /** At a node without options: probability that the caller lands in a wrong queue. Default 0. */
    misrouteProbability: probability.optional(),
  })
  .superRefine((n, ctx) => {
    if (n.options) {
      const sum = n.options.reduce((a, o) => a + o.probability, 0);
      // An empty list is already reported as too short; a "sum" of 0 would only repeat it.
      // The sum is rounded for display: 0.1 + 0.2 should read 0.3, not 0.30000000000000004.
      if (n.options.length > 0 && Math.abs(sum - 1) > 1e-9)
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `probabilities must sum to 1 (got ${Number(sum.toFixed(6))})`,
        });
      if (n.misrouteProbability !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['misrouteProbability'],
          message: 'applies only to a node without options',
        });
    }
    const hangUp = n.hangUpProbability ?? 0;
    const selfService = n.selfService?.probability ?? 0;
    if (hangUp + selfService > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['selfService', 'probability'],
        message: `together with hangUpProbability must not exceed 1 (got ${hangUp} + ${selfService} = ${Number((hangUp + selfService).toFixed(6))})`,
      });
  });

export const ivrSchema = z.strictObject({ nodes: z.array(ivrNodeSchema).min(1).max(500) });

export const agentGroupSchema = z.strictObject({
  id,
  name: z.string().max(120).optional(),
  /** Queues this group answers, at least one. */
  queues: z.array(id).min(1),
  /** Agents logged in for the whole run, besides any who work scheduled shifts (`schedule`). */
  agents: z.number().int().min(0).max(100_000),
  /** What the group's people are; team leads and supervisors are drawn apart on the floor. Default agent. */
  role: z.enum(['agent', 'specialist', 'team-lead']).optional(),
  /**
   * Proficiency per queue (default 1, the call type's nominal agent): talk time is divided by it, so 1.25 is
   * 20% faster and 0.5 takes twice as long. A language is a queue, hence a skill, too.
   */
  proficiency: z.record(id, z.number().min(0.1).max(3)).optional(),
  /** Loaded cost of one of these people per paid hour; default `costs.defaultHourlyCost`. */
  hourlyCost: z.number().finite().min(0).max(10_000).optional(),
  /**
   * A learning curve for new hires: each agent's proficiency is multiplied by an efficiency that starts at
   * `startEfficiency` and closes half of its gap to 1 every `halfwayCalls` calls the agent answers
   * (efficiency = 1 − (1 − start) × 2^(−calls ÷ halfwayCalls)). New hires run at about 53% of a tenured agent
   * in month one and reach parity after 8–12 months (DOMAIN.md, Cinareo).
   */
  learning: z
    .strictObject({ startEfficiency: z.number().min(0.1).max(1), halfwayCalls: z.number().positive().max(1e7) })
    .optional(),
  /**
   * The order in which a freed agent of this group takes waiting calls: the listed queues first, in this order,
   * then its other queues by priority. Default: by the queues' priorities (ties: the longest-waiting head).
   */
  queueOrder: z.array(id).min(1).max(1000).optional(),
  /**
   * A score that grows with waiting time, so long waiters of a low class are not starved: a freed agent takes
   * the queue whose head has the highest base + waitWeightPerSecond × wait in seconds, where base is the
   * queue's priority (with `queueOrder`, its rank: the first listed queue highest). Default 0: strict order.
   */
  waitWeightPerSecond: z.number().finite().min(0).max(1000).optional(),
});

export const breakKinds = ['break', 'lunch'] as const;
export const activityKinds = ['training', 'coaching', 'meeting', 'qa-review'] as const;

/**
 * A shift worked every day of the run by `agents` people of a group: logged in from startAt to endAt
 * (seconds from the start of each day), with scheduled breaks and off-phone activities. An agent finishes the
 * current call before a break, an activity or the end of the shift.
 */
export const shiftSchema = z
  .strictObject({
    group: id,
    agents: z.number().int().min(0).max(100_000),
    startAt: timeOfDaySeconds,
    endAt: timeOfDaySeconds,
    breaks: z
      .array(z.strictObject({ kind: z.enum(breakKinds), startAt: timeOfDaySeconds, durationSeconds: positiveSeconds }))
      .max(20)
      .optional(),
    activities: z
      .array(
        z.strictObject({
          kind: z.enum(activityKinds),
          startAt: timeOfDaySeconds,
          durationSeconds: positiveSeconds,
          /** Calls of experience the session adds to each attendee's learning curve (training, coaching). */
          experienceCalls: z.number().min(0).max(100_000).optional(),
        }),
      )
      .max(20)
      .optional(),
    /** Probability that a scheduled agent does not show up on a given day (absenteeism). Default 0. */
    absenceProbability: probability.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.endAt <= s.startAt)
      ctx.addIssue({
        code: 'custom',
        path: ['endAt'],
        message: `must be after startAt (got ${s.endAt} <= ${s.startAt})`,
      });
    if (s.endAt - s.startAt > 86_400)
      ctx.addIssue({ code: 'custom', path: ['endAt'], message: 'a shift lasts at most 24 hours' });
    const blocks = [
      ...(s.breaks ?? []).map((b, i) => ({ ...b, path: ['breaks', i] as const })),
      ...(s.activities ?? []).map((a, i) => ({ ...a, path: ['activities', i] as const })),
    ];
    // Each problem is reported on the field to change: a start outside the shift on startAt, a block that
    // starts inside but runs past the end on durationSeconds.
    for (const b of blocks) {
      const endAt = b.startAt + b.durationSeconds;
      if (b.startAt < s.startAt)
        ctx.addIssue({
          code: 'custom',
          path: [...b.path, 'startAt'],
          message: `must not be before the shift's startAt (got ${b.startAt} < ${s.startAt})`,
        });
      else if (b.startAt >= s.endAt)
        ctx.addIssue({
          code: 'custom',
          path: [...b.path, 'startAt'],
          message: `must be before the shift's endAt (got ${b.startAt} >= ${s.endAt})`,
        });
      else if (endAt > s.endAt)
        ctx.addIssue({
          code: 'custom',
          path: [...b.path, 'durationSeconds'],
          message: `ends after the shift's endAt (got ${b.startAt} + ${b.durationSeconds} = ${endAt} > ${s.endAt})`,
        });
    }
    // Every pair, not only neighbours in time: a long block can overlap several later ones. The later-starting
    // block of a pair carries the issue, which names the other one.
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i]!;
        const b = blocks[j]!;
        if (a.startAt >= b.startAt + b.durationSeconds || b.startAt >= a.startAt + a.durationSeconds) continue;
        const [later, other] = b.startAt >= a.startAt ? [b, a] : [a, b];
        ctx.addIssue({
          code: 'custom',
          path: [...later.path, 'startAt'],
          message: `overlaps ${other.path[0]}[${other.path[1]}] (${other.kind}, ${other.startAt} to ${other.startAt + other.durationSeconds})`,
        });
      }
    }
  });

export const routingSchema = z.strictObject({
  /**
   * Which idle agent takes a new call: the one idle longest (fair), or the most proficient for the call's
   * queue, idle longest among equals.
   */
  policy: z.enum(['longest-idle', 'most-proficient']),
  /**
   * Overflow: a caller still waiting in `queue` after `afterSeconds` may also be answered by `groups`
   * (secondary skill groups), as if their own queue of the same priority.
   */
  overflow: z
    .array(z.strictObject({ queue: id, afterSeconds: nonNegativeSeconds, groups: z.array(id).min(1) }))
    .max(1000)
    .optional(),
});

export const costsSchema = z.strictObject({
  /** ISO 4217 code, for display. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code such as USD'),
  /** Loaded cost per paid hour of a person whose group sets no hourlyCost. */
  defaultHourlyCost: z.number().finite().min(0).max(10_000),
});

/**
 * Default loaded hourly cost: the average US agent salary of $36,771 a year (salary.com, DOMAIN.md) over
 * 2,080 paid hours is $17.68; labour overheads (benefits, taxes, seat) of 30% make $22.98.
 */
export const DEFAULT_COSTS = { currency: 'USD', defaultHourlyCost: 22.98 } as const;

export const busynessSchema = z.strictObject({
  /** Coefficient of variation of the day-level busyness factor (Gamma with mean 1); 0 disables it. */
  cv: z
    .number()
    .finite()
    .max(LIMITS.maxBusynessCv)
    .superRefine((cv, ctx) => {
      if (cv !== 0 && cv < LIMITS.minBusynessCv)
        ctx.addIssue({
          code: 'custom',
          message: `must be 0 (no day-to-day variation) or from ${LIMITS.minBusynessCv} to ${LIMITS.maxBusynessCv} (got ${cv})`,
        });
    }),
});

function addDuplicateIssues(
  items: readonly { id: string }[],
  key: string | readonly string[],
  ctx: z.RefinementCtx,
): Set<string> {
  const seen = new Set<string>();
  const prefix = typeof key === 'string' ? [key] : key;
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [...prefix, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

/** A scenario's name and description in one more language; absent fields fall back to the English ones. */
export const scenarioTextSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  description: z.string().max(5000).optional(),
});

/** Translations the app shows in Italian, Spanish, Romanian and Russian; a file with none works everywhere. */
export const translationsSchema = z.strictObject({
  it: scenarioTextSchema.optional(),
  es: scenarioTextSchema.optional(),
  ro: scenarioTextSchema.optional(),
  ru: scenarioTextSchema.optional(),
});

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    name: z.string().min(1).max(200),
    description: z.string().max(5000).optional(),
    translations: translationsSchema.optional(),
    /** The clock time of day at t = 0, seconds after midnight (28800 for 08:00): charts and tables show times of day. */
    clockStartAt: timeOfDaySeconds.optional(),
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
    departments: z.array(departmentSchema).max(100).optional(),
    queues: z.array(queueSchema).min(1).max(1000),
    callTypes: z.array(callTypeSchema).min(1).max(1000),
    ivr: ivrSchema.optional(),
    agentGroups: z.array(agentGroupSchema).min(1).max(1000),
    schedule: z.array(shiftSchema).max(5000).optional(),
    routing: routingSchema.optional(),
    costs: costsSchema.optional(),
    /** Lines into the centre: callers in the IVR, waiting or talking hold one; the next caller gets a busy signal. */
    trunkLines: z.number().int().min(1).max(1_000_000).optional(),
    coaching: coachingSchema.optional(),
    qa: qaSchema.optional(),
    staff: z.array(staffSchema).max(100).optional(),
    fatigue: fatigueSchema.optional(),
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
    const departmentIds = addDuplicateIssues(s.departments ?? [], 'departments', ctx);
    s.queues.forEach((q, i) => {
      if (q.department !== undefined && !departmentIds.has(q.department))
        ctx.addIssue({
          code: 'custom',
          path: ['queues', i, 'department'],
          message: `unknown department "${q.department}"`,
        });
    });
    s.agentGroups.forEach((g, i) => {
      for (const q of Object.keys(g.proficiency ?? {})) {
        // A key that is no queue at all is most likely a typo: say so, rather than "not served".
        if (!queueIds.has(q))
          ctx.addIssue({ code: 'custom', path: ['agentGroups', i, 'proficiency', q], message: `unknown queue "${q}"` });
        else if (!g.queues.includes(q) && !(isPooledGroup(s, g) && sameDepartment(s, g.queues[0], q)))
          ctx.addIssue({
            code: 'custom',
            path: ['agentGroups', i, 'proficiency', q],
            message: 'is for a queue the group does not serve',
          });
      }
    });
    const groupIds = new Set(s.agentGroups.map((g) => g.id));
    (s.schedule ?? []).forEach((shift, i) => {
      if (!groupIds.has(shift.group))
        ctx.addIssue({
          code: 'custom',
          path: ['schedule', i, 'group'],
          message: `unknown agent group "${shift.group}"`,
        });
    });
    const nodeIds = addDuplicateIssues(s.ivr?.nodes ?? [], ['ivr', 'nodes'], ctx);
    (s.ivr?.nodes ?? []).forEach((n, i) => {
      n.options?.forEach((o, j) => {
        if (!nodeIds.has(o.next))
          ctx.addIssue({
            code: 'custom',
            path: ['ivr', 'nodes', i, 'options', j, 'next'],
            message: `unknown IVR node "${o.next}"`,
          });
      });
    });
    s.callTypes.forEach((ct, i) => {
      if (ct.ivr !== undefined && !nodeIds.has(ct.ivr))
        ctx.addIssue({ code: 'custom', path: ['callTypes', i, 'ivr'], message: `unknown IVR node "${ct.ivr}"` });
    });
    s.callTypes.forEach((ct, i) => {
      if (ct.transfer && !queueIds.has(ct.transfer.to))
        ctx.addIssue({
          code: 'custom',
          path: ['callTypes', i, 'transfer', 'to'],
          message: `unknown queue "${ct.transfer.to}"`,
        });
      if (ct.transfer && ct.transfer.to === ct.queue)
        ctx.addIssue({
          code: 'custom',
          path: ['callTypes', i, 'transfer', 'to'],
          message: "must differ from the call type's own queue",
        });
      if (ct.transfer?.mode === 'cold' && ct.transfer.conference !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['callTypes', i, 'transfer', 'conference'],
          message: 'applies only to a warm transfer',
        });
      if (ct.transfer?.mode === 'warm' && ct.transfer.conference === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['callTypes', i, 'transfer', 'conference'],
          message: 'is required for a warm transfer',
        });
    });
    validateRoutingOrders(s, ctx);
    const overflowQueues = new Set<string>();
    (s.routing?.overflow ?? []).forEach((o, i) => {
      if (overflowQueues.has(o.queue))
        ctx.addIssue({
          code: 'custom',
          path: ['routing', 'overflow', i, 'queue'],
          message: `has an overflow rule already ("${o.queue}")`,
        });
      overflowQueues.add(o.queue);
      if (!queueIds.has(o.queue))
        ctx.addIssue({
          code: 'custom',
          path: ['routing', 'overflow', i, 'queue'],
          message: `unknown queue "${o.queue}"`,
        });
      o.groups.forEach((g, j) => {
        if (!s.agentGroups.some((ag) => ag.id === g))
          ctx.addIssue({
            code: 'custom',
            path: ['routing', 'overflow', i, 'groups', j],
            message: `unknown agent group "${g}"`,
          });
      });
    });
    validateOrganisation(s, ctx);
    const cycle = findIvrCycle(s.ivr?.nodes ?? []);
    if (cycle !== undefined)
      ctx.addIssue({ code: 'custom', path: ['ivr', 'nodes'], message: `the menu loops: ${cycle.join(' → ')}` });
    const scheduledGroups = new Set((s.schedule ?? []).filter((sh) => sh.agents > 0).map((sh) => sh.group));
    const staffed = new Set(
      s.agentGroups.filter((g) => g.agents > 0 || scheduledGroups.has(g.id)).flatMap((g) => g.queues),
    );
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
    s.callTypes.forEach((ct, i) => {
      if (ct.repeat === undefined || ct.resolution === undefined) return;
      // The least proficient agent who may answer: unresolved share = (1 − resolution) ÷ proficiency, capped at 1.
      const weakest = Math.min(
        ...s.agentGroups
          .filter((g) => g.queues.includes(ct.queue))
          .map((g) => (g.proficiency?.[ct.queue] ?? 1) * (g.learning?.startEfficiency ?? 1)),
      );
      const unresolved = Math.min(1, (1 - ct.resolution.probability) / weakest);
      if (ct.repeat.probability * unresolved >= 1)
        ctx.addIssue({
          code: 'custom',
          path: ['callTypes', i, 'repeat', 'probability'],
          message: `with resolution ${ct.resolution.probability} every contact may stay unresolved and call again, for ever: lower it below 1 or raise resolution.probability`,
        });
    });
    const totalAgents =
      s.agentGroups.reduce((n, g) => n + g.agents, 0) + (s.schedule ?? []).reduce((n, sh) => n + sh.agents, 0);
    if (totalAgents > LIMITS.maxTotalAgents)
      ctx.addIssue({
        code: 'custom',
        path: ['agentGroups'],
        message: `at most ${LIMITS.maxTotalAgents} agents in all, groups and shifts together (got ${totalAgents})`,
      });
    if (s.horizon.kind === 'duration' && s.warmupSeconds !== undefined && s.warmupSeconds >= s.horizon.seconds)
      ctx.addIssue({
        code: 'custom',
        path: ['warmupSeconds'],
        message: `must be shorter than horizon.seconds (got ${s.warmupSeconds} >= ${s.horizon.seconds})`,
      });
  });

/** True when both queues exist and belong to one department. */
function sameDepartment(
  s: { queues: readonly { id: string; department?: string | undefined }[] },
  a: string | undefined,
  b: string,
): boolean {
  const da = s.queues.find((q) => q.id === a)?.department;
  return da !== undefined && da === s.queues.find((q) => q.id === b)?.department;
}

/** A path of node ids that returns to its start, if the menu has one (a caller would never leave the IVR). */
function findIvrCycle(
  nodes: readonly { id: string; options?: { next: string }[] | undefined }[],
): string[] | undefined {
  const next = new Map(nodes.map((n) => [n.id, (n.options ?? []).map((o) => o.next)]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const n of next.get(id) ?? []) {
      const found = visit(n);
      if (found) return found;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const n of nodes) {
    const found = visit(n.id);
    if (found) return found;
  }
  return undefined;
}

export type Distribution = z.infer<typeof distributionSchema>;
export type Horizon = z.infer<typeof horizonSchema>;
export type ServiceLevelConvention = (typeof serviceLevelConventions)[number];
export type QueueSpec = z.infer<typeof queueSchema>;
export type CallTypeSpec = z.infer<typeof callTypeSchema>;
export type AgentGroupSpec = z.infer<typeof agentGroupSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type DepartmentSpec = z.infer<typeof departmentSchema>;
export type IvrNodeSpec = z.infer<typeof ivrNodeSchema>;
export type ShiftSpec = z.infer<typeof shiftSchema>;
