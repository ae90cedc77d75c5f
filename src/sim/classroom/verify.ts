// Verification of hand-ins: the trainee's decisions are replayed on the pack's exercise and seed, and the
// replayed KPIs and score are compared with those claimed, within rounding. A hand-in that is malformed, from
// another exercise or seed, tampered with or a duplicate is flagged with the reason, never ranked. No DOM.
import { checkSessionFile, replayDecisions, sessionKpis, summarise } from '../exercise/replay';
import { responsesTo } from '../exercise/score';
import type { Exercise, SessionKpis } from '../exercise/types';
import type { Scenario } from '../scenario/schema';
import { parseHandIn } from './hand-in';
import type { ClassResult, HandIn, InjectReaction } from './types';

/** How far a claimed KPI may be from the replayed one: claims may be rounded for display, never more. */
export const TOLERANCE: Readonly<Record<keyof SessionKpis, number>> = {
  offered: 0,
  answered: 0,
  abandoned: 0,
  serviceLevel: 0.0005,
  cost: 0.005,
  score: 0.005,
};

/** The pack as the verifier needs it (a ResolvedPack's fields). */
export interface VerifyTarget {
  exercise: Exercise;
  /** The played exercise's base id, seed and code. */
  identity: string;
  scenario: Scenario;
}

/** A KPI in a message: whole numbers as they are, others to four decimals (enough to see any difference). */
const shown = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(4));

/** The claimed KPIs that differ from the replay beyond rounding, each as `claimed.<kpi>: …`. */
export function claimDifferences(claimed: SessionKpis, replayed: SessionKpis): string[] {
  return (Object.keys(TOLERANCE) as (keyof SessionKpis)[])
    .filter((k) => !(Math.abs(claimed[k] - replayed[k]) <= TOLERANCE[k]))
    .map((k) => `claimed.${k}: claims ${shown(claimed[k])} but replaying the decisions gives ${shown(replayed[k])}`);
}

function flagged(source: string, status: ClassResult['status'], problems: string[], handIn?: HandIn): ClassResult {
  return {
    source,
    status,
    problems,
    ...(handIn === undefined ? {} : { trainee: handIn.trainee, claimed: handIn.claimed, handIn }),
  };
}

function reactions(exercise: Exercise, decisions: Parameters<typeof responsesTo>[1]): InjectReaction[] {
  const responses = responsesTo(exercise, decisions);
  return exercise.injects
    .filter((i) => i.expected !== undefined)
    .map((inject, k) => ({
      injectId: inject.id,
      title: inject.title,
      atSeconds: inject.atSeconds,
      latencySeconds: responses[k]?.latencySeconds ?? null,
    }));
}

/** Verifies one hand-in (file text or code, or an already parsed one) against the pack's exercise. */
export function verifyHandIn(source: string, input: string | HandIn, target: VerifyTarget): ClassResult {
  const parsed = typeof input === 'string' ? parseHandIn(input) : { ok: true as const, handIn: input };
  if (!parsed.ok)
    return flagged(
      source,
      'malformed',
      parsed.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
    );
  const handIn = parsed.handIn;
  const { exercise, identity } = target;
  const s = handIn.session;
  if (s.exerciseId !== exercise.id)
    return flagged(
      source,
      'other-exercise',
      [`session.exerciseId: "${s.exerciseId}" but this class plays "${exercise.id}"`],
      handIn,
    );
  if (s.seed !== exercise.seed)
    return flagged(
      source,
      'other-seed',
      [`session.seed: ${JSON.stringify(s.seed)} but this class plays seed ${JSON.stringify(exercise.seed)}`],
      handIn,
    );
  if (s.exerciseCode !== identity || handIn.packIdentity !== identity)
    return flagged(
      source,
      'other-exercise',
      [
        `packIdentity: ${handIn.packIdentity} (session ${s.exerciseCode}) but this class's pack is ${identity}: another version or time limit of the exercise`,
      ],
      handIn,
    );
  const file = { format: 'switchboard-exercise-session', version: 1, ...s };
  const shape = checkSessionFile(file, exercise, identity);
  if (shape.length > 0)
    return flagged(
      source,
      'malformed',
      shape.map((i) => `session.${i.path}: ${i.message}`),
      handIn,
    );
  const replay = replayDecisions(exercise, target.scenario, s.decisions, s.endedAt);
  // The exercise refuses a decision it logged as accepted (a cooldown, a wrong time): the log was edited.
  if (!replay.ok)
    return flagged(
      source,
      'tampered',
      replay.issues.map((i) => `session.${i.path}: ${i.message}`),
      handIn,
    );
  const { summary, score } = summarise(replay.session, 'trainee');
  const replayed = sessionKpis(summary);
  const differences = claimDifferences(handIn.claimed, replayed);
  return {
    source,
    status: differences.length > 0 ? 'tampered' : 'verified',
    problems: differences,
    trainee: handIn.trainee,
    claimed: handIn.claimed,
    replayed,
    objectives: score.objectives,
    reactions: reactions(exercise, replay.session.decisions),
    handIn,
  };
}

/** The trainee a hand-in names, for duplicates: name and team, trimmed, case and accents folded. */
export function traineeKey(trainee: { name: string; team?: string }): string {
  const fold = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
  return `${fold(trainee.name)}\u0000${fold(trainee.team ?? '')}`;
}

/**
 * Flags as duplicates the verified hand-ins of a trainee who already has an earlier verified one (in the order
 * they were dropped): the first is ranked, the others are listed with the reason. Returns a new list.
 */
export function markDuplicates(results: readonly ClassResult[]): ClassResult[] {
  const first = new Map<string, string>();
  return results.map((r) => {
    if (r.status !== 'verified' || r.trainee === undefined) return r;
    const key = traineeKey(r.trainee);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, r.source);
      return r;
    }
    return {
      ...r,
      status: 'duplicate',
      problems: [`trainee: ${r.trainee.name} already handed in (${earlier}); only the first is ranked`],
    };
  });
}
