// Time-varying Poisson arrivals follow the profile interval by interval, the profile repeats, and the
// day-level busyness factor has mean 1 and scales a day's arrivals.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/sim/engine/simulation';
import { parseScenario } from '../../../src/sim/scenario/validate';

function scenario(callsPerHour: number[], days: number, busynessCv?: number) {
  return parseScenario({
    schemaVersion: 2,
    id: 'arrivals',
    name: 'Arrivals',
    seed: 'arrivals',
    intervalMinutes: 60,
    horizon: { kind: 'duration', seconds: days * 86_400, drain: false },
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    ...(busynessCv === undefined ? {} : { busyness: { cv: busynessCv } }),
    queues: [{ id: 'q' }],
    callTypes: [{ id: 'c', queue: 'q', arrivals: { callsPerHour }, talk: { kind: 'exponential', meanSeconds: 60 } }],
    agentGroups: [{ id: 'g', queues: ['q'], agents: 50 }],
  });
}

describe('arrivals', () => {
  it('follow a piecewise-constant profile that repeats', () => {
    const profile = [60, 0, 240];
    const result = runScenario(scenario(profile, 30));
    const intervals = result.intervals.filter((i) => i.startSeconds < 30 * 86_400);
    expect(intervals).toHaveLength(30 * 24);
    profile.forEach((rate, phase) => {
      const ofPhase = intervals.filter((i) => i.index % profile.length === phase);
      const offered = ofPhase.reduce((a, i) => a + i.offered, 0);
      const expected = rate * ofPhase.length;
      // Poisson: standard deviation √expected.
      expect(Math.abs(offered - expected)).toBeLessThanOrEqual(4 * Math.sqrt(Math.max(expected, 1)));
      if (rate === 0) expect(offered).toBe(0);
    });
  });

  it('draws one busyness factor per day, with mean 1, that scales the day', () => {
    const days = 200;
    const cv = 0.5;
    const result = runScenario(scenario([100], days, cv));
    expect(result.busyness).toHaveLength(days);
    const mean = result.busyness.reduce((a, b) => a + b, 0) / days;
    expect(Math.abs(mean - 1)).toBeLessThanOrEqual((4 * cv) / Math.sqrt(days));
    const sd = Math.sqrt(result.busyness.reduce((a, b) => a + (b - mean) ** 2, 0) / (days - 1));
    expect(sd).toBeGreaterThan(cv * 0.75);
    expect(sd).toBeLessThan(cv * 1.25);
    for (let day = 0; day < days; day++) {
      const offered = result.intervals.slice(day * 24, day * 24 + 24).reduce((a, i) => a + i.offered, 0);
      const expected = 2400 * (result.busyness[day] as number);
      expect(Math.abs(offered - expected)).toBeLessThanOrEqual(4.5 * Math.sqrt(expected) + 1);
    }
  });

  it('has no busyness factors when busyness is off', () => {
    expect(runScenario(scenario([100], 2)).busyness).toEqual([]);
  });
});
