// How the floor is organised, as scenario data: a structure per department (hierarchical or self-managed), and
// the people who take no calls but act on the floor (team leads coaching, QA analysts, support staff), plus
// optional fatigue. Every mechanism is an explicit parameter, off when absent; docs/organisation.md gives each
// one's rationale and sources. Pure data, no DOM.
import { z } from 'zod';
import { distributionSchema, id, positiveSeconds, probability, timeOfDaySeconds } from './primitives';

const hourlyCost = z.number().finite().min(0).max(10_000);
const minutes = (min: number, max: number) => z.number().finite().min(min).max(max);

/**
 * Span of control sizes the team-lead group: ceil(agents of the department ÷ agentsPerLead) leads, logged in
 * for the whole run. The department's agents are the people of its agent groups (role agent or specialist):
 * their fixed `agents` plus the people of their shifts.
 */
export const teamLeadsSchema = z.strictObject({ group: id, agentsPerLead: z.number().int().min(1).max(200) });

/** Supervisors take no calls; ceil(agents ÷ agentsPerSupervisor) of them cost `hourlyCost` each for the whole run. */
export const supervisorsSchema = z.strictObject({ agentsPerSupervisor: z.number().int().min(1).max(500), hourlyCost });

/**
 * Hierarchical reassignment: every `everyMinutes` a supervisor (or the WFM planner) looks at the department's
 * queues; for each queue with more than `waitingAbove` callers waiting, `moveAgents` agents of a group of the
 * department that does not serve it (the one with most idle agents) are moved to a group that does, after
 * `reactionDelayMinutes`.
 */
export const reviewSchema = z.strictObject({
  everyMinutes: minutes(5, 1440),
  reactionDelayMinutes: minutes(0, 1440),
  waitingAbove: z.number().int().min(0).max(100_000),
  moveAgents: z.number().int().min(1).max(1000),
});

/** A team meeting every day at `startAt` (seconds from the start of the day): the team goes off the phones. */
export const meetingSchema = z.strictObject({ startAt: timeOfDaySeconds, durationSeconds: positiveSeconds });

export const hierarchicalSchema = z.strictObject({
  kind: z.literal('hierarchical'),
  teamLeads: teamLeadsSchema.optional(),
  supervisors: supervisorsSchema.optional(),
  review: reviewSchema.optional(),
});

export const selfManagedSchema = z.strictObject({
  kind: z.literal('self-managed'),
  teamLeads: teamLeadsSchema.optional(),
  supervisors: supervisorsSchema.optional(),
  /**
   * Dynamic pooling: every agent group of the department also answers the department's other queues, at
   * `crossQueueProficiency` (talk time divided by it) unless its `proficiency` names the queue.
   */
  pooling: z.strictObject({ crossQueueProficiency: z.number().min(0.1).max(3) }).optional(),
  /**
   * Before escalating a call, the agent consults an idle peer of the same group (both busy, the caller on hold
   * for `duration`); with `resolveProbability` the two resolve it and the escalation is avoided. With no idle
   * peer the call is escalated at once.
   */
  peerConsult: z.strictObject({ resolveProbability: probability, duration: distributionSchema }).optional(),
  /**
   * A break falling due while more than `waitingAbove` callers wait in the department's queues is put off a
   * minute at a time, for at most `maxDelayMinutes`; it then lasts its full length.
   */
  breakShifting: z
    .strictObject({ waitingAbove: z.number().int().min(0).max(100_000), maxDelayMinutes: minutes(1, 240) })
    .optional(),
  /** Learning curves of the department's groups close their gap `learningSpeedup` times faster. */
  knowledgeSharing: z.strictObject({ learningSpeedup: z.number().min(1).max(10) }).optional(),
  meetings: z.array(meetingSchema).max(20).optional(),
});

export const structureSchema = z.discriminatedUnion('kind', [hierarchicalSchema, selfManagedSchema]);

/**
 * Team leads coach: every `everyMinutes`, each idle lead of group `leads` takes the idle agent of `groups` with
 * the lowest learning efficiency off the phones for `durationSeconds`; the agent gains `experienceCalls` calls
 * of experience on its learning curve.
 */
export const coachingSchema = z.strictObject({
  leads: id,
  groups: z.array(id).min(1).max(1000),
  everyMinutes: minutes(5, 1440),
  durationSeconds: positiveSeconds,
  experienceCalls: z.number().min(0).max(100_000),
});

/**
 * QA analysts each review one call every `reviewMinutes` (an agent of `groups`, or of every group, drawn at
 * random among those who have answered a call); the agent then owes a feedback session of `feedbackSeconds`
 * off the phones, taken when next free, which adds `experienceCalls` to its learning curve.
 */
export const qaSchema = z.strictObject({
  analysts: z.number().int().min(1).max(1000),
  reviewMinutes: minutes(1, 1440),
  feedbackSeconds: positiveSeconds,
  experienceCalls: z.number().min(0).max(100_000),
  groups: z.array(id).min(1).max(1000).optional(),
  hourlyCost,
});

export const staffRoles = ['manager', 'trainer', 'wfm-planner', 'hr', 'it-support'] as const;

/** People who take no calls and cost money for the whole run (their work on the floor is modelled elsewhere). */
export const staffSchema = z.strictObject({
  role: z.enum(staffRoles),
  count: z.number().int().min(0).max(100_000),
  hourlyCost,
});

/**
 * Optional fatigue: an agent whose occupancy over a quarter hour exceeds `occupancyAbove` slows down by
 * `slowdownPerHour` (a share of its speed, per hour of such work), recovers by `recoveryPerHour` otherwise, never
 * beyond `maxSlowdown`; on each new day the absence probability of its shift rises by `absenceIncrease` times
 * its slowdown ÷ maxSlowdown.
 */
export const fatigueSchema = z.strictObject({
  occupancyAbove: z.number().min(0).max(1),
  slowdownPerHour: z.number().min(0).max(1),
  recoveryPerHour: z.number().min(0).max(1),
  maxSlowdown: z.number().min(0).max(0.9),
  absenceIncrease: probability,
});

export type StructureSpec = z.infer<typeof structureSchema>;
export type CoachingSpec = z.infer<typeof coachingSchema>;
export type QaSpec = z.infer<typeof qaSchema>;
export type StaffSpec = z.infer<typeof staffSchema>;
export type FatigueSpec = z.infer<typeof fatigueSchema>;
