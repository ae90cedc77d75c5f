// The simulator service the worker exposes, exercised directly in Node: listing and copying built-in
// scenarios, validation of scenarios and of run options, and a small replicated run.
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../src/scenarios/index';
import { createSimulatorService } from '../../src/sim/service';
import { MAX_REPLICATIONS } from '../../src/sim/replications';
import helpDeskJson from '../../src/scenarios/help-desk.json';

describe('createSimulatorService', () => {
  const service = createSimulatorService(builtInScenarios);

  it('lists the built-in scenarios with their names and descriptions', () => {
    const list = service.listScenarios();
    const helpDesk = list.find((s) => s.id === 'help-desk');
    expect(helpDesk).toEqual({
      id: 'help-desk',
      name: helpDeskJson.name,
      description: helpDeskJson.description,
      translations: helpDeskJson.translations,
    });
    expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
  });

  it('returns a valid copy of a built-in scenario and undefined for an unknown id', () => {
    const scenario = service.getScenario('help-desk');
    expect(scenario?.id).toBe('help-desk');
    expect(service.validate(scenario)).toEqual({ ok: true });
    scenario!.name = 'edited by a caller';
    expect(service.getScenario('help-desk')?.name).toBe(helpDeskJson.name);
    expect(service.getScenario('no-such-scenario')).toBeUndefined();
  });

  it('reports invalid scenarios with field paths instead of throwing', () => {
    const broken = { ...helpDeskJson, intervalMinutes: 7 };
    const validation = service.validate(broken);
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(validation.issues.map((i) => i.path)).toContain('intervalMinutes');

    for (const input of [null, 'help-desk', 42, [], {}]) {
      const response = service.run(input);
      expect(response.ok).toBe(false);
      if (!response.ok) expect(response.issues.length).toBeGreaterThan(0);
    }
  });

  it.each([0, -1, 1.5, MAX_REPLICATIONS + 1, Number.NaN, '3'])('rejects replications = %s', (replications) => {
    const response = service.run(helpDeskJson, { replications: replications as number });
    expect(response.ok).toBe(false);
    if (!response.ok) {
      expect(response.issues).toHaveLength(1);
      expect(response.issues[0]?.path).toBe('replications');
    }
  });

  it('refuses a scenario saved by a newer app with a clear message', () => {
    const service = createSimulatorService(builtInScenarios);
    const newer = { ...helpDeskJson, schemaVersion: 7 };
    expect(service.validate(newer)).toEqual({
      ok: false,
      issues: [{ path: 'schemaVersion', message: '7 is newer than this app supports (2)' }],
    });
  });

  it('rejects an empty or fractional seed override', () => {
    for (const seed of ['', 1.5]) {
      const response = service.run(helpDeskJson, { seed });
      expect(response.ok).toBe(false);
      if (!response.ok) expect(response.issues.map((i) => i.path)).toEqual(['seed']);
    }
  });

  it('names problems in the scenario and in the options together', () => {
    const response = service.run({ ...helpDeskJson, seed: '' }, { replications: 0 });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.issues.map((i) => i.path).sort()).toEqual(['replications', 'seed']);
  });

  it('runs a built-in scenario with the requested number of replications', () => {
    const response = service.run(service.getScenario('help-desk'), { replications: 3 });
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const { result } = response;
    expect(result.scenarioId).toBe('help-desk');
    expect(result.replications).toBe(3);
    expect(result.runs).toHaveLength(3);
    expect(result.total.offered.mean).toBeGreaterThan(0);
    expect(result.total.offered.n).toBe(3);
    expect(Number.isFinite(result.total.serviceLevel.halfWidth)).toBe(true);
    // Plain data only: the result must survive the structured clone that carries it out of the worker.
    expect(structuredClone(result)).toEqual(result);
  });

  it('defaults to one replication and is reproducible for a given seed', () => {
    const first = service.run(helpDeskJson);
    const again = service.run(helpDeskJson);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(first.result.replications).toBe(1);
    expect(again.result).toEqual(first.result);
    // With one replication there is no confidence interval.
    expect(first.result.total.serviceLevel.halfWidth).toBeNaN();
  });

  it('compares variants on the same callers, naming bad inputs by their index', () => {
    const service = createSimulatorService(builtInScenarios);
    const more = { ...helpDeskJson, agentGroups: [{ ...helpDeskJson.agentGroups[0]!, agents: 9 }] };
    const response = service.compare([helpDeskJson, more], { replications: 4 });
    expect(response.ok).toBe(true);
    if (response.ok) {
      const asa = response.comparison.total['asaSeconds']!;
      expect(response.comparison.variants.map((v) => v.label)).toEqual(['A', 'B']);
      expect(asa.differences[0]!.mean).toBeLessThan(0);
      // Same callers: the offered calls match replication by replication, so their difference is exactly 0.
      expect(response.comparison.total['offered']!.differences[0]!.mean).toBe(0);
    }
    const bad = service.compare([helpDeskJson, { ...helpDeskJson, intervalMinutes: 7 }], { replications: 4 });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['inputs[1].intervalMinutes']);
    const one = service.compare([helpDeskJson]);
    expect(one.ok ? [] : one.issues.map((i) => i.path)).toEqual(['inputs']);
    const fewReps = service.compare([helpDeskJson, more], { replications: 1 });
    expect(fewReps.ok ? [] : fewReps.issues.map((i) => i.path)).toEqual(['replications']);
  });
});
