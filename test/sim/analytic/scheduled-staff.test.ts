// The Erlang prediction follows the schedule: staff per interval from shifts (breaks, activities, absence and
// a shift past midnight counted), and each interval's Erlang C equals the textbook formula for that staff.
import { describe, expect, it } from 'vitest';
import { scheduledAgents } from '../../../src/sim/analytic/scheduled-staff';
import { createSimulatorService } from '../../../src/sim/service';
import { builtInScenarios } from '../../../src/scenarios/index';
import helpDesk from '../../../src/scenarios/help-desk.json';

const service = createSimulatorService(builtInScenarios);

/** Erlang C's service level written out from its definition (sum of Poisson terms), for c agents and A erlangs. */
function erlangCServiceLevel(c: number, a: number, ahtSeconds: number, thresholdSeconds: number): number {
  let term = 1;
  let sum = 1; // Σ_{k<c} A^k / k!
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const top = ((term * a) / c) * (c / (c - a)); // A^c / c! × c / (c − A)
  const waitProbability = top / (sum + top);
  return 1 - waitProbability * Math.exp((-(c - a) * thresholdSeconds) / ahtSeconds);
}

describe('scheduledAgents', () => {
  const shift = {
    agents: 10,
    startAt: 3600,
    endAt: 7200,
    breaks: [{ startAt: 5400, durationSeconds: 900 }],
    activities: [{ startAt: 6300, durationSeconds: 900 }],
  };

  it('counts people on the phones, time-weighted, on every day the shift repeats', () => {
    expect(scheduledAgents(2, [shift], 0, 3600)).toBe(2);
    expect(scheduledAgents(2, [shift], 3600, 5400)).toBe(12);
    expect(scheduledAgents(2, [shift], 5400, 7200)).toBe(2); // a break, then an activity
    expect(scheduledAgents(0, [shift], 4500, 6300)).toBe(5); // half the stretch on the phones
    expect(scheduledAgents(0, [shift], 86_400 + 3600, 86_400 + 5400)).toBe(10); // the next day
    expect(scheduledAgents(0, [{ ...shift, absenceProbability: 0.2 }], 3600, 5400)).toBeCloseTo(8, 12);
    // A night shift from 22:00 to 06:00 still covers 02:00 of the next day.
    expect(scheduledAgents(0, [{ agents: 4, startAt: 79_200, endAt: 108_000 }], 93_600, 95_400)).toBe(4);
    expect(() => scheduledAgents(0, [], 10, 10)).toThrow(/toSeconds/);
  });
});

describe('predict with shifts', () => {
  it('staffs each interval with the shifts on the phones and gives its Erlang C', () => {
    // Help desk, but staffed by two fixed agents and a shift of 8 from 01:00 to 07:00 with a lunch at 03:00.
    const scenario = structuredClone(helpDesk) as typeof helpDesk & { schedule: unknown[] };
    scenario.agentGroups[0]!.agents = 2;
    scenario.schedule = [
      {
        group: 'agents',
        agents: 8,
        startAt: 3600,
        endAt: 25_200,
        breaks: [{ kind: 'lunch', startAt: 10_800, durationSeconds: 1800 }],
      },
    ];
    const response = service.predict(scenario);
    if (!response.ok) throw new Error(JSON.stringify(response.issues));
    const aht = 240 + 45;
    for (const interval of response.intervals) {
      const t = interval.startSeconds;
      const onShift = t >= 3600 && t < 25_200 && !(t >= 10_800 && t < 12_600);
      expect(interval.agents, `agents at ${t}`).toBe(onShift ? 10 : 2);
      const load = (interval.callsPerHour * aht) / 3600;
      if (load < interval.agents)
        expect(interval.erlangC?.serviceLevel).toBeCloseTo(erlangCServiceLevel(interval.agents, load, aht, 20), 10);
      else expect(interval.erlangC?.stable).toBe(false);
    }
  });

  it('fills the overlay of every built-in staffed by shifts', () => {
    for (const scenario of builtInScenarios.filter((s) => (s.schedule ?? []).length > 0)) {
      const response = service.predict(scenario);
      if (!response.ok) throw new Error(JSON.stringify(response.issues));
      const withCalls = response.intervals.filter((i) => i.callsPerHour > 0);
      expect(withCalls.length, scenario.id).toBeGreaterThan(0);
      expect(
        withCalls.every((i) => i.erlangC !== null),
        scenario.id,
      ).toBe(true);
      // Most staffed intervals with calls get a finite Erlang C service level (a stable queue).
      const stable = withCalls.filter((i) => i.erlangC?.stable === true).length;
      expect(stable / withCalls.length, scenario.id).toBeGreaterThan(0.5);
    }
  });
});

describe('predict with an IVR', () => {
  it('loads the queues only with the callers the IVR lets through', () => {
    // 10% hang up at the first prompt; of the 60% who pick billing, a quarter pay in self-service.
    const scenario = structuredClone(helpDesk) as typeof helpDesk & { ivr: unknown; callTypes: { ivr?: string }[] };
    scenario.ivr = {
      nodes: [
        {
          id: 'main',
          prompt: { kind: 'deterministic', valueSeconds: 10 },
          hangUpProbability: 0.1,
          options: [
            { next: 'billing', probability: 0.6 },
            { next: 'other', probability: 0.4 },
          ],
        },
        {
          id: 'billing',
          prompt: { kind: 'deterministic', valueSeconds: 5 },
          selfService: { probability: 0.25, duration: { kind: 'deterministic', valueSeconds: 60 } },
        },
        { id: 'other', prompt: { kind: 'deterministic', valueSeconds: 5 } },
      ],
    };
    scenario.callTypes[0]!.ivr = 'main';
    const response = service.predict(scenario);
    if (!response.ok) throw new Error(JSON.stringify(response.issues));
    const share = 0.9 * (0.6 * 0.75 + 0.4);
    response.intervals.forEach((interval, i) =>
      expect(interval.callsPerHour).toBeCloseTo(helpDesk.callTypes[0]!.arrivals.callsPerHour[i]! * share, 10),
    );
  });
});
