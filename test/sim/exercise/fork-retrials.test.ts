// Fork the day with retrials, repeat contacts and consults (issue 10): after a fork with another staffing
// decision the branches' callers meet different fates, yet each caller keeps its own draws. Callers are matched
// by who they are (call type, customer, contact, retrial), not by serial (retrials shift serials): arrival
// instants of new customers, talk times, patience, and the retry and repeat decisions with their delays.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../src/sim/engine/trace';
import { ExerciseSession } from '../../../src/sim/exercise/exercise-session';
import { forkSession, freePlayExercise } from '../../../src/sim/exercise/fork';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { helpDesk } from './fixtures';

const scenario: Scenario = {
  ...helpDesk,
  callTypes: helpDesk.callTypes.map((ct) => ({
    ...ct,
    retrial: { probability: 0.7, delay: { kind: 'exponential', meanSeconds: 300 } },
    resolution: { probability: 0.75 },
    repeat: { probability: 0.8, delay: { kind: 'exponential', meanSeconds: 1200 } },
    consult: { probability: 0.2, duration: { kind: 'exponential', meanSeconds: 60 } },
  })),
};

/** One contact attempt of a customer, as the log tells it. */
interface Attempt {
  arrivedAt: number;
  answeredAt?: number;
  talkSeconds?: number;
  abandonedAt?: number;
  waitAbandoned?: number;
  waitAnswered?: number;
  completedAt?: number;
}

const FORK_AT = 7200;
const END_AT = 28_800;

const keyOf = (type: string, customer: number, contact: number, retrial: number) =>
  `${type}/${customer}/${contact}/${retrial}`;

/** Attempts by who made them; only contact legs (transfer legs share their call's key and are left out). */
function attempts(events: TraceEvent[]): Map<string, Attempt> {
  const byKey = new Map<string, Attempt>();
  const keyOfCall = new Map<number, string>();
  for (const e of events) {
    if (e.type === 'arrived') {
      expect(e.customer).toBeDefined();
      const key = keyOf(e.callType, e.customer as number, e.contact as number, e.retrial as number);
      expect(byKey.has(key)).toBe(false);
      byKey.set(key, { arrivedAt: e.atSeconds });
      keyOfCall.set(e.call, key);
    }
    const key = keyOfCall.get(e.call);
    const a = key === undefined ? undefined : byKey.get(key);
    if (a === undefined) continue;
    if (e.type === 'answered') ((a.answeredAt = e.atSeconds), (a.waitAnswered = e.waitSeconds));
    if (e.type === 'talk-ended' && a.answeredAt !== undefined && a.talkSeconds === undefined)
      a.talkSeconds = e.atSeconds - a.answeredAt;
    if (e.type === 'abandoned') ((a.abandonedAt = e.atSeconds), (a.waitAbandoned = e.waitSeconds));
    if (e.type === 'completed') a.completedAt = e.atSeconds;
  }
  return byKey;
}

/** The attempt that follows `key` if its contact ended as it did: the retrial, or the next contact. */
function following(key: string, a: Attempt): string {
  const [type, customer, contact, retrial] = key.split('/');
  return a.abandonedAt !== undefined
    ? `${type}/${customer}/${contact}/${Number(retrial) + 1}`
    : `${type}/${customer}/${Number(contact) + 1}/0`;
}

function play(forkAt: number, endAt: number) {
  const exercise = freePlayExercise(scenario);
  const a: TraceEvent[] = [];
  const original = new ExerciseSession(exercise, scenario, { trace: (e) => a.push(e) });
  original.advanceTo(forkAt);
  const before = a.length;
  const b: TraceEvent[] = [];
  const fork = forkSession(original, { trace: (e) => b.push(e) });
  expect(fork.intervene({ kind: 'set-agents', group: 'agents', agents: 3 }).ok).toBe(true);
  original.advanceTo(endAt);
  fork.advanceTo(endAt);
  expect(b.slice(0, before)).toEqual(a.slice(0, before));
  return { a: attempts(a), b: attempts(b), original, fork };
}

describe('fork the day with retrials and repeat contacts', () => {
  it('keeps every caller: arrivals, talk, patience, and the retry and repeat draws', () => {
    const { a, b, original, fork } = play(FORK_AT, END_AT);
    const ta = original.snapshot().total;
    const tb = fork.snapshot().total;
    // Not vacuous: the branches differ, with retrials and repeats in both.
    expect(tb.abandoned).toBeGreaterThan(ta.abandoned);
    expect(tb.retrials).not.toBe(ta.retrials);
    expect(ta.retrials).toBeGreaterThan(20);
    expect(ta.repeatContacts).toBeGreaterThan(20);

    let firstContacts = 0;
    let talks = 0;
    let patiences = 0;
    let sameEnding = 0;
    let laterTalks = 0;
    // Everything is checked; the counts (that the checks were not vacuous) are of attempts after the fork.
    for (const [key, x] of a) {
      const y = b.get(key);
      const late = x.arrivedAt >= FORK_AT ? 1 : 0;
      // A new customer arrives in both branches at the same instant.
      if (key.endsWith('/1/0')) {
        expect(y?.arrivedAt).toBe(x.arrivedAt);
        firstContacts += late;
      }
      if (y === undefined) continue;
      if (x.talkSeconds !== undefined && y.talkSeconds !== undefined) {
        expect(y.talkSeconds).toBeCloseTo(x.talkSeconds, 9);
        talks += late;
        if (!key.endsWith('/1/0')) laterTalks++;
      }
      // Patience, seen through waits (the attempt reached its queue at the same instant in both branches
      // when it arrived at the same instant: the IVR walk is the caller's own too).
      if (y.arrivedAt === x.arrivedAt && x.waitAbandoned !== undefined) {
        if (y.waitAbandoned !== undefined) expect(y.waitAbandoned).toBeCloseTo(x.waitAbandoned, 9);
        if (y.waitAnswered !== undefined) expect(y.waitAnswered).toBeLessThanOrEqual(x.waitAbandoned + 1e-9);
        patiences += late;
      }
      // The same ending (abandoned in both, or completed in both, both before the end) gives the same next
      // step: the caller retries or calls again in both branches or in neither, after the same delay.
      const endX = x.abandonedAt ?? x.completedAt;
      const endY = y.abandonedAt ?? y.completedAt;
      const sameKind = (x.abandonedAt === undefined) === (y.abandonedAt === undefined);
      if (endX === undefined || endY === undefined || !sameKind) continue;
      const nextKey = following(key, x);
      const nx = a.get(nextKey);
      const ny = b.get(nextKey);
      // A follow-up due after the end of arrivals is not simulated: compare only when both would fall inside.
      if (nx !== undefined && ny !== undefined) {
        expect(ny.arrivedAt - endY).toBeCloseTo(nx.arrivedAt - endX, 6);
        sameEnding += late;
      } else if (nx !== undefined && endY + (nx.arrivedAt - endX) < END_AT - 1) {
        throw new Error(`${nextKey} called again in the original only`);
      } else if (ny !== undefined && endX + (ny.arrivedAt - endY) < END_AT - 1) {
        throw new Error(`${nextKey} called again in the fork only`);
      }
    }
    expect(firstContacts).toBeGreaterThan(300);
    expect(talks).toBeGreaterThan(100);
    expect(patiences).toBeGreaterThan(100);
    expect(sameEnding).toBeGreaterThan(80);
    // Retrials and repeat contacts answered in both branches talked alike too (their own keyed draws).
    expect(laterTalks).toBeGreaterThan(10);
  });
});
