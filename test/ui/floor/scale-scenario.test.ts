// Scaling a scenario for the floor lab and benchmark: agents are shared out in proportion and add up, arrival
// rates grow by the same factor (so each agent stays as busy), and the result is still a valid scenario.
import { describe, expect, it } from 'vitest';
import { findBuiltInScenario } from '../../../src/scenarios/index';
import { validateScenario } from '../../../src/sim/scenario/validate';
import { scaleScenario, shareOut } from '../../../src/ui/floor/lab/scale-scenario';

describe('shareOut', () => {
  it('splits a total in proportion, by largest remainder, and adds up exactly', () => {
    expect(shareOut(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shareOut(2000, [13, 12, 6])).toEqual([839, 774, 387]);
    expect(shareOut(7, [0, 0])).toEqual([4, 3]);
    expect(shareOut(5, [])).toEqual([]);
  });
});

describe('scaleScenario', () => {
  const peak = findBuiltInScenario('monday-peak')!;

  it('gives the scenario the requested number of agents and proportionally more calls', () => {
    const scaled = scaleScenario(peak, 310);
    expect(scaled.agentGroups.map((g) => g.agents)).toEqual([130, 120, 60]);
    scaled.callTypes.forEach((callType, c) => {
      const original = peak.callTypes[c]!.arrivals.callsPerHour!;
      callType.arrivals.callsPerHour!.forEach((rate, k) => expect(rate).toBeCloseTo(original[k]! * 10));
    });
    expect(validateScenario(scaled).ok).toBe(true);
  });

  it('leaves the original untouched', () => {
    const before = JSON.stringify(peak);
    scaleScenario(peak, 2000);
    expect(JSON.stringify(peak)).toBe(before);
  });
});
