// Live runs: snapshots, stepwise advance equal to a one-shot run, and interventions that act in the direction
// and size they claim, with clear errors for bad ones.
import { describe, expect, it } from 'vitest';
import { AGENT_STATES } from '../../../src/sim/api';
import { runScenario } from '../../../src/sim/engine/simulation';
import { LiveSession } from '../../../src/sim/live/live-session';
import { parseScenario } from '../../../src/sim/scenario/validate';
import helpDesk from '../../../src/scenarios/help-desk.json';

function open(input: unknown = helpDesk): LiveSession {
  const opened = LiveSession.open(input);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.session;
}

describe('LiveSession', () => {
  it('refuses an invalid scenario with field paths', () => {
    const opened = LiveSession.open({ ...helpDesk, intervalMinutes: 7 });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.issues[0]?.path).toBe('intervalMinutes');
  });

  it('shows the floor at any instant, consistent with its layout', () => {
    const session = open();
    expect(session.layout.agents.map((a) => a.id)).toEqual([
      'agents-1',
      'agents-2',
      'agents-3',
      'agents-4',
      'agents-5',
      'agents-6',
    ]);
    let previous = session.snapshot();
    expect(previous.atSeconds).toBe(0);
    expect([...previous.agentStates].every((s) => AGENT_STATES[s] === 'idle')).toBe(true);
    for (let t = 600; t <= 28_800; t += 600) {
      session.advanceTo(t);
      const snap = session.snapshot();
      expect(snap.atSeconds).toBe(t);
      expect(snap.agentStates).toHaveLength(6);
      for (let i = 0; i < 6; i++) {
        const state = AGENT_STATES[snap.agentStates[i] as number];
        expect(state).toBeDefined();
        // An agent holds a call exactly when it is talking or wrapping up.
        expect(snap.agentCalls[i]! > 0).toBe(state === 'talking' || state === 'wrap-up');
        // The current call's path: it arrived before now, skipped the IVR (help desk has none), waited ≥ 0.
        const path = snap.agentCallPath!.subarray(i * 5, i * 5 + 5);
        if (snap.agentCalls[i]! > 0) {
          expect(path[0]).toBeLessThanOrEqual(t);
          expect([path[1], path[2], path[4]]).toEqual([0, 0, 0]);
          expect(path[3]).toBeGreaterThanOrEqual(0);
        } else expect(Number.isNaN(path[0])).toBe(true);
      }
      expect(snap.flows.arrived).toBeGreaterThanOrEqual(previous.flows.arrived);
      expect(snap.flows.arrived).toBe(snap.flows.answered + snap.flows.abandoned + snap.queueWaiting[0]!);
      expect(snap.total.offered).toBe(snap.total.answered + snap.total.abandoned + snap.total.waitingAtEnd);
      expect(snap.total.occupancy).toBeLessThanOrEqual(1);
      // Each agent's occupancy is a share, and the agents together make up the group's busy time.
      for (const o of snap.agentOccupancy!) expect(o >= 0 && o <= 1).toBe(true);
      const meanOccupancy = [...snap.agentOccupancy!].reduce((a, b) => a + b, 0) / 6;
      expect(meanOccupancy).toBeCloseTo(snap.total.occupancy, 9);
      // Time in each state per agent adds up to the time so far, and to the group's time in each state.
      const states = AGENT_STATES.length;
      for (let i = 0; i < 6; i++) {
        const sum = [...snap.agentStateSeconds!.subarray(i * states, (i + 1) * states)].reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(t, 6);
      }
      const talking = AGENT_STATES.indexOf('talking');
      const agentsTalking = [0, 1, 2, 3, 4, 5].reduce((a, i) => a + snap.agentStateSeconds![i * states + talking]!, 0);
      expect(agentsTalking).toBeCloseTo(session.snapshot().total.talkingSeconds, 6);
      previous = snap;
    }
  });

  it('gives the same result advanced in steps as run in one go', () => {
    const session = open();
    for (let t = 1; !session.isFinished; t += 997) session.advanceTo(t);
    const final = session.snapshot();
    const oneShot = runScenario(parseScenario(helpDesk));
    expect(final.finished).toBe(true);
    expect(final.total).toEqual(oneShot.total);
    expect(final.intervals).toEqual(oneShot.intervals);
  });

  it('adds agents mid-run: the same callers then wait less', () => {
    const base = open();
    const helped = open();
    for (const s of [base, helped]) s.advanceTo(3 * 3600);
    const response = helped.intervene({ kind: 'set-agents', group: 'agents', agents: 10 });
    expect(response.ok).toBe(true);
    if (response.ok) {
      expect(response.layout.version).toBe(2);
      expect(response.layout.agents).toHaveLength(10);
    }
    for (const s of [base, helped]) s.advanceTo(Infinity);
    const a = base.snapshot();
    const b = helped.snapshot();
    // Common random numbers: the same callers arrive in both runs.
    expect(b.total.offered).toBe(a.total.offered);
    const after = (snap: typeof a) => snap.intervals.filter((i) => i.startSeconds >= 3 * 3600);
    const waitAfter = (snap: typeof a) => after(snap).reduce((sum, i) => sum + (i.asaSeconds || 0) * i.answered, 0);
    expect(waitAfter(b)).toBeLessThan(waitAfter(a));
    expect(after(b)[0]!.staffedAgents).toBeCloseTo(10, 6);
    expect(b.groups['agents']!.staffedAgents).toBeGreaterThan(a.groups['agents']!.staffedAgents);
  });

  it('removes agents: busy ones finish their call, then log out; nobody serves afterwards', () => {
    const session = open();
    session.advanceTo(2 * 3600);
    const busyBefore = [...session.snapshot().agentStates].filter(
      (s) => AGENT_STATES[s] === 'talking' || AGENT_STATES[s] === 'wrap-up',
    ).length;
    expect(session.intervene({ kind: 'set-agents', group: 'agents', agents: 0 }).ok).toBe(true);
    const right = session.snapshot();
    const loggedOutNow = [...right.agentStates].filter((s) => AGENT_STATES[s] === 'logged-out').length;
    expect(loggedOutNow).toBe(6 - busyBefore);
    const answeredAtCut = right.flows.answered;
    session.advanceTo(2 * 3600 + 7200);
    const later = session.snapshot();
    expect([...later.agentStates].every((s) => AGENT_STATES[s] === 'logged-out')).toBe(true);
    expect(later.flows.answered).toBe(answeredAtCut);
    expect(later.flows.abandoned).toBeGreaterThan(right.flows.abandoned);
  });

  it('moves agents between groups', () => {
    const scenario = {
      ...helpDesk,
      agentGroups: [
        { id: 'front', queues: ['support'], agents: 4 },
        { id: 'back', queues: ['support'], agents: 2 },
      ],
    };
    const session = open(scenario);
    session.advanceTo(600);
    expect(session.intervene({ kind: 'move-agents', from: 'front', to: 'back', agents: 3 }).ok).toBe(true);
    session.advanceTo(4 * 3600);
    const snap = session.snapshot();
    const interval = snap.intervals[Math.floor((3 * 3600) / 1800)]!;
    expect(interval.staffedAgents).toBeCloseTo(6, 6);
    const active = (group: number) =>
      session.layout.agents.filter((a, i) => a.group === group && AGENT_STATES[snap.agentStates[i]!] !== 'logged-out')
        .length;
    expect([active(0), active(1)]).toEqual([1, 5]);
  });

  it('multiplies arrivals during a surge and restores them after', () => {
    const flat = {
      ...helpDesk,
      callTypes: [{ ...helpDesk.callTypes[0]!, arrivals: { callsPerHour: [200] } }],
      agentGroups: [{ id: 'agents', queues: ['support'], agents: 40 }],
    };
    const session = open(flat);
    session.advanceTo(3600);
    expect(session.intervene({ kind: 'arrival-surge', factor: 3, durationSeconds: 3600 }).ok).toBe(true);
    session.advanceTo(Infinity);
    const perHour = (h: number) =>
      session
        .snapshot()
        .intervals.filter((i) => Math.floor(i.startSeconds / 3600) === h)
        .reduce((a, i) => a + i.offered, 0);
    // Poisson counts: mean 200 (sd ≈ 14) and 600 (sd ≈ 24.5).
    expect(Math.abs(perHour(0) - 200)).toBeLessThan(4 * 14.2);
    expect(Math.abs(perHour(1) - 600)).toBeLessThan(4 * 24.5);
    expect(Math.abs(perHour(3) - 200)).toBeLessThan(4 * 14.2);
  });

  it('rejects bad interventions naming the field', () => {
    const session = open();
    const issues = (action: Parameters<LiveSession['intervene']>[0]) => {
      const r = session.intervene(action);
      return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(issues({ kind: 'set-agents', group: 'nobody', agents: 2 })).toEqual(['group: unknown agent group "nobody"']);
    expect(issues({ kind: 'set-agents', group: 'agents', agents: -1 })).toEqual([
      'agents: must be a whole number from 0 to 10000 (got -1)',
    ]);
    expect(issues({ kind: 'move-agents', from: 'agents', to: 'agents', agents: 1 })).toEqual([
      'to: must differ from "from"',
    ]);
    expect(issues({ kind: 'arrival-surge', factor: 0, durationSeconds: 60 })[0]).toMatch(/^factor: /);
    expect(issues({ kind: 'arrival-surge', callType: 'x', factor: 2, durationSeconds: 60 })[0]).toBe(
      'callType: unknown call type "x"',
    );
    session.advanceTo(Infinity);
    expect(issues({ kind: 'set-agents', group: 'agents', agents: 2 })).toEqual([
      ': the run has finished; reset it to intervene again',
    ]);
  });
});

describe('IVR outage', () => {
  const withIvr = {
    ...helpDesk,
    horizon: { kind: 'duration', seconds: 4 * 3600 },
    callTypes: [{ ...helpDesk.callTypes[0]!, ivr: 'menu', arrivals: { callsPerHour: [120] } }],
    ivr: {
      nodes: [
        {
          id: 'menu',
          prompt: { kind: 'deterministic', valueSeconds: 30 },
          selfService: { probability: 0.4, duration: { kind: 'deterministic', valueSeconds: 60 } },
        },
      ],
    },
    agentGroups: [{ id: 'agents', queues: ['support'], agents: 12 }],
  };

  it('sends callers straight to the agents while the IVR is down, then the IVR works again', () => {
    const session = open(withIvr);
    session.advanceTo(3600);
    const before = session.snapshot();
    expect(session.intervene({ kind: 'ivr-outage', mode: 'route-to-agents', durationSeconds: 3600 }).ok).toBe(true);
    session.advanceTo(7200);
    const during = session.snapshot();
    // Nobody was contained during the outage: every new caller reached the queue.
    const arrivedDuring = during.flows.arrived - before.flows.arrived;
    const leftIvrDuring = during.flows.leftIvr - before.flows.leftIvr;
    expect(arrivedDuring).toBeGreaterThan(80);
    expect(leftIvrDuring).toBeLessThanOrEqual(3); // only callers already in the IVR when it went down
    session.advanceTo(3 * 3600);
    const after = session.snapshot();
    expect(after.flows.leftIvr - during.flows.leftIvr).toBeGreaterThan(20);
  });

  it('can refuse callers with a busy signal instead, and is refused for a scenario without an IVR', () => {
    const session = open(withIvr);
    session.advanceTo(3600);
    expect(session.intervene({ kind: 'ivr-outage', mode: 'busy-signal', durationSeconds: 1800 }).ok).toBe(true);
    session.advanceTo(5400);
    expect(session.snapshot().flows.blocked).toBeGreaterThan(30);
    const plain = open();
    const refused = plain.intervene({ kind: 'ivr-outage', mode: 'busy-signal', durationSeconds: 60 });
    expect(refused.ok ? [] : refused.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'kind: this scenario has no IVR',
    ]);
  });
});
