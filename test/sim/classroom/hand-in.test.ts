// The hand-in: a file and a text code that both read back to the same hand-in; a cut, changed or oversized code
// is refused with a message, and every bad field is named.
import { describe, expect, it } from 'vitest';
import {
  MAX_HAND_IN_CHARS,
  handInFromCode,
  parseHandIn,
  splitCodes,
  validateHandIn,
} from '../../../src/sim/classroom/hand-in';
import { callIn, fluPack, playAndHandIn } from './play';

const pack = fluPack();
const handed = playAndHandIn(pack, 'Ana Pop', [{ at: 3700, action: callIn(2) }]);

describe('hand-in', () => {
  it('carries the session, the trainee and the KPIs they saw', () => {
    expect(handed.handIn).toMatchObject({
      className: 'Onboarding 12',
      packIdentity: pack.identity,
      trainee: { name: 'Ana Pop', team: 'Blue' },
      session: { exerciseId: 'flu-week', exerciseCode: pack.identity, seed: 'class-7', endedAt: 7200 },
      claimed: handed.file.kpis,
    });
    expect(handed.handIn.session.decisions).toEqual([{ requestedAt: 3700, action: callIn(2) }]);
  });

  it('reads back from its file and its code, and the code is shorter than the file', () => {
    expect(parseHandIn(handed.fileText)).toEqual({ ok: true, handIn: handed.handIn });
    expect(parseHandIn(handed.code)).toEqual({ ok: true, handIn: handed.handIn });
    expect(handed.code.length).toBeLessThan(handed.fileText.length * 0.8);
    // Wrapped over lines when pasted in a chat: joined again.
    const wrapped = handed.code.match(/.{1,40}/g)!.join('\n');
    expect(splitCodes(`${wrapped}\n\n${handed.code}`)).toEqual([handed.code, handed.code]);
  });

  it('detects a truncated code (checksum), a changed character and a code that is not one', () => {
    for (const cut of [
      handed.code.slice(0, -1),
      handed.code.slice(0, -12),
      handed.code.slice(0, handed.code.length / 2),
    ]) {
      const r = handInFromCode(cut);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.issues[0]?.message).toMatch(/damaged/);
    }
    const at = 20;
    const flipped = handed.code.slice(0, at) + (handed.code[at] === 'A' ? 'B' : 'A') + handed.code.slice(at + 1);
    expect(handInFromCode(flipped)).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining('checksum does not match') }],
    });
    expect(parseHandIn('hello')).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining('does not start with SBH1.') }],
    });
  });

  it('refuses an oversized file or code before reading it', () => {
    const big = `{"x":"${'y'.repeat(MAX_HAND_IN_CHARS)}"}`;
    expect(parseHandIn(big)).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining(`at most ${MAX_HAND_IN_CHARS}`) }],
    });
    expect(parseHandIn(`SBH1.${'A'.repeat(MAX_HAND_IN_CHARS)}.X`)).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining('not read') }],
    });
  });

  it('names each bad field', () => {
    const h = handed.handIn;
    const r = validateHandIn({
      ...h,
      trainee: { name: ' ' },
      claimed: { ...h.claimed, score: 140 },
      session: { ...h.session, decisions: [{ requestedAt: 'soon', action: callIn(1) }] },
    });
    expect(r.ok ? [] : r.issues.map((i) => i.path).sort()).toEqual([
      'claimed.score',
      'session.decisions[0].requestedAt',
      'trainee.name',
    ]);
  });
});
