// The bench must feed the baseline the same model as the engine: the scenario → baseline mapping is checked
// here, with the rates worked out by hand from the bench's stated parameters (ρ 0.95, means 300 s).
import { describe, expect, it } from 'vitest';
import { baselineConfigFor, expectedArrivalsEndSeconds } from '../../bench/baseline-config';
import { benchCases, mmcmScenario } from '../../bench/scenarios';

const parameters = { agents: 100, loadPerAgent: 0.95, meanServiceSeconds: 300, meanPatienceSeconds: 300 };

describe('bench scenarios and the baseline config', () => {
  it('maps an M/M/c+M scenario onto the baseline with λ = ρ·c/mean service', () => {
    const config = baselineConfigFor(mmcmScenario(parameters, 1_000_000));
    expect(config).toBeDefined();
    expect(config!.agents).toBe(100);
    expect(config!.arrivalsPerSecond).toBeCloseTo((0.95 * 100) / 300, 12);
    expect(config!.meanServiceSeconds).toBe(300);
    expect(config!.meanPatienceSeconds).toBe(300);
    expect(config!.calls).toBe(1_000_000);
    expect(config!.generator).toBe('alea');
  });

  it('expects the last of N calls at N/λ', () => {
    const scenario = mmcmScenario({ ...parameters, agents: 1000 }, 1_000_000);
    expect(expectedArrivalsEndSeconds(scenario)).toBeCloseTo(1_000_000 / ((0.95 * 1000) / 300), 3);
  });

  it('refuses scenarios the baseline cannot model exactly', () => {
    const scenario = mmcmScenario(parameters, 1000);
    const callType = scenario.callTypes[0]!;
    const lognormal = { ...callType, talk: { kind: 'lognormal' as const, meanSeconds: 300, cv: 1 } };
    expect(baselineConfigFor({ ...scenario, callTypes: [lognormal] })).toBeUndefined();
    const withWrap = { ...callType, afterCallWork: { kind: 'deterministic' as const, valueSeconds: 30 } };
    expect(baselineConfigFor({ ...scenario, callTypes: [withWrap] })).toBeUndefined();
    const profile = { ...callType, arrivals: { callsPerHour: [1000, 2000] } };
    expect(baselineConfigFor({ ...scenario, callTypes: [profile] })).toBeUndefined();
    expect(baselineConfigFor({ ...scenario, busyness: { cv: 0.1 } })).toBeUndefined();
    const group = scenario.agentGroups[0]!;
    expect(baselineConfigFor({ ...scenario, agentGroups: [{ ...group, agents: 0 }] })).toBeUndefined();
  });

  it('lists the issue’s two M/M/c cases, each a valid scenario the baseline can run, and the full centre', () => {
    expect(benchCases.map((c) => c.id)).toEqual(['mmc-100', 'mmc-1000', 'full-centre']);
    const fullCentre = benchCases.find((c) => c.id === 'full-centre')!;
    expect(baselineConfigFor(fullCentre.scenario(1000))).toBeUndefined();
    for (const c of benchCases.filter((c) => c.calls === 'arrivals')) {
      const scenario = c.scenario(1_000_000);
      expect(scenario.horizon).toEqual({ kind: 'calls', count: 1_000_000, drain: true });
      expect(scenario.intervalMinutes).toBe(60);
      expect(baselineConfigFor(scenario)).toBeDefined();
    }
  });
});
