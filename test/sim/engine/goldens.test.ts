// Golden results: rounded KPIs of every built-in scenario for two fixed seeds, committed in
// test/fixtures/goldens.json and reviewed by a person whenever they change. A refactor of the engine must leave
// them identical. To rewrite the file after an intended change of results: `UPDATE_GOLDENS=1 npx vitest run
// test/sim/engine/goldens.test.ts`, then read the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../../src/scenarios/index';
import { runScenario } from '../../../src/sim/engine/simulation';
import type { RunResult } from '../../../src/sim/results';

const SEEDS = [1, 2];
const SIGNIFICANT_DIGITS = 6;
const FILE = new URL('../../fixtures/goldens.json', import.meta.url);

type Golden = Record<string, number | string | Record<string, number | string>>;

/** A number rounded to six significant digits; NaN and infinities as strings (JSON has no such numbers). */
function rounded(x: number): number | string {
  return Number.isFinite(x) ? Number(x.toPrecision(SIGNIFICANT_DIGITS)) : String(x);
}

function roundedRecord(record: object, keys?: readonly string[]): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [key, value] of Object.entries(record))
    if (typeof value === 'number' && (keys === undefined || keys.includes(key))) out[key] = rounded(value);
  return out;
}

// Per queue and per group, the KPIs a reader checks first; the centre's totals are kept whole.
const QUEUE_KEYS = ['offered', 'answered', 'abandoned', 'serviceLevel', 'asaSeconds', 'ahtSeconds', 'blocked'];
const GROUP_KEYS = ['staffedAgents', 'busyAgents', 'occupancy', 'answered', 'adherence', 'cost'];

function golden(result: RunResult): Golden {
  const out: Golden = { events: result.events, endSeconds: rounded(result.endSeconds) };
  out.total = roundedRecord(result.total);
  for (const [id, kpis] of Object.entries(result.queues)) out[`queue ${id}`] = roundedRecord(kpis, QUEUE_KEYS);
  for (const [id, kpis] of Object.entries(result.groups)) out[`group ${id}`] = roundedRecord(kpis, GROUP_KEYS);
  out.ivr = roundedRecord(result.ivr);
  return out;
}

function allGoldens(): Record<string, Golden> {
  const out: Record<string, Golden> = {};
  for (const scenario of builtInScenarios)
    for (const seed of SEEDS) out[`${scenario.id} seed ${seed}`] = golden(runScenario(scenario, { seed }));
  return out;
}

describe('golden results of the built-in scenarios', () => {
  const actual = allGoldens();
  if (process.env.UPDATE_GOLDENS === '1') writeFileSync(FILE, `${JSON.stringify(actual, null, 1)}\n`);

  it('covers every built-in for every seed', () => {
    expect(existsSync(FILE)).toBe(true);
    const expected = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Golden>;
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  });

  const expected = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Golden>) : {};
  for (const name of Object.keys(actual))
    it(`${name} is unchanged`, () => {
      expect(actual[name]).toEqual(expected[name]);
    });
});
