// The class pack: made from a built-in, read back from its file and its link, validated field by field, sizes
// checked before parsing, and the exercise as played (the pack's seed, the time limit's end) with its identity.
import { describe, expect, it } from 'vitest';
import { builtInExercises } from '../../../src/scenarios/exercises/index';
import { exerciseCode } from '../../../src/sim/exercise/code';
import {
  MAX_PACK_CHARS,
  packFromLink,
  parsePackText,
  playedExercise,
  resolvePack,
  validatePack,
} from '../../../src/sim/classroom/pack';
import { classroom, fluPack } from './play';

const flu = builtInExercises.find((e) => e.id === 'flu-week')!;

describe('class pack', () => {
  it('keeps a built-in as its id, so the link is short enough for a QR code, and reads back from file and link', () => {
    const made = fluPack();
    expect(made.pack).toMatchObject({
      exercise: 'flu-week',
      seed: 'class-7',
      timeLimitMinutes: 4,
      className: 'Onboarding 12',
    });
    expect(made.link.length).toBeLessThan(400);
    expect(parsePackText(made.fileText)).toEqual({ ok: true, pack: made.pack });
    expect(packFromLink(made.link)).toEqual({ ok: true, pack: made.pack });
    expect(classroom().openPack(`https://example.org/app/#class=${made.link}`)).toMatchObject({
      ok: true,
      identity: made.identity,
    });
  });

  it('plays the pack seed and stops at the time limit (minutes × 60 × play speed), dropping injects past it', () => {
    const played = playedExercise({ ...fluPack().pack, timeLimitMinutes: 1 }, flu);
    expect(played.seed).toBe('class-7');
    expect(played.endSeconds).toBe(1 * 60 * flu.playSpeed);
    expect(played.injects.every((i) => i.atSeconds < played.endSeconds)).toBe(true);
    expect(played.injects.length).toBeLessThan(flu.injects.length);
    const unlimited = playedExercise({ ...fluPack().pack, timeLimitMinutes: undefined } as never, flu);
    expect(unlimited.endSeconds).toBe(flu.endSeconds);
  });

  it('has an identity that changes with the seed and the time limit, not with the class name', () => {
    const a = fluPack('s1').identity;
    expect(fluPack('s2').identity).not.toBe(a);
    expect(a).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const renamed = classroom().createPack('flu-week', { className: 'Other class', seed: 's1', timeLimitMinutes: 4 });
    const shorter = classroom().createPack('flu-week', { className: 'Other class', seed: 's1', timeLimitMinutes: 3 });
    expect(renamed.ok && renamed.identity).toBe(a);
    expect(shorter.ok && shorter.identity).not.toBe(a);
  });

  it('names each bad field with its reason', () => {
    const pack = fluPack().pack;
    const r = validatePack({ ...pack, className: '', seed: 1.5, timeLimitMinutes: 0, extra: true, version: 2 });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.issues.map((i) => i.path);
    expect(paths.sort()).toEqual(['className', 'extra', 'seed', 'timeLimitMinutes', 'version']);
    const bad = validatePack({ ...pack, exercise: { ...flu, endSeconds: -1 } });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toContain('exercise.endSeconds');
  });

  it('refuses an oversized file before parsing it, and a truncated one as not JSON', () => {
    const huge = `{"className":"${'x'.repeat(MAX_PACK_CHARS)}"}`;
    const r = parsePackText(huge);
    expect(r).toEqual({
      ok: false,
      issues: [{ path: '', message: expect.stringContaining(`at most ${MAX_PACK_CHARS} characters`) }],
    });
    const text = fluPack().fileText;
    const cut = parsePackText(text.slice(0, text.length / 2));
    expect(cut.ok ? '' : cut.issues[0]?.message).toContain('is not valid JSON');
    const link = fluPack().link;
    expect(packFromLink(link.slice(0, link.length - 7)).ok).toBe(false);
  });

  it('refuses a pack whose exercise changed since it was made, and an unknown built-in', () => {
    const pack = fluPack().pack;
    const changed = resolvePack({ ...pack, exercise: { ...flu, name: 'Edited' } as never }, builtInExercises);
    expect(changed).toEqual({
      ok: false,
      issues: [{ path: 'exerciseCode', message: expect.stringContaining('changed') }],
    });
    expect(resolvePack({ ...pack, exercise: 'nope' }, builtInExercises)).toMatchObject({
      ok: false,
      issues: [{ path: 'exercise' }],
    });
    expect(exerciseCode(flu)).toBe(pack.exerciseCode);
  });
});

describe("a pack of the trainer's own exercise", () => {
  const own = { ...flu, id: 'my-flu-drill', name: 'My flu drill' };

  it('carries the exercise data (not an id), validated, and opens as played', () => {
    const made = classroom().createPack(JSON.parse(JSON.stringify(own)), { className: 'Class B', seed: 9 });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(typeof made.pack.exercise).toBe('object');
    expect(made.exercise).toMatchObject({ id: 'my-flu-drill', name: 'My flu drill', seed: 9 });
    expect(classroom().openPack(made.fileText)).toMatchObject({ ok: true, identity: made.identity });
  });

  it('names the field of a broken exercise file, and refuses a scenario the class cannot have', () => {
    const broken = classroom().createPack({ ...own, endSeconds: -5 }, { className: 'Class B', seed: 9 });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues.map((i) => i.path)).toContain('exercise.endSeconds');
    const elsewhere = classroom().createPack({ ...own, scenario: 'my-own-centre' }, { className: 'Class B', seed: 9 });
    expect(elsewhere.ok).toBe(false);
    if (!elsewhere.ok) expect(elsewhere.issues[0]?.path).toMatch(/^exercise/);
  });
});
