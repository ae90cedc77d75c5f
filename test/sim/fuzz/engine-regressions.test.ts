// Every engine bug the fuzzer found (test/fixtures/fuzz/engine-bug-*.json), as a named regression test: the
// minimised scenario runs to its end and its result keeps the conservation identities and shares ≤ 1, per
// queue and in total. Node only; no DOM.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/sim/engine/simulation';
import { checkResult } from '../../../src/sim/result-checks';
import type { CallKpis } from '../../../src/sim/results';
import { parseScenario } from '../../../src/sim/scenario/validate';
import { fromFixture, shrinkHorizon } from './fuzz-cases';

/** Each fixture and what it broke before the fix. */
const fixtures: Record<string, string> = {
  'engine-bug-find-idle-agent-undefined-group.json':
    'a warm-transfer leg abandoning while its agent held: the freed agent answered the leg, findIdleAgent crashed',
  'engine-bug-seed1-case3148.json': 'consults counted at talk end, handled calls at wrap end: consultRate 1.05',
  'engine-bug-seed1-case4194.json': 'consultRate 1.004 in a run that does not drain',
  'engine-bug-seed1-case4278.json': 'warm transfers counted before their calls were handled: transferRate 2',
  'engine-bug-seed1-case5153.json': 'consultRate 1.009 with patience, not drained',
  'engine-bug-seed1-case6336.json': 'consultRate 1.025, not drained',
  'engine-bug-seed1-case8778.json': 'consultRate 1.07 in a 10-minute day',
  'engine-bug-seed1-case9834.json': 'cold transfers: transferRate 1.006, not drained',
  'engine-bug-seed2-case4640.json': 'consultRate 1.25 over 7 calls',
  'engine-bug-seed2-case5116.json': 'consultRate 1.008, not drained',
  'engine-bug-seed2-case5431.json': 'consultRate 2 over 4 calls',
  'engine-bug-seed2-case6323.json': 'consultRate 1.14, not drained',
  'engine-bug-seed2-case9431.json': 'consultRate 1.03, not drained',
};

function expectSound(where: string, k: CallKpis): void {
  expect(k.offered, `${where}: offered = answered + abandoned + waiting`).toBe(
    k.answered + k.abandoned + k.waitingAtEnd,
  );
  for (const key of ['transferRate', 'escalationRate', 'consultRate', 'firstContactResolution'] as const)
    if (!Number.isNaN(k[key])) expect(k[key], `${where}.${key}`).toBeLessThanOrEqual(1);
  expect(k.transferredOut, `${where}: transfers are of handled calls`).toBeLessThanOrEqual(k.answered);
}

describe('engine regressions found by the fuzzer', () => {
  const dir = new URL('../../fixtures/fuzz/', import.meta.url);

  for (const [file, what] of Object.entries(fixtures))
    it(`${file}: ${what}`, () => {
      const scenario = shrinkHorizon(parseScenario(fromFixture(readFileSync(new URL(file, dir), 'utf8'))));
      const result = runScenario(scenario);
      expect(checkResult(result)).toEqual([]);
      expectSound('total', result.total);
      for (const [id, k] of Object.entries(result.queues)) expectSound(`queues.${id}`, k);
      for (const k of result.intervals) expectSound('interval', k);
      expect(result.total.offered).toBeGreaterThan(0);
    });
});
