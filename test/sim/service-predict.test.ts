// The service's per-interval analytic prediction: the reference queues give the Erlang C and Erlang A figures
// their descriptions quote; a profile gives one prediction per interval following the rates; bad input is refused.
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../src/scenarios/index';
import { createSimulatorService } from '../../src/sim/service';
import mmcSteady from '../../src/scenarios/mmc-steady.json';
import mmcAbandon from '../../src/scenarios/mmc-abandon.json';
import helpDesk from '../../src/scenarios/help-desk.json';

const service = createSimulatorService(builtInScenarios);

function intervalsOf(input: unknown) {
  const response = service.predict(input);
  if (!response.ok) throw new Error(JSON.stringify(response.issues));
  return response.intervals;
}

describe('predict', () => {
  it('gives Erlang C for the M/M/c reference: SL 80/20 = 53.4%, ASA = 66 s, occupancy 90%', () => {
    const intervals = intervalsOf(mmcSteady);
    expect(intervals).toHaveLength(48);
    const first = intervals[0]!;
    expect(first.offeredLoadErlangs).toBeCloseTo(18, 10);
    expect(first.agents).toBe(20);
    expect(first.erlangC?.serviceLevel).toBeCloseTo(0.534, 3);
    expect(first.erlangC?.asaSeconds).toBeCloseTo(66, 0);
    expect(first.erlangC?.occupancy).toBeCloseTo(0.9, 10);
    // Infinitely patient callers: no Erlang A.
    expect(first.erlangA).toBeNull();
  });

  it('gives Erlang A for the M/M/c+M reference: 9.5% abandoned, SL 67.9%, and no Erlang C steady state', () => {
    const first = intervalsOf(mmcAbandon)[0]!;
    expect(first.erlangA?.abandonRate).toBeCloseTo(0.095, 3);
    expect(first.erlangA?.serviceLevel).toBeCloseTo(0.679, 3);
    expect(first.erlangA?.occupancy).toBeCloseTo(0.905, 3);
    expect(first.erlangC?.stable).toBe(false);
  });

  it('follows the arrival profile interval by interval', () => {
    const intervals = intervalsOf(helpDesk);
    const rates = helpDesk.callTypes[0]!.arrivals.callsPerHour;
    expect(intervals.map((i) => i.callsPerHour)).toEqual(rates.slice(0, intervals.length));
    expect(intervals[1]!.startSeconds).toBe(helpDesk.intervalMinutes * 60);
    // More load on the same staff never improves the Erlang C service level.
    const byRate = [...intervals].filter((i) => i.erlangC !== null).sort((a, b) => a.callsPerHour - b.callsPerHour);
    for (let k = 1; k < byRate.length; k++)
      expect(byRate[k]!.erlangC!.serviceLevel).toBeLessThanOrEqual(byRate[k - 1]!.erlangC!.serviceLevel + 1e-12);
  });

  it('refuses an invalid scenario with the field named', () => {
    const response = service.predict({ ...mmcSteady, intervalMinutes: 7 });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.issues.map((i) => i.path)).toContain('intervalMinutes');
  });
});
