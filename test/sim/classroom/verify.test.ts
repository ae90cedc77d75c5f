// Verification: a hand-in's decisions are replayed on the pack and the replay is compared with what it claims.
// An honest one verifies (and its replay equals what the trainee's own run measured); a tampered one, one from
// another exercise or seed, a malformed one and a duplicate are flagged with the field and never ranked.
import { describe, expect, it } from 'vitest';
import { handInToCode } from '../../../src/sim/classroom/hand-in';
import { claimDifferences, markDuplicates, traineeKey } from '../../../src/sim/classroom/verify';
import type { HandIn } from '../../../src/sim/classroom/types';
import { callIn, classroom, fluPack, playAndHandIn } from './play';

const pack = fluPack();
const ana = playAndHandIn(pack, 'Ana Pop', [{ at: 3700, action: callIn(2) }]);
const verify = (text: string, source = 'ana.json') => classroom().verifyHandIn(pack.pack, source, text);
const asCode = (h: HandIn) => handInToCode(h);

describe('verification', () => {
  it('verifies an honest hand-in: the replay gives exactly the KPIs the trainee saw', () => {
    for (const text of [ana.fileText, ana.code]) {
      const r = verify(text);
      expect(r.status).toBe('verified');
      expect(r.problems).toEqual([]);
      expect(r.replayed).toEqual(ana.file.kpis);
      expect(r.reactions).toEqual([
        { injectId: 'sick-calls', title: expect.any(String), atSeconds: 3600, latencySeconds: 100 },
      ]);
      expect(r.objectives!.reduce((s, o) => s + o.points, 0)).toBeLessThanOrEqual(r.replayed!.score + 1e-9);
    }
  });

  it('flags a raised score as tampered, naming the claim and the replayed value', () => {
    const claimed = { ...ana.handIn.claimed, score: ana.handIn.claimed.score + 5 };
    const r = verify(asCode({ ...ana.handIn, claimed }));
    expect(r.status).toBe('tampered');
    expect(r.problems).toEqual([
      expect.stringMatching(/^claimed\.score: claims .* but replaying the decisions gives /),
    ]);
  });

  it('flags edited decisions as tampered: the claims no longer match the replay', () => {
    const session = { ...ana.handIn.session, decisions: [{ requestedAt: 3601, action: callIn(4) }] };
    const r = verify(asCode({ ...ana.handIn, session }));
    expect(r.status).toBe('tampered');
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.replayed?.score).not.toBe(ana.handIn.claimed.score);
  });

  it('tolerates claims rounded for display, not more', () => {
    const k = ana.handIn.claimed;
    expect(
      claimDifferences({ ...k, score: Math.round(k.score * 100) / 100, cost: Math.round(k.cost * 100) / 100 }, k),
    ).toEqual([]);
    expect(claimDifferences({ ...k, answered: k.answered + 1 }, k)).toEqual([
      expect.stringContaining('claimed.answered'),
    ]);
  });

  it('flags a hand-in of another seed, of another exercise and of another time limit', () => {
    const otherSeed = playAndHandIn(fluPack('class-8'), 'Bo', [], 1800);
    expect(verify(otherSeed.code)).toMatchObject({
      status: 'other-seed',
      problems: [expect.stringContaining('session.seed')],
    });
    const surge = classroom().createPack('monday-surge', {
      className: 'Onboarding 12',
      seed: 'class-7',
      timeLimitMinutes: 1,
    });
    if (!surge.ok) throw new Error('pack');
    const otherExercise = playAndHandIn(surge as never, 'Cy', []);
    expect(verify(otherExercise.code)).toMatchObject({
      status: 'other-exercise',
      problems: [expect.stringContaining('session.exerciseId')],
    });
    const shorter = classroom().createPack('flu-week', {
      className: 'Onboarding 12',
      seed: 'class-7',
      timeLimitMinutes: 2,
    });
    if (!shorter.ok) throw new Error('pack');
    const otherLimit = playAndHandIn(shorter as never, 'Di', []);
    expect(verify(otherLimit.code)).toMatchObject({
      status: 'other-exercise',
      problems: [expect.stringContaining('packIdentity')],
    });
  });

  it('flags malformed input with its reason, and a decision the exercise does not allow', () => {
    expect(verify(ana.code.slice(0, -5))).toMatchObject({
      status: 'malformed',
      problems: [expect.stringContaining('damaged')],
    });
    expect(verify(ana.fileText.slice(0, 100))).toMatchObject({
      status: 'malformed',
      problems: [expect.stringContaining('not valid JSON')],
    });
    const session = {
      ...ana.handIn.session,
      decisions: [{ requestedAt: 3700, action: { kind: 'set-routing-policy', policy: 'longest-idle' } }],
    };
    const r = verify(asCode({ ...ana.handIn, session } as never));
    expect(r.status).toBe('malformed');
    expect(r.problems).toEqual([expect.stringContaining('session.decisions[0].action.kind')]);
    const badPack = classroom().verifyHandIn({ nope: 1 }, 'x', ana.code);
    expect(badPack.status).toBe('malformed');
    expect(badPack.problems).toContain('pack nope: unknown field');
  });

  it('ranks only the first verified hand-in of a trainee; later ones are duplicates (name and team, case folded)', () => {
    const first = verify(ana.code, 'ana-1');
    const again = verify(ana.fileText, 'ana-2');
    const renamed = verify(asCode({ ...ana.handIn, trainee: { name: 'ANA  pop', team: 'blue' } }), 'ana-3');
    const otherTeam = verify(asCode({ ...ana.handIn, trainee: { name: 'Ana Pop', team: 'Red' } }), 'ana-4');
    const marked = markDuplicates([first, again, renamed, otherTeam]);
    expect(marked.map((r) => r.status)).toEqual(['verified', 'duplicate', 'duplicate', 'verified']);
    expect(marked[1]!.problems[0]).toContain('ana-1');
    expect(traineeKey({ name: 'Zoë ' })).toBe(traineeKey({ name: 'zoe' }));
  });
});
