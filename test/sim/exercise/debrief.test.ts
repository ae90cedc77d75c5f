// The debrief's three runs share their callers, and a helpful decision shows its effect in the right direction
// and of a plausible size against the "no action" run; counterfactuals and the timeline carry their numbers.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../src/sim/exercise/debrief';
import { ExerciseSession } from '../../../src/sim/exercise/exercise-session';
import { findBuiltInExercise } from '../../../src/scenarios/exercises/index';
import type { Exercise } from '../../../src/sim/exercise/types';
import { mondayPeak } from './fixtures';

describe('debrief', () => {
  const exercise = findBuiltInExercise('monday-surge') as Exercise;
  const session = new ExerciseSession(exercise, mondayPeak);
  session.advanceTo(4200);
  session.intervene({ kind: 'add-agents', group: 'billing-team', agents: 5 });
  session.advanceTo(Infinity);
  const debrief = buildDebrief(session);
  const { trainee, none, expected } = debrief.runs;

  it('runs the three days on the same callers (no retrials here: the same offered calls)', () => {
    expect(none.offered).toBe(trainee.offered);
    expect(expected.offered).toBe(trainee.offered);
    expect(trainee.series.startSeconds).toEqual(none.series.startSeconds);
    // Before the first decision takes effect (4800 s) the days are identical, interval by interval.
    const early = trainee.series.startSeconds.filter((s) => s + 1800 <= 4800).length;
    expect(early).toBeGreaterThan(1);
    expect(trainee.series.abandoned.slice(0, early)).toEqual(none.series.abandoned.slice(0, early));
  });

  it('shows the helpful decision in direction and size against doing nothing', () => {
    const saved = trainee.answered - none.answered;
    expect(saved).toBeGreaterThan(0);
    expect(none.abandoned - trainee.abandoned).toBeGreaterThan(0);
    // Upper bound: 5 agents from 4800 s to 18000 s at a mean handle time of at least 285 s (240 s talk + 45 s
    // after-call work for billing, the shortest type) can take at most 5 × 13200 / 285 ≈ 232 calls.
    expect(saved).toBeLessThanOrEqual(Math.ceil((5 * 13_200) / 285));
    // The extra agents cost money: 5 agents × 13200 s at 22.98 an hour plus the 11.49 premium.
    expect(trainee.cost - none.cost).toBeCloseTo((5 * 13_200 * (22.98 + 11.49)) / 3600, -1);
  });

  it('times the response to each inject and explains each decision by counterfactuals', () => {
    expect(debrief.timeline).toEqual([
      expect.objectContaining({
        injectId: 'mailing-surge',
        atSeconds: 3600,
        response: { decisionIndex: 0, requestedAt: 4200, latencySeconds: 600, onTime: true },
      }),
    ]);
    const without = debrief.counterfactuals.find((c) => c.kind === 'without');
    expect(without?.answeredDelta).toBe(none.answered - trainee.answered);
    const earlier = debrief.counterfactuals.find((c) => c.kind === 'earlier');
    expect(earlier?.shiftSeconds).toBe(900);
    expect(earlier?.answeredDelta).toBeGreaterThanOrEqual(0);
    expect(debrief.findings[0]).toMatch(/^Compared with doing nothing, your day answered \d+ more callers/);
    expect(JSON.parse(JSON.stringify(debrief)).exerciseCode).toBe(session.code);
  });
});
