// The exercise's score: a pure function of KPIs the engine measures and the decision log, with every part
// explained in words and numbers (the rule is shown before play and the breakdown after). No DOM, no engine.
import type { IntervalKpis } from '../results';
import type { DecisionRecord, Exercise, ExerciseAction, ScoreBreakdown, ScorePart, ScorePartResult } from './types';

/** What the score is computed from: plain numbers a test can build by hand. */
export interface ScoreInputs {
  serviceLevelTarget: number;
  /** Intervals of the exercise (those starting before it ended). */
  intervals: Pick<IntervalKpis, 'startSeconds' | 'offered' | 'serviceLevel' | 'occupancy'>[];
  offered: number;
  abandoned: number;
  /** Escalations plus transfers to another queue. */
  transferredOut: number;
  /** The engine's labour cost plus the decisions' costs. */
  cost: number;
  /** Per inject with an expected action, in the exercise's order: seconds to the trainee's response, or null. */
  responseSeconds: (number | null)[];
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** 1 at or below `good`, 0 at or above `zeroAt`, the straight line between. */
export function linearFraction(value: number, good: number, zeroAt: number): number {
  if (Number.isNaN(value)) return 0;
  if (value <= good) return 1;
  if (value >= zeroAt) return 0;
  return (zeroAt - value) / (zeroAt - good);
}

function ruleText(part: ScorePart, slTarget: number): string {
  switch (part.kind) {
    case 'service-level':
      return `share of intervals with calls whose service level reaches the target ${pct(slTarget)}`;
    case 'abandonment':
      return `full marks at or below ${pct(part.good)} abandoned, none at ${pct(part.zeroAt)} or more, linear between`;
    case 'occupancy':
      return `share of intervals whose occupancy stays between ${pct(part.min)} and ${pct(part.max)}`;
    case 'cost':
      return `full marks at or below a cost of ${part.good}, none at ${part.zeroAt} or more, linear between`;
    case 'escalations':
      return `full marks at or below ${part.good} escalated or transferred calls, none at ${part.zeroAt} or more`;
    case 'response-time':
      return `full marks for a mean response to injects within ${part.good} s, none at ${part.zeroAt} s or more (a missed inject counts ${part.zeroAt} s)`;
  }
}

/** The rule as structured parts, before any play: kind, weight, share of the total and the rule in words. */
export function explainRule(
  exercise: Exercise,
  serviceLevelTarget: number,
): Omit<ScorePartResult, 'value' | 'measured' | 'fraction' | 'points'>[] {
  const totalWeight = exercise.scoring.parts.reduce((s, p) => s + p.weight, 0);
  return exercise.scoring.parts.map((part) => ({
    kind: part.kind,
    rule: ruleText(part, serviceLevelTarget),
    weight: part.weight,
    share: part.weight / totalWeight,
  }));
}

function measure(part: ScorePart, inputs: ScoreInputs): { value: number; fraction: number; measured: string } {
  switch (part.kind) {
    case 'service-level': {
      const counted = inputs.intervals.filter((i) => i.offered > 0 && !Number.isNaN(i.serviceLevel));
      const met = counted.filter((i) => i.serviceLevel >= inputs.serviceLevelTarget).length;
      const value = counted.length === 0 ? 0 : met / counted.length;
      return { value, fraction: value, measured: `${met} of ${counted.length} intervals met the target` };
    }
    case 'abandonment': {
      const value = inputs.offered > 0 ? inputs.abandoned / inputs.offered : 0;
      return {
        value,
        fraction: linearFraction(value, part.good, part.zeroAt),
        measured: `${inputs.abandoned} abandoned of ${inputs.offered} offered = ${pct(value)}`,
      };
    }
    case 'occupancy': {
      const counted = inputs.intervals.filter((i) => !Number.isNaN(i.occupancy));
      const inside = counted.filter((i) => i.occupancy >= part.min && i.occupancy <= part.max).length;
      const value = counted.length === 0 ? 0 : inside / counted.length;
      return { value, fraction: value, measured: `${inside} of ${counted.length} intervals inside the band` };
    }
    case 'cost':
      return {
        value: inputs.cost,
        fraction: linearFraction(inputs.cost, part.good, part.zeroAt),
        measured: `cost ${inputs.cost.toFixed(2)}`,
      };
    case 'escalations':
      return {
        value: inputs.transferredOut,
        fraction: linearFraction(inputs.transferredOut, part.good, part.zeroAt),
        measured: `${inputs.transferredOut} calls escalated or transferred`,
      };
    case 'response-time': {
      const n = inputs.responseSeconds.length;
      const missed = inputs.responseSeconds.filter((s) => s === null).length;
      const value = n === 0 ? 0 : inputs.responseSeconds.reduce<number>((s, x) => s + (x ?? part.zeroAt), 0) / n;
      return {
        value,
        fraction: linearFraction(value, part.good, part.zeroAt),
        measured: `mean response ${value.toFixed(0)} s over ${n} inject(s), ${missed} missed`,
      };
    }
  }
}

/** The score (0..100) with every part's numbers, and each objective's points. */
export function computeScore(exercise: Exercise, inputs: ScoreInputs): ScoreBreakdown {
  const rule = explainRule(exercise, inputs.serviceLevelTarget);
  const parts: ScorePartResult[] = exercise.scoring.parts.map((part, i) => {
    const m = measure(part, inputs);
    const r = rule[i] as (typeof rule)[number];
    return { ...r, ...m, points: m.fraction * r.share * 100 };
  });
  const total = parts.reduce((s, p) => s + p.points, 0);
  const objectives = exercise.objectives.map((o) => {
    const own = parts.filter((p) => p.kind === o.scorePart);
    return {
      id: o.id,
      text: o.text,
      points: own.reduce((s, p) => s + p.points, 0),
      maxPoints: own.reduce((s, p) => s + p.share * 100, 0),
    };
  });
  return { total, parts, objectives };
}

/** Whether a trainee decision answers an expected action: same kind, and the same group where there is one. */
export function matchesExpected(done: ExerciseAction, expected: ExerciseAction): boolean {
  if (done.kind !== expected.kind) return false;
  if ('group' in expected && 'group' in done) return done.group === expected.group;
  if (expected.kind === 'move-agents' && done.kind === 'move-agents') return done.to === expected.to;
  return true;
}

/**
 * For each inject with an expected action (in the exercise's order): the first decision requested at or after
 * it that matches and answers no earlier inject, or null.
 */
export function responsesTo(
  exercise: Exercise,
  decisions: readonly DecisionRecord[],
): ({ decision: DecisionRecord; latencySeconds: number } | null)[] {
  const used = new Set<number>();
  return exercise.injects
    .filter((inject) => inject.expected !== undefined)
    .map((inject) => {
      const expected = inject.expected?.action as ExerciseAction;
      const decision = decisions.find(
        (d) =>
          !used.has(d.index) &&
          d.status !== 'failed' &&
          d.requestedAt >= inject.atSeconds &&
          matchesExpected(d.action, expected),
      );
      if (decision === undefined) return null;
      used.add(decision.index);
      return { decision, latencySeconds: decision.requestedAt - inject.atSeconds };
    });
}
