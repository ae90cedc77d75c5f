// An exercise survives a round trip through a link (with non-ASCII translations), and a damaged link is an
// error, not a crash.
import { describe, expect, it } from 'vitest';
import { findBuiltInExercise } from '../../../src/scenarios/exercises/index';
import { exerciseCode } from '../../../src/sim/exercise/code';
import { exerciseFromLink, exerciseToLink } from '../../../src/sim/exercise/link';
import type { Exercise } from '../../../src/sim/exercise/types';

describe('exercise links', () => {
  it('round-trips a built-in exercise with its translations, keeping its code', () => {
    const exercise = findBuiltInExercise('monday-surge') as Exercise;
    const link = exerciseToLink(exercise);
    expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = exerciseFromLink(link);
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.exercise).toEqual(exercise);
    expect(exerciseCode(back.exercise)).toBe(exerciseCode(exercise));
  });

  it('refuses damaged links with a message', () => {
    expect(exerciseFromLink('not base64!')).toMatchObject({ ok: false, issues: [{ path: '' }] });
    expect(exerciseFromLink('e30')).toMatchObject({ ok: false }); // "{}": validated, fields missing
  });
});
