// Names said in the page's language at display time, from records that stay as they were stored: a saved
// result's name (stored in English), a distribution kind and a department's mechanisms (values of the scenario
// file), a comparison's warnings (the simulator's English). The language is switched here as the page does,
// through @lit/localize's runtime (given a bare `window` and `document`: this project runs without a DOM).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import helpDesk from '../../../src/scenarios/help-desk.json';
import type { ScenarioInfo } from '../../../src/sim/api';
import { fairnessWarnings } from '../../../src/sim/comparison';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { warningText } from '../../../src/ui/compare/compare-warnings';
import { distributionKindName, mechanismName } from '../../../src/ui/editor/editor-labels';
import { switchLocale } from '../../../src/ui/i18n/locale';
import { savedResultName } from '../../../src/ui/i18n/saved-result-text';
import { describeResult, type SavedResultInfo } from '../../../src/ui/storage/saved-result';
import type { ReplicatedResult } from '../../../src/sim/results';

const builtIn: ScenarioInfo = {
  id: helpDesk.id,
  name: helpDesk.name,
  description: helpDesk.description,
  translations: helpDesk.translations as Scenario['translations'],
};

/** An index entry as the app stores it (only the fields the name reads matter here). */
function stored(scenario: { id: string; name: string }, replications: number): SavedResultInfo {
  const estimate = { mean: 0.8, halfWidth: 0.01, n: replications };
  const result = {
    replications,
    seed: 'x',
    total: { serviceLevel: estimate, asaSeconds: estimate, abandonRate: estimate },
  } as unknown as ReplicatedResult;
  return describeResult('k', scenario, result, '2026-12-07T10:00:00.000Z');
}

beforeAll(() => {
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', { documentElement: { lang: 'en' } });
});

afterAll(async () => {
  await switchLocale('en');
  vi.unstubAllGlobals();
});

describe('a saved result is named in the page language, its record unchanged', () => {
  const ten = stored(builtIn, 10);
  const one = stored(builtIn, 1);
  const own = stored({ id: 'my-desk', name: 'My desk' }, 3);
  const copy = JSON.stringify([ten, one, own]);

  it('English shows the stored names', async () => {
    await switchLocale('en');
    expect(ten.name).toBe('Small help desk · 10 replications');
    expect(savedResultName(ten, [builtIn])).toBe(ten.name);
    expect(savedResultName(one, [builtIn])).toBe('Small help desk · 1 replication');
  });

  it('Russian names the built-in in Russian with the plural form of the count', async () => {
    await switchLocale('ru');
    const name = helpDesk.translations.ru.name;
    expect(savedResultName(ten, [builtIn])).toBe(`${name} · 10 репликаций`);
    expect(savedResultName(one, [builtIn])).toBe(`${name} · 1 репликация`);
    expect(savedResultName(stored(builtIn, 3), [builtIn])).toBe(`${name} · 3 репликации`);
    // A scenario of the user's own keeps its name; the count is still said in Russian.
    expect(savedResultName(own, [builtIn])).toBe('My desk · 3 репликации');
  });

  it('a name the app did not make, or a built-in saved under another name, is shown as stored', async () => {
    await switchLocale('it');
    expect(savedResultName({ ...ten, name: 'Lunedì, prova 2' }, [builtIn])).toBe('Lunedì, prova 2');
    const renamed = stored({ id: helpDesk.id, name: 'Help desk, my version' }, 2);
    expect(savedResultName(renamed, [builtIn])).toBe('Help desk, my version · 2 repliche');
  });

  it('switching never rewrites the records', () => {
    expect(JSON.stringify([ten, one, own])).toBe(copy);
  });
});

describe('scenario-file values and simulator warnings in the page language', () => {
  it('names distribution kinds and mechanisms, and leaves an unknown kind as written', async () => {
    await switchLocale('es');
    expect(distributionKindName('exponential')).toBe('exponencial');
    expect(distributionKindName('weibull')).toBe('weibull');
    expect(mechanismName('knowledgeSharing')).toBe('intercambio de conocimientos');
    await switchLocale('ro');
    expect(distributionKindName('lognormal')).toBe('lognormală');
  });

  it('says a fairness warning in Romanian, keeping its field name and values', async () => {
    const other = { ...helpDesk, serviceLevel: { ...helpDesk.serviceLevel, thresholdSeconds: 30 } } as Scenario;
    const [warning] = fairnessWarnings([helpDesk as Scenario, other]);
    await switchLocale('ro');
    const text = warningText(warning ?? '');
    expect(text).toMatch(/^serviceLevel: B măsoară nivelul de serviciu altfel \(30 s, \w+\) decât A \(20 s, \w+\)/);
    await switchLocale('en');
    expect(warningText(warning ?? '')).toBe(warning);
  });
});
