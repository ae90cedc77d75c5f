// The decision log of a live day: content keys that tell an edited copy from its built-in, steps that land a
// replay exactly on a recorded instant, and a store that keeps one log per scenario and refuses foreign data.
import { describe, expect, it } from 'vitest';
import helpDesk from '../../../src/scenarios/help-desk.json';
import type { Scenario } from '../../../src/sim/scenario/schema';
import {
  DecisionLogStore,
  emptyLog,
  exactStepSeconds,
  hasProgress,
  scenarioKey,
} from '../../../src/ui/live/decision-log';

/** A Storage in memory, in insertion order. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const scenario = helpDesk as unknown as Scenario;

describe('scenarioKey', () => {
  it('is the same for the same content and differs for an edit that keeps the id', () => {
    const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
    expect(scenarioKey(copy)).toBe(scenarioKey(scenario));
    const edited = { ...copy, agentGroups: [{ ...copy.agentGroups[0]!, agents: 7 }] };
    expect(edited.id).toBe(scenario.id);
    expect(scenarioKey(edited)).not.toBe(scenarioKey(scenario));
  });
});

describe('exactStepSeconds', () => {
  it('gives steps that land exactly on the target when added to the clock', () => {
    const cases: [number, number][] = [
      [0, 1800],
      [0.1, 10_000.3],
      [1234.5678, 1234.5679],
      [3 * 0.1, 28_800],
      [17.000000000000004, 86_399.99999999999],
    ];
    for (const [now, target] of cases) {
      const step = exactStepSeconds(now, target);
      expect(step).toBeGreaterThan(0);
      expect(now + step).toBe(target);
    }
  });

  it('is 0 when the target is not ahead', () => {
    expect(exactStepSeconds(100, 100)).toBe(0);
    expect(exactStepSeconds(100, 50)).toBe(0);
  });
});

describe('DecisionLogStore', () => {
  it('keeps a log per scenario and gives it back equal, Infinity speed included', () => {
    const store = new DecisionLogStore(new MemoryStorage());
    const log = emptyLog(scenario, Number.POSITIVE_INFINITY);
    expect(hasProgress(log)).toBe(false);
    log.decisions.push({ atSeconds: 1800, intervention: { kind: 'set-agents', group: 'agents', agents: 9 } });
    log.atSeconds = 2400;
    expect(hasProgress(log)).toBe(true);
    store.save(log);
    expect(store.load(log.scenarioKey)).toEqual(log);
    expect(store.load('another-key')).toBeUndefined();
    store.remove(log.scenarioKey);
    expect(store.load(log.scenarioKey)).toBeUndefined();
  });

  it('ignores what is not a log, or a log filed under another key', () => {
    const storage = new MemoryStorage();
    const store = new DecisionLogStore(storage);
    storage.setItem('sb-live-log:a', '{not json');
    storage.setItem('sb-live-log:b', JSON.stringify({ scenarioKey: 'b', decisions: 'none' }));
    storage.setItem('sb-live-log:c', JSON.stringify({ ...emptyLog(scenario, 60), scenarioKey: 'd' }));
    for (const key of ['a', 'b', 'c']) expect(store.load(key)).toBeUndefined();
  });

  it('keeps at most 20 days, dropping others first and never the one being saved', () => {
    const storage = new MemoryStorage();
    const store = new DecisionLogStore(storage);
    for (let i = 0; i < 25; i++) store.save({ ...emptyLog(scenario, 60), scenarioKey: `k${i}`, atSeconds: i + 1 });
    expect(storage.length).toBe(20);
    expect(store.load('k24')?.atSeconds).toBe(25);
    expect(store.load('k0')).toBeUndefined();
  });

  it('works without storage (a browser that refuses it): nothing kept, nothing thrown', () => {
    const store = new DecisionLogStore(undefined);
    const log = emptyLog(scenario, 60);
    expect(() => store.save(log)).not.toThrow();
    expect(store.load(log.scenarioKey)).toBeUndefined();
  });
});
