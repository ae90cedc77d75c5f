// The shift plan's integer programme, solved by HiGHS (WebAssembly): an optimum worked out by hand, breaks
// taken off the coverage, and the clear refusals when no pattern covers an interval or the caps forbid a plan.
import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { checkPatterns, coverage, expandPositions, type ShiftPattern } from '../../../src/sim/staffing/shift-patterns';
import { InfeasiblePlanError, planShifts, type LpSolver } from '../../../src/sim/staffing/shifts';

let solver: LpSolver;
beforeAll(async () => {
  solver = await highsLoader();
});

/** A two-hour day of four 30-minute intervals and one group. */
const day = {
  schemaVersion: 2,
  id: 'tiny-day',
  name: 'Tiny day',
  seed: 1,
  clockStartAt: 28_800,
  intervalMinutes: 30,
  horizon: { kind: 'duration', seconds: 7200 },
  serviceLevel: { thresholdSeconds: 20, target: 0.8 },
  queues: [{ id: 'main' }],
  callTypes: [
    { id: 'call', queue: 'main', arrivals: { callsPerHour: [60] }, talk: { kind: 'exponential', meanSeconds: 180 } },
  ],
  agentGroups: [{ id: 'agents', queues: ['main'], agents: 0, hourlyCost: 20 }],
} as unknown as Scenario;

const hour: ShiftPattern = { id: 'hour', startsAt: [0, 1800, 3600], lengthSeconds: 3600 };
const whole: ShiftPattern = { id: 'whole', startsAt: [0], lengthSeconds: 7200 };

describe('planShifts', () => {
  it('finds the hand-worked optimum: 9 agent-intervals, 2 per paid hour, so at least 4.5 h, hence 5 h', () => {
    const plan = planShifts(day, [[2, 3, 3, 1]], [hour, whole], solver);
    expect(plan.paidHours).toBe(5);
    expect(plan.cost).toBe(100);
    // Every interval is covered, and no interval is covered by more than one spare agent (the 0.5 h of slack).
    const covered = plan.onPhones[0] as number[];
    [2, 3, 3, 1].forEach((need, i) => expect(covered[i]).toBeGreaterThanOrEqual(need));
    expect(covered.reduce((a, b) => a + b, 0)).toBe(10);
    expect(plan.shifts.every((s) => s.group === 'agents' && s.endAt - s.startAt >= 3600)).toBe(true);
  });

  it('takes a break off the phones and places it where the requirement allows', () => {
    const withBreak: ShiftPattern = {
      id: 'two-hours',
      startsAt: [0],
      lengthSeconds: 7200,
      break: { durationSeconds: 1800, earliestSeconds: 1800, latestSeconds: 5400 },
    };
    const positions = expandPositions([withBreak], day);
    expect(positions.map((p) => p.breakAt)).toEqual([1800, 2700, 3600, 4500, 5400]);
    expect(coverage(positions[0]!, [withBreak], 1800, 3600)).toBe(0);
    // Two people needed in intervals 0–2, none in 3: each person gives at most 3 interval-units, so two people
    // (4 h) suffice only if both take the break in interval 3.
    const plan = planShifts(day, [[2, 2, 2, 0]], [withBreak], solver);
    expect(plan.paidHours).toBe(4);
    expect(plan.positions).toEqual([{ position: expect.objectContaining({ breakAt: 5400 }), agents: 2 }]);
  });

  it('names the group and interval no pattern covers', () => {
    const early: ShiftPattern = { id: 'early', startsAt: [0], lengthSeconds: 3600 };
    expect(() => planShifts(day, [[1, 1, 0, 2]], [early], solver)).toThrow(InfeasiblePlanError);
    expect(() => planShifts(day, [[1, 1, 0, 2]], [early], solver)).toThrow(
      /no pattern covers group "agents" in interval 3 \(09:30–10:00\), which needs 2 agents/,
    );
  });

  it("says when the patterns' caps make every plan impossible", () => {
    expect(() => planShifts(day, [[3, 3, 3, 3]], [{ ...whole, maxAgents: 2 }], solver)).toThrow(/maxAgents/);
  });
});

describe('checkPatterns', () => {
  it.each([
    [[], /^patterns: must be a non-empty list/],
    [
      [{ ...hour, startsAt: [0, 5000] }],
      /^patterns\[0\]\.startsAt\[1\]: the shift must .* end by the end of the day \(7200 s\)/,
    ],
    [[hour, { ...whole, id: 'hour' }], /^patterns\[1\]\.id: is used by an earlier pattern/],
    [[{ ...hour, groups: ['nobody'] }], /^patterns\[0\]\.groups\[0\]: is not an agent group/],
    [
      [{ ...whole, break: { durationSeconds: 900, earliestSeconds: 3600, latestSeconds: 1800 } }],
      /^patterns\[0\]\.break\.latestSeconds: must be ≥ earliestSeconds/,
    ],
    [
      [{ ...whole, lunch: { durationSeconds: 1800, earliestSeconds: 0, latestSeconds: 6000 } }],
      /^patterns\[0\]\.lunch\.latestSeconds: a break starting then would end after/,
    ],
    [[{ ...whole, daysOn: 8 }], /^patterns\[0\]\.daysOn: must be a whole number from 1 to 7/],
    [[{ ...whole, color: 'red' }], /^patterns\[0\]\.color: is not a known field/],
  ])('refuses %j', (input, message) => {
    expect(() => checkPatterns(input, day)).toThrow(message);
  });

  it('accepts good patterns unchanged', () => {
    expect(checkPatterns([hour, whole], day)).toEqual([hour, whole]);
  });
});
