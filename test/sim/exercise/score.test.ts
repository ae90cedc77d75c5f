// The score equals a value computed here, independently, from the KPIs the engine reports and the rule's
// numbers; the rule is explained before play with the same weights.
import { describe, expect, it } from 'vitest';
import { ExerciseSession } from '../../../src/sim/exercise/exercise-session';
import { summarise } from '../../../src/sim/exercise/replay';
import { explainRule, linearFraction } from '../../../src/sim/exercise/score';
import { helpDesk, smallExercise } from './fixtures';

describe('exercise score', () => {
  it('explains the rule before play: weights normalised to shares, words with the numbers', () => {
    const rule = explainRule(smallExercise(), 0.8);
    expect(rule.map((p) => [p.kind, p.share])).toEqual([
      ['service-level', 0.5],
      ['abandonment', 0.3],
      ['cost', 0.1],
      ['response-time', 0.1],
    ]);
    expect(rule[1]?.rule).toBe('full marks at or below 5.0% abandoned, none at 25.0% or more, linear between');
  });

  it('is linear between good and zeroAt', () => {
    expect(linearFraction(0.05, 0.05, 0.25)).toBe(1);
    expect(linearFraction(0.15, 0.05, 0.25)).toBeCloseTo(0.5, 12);
    expect(linearFraction(0.3, 0.05, 0.25)).toBe(0);
  });

  it('equals the score computed by hand from the run’s KPIs', () => {
    const session = new ExerciseSession(smallExercise(), helpDesk);
    session.advanceTo(2400);
    session.intervene({ kind: 'add-agents', group: 'agents', agents: 2 });
    session.advanceTo(Infinity);
    const { score } = summarise(session, 'trainee');

    const snap = session.snapshot();
    const intervals = snap.intervals.filter((i) => i.startSeconds < 7200 && i.offered > 0);
    const slShare = intervals.filter((i) => i.serviceLevel >= 0.8).length / intervals.length;
    const abandonRate = snap.total.abandoned / snap.total.offered;
    const abandonFraction = Math.min(1, Math.max(0, (0.25 - abandonRate) / 0.2));
    const cost = snap.total.cost + 25 + (12 * 2 * (7200 - 3000)) / 3600;
    const costFraction = Math.min(1, Math.max(0, (400 - cost) / 200));
    const latency = 2400 - 1800; // the sick wave at 1800, answered at 2400
    const responseFraction = Math.min(1, Math.max(0, (1800 - latency) / 1500));
    const expected = 100 * (0.5 * slShare + 0.3 * abandonFraction + 0.1 * costFraction + 0.1 * responseFraction);

    expect(score.total).toBeCloseTo(expected, 9);
    expect(score.parts.map((p) => p.kind)).toEqual(['service-level', 'abandonment', 'cost', 'response-time']);
    expect(score.parts[3]?.value).toBe(600);
    expect(score.objectives.map((o) => o.id)).toEqual(['sl', 'ab']);
    expect(score.objectives[0]?.maxPoints).toBeCloseTo(50, 9);
    // The test is only meaningful if the parts are not all saturated.
    expect(abandonFraction).toBeGreaterThan(0);
    expect(slShare).toBeLessThan(1);
  });
});
