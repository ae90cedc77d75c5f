// Every shipped scenario is valid, listed, uniquely named, and is what its description says it is; the
// reference numbers quoted in the Erlang descriptions are recomputed here from the queueing formulas.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInScenarios, findBuiltInScenario } from '../../src/scenarios/index';
import { loadScenario } from '../../src/sim/scenario/migrate';
import type { Scenario } from '../../src/sim/scenario/schema';
import { validateScenario } from '../../src/sim/scenario/validate';

const scenarioDir = new URL('../../src/scenarios/', import.meta.url);
const jsonFiles = readdirSync(scenarioDir).filter((f) => f.endsWith('.json'));
const fromDisk = jsonFiles.map((file) => ({
  file,
  data: JSON.parse(readFileSync(new URL(file, scenarioDir), 'utf8')) as unknown,
}));

function builtIn(id: string): Scenario {
  const scenario = findBuiltInScenario(id);
  if (scenario === undefined) throw new Error(`no built-in scenario "${id}"`);
  return scenario;
}

/** Erlang C: probability that a caller waits, c agents, offered load a erlangs (a < c). */
function erlangCWaitProbability(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const top = ((term * a) / c) * (c / (c - a));
  return top / (sum + top);
}

/** Erlang A from its birth-death chain: abandonment share and occupancy (rates per second). */
function erlangA(c: number, arrivalRate: number, serviceRate: number, abandonRate: number) {
  const p = [1];
  for (let n = 1; n < 2000; n++)
    p.push((p[n - 1]! * arrivalRate) / (Math.min(n, c) * serviceRate + Math.max(n - c, 0) * abandonRate));
  const total = p.reduce((a, b) => a + b, 0);
  const queueLength = p.reduce((acc, pn, n) => acc + Math.max(n - c, 0) * pn, 0) / total;
  const busy = p.reduce((acc, pn, n) => acc + Math.min(n, c) * pn, 0) / total;
  return { abandonShare: (abandonRate * queueLength) / arrivalRate, occupancy: busy / c };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('built-in scenarios', () => {
  it('validates every JSON file on disk', () => {
    expect(jsonFiles.length).toBeGreaterThanOrEqual(4);
    for (const { file, data } of fromDisk) {
      const result = validateScenario(data);
      expect(result.ok ? [] : result.issues, file).toEqual([]);
    }
  });

  it('lists every JSON file in the index, named after its id', () => {
    const listed = builtInScenarios.map((s) => s.id).sort();
    expect(fromDisk.map(({ data }) => loadScenario(data).id).sort()).toEqual(listed);
    for (const { file, data } of fromDisk) expect(file).toBe(`${loadScenario(data).id}.json`);
  });

  it('has unique ids', () => {
    const ids = builtInScenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes what each scenario teaches', () => {
    for (const s of builtInScenarios) expect(s.description?.length ?? 0, s.id).toBeGreaterThan(150);
  });

  it('finds scenarios by id and returns undefined otherwise', () => {
    expect(findBuiltInScenario('help-desk')?.name).toBe('Small help desk');
    expect(findBuiltInScenario('no-such-scenario')).toBeUndefined();
  });
});

describe('mmc-steady, the Erlang C reference', () => {
  const s = builtIn('mmc-steady');
  const [callType] = s.callTypes;
  const callsPerHour = callType!.arrivals.callsPerHour ?? [];
  const agents = s.agentGroups.reduce((n, g) => n + g.agents, 0);

  it('is an M/M/c queue: one queue, constant Poisson arrivals, exponential talk, no wrap-up, infinite patience', () => {
    expect(s.queues).toHaveLength(1);
    expect(s.callTypes).toHaveLength(1);
    expect(new Set(callsPerHour).size).toBe(1);
    expect(callType!.talk.kind).toBe('exponential');
    expect(callType!.afterCallWork).toBeUndefined();
    expect(callType!.patience).toBeUndefined();
    expect(s.busyness?.cv ?? 0).toBe(0);
    expect(agents).toBe(20);
  });

  it('runs at about 90% load over a long horizon after a warm-up', () => {
    const talkSeconds = callType!.talk.kind === 'exponential' ? callType!.talk.meanSeconds : NaN;
    const load = ((callsPerHour[0]! / 3600) * talkSeconds) / agents;
    expect(load).toBeCloseTo(0.9, 2);
    expect(s.horizon.kind === 'duration' && s.horizon.seconds).toBeGreaterThanOrEqual(24 * 3600);
    expect(s.warmupSeconds).toBeGreaterThan(0);
  });

  it('quotes the Erlang C numbers correctly in its description', () => {
    const a = 18;
    const waitProbability = erlangCWaitProbability(agents, a);
    const mu = 1 / 240;
    const drainRate = agents * mu - a * mu;
    const serviceLevel = 1 - waitProbability * Math.exp(-drainRate * 20);
    const asaSeconds = waitProbability / drainRate;
    expect(s.description).toContain(`P(wait > 0) = ${percent(waitProbability)}`);
    expect(s.description).toContain(`80/20 = ${percent(serviceLevel)}`);
    expect(s.description).toContain(`ASA = ${Math.round(asaSeconds)} s`);
  });
});

describe('mmc-abandon, the Erlang A reference', () => {
  const s = builtIn('mmc-abandon');
  const [callType] = s.callTypes;

  it('is an M/M/c+M queue with exponential patience', () => {
    expect(s.queues).toHaveLength(1);
    expect(callType!.talk.kind).toBe('exponential');
    expect(callType!.patience?.kind).toBe('exponential');
    expect(callType!.afterCallWork).toBeUndefined();
    expect(s.warmupSeconds).toBeGreaterThan(0);
  });

  it('quotes the Erlang A numbers correctly in its description', () => {
    const talk = callType!.talk.kind === 'exponential' ? callType!.talk.meanSeconds : NaN;
    const patience = callType!.patience?.kind === 'exponential' ? callType!.patience.meanSeconds : NaN;
    const agents = s.agentGroups.reduce((n, g) => n + g.agents, 0);
    const { abandonShare, occupancy } = erlangA(
      agents,
      (callType!.arrivals.callsPerHour ?? [NaN])[0]! / 3600,
      1 / talk,
      1 / patience,
    );
    expect(s.description).toContain(`${percent(abandonShare)} abandoned`);
    expect(s.description).toContain(`occupancy ${percent(occupancy)}`);
  });
});

describe('monday-peak', () => {
  const s = builtIn('monday-peak');

  it('has two or three queues with different priorities', () => {
    expect(s.queues.length).toBeGreaterThanOrEqual(2);
    expect(s.queues.length).toBeLessThanOrEqual(3);
    const priorities = s.queues.map((q) => q.priority ?? 0);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('covers a working day in 30-minute intervals, busiest in the morning', () => {
    expect(s.intervalMinutes).toBe(30);
    const horizonSeconds = s.horizon.kind === 'duration' ? s.horizon.seconds : NaN;
    for (const ct of s.callTypes) {
      const rates = ct.arrivals.callsPerHour ?? [];
      expect(rates.length * 30 * 60).toBe(horizonSeconds);
      const peakIndex = rates.indexOf(Math.max(...rates));
      expect(peakIndex, ct.id).toBeLessThan(rates.length / 3);
      expect(rates.at(-1)!, ct.id).toBeLessThan(rates[peakIndex]! / 2);
    }
  });

  it('uses lognormal talk, 45 s after-call work and exponential patience of 2 to 5 minutes', () => {
    for (const ct of s.callTypes) {
      expect(ct.talk.kind, ct.id).toBe('lognormal');
      expect(ct.afterCallWork, ct.id).toEqual({ kind: 'deterministic', valueSeconds: 45 });
      expect(ct.patience?.kind, ct.id).toBe('exponential');
      const mean = ct.patience?.kind === 'exponential' ? ct.patience.meanSeconds : NaN;
      expect(mean, ct.id).toBeGreaterThanOrEqual(120);
      expect(mean, ct.id).toBeLessThanOrEqual(300);
    }
  });

  it('has multi-skill agents and a day busyness CV of 0.1', () => {
    expect(s.agentGroups.some((g) => g.queues.length > 1)).toBe(true);
    expect(s.busyness?.cv).toBe(0.1);
  });
});
