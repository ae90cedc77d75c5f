// Bad exercises and session files get errors that name the field: a wrong field, an inject outside the day,
// a decision the exercise does not allow, a session that does not match its exercise.
import { describe, expect, it } from 'vitest';
import { exerciseCode } from '../../../src/sim/exercise/code';
import { ExerciseSession } from '../../../src/sim/exercise/exercise-session';
import { checkSessionFile, replaySessionFile, sessionFile } from '../../../src/sim/exercise/replay';
import { checkAgainstScenario, parseExerciseText, validateExercise } from '../../../src/sim/exercise/validate';
import { helpDesk, smallExercise } from './fixtures';

function issuesOf(input: unknown): string[] {
  const result = validateExercise(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('exercise validation', () => {
  it('accepts the small exercise and checks it against its scenario', () => {
    const result = validateExercise(smallExercise());
    expect(result.ok).toBe(true);
    expect(checkAgainstScenario(smallExercise(), helpDesk)).toEqual([]);
  });

  it('names a wrong field and an unknown one', () => {
    const bad = { ...smallExercise(), playSpeed: 0, colour: 'red' } as unknown;
    expect(issuesOf(bad)).toEqual(['playSpeed: must be at least 1 (got 0)', 'colour: unknown field']);
    const badWeight = smallExercise();
    (badWeight.scoring.parts[1] as { good: number }).good = -1;
    expect(issuesOf(badWeight)).toEqual(['scoring.parts[1].good: must be at least 0 (got -1)']);
  });

  it('refuses an inject outside the day', () => {
    const bad = smallExercise();
    (bad.injects[1] as { atSeconds: number }).atSeconds = 7200;
    expect(issuesOf(bad)).toEqual([
      'injects[1].atSeconds: must be before the exercise ends at endSeconds 7200 (got 7200)',
    ]);
  });

  it('refuses an expected action the exercise does not allow', () => {
    const bad = smallExercise();
    bad.decisions = bad.decisions.filter((d) => d.kind !== 'add-agents');
    expect(issuesOf(bad)).toEqual([
      'injects[0].expected.action.kind: "add-agents" is not among the exercise\'s decisions (set-routing-policy)',
    ]);
  });

  it('refuses ids the scenario does not have and a day longer than the scenario', () => {
    const bad = smallExercise();
    bad.endSeconds = 30_000;
    bad.injects[0]!.effect = { kind: 'set-agents', group: 'nobody', agents: 1 };
    expect(checkAgainstScenario(bad, helpDesk).map((i) => i.path)).toEqual(['endSeconds', 'injects[0].effect.group']);
  });

  it('refuses a newer schema version, bad JSON and oversized text', () => {
    expect(issuesOf({ ...smallExercise(), schemaVersion: 2 })).toEqual([
      'schemaVersion: must be a whole number from 1 to 1 (got 2)',
    ]);
    const notJson = parseExerciseText('{');
    expect(notJson.ok).toBe(false);
    const huge = parseExerciseText(' '.repeat(600_000));
    expect(huge.ok ? '' : huge.issues[0]?.message).toMatch(/at most 500000 characters/);
  });

  it('refuses a decision the exercise does not allow, naming the field', () => {
    const session = new ExerciseSession(smallExercise(), helpDesk);
    const response = session.intervene({ kind: 'ivr-outage', mode: 'busy-signal', durationSeconds: 60 });
    expect(response).toEqual({
      ok: false,
      issues: [
        {
          path: 'kind',
          message: '"ivr-outage" is not a decision this exercise allows (add-agents, set-routing-policy)',
        },
      ],
    });
    expect(session.intervene({ kind: 'add-agents', group: 'ghosts', agents: 1 })).toMatchObject({
      ok: false,
      issues: [{ path: 'group' }, { path: 'group' }],
    });
  });
});

describe('session files', () => {
  const exercise = smallExercise();
  const code = exerciseCode(exercise);
  function played() {
    const session = new ExerciseSession(exercise, helpDesk);
    session.advanceTo(2000);
    session.intervene({ kind: 'add-agents', group: 'agents', agents: 2 });
    session.advanceTo(Infinity);
    return sessionFile(session);
  }

  it('names each field of a session that does not match its exercise', () => {
    const file = played();
    const bad = {
      ...file,
      exerciseCode: 'AAAA-AAAA',
      seed: 'other',
      decisions: [{ requestedAt: 9000, action: { kind: 'ivr-outage', mode: 'busy-signal', durationSeconds: 5 } }],
    };
    expect(checkSessionFile(bad, exercise, code).map((i) => i.path)).toEqual([
      'exerciseCode',
      'seed',
      'decisions[0].requestedAt',
      'decisions[0].action.kind',
    ]);
  });

  it('names the decision a replay refuses (a cooldown not respected)', () => {
    const file = played();
    const twice = { ...file, decisions: [file.decisions[0]!, { ...file.decisions[0]!, requestedAt: 2100 }] };
    const replay = replaySessionFile(twice, exercise, helpDesk, code);
    expect(replay.ok ? [] : replay.issues.map((i) => i.path)).toEqual(['decisions[1].action.kind']);
  });
});
