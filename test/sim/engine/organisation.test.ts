// Each organisation mechanism does what docs/organisation.md claims, in direction and rough size.
import { describe, expect, it } from 'vitest';
import { Simulation, runScenario } from '../../../src/sim/engine/simulation';
import { erlangC } from '../../../src/sim/analytic/erlang-c';
import { findBuiltInScenario } from '../../../src/scenarios';
import type { RunResult } from '../../../src/sim/results';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { buildScenario } from '../support/scenario-builder';

const HOUR = 3600;

function mean(values: number[]): number {
  return values.reduce((a, v) => a + v, 0) / values.length;
}

function runs(scenario: Scenario, replications: number): RunResult[] {
  return Array.from({ length: replications }, (_, r) => runScenario(scenario, { replication: r }));
}

/** Two queues in one department, one busy (ρ = 0.95 on its own team) and one quiet (ρ = 0.5): Erlang C callers. */
function unbalanced(structure?: Record<string, unknown>) {
  const call = (id: string, queue: string, callsPerHour: number) => ({
    id,
    queue,
    arrivals: { callsPerHour: [callsPerHour] },
    talk: { kind: 'exponential', meanSeconds: 300 },
  });
  return buildScenario({
    horizon: { kind: 'duration', seconds: 60 * HOUR },
    warmupSeconds: 2 * HOUR,
    departments: [{ id: 'service', ...(structure ? { structure } : {}) }],
    queues: [
      { id: 'busy', department: 'service' },
      { id: 'quiet', department: 'service' },
    ],
    callTypes: [call('b', 'busy', 114), call('q', 'quiet', 60)],
    agentGroups: [
      { id: 'busy-team', queues: ['busy'], agents: 10 },
      { id: 'quiet-team', queues: ['quiet'], agents: 10 },
    ],
  });
}

describe('self-managed pooling', () => {
  it('cuts the wait under unbalanced load to what Erlang C gives the pooled floor', () => {
    const fixed = runs(unbalanced(), 4);
    const pooled = runs(unbalanced({ kind: 'self-managed', pooling: { crossQueueProficiency: 1 } }), 4);
    const asaFixed = mean(fixed.map((r) => r.total.asaSeconds));
    const asaPooled = mean(pooled.map((r) => r.total.asaSeconds));
    // Fixed teams: the busy queue alone is an M/M/10 at ρ = 0.95 (ASA about 2 minutes); pooled, 20 agents
    // share 14.5 erlangs, an M/M/20 at ρ = 0.725 (ASA of a few seconds).
    expect(asaPooled).toBeLessThan(asaFixed / 5);
    const theory = erlangC({ callsPerHour: 174, ahtSeconds: 300, agents: 20, thresholdSeconds: 20 });
    const perRun = pooled.map((r) => r.total.asaSeconds);
    const sd = Math.sqrt(perRun.reduce((a, v) => a + (v - asaPooled) ** 2, 0) / (perRun.length - 1));
    expect(Math.abs(asaPooled - theory.asaSeconds)).toBeLessThan(4 * (sd / Math.sqrt(perRun.length)) + 0.5);
    // The quiet team now answers busy callers too.
    expect(pooled[0]!.queues['busy']!.answered).toBeGreaterThan(0);
  });

  it('slows cross-queue work by crossQueueProficiency', () => {
    const slow = runScenario(unbalanced({ kind: 'self-managed', pooling: { crossQueueProficiency: 0.5 } }));
    const full = runScenario(unbalanced({ kind: 'self-managed', pooling: { crossQueueProficiency: 1 } }));
    // Some calls now take twice as long, so the mean talk time rises.
    expect(slow.total.talkSeconds).toBeGreaterThan(full.total.talkSeconds * 1.05);
  });
});

function serviceFloor(id: string, edit: (s: Scenario) => void = () => {}): Scenario {
  const s = structuredClone(findBuiltInScenario(id) as Scenario);
  edit(s);
  return s;
}

describe('hierarchical floor', () => {
  it('sizes the team leads by span of control, and few leads grow the escalation queue', () => {
    const withSpan = (agentsPerLead: number) =>
      serviceFloor('service-floor-hierarchical', (s) => {
        const structure = s.departments?.[0]?.structure;
        if (structure?.teamLeads) structure.teamLeads.agentsPerLead = agentsPerLead;
      });
    const few = runs(withSpan(29), 3); // 29 agents → 1 lead
    const many = runs(withSpan(8), 3); // → 4 leads
    expect(few[0]!.groups['leads']!.staffedAgents).toBeCloseTo(1, 6);
    expect(many[0]!.groups['leads']!.staffedAgents).toBeCloseTo(4, 6);
    const queue = (rs: RunResult[]) => mean(rs.map((r) => r.queues['escalations']!.meanQueueLength));
    expect(queue(few)).toBeGreaterThan(3 * queue(many));
    expect(mean(few.map((r) => r.queues['escalations']!.asaSeconds))).toBeGreaterThan(
      3 * mean(many.map((r) => r.queues['escalations']!.asaSeconds)),
    );
  });

  it('moves idle agents to a queue in trouble at reviews, after the reaction delay', () => {
    const review = { everyMinutes: 15, reactionDelayMinutes: 5, waitingAbove: 3, moveAgents: 2 };
    const without = runs(unbalanced({ kind: 'hierarchical' }), 3);
    const withReview = runs(unbalanced({ kind: 'hierarchical', review }), 3);
    const moved = withReview.map((r) => r.total.agentsReassigned);
    expect(Math.min(...moved)).toBeGreaterThan(0);
    expect(without.every((r) => r.total.agentsReassigned === 0)).toBe(true);
    const busyAsa = (rs: RunResult[]) => mean(rs.map((r) => r.queues['busy']!.asaSeconds));
    expect(busyAsa(withReview)).toBeLessThan(busyAsa(without) * 0.7);
    // Agents are moved, not hired: the floor keeps its 20 people.
    for (const r of withReview)
      expect(r.groups['busy-team']!.staffedAgents + r.groups['quiet-team']!.staffedAgents).toBeCloseTo(20, 6);
  });

  it('reacts later with a longer reaction delay', () => {
    const at = (delay: number) =>
      runScenario(
        unbalanced({
          kind: 'hierarchical',
          review: { everyMinutes: 15, reactionDelayMinutes: delay, waitingAbove: 3, moveAgents: 2 },
        }),
      );
    expect(at(0).queues['busy']!.asaSeconds).toBeLessThan(at(120).queues['busy']!.asaSeconds);
  });
});

/** Agents who escalate a share of calls to a lead queue, in one department whose structure is given. */
function escalating(structure: Record<string, unknown> | undefined, agents = 12) {
  return buildScenario({
    horizon: { kind: 'duration', seconds: 40 * HOUR },
    departments: [
      { id: 'service', ...(structure ? { structure } : {}) },
      { id: 'tier2', kind: 'escalation' },
    ],
    queues: [
      { id: 'q', department: 'service' },
      { id: 'esc', department: 'tier2' },
    ],
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [100] },
        talk: { kind: 'exponential', meanSeconds: 240 },
        transfer: { to: 'esc', probability: 0.2, mode: 'cold', talk: { kind: 'exponential', meanSeconds: 300 } },
      },
    ],
    agentGroups: [
      { id: 'g', queues: ['q'], agents },
      { id: 'leads', role: 'team-lead', queues: ['esc'], agents: 3 },
    ],
  });
}

describe('peer consults (self-managed)', () => {
  const peerConsult = { resolveProbability: 0.5, duration: { kind: 'exponential', meanSeconds: 120 } };

  it('take an idle peer first and avoid the escalations they resolve', () => {
    const before = runScenario(escalating(undefined));
    const after = runScenario(escalating({ kind: 'self-managed', peerConsult }));
    const t = after.total;
    // Every escalation attempt either found no idle peer, or was consulted; the unresolved consults escalate.
    expect(t.escalated).toBe(t.peerUnavailable + t.peerConsults - t.peerConsultsResolved);
    expect(t.peerConsults).toBeGreaterThan(100);
    expect(t.peerConsultsResolved / t.peerConsults).toBeGreaterThan(0.4);
    expect(t.peerConsultsResolved / t.peerConsults).toBeLessThan(0.6);
    expect(t.escalated).toBeLessThan(before.total.escalated * 0.75);
    // Consults cost time: the caller waits on hold, and the peer is busy meanwhile.
    expect(t.meanHoldSeconds).toBeGreaterThan(before.total.meanHoldSeconds);
  });

  it('escalate at once when no peer is idle', () => {
    const lonely = runScenario(escalating({ kind: 'self-managed', peerConsult }, 1));
    expect(lonely.total.peerConsults).toBe(0);
    expect(lonely.total.peerUnavailable).toBe(lonely.total.escalated);
  });
});

/** A day of shifts with breaks at fixed times. */
function shiftDay(structure: Record<string, unknown> | undefined, callsPerHour = 150) {
  return buildScenario({
    horizon: { kind: 'duration', seconds: 8 * HOUR },
    intervalMinutes: 30,
    departments: [{ id: 'service', ...(structure ? { structure } : {}) }],
    queues: [{ id: 'q', department: 'service' }],
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [callsPerHour] },
        talk: { kind: 'exponential', meanSeconds: 240 },
        patience: { kind: 'exponential', meanSeconds: 180 },
      },
    ],
    agentGroups: [{ id: 'g', queues: ['q'], agents: 0 }],
    schedule: [
      {
        group: 'g',
        agents: 12,
        startAt: 0,
        endAt: 8 * HOUR,
        breaks: [
          { kind: 'break', startAt: 2 * HOUR, durationSeconds: 900 },
          { kind: 'lunch', startAt: 4 * HOUR, durationSeconds: 1800 },
        ],
      },
    ],
  });
}

describe('break shifting (self-managed)', () => {
  it('puts breaks off while callers wait, up to the limit, and keeps their full length', () => {
    const structure = { kind: 'self-managed', breakShifting: { waitingAbove: 0, maxDelayMinutes: 15 } };
    const fixed = runScenario(shiftDay(undefined, 170));
    const shifted = runScenario(shiftDay(structure, 170));
    expect(shifted.total.breaksShifted).toBeGreaterThan(0);
    expect(shifted.total.breakShiftMeanSeconds).toBeGreaterThan(0);
    expect(shifted.total.breakShiftMeanSeconds).toBeLessThanOrEqual(15 * 60);
    // Breaks move, they are not lost: the same person-seconds of break within 10%.
    expect(Math.abs(shifted.total.breakSeconds - fixed.total.breakSeconds) / fixed.total.breakSeconds).toBeLessThan(
      0.1,
    );
    expect(fixed.total.breaksShifted).toBe(0);
  });

  it('never shifts a break when the queue is short enough', () => {
    const calm = runScenario(
      shiftDay({ kind: 'self-managed', breakShifting: { waitingAbove: 100, maxDelayMinutes: 15 } }, 60),
    );
    expect(calm.total.breaksShifted).toBe(0);
  });
});

describe('meetings (self-managed)', () => {
  it('take the whole team off the phones every day for their length', () => {
    const meeting = runScenario(
      shiftDay({ kind: 'self-managed', meetings: [{ startAt: 6 * HOUR, durationSeconds: 600 }] }, 60),
    );
    const none = runScenario(shiftDay(undefined, 60));
    // Everyone joins, idle at once or after the call in hand; one whose call outlasts the meeting misses it.
    expect(meeting.total.meetingSessions).toBeGreaterThanOrEqual(10);
    expect(meeting.total.meetingSessions).toBeLessThanOrEqual(12);
    const extraOffPhone = meeting.total.offPhoneSeconds - none.total.offPhoneSeconds;
    // Up to 12 people × 600 s, less the minutes of those who finish a call first.
    expect(extraOffPhone).toBeGreaterThan(meeting.total.meetingSessions * 600 * 0.7);
    expect(extraOffPhone).toBeLessThanOrEqual(12 * 600 + 1e-6);
  });
});

/** New hires on a learning curve, with optional QA, coaching and knowledge sharing. */
function cohort(extra: Record<string, unknown> = {}, structure?: Record<string, unknown>) {
  return buildScenario({
    horizon: { kind: 'duration', seconds: 16 * HOUR },
    departments: [{ id: 'service', ...(structure ? { structure } : {}) }],
    queues: [{ id: 'q', department: 'service' }],
    callTypes: [
      { id: 'call', queue: 'q', arrivals: { callsPerHour: [60] }, talk: { kind: 'exponential', meanSeconds: 240 } },
    ],
    agentGroups: [
      { id: 'new', queues: ['q'], agents: 8, learning: { startEfficiency: 0.5, halfwayCalls: 100 } },
      { id: 'leads', role: 'team-lead', queues: ['q'], agents: 2 },
    ],
    ...extra,
  });
}

describe('QA, coaching and knowledge sharing', () => {
  it('QA feedback raises proficiency and costs the agents time', () => {
    const qa = {
      analysts: 2,
      reviewMinutes: 15,
      feedbackSeconds: 600,
      experienceCalls: 20,
      groups: ['new'],
      hourlyCost: 25,
    };
    const without = runScenario(cohort());
    const withQa = runScenario(cohort({ qa }));
    expect(withQa.total.qaReviews).toBe(2 * Math.floor((16 * HOUR) / (15 * 60)));
    expect(withQa.total.qaFeedbackSessions).toBeGreaterThan(withQa.total.qaReviews * 0.8);
    expect(withQa.total.meanEfficiency).toBeGreaterThan(without.total.meanEfficiency + 0.05);
    const talkPerCall = (r: RunResult) => r.groups['new']!.talkingSeconds / r.groups['new']!.answered;
    expect(talkPerCall(withQa)).toBeLessThan(talkPerCall(without));
    expect(withQa.groups['new']!.offPhoneSeconds).toBeGreaterThan(withQa.total.qaFeedbackSessions * 600 * 0.9);
    // The analysts are paid: 2 × $25 an hour over the observed run.
    const hours = withQa.observedSeconds / 3600;
    expect(withQa.total.supportStaffCost).toBeCloseTo(2 * 25 * hours, 6);
    // The agents' own paid time barely moves (the run drains a little later or earlier).
    expect(
      Math.abs(withQa.total.cost - withQa.total.supportStaffCost - without.total.cost) / without.total.cost,
    ).toBeLessThan(0.02);
  });

  it('team leads coach the slowest idle new hire, which takes both off the phones', () => {
    const coaching = { leads: 'leads', groups: ['new'], everyMinutes: 30, durationSeconds: 900, experienceCalls: 30 };
    const without = runScenario(cohort());
    const coached = runScenario(cohort({ coaching }));
    expect(coached.total.coachingSessions).toBeGreaterThan(10);
    expect(coached.total.meanEfficiency).toBeGreaterThan(without.total.meanEfficiency + 0.03);
    expect(coached.groups['leads']!.offPhoneSeconds).toBeCloseTo(coached.groups['new']!.offPhoneSeconds, 6);
    expect(coached.groups['leads']!.offPhoneSeconds).toBeGreaterThan(coached.total.coachingSessions * 900 * 0.99 - 900);
  });

  it('knowledge sharing speeds up the learning curve', () => {
    const slow = runScenario(cohort({}, { kind: 'self-managed' }));
    const fast = runScenario(cohort({}, { kind: 'self-managed', knowledgeSharing: { learningSpeedup: 3 } }));
    expect(fast.total.meanEfficiency).toBeGreaterThan(slow.total.meanEfficiency + 0.05);
  });

  it('training activities add experience to those who attend', () => {
    const schedule = (experienceCalls?: number) => ({
      agentGroups: [
        { id: 'new', queues: ['q'], agents: 0, learning: { startEfficiency: 0.5, halfwayCalls: 100 } },
        { id: 'leads', role: 'team-lead', queues: ['q'], agents: 2 },
      ],
      schedule: [
        {
          group: 'new',
          agents: 8,
          startAt: 0,
          endAt: 16 * HOUR,
          activities: [
            { kind: 'training', startAt: HOUR, durationSeconds: HOUR, ...(experienceCalls ? { experienceCalls } : {}) },
          ],
        },
      ],
    });
    const plain = runScenario(cohort(schedule()));
    const trained = runScenario(cohort(schedule(50)));
    expect(trained.total.trainingSessions).toBe(8);
    expect(plain.total.trainingSessions).toBe(0);
    expect(trained.total.meanEfficiency).toBeGreaterThan(plain.total.meanEfficiency + 0.05);
  });
});

describe('fatigue', () => {
  it('is off by default', () => {
    const r = runScenario(cohort());
    expect(Number.isNaN(r.total.meanSlowdown)).toBe(true);
  });

  it('slows agents kept above the occupancy threshold', () => {
    const fatigue = {
      occupancyAbove: 0.5,
      slowdownPerHour: 0.05,
      recoveryPerHour: 0.05,
      maxSlowdown: 0.3,
      absenceIncrease: 0,
    };
    const busy = (withFatigue: boolean) =>
      buildScenario({
        horizon: { kind: 'duration', seconds: 10 * HOUR },
        callTypes: [
          {
            id: 'call',
            queue: 'q',
            arrivals: { callsPerHour: [130] },
            talk: { kind: 'exponential', meanSeconds: 240 },
            patience: { kind: 'exponential', meanSeconds: 300 },
          },
        ],
        ...(withFatigue ? { fatigue } : {}),
      });
    const rested = runScenario(busy(false));
    const tired = runScenario(busy(true));
    expect(tired.total.meanSlowdown).toBeGreaterThan(0.1);
    expect(tired.total.talkSeconds).toBeGreaterThan(rested.total.talkSeconds * 1.05);
  });
});

describe('support staff', () => {
  it('adds exactly its hourly cost to the cost, and to the cost per handled call', () => {
    const plain = runScenario(cohort());
    const staffed = runScenario(cohort({ staff: [{ role: 'manager', count: 2, hourlyCost: 50 }] }));
    const hours = plain.observedSeconds / 3600;
    expect(staffed.total.supportStaffCost).toBeCloseTo(2 * 50 * hours, 6);
    expect(staffed.total.cost).toBeCloseTo(plain.total.cost + 2 * 50 * hours, 6);
    expect(staffed.total.costPerHandledCall).toBeGreaterThan(plain.total.costPerHandledCall);
    // The calls themselves are untouched: same callers, same service.
    expect(staffed.total.answered).toBe(plain.total.answered);
  });
});

describe('the presets', () => {
  it('self-managed beats hierarchical on waits for the same callers, with fewer escalations', () => {
    const h = runs(serviceFloor('service-floor-hierarchical'), 4);
    const s = runs(serviceFloor('service-floor-self-managed'), 4);
    expect(mean(s.map((r) => r.total.asaSeconds))).toBeLessThan(mean(h.map((r) => r.total.asaSeconds)));
    expect(mean(s.map((r) => r.total.escalated))).toBeLessThan(mean(h.map((r) => r.total.escalated)));
    for (const r of [...h, ...s]) {
      const t = r.total;
      expect(t.offered).toBe(t.answered + t.abandoned + t.waitingAtEnd);
      expect(t.occupancy).toBeLessThanOrEqual(1);
    }
    expect(mean(h.map((r) => r.total.agentsReassigned))).toBeGreaterThan(0);
    expect(mean(s.map((r) => r.total.peerConsults))).toBeGreaterThan(0);
  });

  it('onboarding week: the cohort grows faster day by day', () => {
    const r = runScenario(serviceFloor('onboarding-week'));
    expect(r.total.meanEfficiency).toBeGreaterThan(0.7);
    expect(r.total.trainingSessions).toBeGreaterThan(30);
    const dayAht = [0, 4].map((d) => {
      const rows = r.intervals.filter((i) => Math.floor(i.startSeconds / 86_400) === d && i.answered > 0);
      return rows.reduce((a, i) => a + i.talkSeconds * i.answered, 0) / rows.reduce((a, i) => a + i.answered, 0);
    });
    expect(dayAht[1]).toBeLessThan(dayAht[0]!);
  });
});

describe('changing a structure during a run', () => {
  // Per group, unless agents moved (a moved agent's state times go with it to its new group).
  const busyTimeAgrees = (r: RunResult) => {
    for (const g of r.total.agentsReassigned === 0 ? [...Object.values(r.groups), r.total] : [r.total]) {
      const inStates = g.talkingSeconds + g.holdSeconds + g.wrapUpSeconds;
      expect(Math.abs(g.busyAgents * r.observedSeconds - inStates)).toBeLessThan(1e-6 * Math.max(1, inStates));
    }
  };

  it('pools the queues from that moment: idle agents take the callers already waiting, and waits fall', () => {
    const sim = new Simulation(unbalanced());
    // Advance minute by minute to a moment when busy-queue callers wait while quiet-team agents sit idle.
    let t = 10 * HOUR;
    sim.runUntil(t);
    while (!(sim.waitingIn(0) > 0 && sim.agents.idleCount(1) >= sim.waitingIn(0))) sim.runUntil((t += 60));
    sim.setStructure('service', { kind: 'self-managed', pooling: { crossQueueProficiency: 1 } });
    expect(sim.waitingIn(0)).toBe(0);
    const switchedAt = t;
    const r = sim.run();
    busyTimeAgrees(r);
    const asa = (before: boolean) => {
      const rows = r.intervals.filter(
        (i) => i.startSeconds < switchedAt - HOUR === before && i.startSeconds > 2 * HOUR && i.answered > 0,
      );
      return rows.reduce((a, i) => a + i.asaSeconds * i.answered, 0) / rows.reduce((a, i) => a + i.answered, 0);
    };
    expect(asa(false)).toBeLessThan(asa(true) / 3);
    expect(sim.scenario.agentGroups[1]!.queues).toEqual(['quiet', 'busy']);
  });

  it('starts reviews when a department becomes hierarchical, and reports an unknown department', () => {
    const sim = new Simulation(unbalanced({ kind: 'self-managed', pooling: { crossQueueProficiency: 1 } }));
    sim.runUntil(10 * HOUR);
    const before = sim.resultSoFar().total.agentsReassigned;
    sim.setStructure('service', {
      kind: 'hierarchical',
      review: { everyMinutes: 15, reactionDelayMinutes: 5, waitingAbove: 3, moveAgents: 2 },
    });
    expect(sim.scenario.agentGroups[1]!.queues).toEqual(['quiet']);
    const r = sim.run();
    expect(before).toBe(0);
    expect(r.total.agentsReassigned).toBeGreaterThan(0);
    busyTimeAgrees(r);
    expect(() => sim.setStructure('nowhere', undefined)).toThrow(/department: unknown department "nowhere"/);
  });

  it('charges supervisors only from the moment they exist', () => {
    const sim = new Simulation(unbalanced());
    sim.runUntil(20 * HOUR);
    sim.setStructure('service', { kind: 'hierarchical', supervisors: { agentsPerSupervisor: 10, hourlyCost: 30 } });
    const r = sim.run();
    // 2 supervisors × $30 from hour 20 to the end of the run.
    expect(r.total.supportStaffCost).toBeCloseTo((2 * 30 * (r.endSeconds - 20 * HOUR)) / HOUR, 6);
  });
});
