// Replaying a session reproduces the KPIs exactly; a fork with no change reproduces the original bit for bit;
// after a fork with another decision every caller keeps its arrival, type, talk time and patience.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../src/sim/engine/trace';
import { exerciseCode } from '../../../src/sim/exercise/code';
import { ExerciseSession } from '../../../src/sim/exercise/exercise-session';
import { compareBranches, forkSession, freePlayExercise } from '../../../src/sim/exercise/fork';
import { replaySessionFile, sessionFile } from '../../../src/sim/exercise/replay';
import type { Exercise, ExerciseAction } from '../../../src/sim/exercise/types';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { helpDesk, mondayPeak, smallExercise } from './fixtures';

describe('session replay', () => {
  it('reproduces the KPIs exactly, whatever snapshots the original took while playing', () => {
    const exercise = smallExercise();
    const session = new ExerciseSession(exercise, helpDesk);
    for (let t = 7.3; t < 2345.6; t += 61.7) {
      session.advanceTo(t);
      session.snapshot();
    }
    session.intervene({ kind: 'add-agents', group: 'agents', agents: 2 });
    session.advanceTo(4000.25);
    session.intervene({ kind: 'set-routing-policy', policy: 'most-proficient' });
    session.advanceTo(Infinity);
    const file = JSON.parse(JSON.stringify(sessionFile(session))) as unknown;
    const replay = replaySessionFile(file, exercise, helpDesk, exerciseCode(exercise));
    if (!replay.ok) throw new Error(JSON.stringify(replay.issues));
    expect(replay.matchesRecorded).toBe(true);
    expect(replay.session.snapshot().total).toEqual(session.snapshot().total);
    expect(replay.session.snapshot().intervals).toEqual(session.snapshot().intervals);
  });
});

function traced(): { events: TraceEvent[]; trace: (e: TraceEvent) => void } {
  const events: TraceEvent[] = [];
  return { events, trace: (e) => events.push(e) };
}

/** Per call serial: its arrival instant, type, talk seconds (if answered) and wait (answered or abandoned). */
function callers(events: TraceEvent[]) {
  const byCall = new Map<
    number,
    {
      arrivedAt?: number;
      type: string;
      talk?: number;
      answeredAt?: number;
      waitAnswered?: number;
      waitAbandoned?: number;
    }
  >();
  for (const e of events) {
    const c = byCall.get(e.call) ?? { type: e.callType };
    if (e.type === 'arrived') c.arrivedAt = e.atSeconds;
    if (e.type === 'answered') {
      c.answeredAt = e.atSeconds;
      c.waitAnswered = e.waitSeconds;
    }
    if (e.type === 'talk-ended' && c.answeredAt !== undefined) c.talk = e.atSeconds - c.answeredAt;
    if (e.type === 'abandoned') c.waitAbandoned = e.waitSeconds;
    byCall.set(e.call, c);
  }
  return byCall;
}

/**
 * Plays `exercise` to `forkAt`, forks, takes `decision` in the fork only, and runs both branches to `endAt`;
 * checks that the events before the fork are identical in both.
 */
function forkWith(exercise: Exercise, scenario: Scenario, forkAt: number, decision: ExerciseAction, endAt: number) {
  const a = traced();
  const original = new ExerciseSession(exercise, scenario, { trace: a.trace });
  original.advanceTo(forkAt);
  const before = a.events.length;
  const b = traced();
  const fork = forkSession(original, { trace: b.trace });
  expect(fork.intervene(decision).ok).toBe(true);
  original.advanceTo(endAt);
  fork.advanceTo(endAt);
  expect(b.events.slice(0, before)).toEqual(a.events.slice(0, before));
  return { a, b, original, fork };
}

describe('fork the day', () => {
  const exercise = freePlayExercise(mondayPeak);

  it('a fork with no change reproduces the original run bit for bit', () => {
    const a = traced();
    const original = new ExerciseSession(exercise, mondayPeak, { trace: a.trace });
    original.advanceTo(3000);
    original.intervene({ kind: 'add-agents', group: 'billing-team', agents: 3 });
    original.advanceTo(5400.5);
    const b = traced();
    const fork = forkSession(original, { trace: b.trace });
    expect(fork.nowSeconds).toBe(5400.5);
    expect(b.events).toEqual(a.events);
    original.advanceTo(14_400);
    fork.advanceTo(14_400);
    expect(b.events).toEqual(a.events);
    expect(fork.snapshot().total).toEqual(original.snapshot().total);
    expect(fork.snapshot().intervals).toEqual(original.snapshot().intervals);
  });

  it('after a fork with another decision, every caller keeps arrival, type, talk time and patience', () => {
    const decision: ExerciseAction = { kind: 'add-agents', group: 'billing-team', agents: 6 };
    const { a, b, original, fork } = forkWith(exercise, mondayPeak, 3600, decision, 14_400);
    const comparison = compareBranches(original, fork);
    expect(comparison.answeredDelta).toBeGreaterThan(0);

    const ca = callers(a.events);
    const cb = callers(b.events);
    expect([...cb.keys()].filter((k) => cb.get(k)?.arrivedAt !== undefined).length).toBe(
      [...ca.keys()].filter((k) => ca.get(k)?.arrivedAt !== undefined).length,
    );
    let checkedTalk = 0;
    let checkedPatience = 0;
    for (const [call, x] of ca) {
      const y = cb.get(call);
      expect(y?.arrivedAt).toBe(x.arrivedAt);
      expect(y?.type).toBe(x.type);
      if (x.talk !== undefined && y?.talk !== undefined) {
        expect(y.talk).toBeCloseTo(x.talk, 9);
        checkedTalk++;
      }
      // Patience is seen through waits: a caller who abandoned after w in one branch waited no longer than w
      // to be answered in the other, and abandoned after exactly w if it abandoned in both.
      if (x.waitAbandoned !== undefined && y?.waitAbandoned !== undefined) {
        expect(y.waitAbandoned).toBeCloseTo(x.waitAbandoned, 9);
        checkedPatience++;
      }
      if (x.waitAbandoned !== undefined && y?.waitAnswered !== undefined) {
        expect(y.waitAnswered).toBeLessThanOrEqual(x.waitAbandoned + 1e-9);
        checkedPatience++;
      }
    }
    expect(checkedTalk).toBeGreaterThan(1000);
    expect(checkedPatience).toBeGreaterThan(100);
  });

  it('with retrials: the run before the fork is identical and fresh arrival instants are kept (caller by caller: fork-retrials.test.ts)', () => {
    const withRetrials: Scenario = {
      ...helpDesk,
      callTypes: helpDesk.callTypes.map((ct) => ({
        ...ct,
        retrial: { probability: 0.8, delay: { kind: 'exponential', meanSeconds: 600 } },
      })),
    };
    const free = freePlayExercise(withRetrials);
    const decision: ExerciseAction = { kind: 'set-agents', group: 'agents', agents: 10 };
    const { a, b, original, fork } = forkWith(free, withRetrials, 7200, decision, 21_600);
    // Retrials differ between the branches, so serials shift; fresh arrivals (arrivals minus retrials) keep
    // their instants: every fresh arrival instant of one branch is an arrival instant of the other.
    const instants = (events: TraceEvent[]) => events.filter((e) => e.type === 'arrived').map((e) => e.atSeconds);
    const inB = new Set(instants(b.events));
    const shared = instants(a.events).filter((t) => inB.has(t)).length;
    const ta = original.snapshot().total;
    const tb = fork.snapshot().total;
    expect(tb.retrials).not.toBe(ta.retrials);
    expect(shared).toBeGreaterThanOrEqual(ta.offered - ta.retrials);
  });
});
