// The exercise format, version 1 (docs/exercises.md): a zod schema, strict like the scenario's, plus the rules
// that look across fields. The types live in types.ts; a compile-time check below keeps the two in step. No DOM.
import { z } from 'zod';
import { id } from '../scenario/primitives';
import { EXERCISE_SCHEMA_VERSION, type Exercise } from './types';

/** Limits checked before any work starts: an exercise is a small file. */
export const MAX_EXERCISE_SECONDS = 7 * 86_400;
const seconds = z.number().finite().min(0).max(MAX_EXERCISE_SECONDS);
const positiveSeconds = z.number().finite().positive().max(MAX_EXERCISE_SECONDS);
const money = z.number().finite().min(0).max(1e9);
const text = (max: number) => z.string().min(1).max(max);
const agents = z.number().int().min(0).max(10_000);
const weight = z.number().finite().min(0).max(1000);
const share = z.number().finite().min(0).max(1);

export const actionKinds = [
  'set-agents',
  'add-agents',
  'move-agents',
  'arrival-surge',
  'ivr-outage',
  'set-routing-policy',
  'set-structure',
] as const;

// The three kinds an inject and a decision share (a surge, an IVR outage, a head-count), written once.
const surgeSchema = z.strictObject({
  kind: z.literal('arrival-surge'),
  callType: id.optional(),
  factor: z.number().finite().positive().max(100),
  durationSeconds: positiveSeconds,
});
const outageSchema = z.strictObject({
  kind: z.literal('ivr-outage'),
  mode: z.enum(['route-to-agents', 'busy-signal']),
  durationSeconds: positiveSeconds,
});
const setAgentsSchema = z.strictObject({ kind: z.literal('set-agents'), group: id, agents });

export const actionSchema = z.discriminatedUnion('kind', [
  setAgentsSchema,
  z.strictObject({ kind: z.literal('add-agents'), group: id, agents: agents.min(1) }),
  z.strictObject({ kind: z.literal('move-agents'), from: id, to: id, agents: agents.min(1) }),
  surgeSchema,
  outageSchema,
  z.strictObject({ kind: z.literal('set-routing-policy'), policy: z.enum(['longest-idle', 'most-proficient']) }),
  z.strictObject({
    kind: z.literal('set-structure'),
    department: id,
    structure: z.enum(['hierarchical', 'self-managed', 'none']),
  }),
]);

const effectSchema = z.discriminatedUnion('kind', [
  surgeSchema,
  outageSchema,
  setAgentsSchema,
  z.strictObject({
    kind: z.literal('system-slowdown'),
    factor: z.number().finite().min(1).max(10),
    durationSeconds: positiveSeconds,
  }),
  z.strictObject({ kind: z.literal('message') }),
]);

const scorePartKinds = ['service-level', 'abandonment', 'occupancy', 'cost', 'escalations', 'response-time'] as const;
const linear = { weight, good: z.number().finite().min(0).max(1e9), zeroAt: z.number().finite().min(0).max(1e9) };
const scorePartSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('service-level'), weight }),
  z.strictObject({ kind: z.literal('abandonment'), ...linear }),
  z.strictObject({ kind: z.literal('occupancy'), weight, min: share, max: share }),
  z.strictObject({ kind: z.literal('cost'), ...linear }),
  z.strictObject({ kind: z.literal('escalations'), ...linear }),
  z.strictObject({ kind: z.literal('response-time'), ...linear }),
]);

const translationSchema = z.strictObject({
  name: text(200).optional(),
  teaches: text(2000).optional(),
  briefing: z
    .strictObject({ situation: text(5000).optional(), mayDo: z.array(text(300)).max(20).optional() })
    .optional(),
  objectives: z.record(id, text(500)).optional(),
  injects: z.record(id, z.strictObject({ title: text(120).optional(), message: text(2000).optional() })).optional(),
});

export const exerciseSchema = z.strictObject({
  schemaVersion: z.literal(EXERCISE_SCHEMA_VERSION),
  id,
  name: text(200),
  teaches: text(2000),
  scenario: id,
  seed: z.union([z.string().min(1).max(200), z.number().int()], {
    error: 'must be a text of 1 to 200 characters or a whole number',
  }),
  endSeconds: positiveSeconds,
  playSpeed: z.number().finite().min(1).max(10_000),
  briefing: z.strictObject({
    situation: text(5000),
    role: z.enum(['team-lead', 'supervisor', 'wfm-planner']),
    mayDo: z.array(text(300)).min(1).max(20),
  }),
  objectives: z
    .array(z.strictObject({ id, text: text(500), scorePart: z.enum(scorePartKinds).optional() }))
    .min(1)
    .max(20),
  decisions: z
    .array(
      z.strictObject({
        kind: z.enum(actionKinds),
        groups: z.array(id).min(1).max(100).optional(),
        delaySeconds: seconds,
        cooldownSeconds: seconds,
        costPerUse: money,
        premiumPerAgentHour: money,
      }),
    )
    .max(20),
  injects: z
    .array(
      z.strictObject({
        id,
        atSeconds: seconds,
        title: text(120),
        message: text(2000),
        effect: effectSchema,
        expected: z
          .strictObject({ action: actionSchema, withinSeconds: positiveSeconds, note: text(1000).optional() })
          .optional(),
      }),
    )
    .max(100),
  scoring: z.strictObject({ parts: z.array(scorePartSchema).min(1).max(12) }),
  translations: z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), translationSchema).optional(),
});

/** Compile-time check that a parsed exercise is an Exercise (types.ts is what crosses the worker boundary). */
export function asExercise(parsed: z.infer<typeof exerciseSchema>): Exercise {
  return parsed;
}

export interface CrossFieldIssue {
  path: string;
  message: string;
}

/** Rules across fields that need no scenario: ids unique, injects inside the day, expected actions allowed. */
export function crossFieldIssues(exercise: Exercise): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  const seen = new Set<string>();
  exercise.injects.forEach((inject, i) => {
    if (seen.has(inject.id)) issues.push({ path: `injects[${i}].id`, message: `"${inject.id}" is used twice` });
    seen.add(inject.id);
    if (inject.atSeconds >= exercise.endSeconds)
      issues.push({
        path: `injects[${i}].atSeconds`,
        message: `must be before the exercise ends at endSeconds ${exercise.endSeconds} (got ${inject.atSeconds})`,
      });
    const expected = inject.expected?.action.kind;
    if (expected !== undefined && !exercise.decisions.some((d) => d.kind === expected))
      issues.push({
        path: `injects[${i}].expected.action.kind`,
        message: `"${expected}" is not among the exercise's decisions (${exercise.decisions.map((d) => d.kind).join(', ') || 'none'})`,
      });
  });
  const kinds = new Set<string>();
  exercise.decisions.forEach((d, i) => {
    if (kinds.has(d.kind)) issues.push({ path: `decisions[${i}].kind`, message: `"${d.kind}" is listed twice` });
    kinds.add(d.kind);
  });
  exercise.scoring.parts.forEach((part, i) => {
    if ('good' in part && part.zeroAt <= part.good)
      issues.push({
        path: `scoring.parts[${i}].zeroAt`,
        message: `must be above good (got ${part.zeroAt} <= ${part.good})`,
      });
    if (part.kind === 'occupancy' && part.max <= part.min)
      issues.push({ path: `scoring.parts[${i}].max`, message: `must be above min (got ${part.max} <= ${part.min})` });
  });
  if (exercise.scoring.parts.every((p) => p.weight === 0))
    issues.push({ path: 'scoring.parts', message: 'at least one part must have a weight above 0' });
  const partKinds = new Set(exercise.scoring.parts.map((p) => p.kind));
  exercise.objectives.forEach((o, i) => {
    if (o.scorePart !== undefined && !partKinds.has(o.scorePart))
      issues.push({ path: `objectives[${i}].scorePart`, message: `"${o.scorePart}" is not a part of scoring.parts` });
  });
  return issues;
}
