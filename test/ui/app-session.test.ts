// The app shell's tab session and the naming of edited copies: a kept session reads back and junk does not,
// scenarios compare by content whatever their key order, and an edited copy's result carries "(edited)" in its
// name and "-edited" in its id while staying a valid scenario.
import { describe, expect, it } from 'vitest';
import helpDesk from '../../src/scenarios/help-desk.json';
import type { Scenario } from '../../src/sim/scenario/schema';
import { tryLoadScenario } from '../../src/sim/scenario/migrate';
import { canonicalJson, editStateOf, labelEdited, readAppSession, writeAppSession } from '../../src/ui/app-session';

const scenario = helpDesk as unknown as Scenario;

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe('the app session', () => {
  it('reads back what was written, and nothing from junk or an unknown view', () => {
    const storage = memoryStorage();
    writeAppSession({ selectedId: 'edited', view: 'live', scenario }, storage);
    expect(readAppSession(storage)).toEqual({ selectedId: 'edited', view: 'live', scenario });
    storage.setItem('sb-app-session', JSON.stringify({ selectedId: 'help-desk', view: 'nowhere' }));
    expect(readAppSession(storage)).toBeUndefined();
    storage.setItem('sb-app-session', '{oops');
    expect(readAppSession(storage)).toBeUndefined();
  });
});

describe('canonicalJson', () => {
  it('ignores the order of keys but not the values', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: [3, 4] } })).toBe(canonicalJson({ b: { d: [3, 4], c: 2 }, a: 1 }));
    expect(canonicalJson({ a: 1, b: [3, 4] })).not.toBe(canonicalJson({ a: 1, b: [4, 3] }));
  });
});

describe('editStateOf and labelEdited', () => {
  const changed = { ...scenario, agentGroups: [{ ...scenario.agentGroups[0]!, agents: 9 }] };

  it('tells the built-in, a renamed copy and an edited copy under the built-in name apart', () => {
    expect(editStateOf(JSON.parse(JSON.stringify(scenario)) as Scenario, scenario)).toBe('same');
    expect(editStateOf(changed, undefined)).toBe('same'); // no built-in has its id
    expect(editStateOf(changed, scenario)).toBe('edited');
    expect(editStateOf({ ...changed, name: 'Nine agents' }, scenario)).toBe('renamed');
  });

  it('marks the name and the id of an edited copy, drops translated names, and stays valid', () => {
    const labelled = labelEdited(changed, 'edited');
    expect(labelled.name).toBe(`${scenario.name} (edited)`);
    expect(labelled.id).toBe(`${scenario.id}-edited`);
    expect(labelled.translations?.it?.name).toBeUndefined();
    expect(labelled.translations?.it?.description).toBe(scenario.translations?.it?.description);
    expect(labelEdited(labelled, 'edited').id).toBe(labelled.id);
    expect(tryLoadScenario(labelled).ok).toBe(true);
    expect(labelled.agentGroups).toEqual(changed.agentGroups);
  });

  it('marks only the id of a renamed copy, and nothing of the built-in itself', () => {
    const renamed = labelEdited({ ...changed, name: 'Nine agents' }, 'renamed');
    expect(renamed).toMatchObject({ id: `${scenario.id}-edited`, name: 'Nine agents' });
    expect(labelEdited(scenario, 'same')).toBe(scenario);
  });
});
