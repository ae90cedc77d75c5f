// The optimiser's own inputs: every target and setting refused with its exact field name, and the scenarios it
// cannot plan (more than a day, nothing to staff) refused before any simulation.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { checkPlannable, checkSettings } from '../../../src/sim/staffing/requirements';
import { checkTarget, type StaffingTarget } from '../../../src/sim/staffing/target';

const good: StaffingTarget = { serviceLevel: 0.8, thresholdSeconds: 20, confidence: 0.95 };

describe('checkTarget', () => {
  it.each([
    [{ serviceLevel: 1 }, /^target: must be a number from 0 and below 1 \(got 1\)/],
    [{ serviceLevel: -0.1 }, /^target: /],
    [{ serviceLevel: Number.NaN }, /^target: /],
    [{ thresholdSeconds: -1 }, /^seconds: must be a number of seconds from 0 to 86400 \(got -1\)/],
    [{ confidence: 0.3 }, /^confidence: must be a number from 0.5 and below 1 \(got 0.3\)/],
    [{ confidence: 1 }, /^confidence: /],
    [{ maxAbandonRate: 0 }, /^maxAbandonRate: must be a share above 0 and at most 1 \(got 0\)/],
    [{ maxOccupancy: 1.2 }, /^maxOccupancy: must be a share above 0 and at most 1 \(got 1.2\)/],
  ])('refuses %j', (change, message) => {
    expect(() => checkTarget({ ...good, ...change })).toThrow(message);
  });

  it('accepts a good target', () => expect(checkTarget(good)).toBe(good));
});

describe('checkSettings', () => {
  it.each([
    [{ replications: 1 }, /^replications: must be a whole number from 2 to 1000 \(got 1\)/],
    [{ replications: 2.5 }, /^replications: /],
    [{ replications: 10, maxAgentsPerGroup: 0 }, /^maxAgentsPerGroup: must be a whole number from 1 to 10000/],
    [{ replications: 10, shrinkage: 0.95 }, /^shrinkage: must be a share from 0 to 0.9 \(got 0.95\)/],
  ])('refuses %j', (settings, message) => {
    expect(() => checkSettings(settings)).toThrow(message);
  });
});

describe('checkPlannable', () => {
  const base = {
    horizon: { kind: 'duration', seconds: 3600 },
    callTypes: [{ arrivals: { callsPerHour: [10] } }],
  } as unknown as Scenario;

  it('refuses more than a day, and a count horizon', () => {
    expect(() => checkPlannable({ ...base, horizon: { kind: 'duration', seconds: 2 * 86_400 } })).toThrow(
      /^horizon: the optimiser plans one day/,
    );
    expect(() => checkPlannable({ ...base, horizon: { kind: 'calls', count: 100 } })).toThrow(/^horizon: /);
  });

  it('refuses a day with nothing to staff', () => {
    const empty = { ...base, callTypes: [{ arrivals: { callsPerHour: [0, 0] } }] } as unknown as Scenario;
    expect(() => checkPlannable(empty)).toThrow(/^callTypes: nothing to staff: no call type has any arrivals/);
  });

  it('accepts a day with calls', () => expect(() => checkPlannable(base)).not.toThrow());
});
