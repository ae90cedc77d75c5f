// Shifts, breaks, off-phone activities, absenteeism, adherence, overtime and cost, each checked for the
// effect it claims.
import { describe, expect, it } from 'vitest';
import { runScenario, Simulation, type TraceEvent } from '../../../src/sim/engine/simulation';
import { buildScenario } from '../support/scenario-builder';

const HOUR = 3600;

/** Day shift 08:00–16:00 of `agents` people with a break at 10:00 and a meeting at 14:00. */
function shiftScenario(
  options: { callsPerHour?: number; agents?: number; absence?: number; days?: number; hourlyCost?: number } = {},
) {
  const days = options.days ?? 1;
  return buildScenario({
    horizon: { kind: 'duration', seconds: days * 24 * HOUR, drain: true },
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: {
          callsPerHour: [...Array(8).fill(0), ...Array(8).fill(options.callsPerHour ?? 60), ...Array(8).fill(0)],
        },
        talk: { kind: 'exponential', meanSeconds: 300 },
        afterCallWork: { kind: 'deterministic', valueSeconds: 30 },
        patience: { kind: 'exponential', meanSeconds: 300 },
      },
    ],
    agentGroups: [
      {
        id: 'g',
        queues: ['q'],
        agents: 0,
        ...(options.hourlyCost === undefined ? {} : { hourlyCost: options.hourlyCost }),
      },
    ],
    schedule: [
      {
        group: 'g',
        agents: options.agents ?? 8,
        startAt: 8 * HOUR,
        endAt: 16 * HOUR,
        breaks: [{ kind: 'break', startAt: 10 * HOUR, durationSeconds: 900 }],
        activities: [{ kind: 'meeting', startAt: 14 * HOUR, durationSeconds: 1800 }],
        ...(options.absence === undefined ? {} : { absenceProbability: options.absence }),
      },
    ],
  });
}

describe('shifts', () => {
  it('log agents in for the shift only', () => {
    const result = runScenario(shiftScenario({ callsPerHour: 0 }));
    const staffed = result.intervals.slice(0, 24).map((i) => i.staffedAgents);
    expect(staffed.slice(0, 8).every((s) => s === 0)).toBe(true);
    expect(staffed[8]).toBeCloseTo(8, 9);
    // 10:00–11:00: a 15-minute break for all 8: logged in but on break.
    expect(staffed[10]).toBeCloseTo(8, 9);
    expect(result.intervals[10]!.scheduledAgents).toBeCloseTo(8, 9);
    // …but available for calls only 45 minutes of that hour each.
    expect(result.intervals[10]!.availableAgents).toBeCloseTo(6, 9);
    expect(staffed.slice(16).every((s) => s === 0)).toBe(true);
    // With no calls every break and meeting starts on time: full adherence, no overtime.
    expect(result.total.adherence).toBe(1);
    expect(result.total.overtimeHours).toBe(0);
    expect(result.total.breakSeconds).toBeCloseTo(8 * 900, 6);
    expect(result.total.offPhoneSeconds).toBeCloseTo(8 * 1800, 6);
    expect(result.total.paidHours).toBeCloseTo(8 * 8, 9);
  });

  it('cost the paid hours at the hourly rate', () => {
    const result = runScenario(shiftScenario({ callsPerHour: 0, hourlyCost: 25 }));
    expect(result.total.cost).toBeCloseTo(8 * 8 * 25, 6);
    expect(result.groups['g']!.cost).toBeCloseTo(8 * 8 * 25, 6);
    const byInterval = result.intervals.reduce((a, i) => a + i.cost, 0);
    expect(byInterval).toBeCloseTo(result.total.cost, 6);
    expect(result.total.costPerHandledCall).toBeNaN();
    const busy = runScenario(shiftScenario({ callsPerHour: 60, hourlyCost: 25 }));
    expect(busy.total.costPerHandledCall).toBeCloseTo(
      busy.total.cost / busy.intervals.reduce((a, i) => a + i.answered, 0),
      0,
    );
  });

  it('let no agent take a call during a break or a meeting, and finish the current call first', () => {
    const events: TraceEvent[] = [];
    const scenario = shiftScenario({ callsPerHour: 120 });
    const result = new Simulation(scenario, { trace: (e) => events.push(e) }).run();
    for (const e of events) {
      if (e.type !== 'answered') continue;
      const t = e.atSeconds;
      expect(t >= 10 * HOUR && t < 10 * HOUR + 900).toBe(false);
      expect(t >= 14 * HOUR && t < 14 * HOUR + 1800).toBe(false);
      expect(t >= 8 * HOUR && t < 16 * HOUR).toBe(true);
    }
    // Under load, calls run past the start of breaks and the end of the shift.
    expect(result.total.adherence).toBeLessThan(1);
    expect(result.total.adherence).toBeGreaterThan(0.8);
    expect(result.total.overtimeHours).toBeGreaterThan(0);
    expect(result.total.utilisation).toBeLessThanOrEqual(1);
    // Occupancy is measured against available time, so breaks and meetings do not dilute it.
    expect(result.total.occupancy).toBeGreaterThan(result.total.utilisation);
    expect(result.total.occupancy).toBeCloseTo(result.total.busyAgents / result.total.availableAgents, 9);
    // Every call that was answered was completed by its agent (none dropped at a break or the shift's end).
    expect(events.filter((e) => e.type === 'completed').length).toBe(
      events.filter((e) => e.type === 'answered').length,
    );
  });

  it('lose the configured share of agents to absence, day by day', () => {
    const days = 60;
    const result = runScenario(shiftScenario({ callsPerHour: 0, absence: 0.2, days, agents: 10 }));
    const atNine = result.intervals.filter((i) => i.index % 24 === 9).map((i) => i.scheduledAgents);
    expect(atNine).toHaveLength(days);
    const mean = atNine.reduce((a, b) => a + b, 0) / days;
    // Binomial(10, 0.8) per day: mean 8, standard deviation √1.6 per day.
    expect(Math.abs(mean - 8)).toBeLessThanOrEqual((4 * Math.sqrt(1.6)) / Math.sqrt(days));
    expect(new Set(atNine).size).toBeGreaterThan(1);
  });
});

describe('proficiency and routing policy', () => {
  it('divides talk time by proficiency: 1.25 is 20% faster', () => {
    const base = buildScenario({ horizon: { kind: 'duration', seconds: 40 * HOUR } });
    const fast = buildScenario({
      horizon: { kind: 'duration', seconds: 40 * HOUR },
      agentGroups: [{ id: 'g', queues: ['q'], agents: 10, proficiency: { q: 1.25 } }],
    });
    const a = runScenario(base).total;
    const b = runScenario(fast).total;
    expect(b.offered).toBe(a.offered);
    // The same callers, with each talk time × 0.8 (drawn at arrival; only answered calls count, so compare means).
    expect(b.talkSeconds / a.talkSeconds).toBeGreaterThan(0.74);
    expect(b.talkSeconds / a.talkSeconds).toBeLessThan(0.86);
  });

  it('gives calls to the most proficient group first under that policy', () => {
    const groups = [
      { id: 'novices', queues: ['q'], agents: 5, proficiency: { q: 0.6 } },
      { id: 'experts', queues: ['q'], agents: 5, proficiency: { q: 1.4 } },
    ];
    const light = {
      callTypes: [
        { id: 'call', queue: 'q', arrivals: { callsPerHour: [20] }, talk: { kind: 'exponential', meanSeconds: 240 } },
      ],
    };
    const fair = runScenario(buildScenario({ ...light, agentGroups: groups }));
    const expert = runScenario(
      buildScenario({ ...light, agentGroups: groups, routing: { policy: 'most-proficient' } }),
    );
    // At light load the experts are nearly always free: they take almost every call.
    expect(expert.groups['experts']!.answered / expert.total.answered).toBeGreaterThan(0.95);
    expect(fair.groups['experts']!.answered / fair.total.answered).toBeLessThan(0.7);
    expect(expert.total.talkSeconds).toBeLessThan(fair.total.talkSeconds);
  });
});

describe('departments', () => {
  it('sum their queues', () => {
    const result = runScenario(
      buildScenario({
        departments: [
          { id: 'service', kind: 'customer-service' },
          { id: 'tech', kind: 'technical-support' },
        ],
        queues: [
          { id: 'q', department: 'service' },
          { id: 'billing', department: 'service' },
          { id: 'faults', department: 'tech' },
        ],
        callTypes: ['q', 'billing', 'faults'].map((q) => ({
          id: `c-${q}`,
          queue: q,
          arrivals: { callsPerHour: [40] },
          talk: { kind: 'exponential', meanSeconds: 240 },
        })),
        agentGroups: [{ id: 'g', queues: ['q', 'billing', 'faults'], agents: 10 }],
      }),
    );
    const service = result.departments['service']!;
    expect(service.offered).toBe(result.queues['q']!.offered + result.queues['billing']!.offered);
    expect(service.answered).toBe(result.queues['q']!.answered + result.queues['billing']!.answered);
    expect(result.departments['tech']!.offered).toBe(result.queues['faults']!.offered);
  });
});
