// The guard around a run: sliced runs give the very result of an unsliced one, a runaway stops with a clear
// error, and a result that breaks an identity is refused instead of shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/sim/engine/simulation';
import { checkResult } from '../../src/sim/result-checks';
import { RunGuardError, runGuarded } from '../../src/sim/run-guard';
import { builtInScenarios, findBuiltInScenario } from '../../src/scenarios/index';
import { arbitraryScenario } from './support/arbitrary-scenario';

describe('runGuarded', () => {
  it('gives exactly the unguarded result for every built-in', () => {
    for (const s of builtInScenarios) expect(runGuarded(s), s.id).toEqual(runScenario(s));
  });

  it('gives exactly the unguarded result on random scenarios, or an error naming an impossible figure', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (s) => {
        const plain = runScenario(s);
        if (checkResult(plain).length > 0) {
          expect(() => runGuarded(s)).toThrow(/impossible figures/);
          return;
        }
        expect(runGuarded(s)).toEqual(plain);
      }),
      { numRuns: 40, seed: 19 },
    );
  });

  it('stops a run that exceeds its event cap with a message that says why', () => {
    const s = findBuiltInScenario('mmc-steady')!;
    expect(() => runGuarded(s, {}, { maxEvents: 1000 })).toThrow(RunGuardError);
    expect(() => runGuarded(s, {}, { maxEvents: 1000 })).toThrow(/far more than the scenario explains/);
  });
});

describe('checkResult', () => {
  const result = runScenario(findBuiltInScenario('help-desk')!);

  it('finds nothing wrong with a sound run', () => {
    expect(checkResult(result)).toEqual([]);
  });

  it('names a broken conservation identity, a share above 1 and a NaN clock', () => {
    const broken = structuredClone(result);
    broken.total.answered += 1;
    broken.total.consultRate = 1.03;
    broken.endSeconds = NaN;
    expect(checkResult(broken)).toEqual([
      'endSeconds is not a finite number (got NaN)',
      `total: offered ≠ answered + abandoned + waitingAtEnd (${broken.total.offered} ≠ ${broken.total.answered} + ${broken.total.abandoned} + ${broken.total.waitingAtEnd})`,
      'total.consultRate is not a share in [0, 1] (got 1.03)',
    ]);
  });
});
