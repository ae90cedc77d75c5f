// Playing an exercise: injects fire at their exact instant, decisions take effect after their delay, cooldowns
// refuse early repeats, costs add up as documented, and active conditions last as long as they should.
import { describe, expect, it } from 'vitest';
import { AGENT_STATES } from '../../../src/sim/api';
import { ExerciseSession } from '../../../src/sim/exercise/exercise-session';
import { helpDesk, smallExercise } from './fixtures';

const LOGGED_OUT = AGENT_STATES.indexOf('logged-out');
function loggedIn(session: ExerciseSession): number {
  return Array.from(session.snapshot().agentStates).filter((s) => s !== LOGGED_OUT).length;
}

describe('ExerciseSession', () => {
  it('opens paused at 0 with nothing fired, and fires an inject exactly at its instant', () => {
    const session = new ExerciseSession(smallExercise(), helpDesk);
    expect(session.state()).toMatchObject({ atSeconds: 0, finished: false, injects: [], decisions: [] });
    session.advanceTo(1799.999);
    expect(session.state().injects).toEqual([]);
    expect(loggedIn(session)).toBe(6);
    session.advanceTo(1800);
    expect(session.state().injects.map((i) => [i.id, i.atSeconds])).toEqual([['sick', 1800]]);
    // Busy agents finish their call first; idle ones leave at once: at most 4 stay without a pending logout.
    session.advanceTo(3000);
    expect(session.state().injects.map((i) => i.id)).toEqual(['sick', 'surge']);
    expect(session.state().active).toEqual([
      { kind: 'arrival-surge', label: 'Surge', since: 3000, until: 4200, source: 'surge' },
    ]);
    session.advanceTo(4200);
    expect(session.state().active).toEqual([]);
  });

  it('applies a decision after its delay, at the exact instant, and keeps it active while pending', () => {
    const session = new ExerciseSession(smallExercise(), helpDesk);
    session.advanceTo(2500);
    const before = loggedIn(session);
    const response = session.intervene({ kind: 'add-agents', group: 'agents', agents: 2 });
    expect(response).toMatchObject({
      ok: true,
      decision: { requestedAt: 2500, appliedAt: 3100, status: 'pending', cost: 25 },
    });
    expect(session.state().active).toEqual([
      { kind: 'decision-pending', label: '2 more agent(s) in agents', since: 2500, until: 3100, source: '0' },
    ]);
    session.advanceTo(3099.999);
    expect(session.decisions[0]?.status).toBe('pending');
    expect(loggedIn(session)).toBe(before);
    session.advanceTo(3100);
    expect(session.decisions[0]?.status).toBe('applied');
    expect(loggedIn(session)).toBe(before + 2);
  });

  it('refuses a repeat inside the cooldown and accepts it after', () => {
    const session = new ExerciseSession(smallExercise(), helpDesk);
    session.advanceTo(2000);
    expect(session.intervene({ kind: 'add-agents', group: 'agents', agents: 1 }).ok).toBe(true);
    session.advanceTo(2899);
    expect(session.state().cooldowns['add-agents']).toBe(1);
    const early = session.intervene({ kind: 'add-agents', group: 'agents', agents: 1 });
    expect(early).toEqual({
      ok: false,
      issues: [{ path: 'kind', message: '"add-agents" is cooling down until 2900 s (now 2899 s; cooldown 900 s)' }],
    });
    session.advanceTo(2900);
    expect(session.intervene({ kind: 'add-agents', group: 'agents', agents: 1 }).ok).toBe(true);
  });

  it('costs each use plus the overtime premium of the agents added, to the end', () => {
    const session = new ExerciseSession(smallExercise(), helpDesk);
    session.advanceTo(1800); // the sick wave leaves 4 (or fewer pending) logged in
    session.advanceTo(2400);
    session.intervene({ kind: 'add-agents', group: 'agents', agents: 3 });
    session.advanceTo(Infinity);
    expect(session.isFinished).toBe(true);
    expect(session.endedAtSeconds).toBe(7200);
    // 25 per use + 12 per agent-hour × 3 agents × (7200 − 3000) s.
    expect(session.decisionCost()).toBeCloseTo(25 + (12 * 3 * 4200) / 3600, 9);
  });

  it('ends when the trainee ends it, and refuses decisions afterwards', () => {
    const session = new ExerciseSession(smallExercise(), helpDesk);
    session.advanceTo(1000);
    session.end();
    session.advanceTo(5000);
    expect(session.nowSeconds).toBe(1000);
    expect(session.intervene({ kind: 'set-routing-policy', policy: 'most-proficient' })).toMatchObject({ ok: false });
  });
});

describe('system slowdown inject', () => {
  it('makes calls answered while it lasts talk exactly factor × longer, caller by caller, and no others', () => {
    const talks = (withSlowdown: boolean) => {
      const exercise = smallExercise();
      exercise.injects = withSlowdown
        ? [
            {
              id: 'crm',
              atSeconds: 1800,
              title: 'CRM outage',
              message: 'The CRM is slow.',
              effect: { kind: 'system-slowdown', factor: 1.5, durationSeconds: 1800 },
            },
          ]
        : [];
      const answeredAt = new Map<number, number>();
      const talk = new Map<number, number>();
      const session = new ExerciseSession(exercise, helpDesk, {
        trace: (e) => {
          if (e.type === 'answered') answeredAt.set(e.call, e.atSeconds);
          if (e.type === 'talk-ended') talk.set(e.call, e.atSeconds - (answeredAt.get(e.call) as number));
        },
      });
      session.advanceTo(2000);
      if (withSlowdown) expect(session.state().active.map((c) => c.kind)).toEqual(['system-slowdown']);
      session.advanceTo(Infinity);
      return { answeredAt, talk };
    };
    const plain = talks(false);
    const slow = talks(true);
    let inWindow = 0;
    let outside = 0;
    for (const [call, t] of slow.talk) {
      const base = plain.talk.get(call);
      if (base === undefined) continue;
      const at = slow.answeredAt.get(call) as number;
      const factor = at >= 1800 && at < 3600 ? 1.5 : 1;
      expect(t).toBeCloseTo(base * factor, 6);
      if (factor > 1) inWindow++;
      else outside++;
    }
    expect(inWindow).toBeGreaterThan(20);
    expect(outside).toBeGreaterThan(20);
  });
});
