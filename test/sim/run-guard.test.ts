// The guard around a run: sliced runs give the very result of an unsliced one, a runaway stops with a clear
// error, and a result that breaks an identity is refused instead of shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/sim/engine/simulation';
import { checkResult } from '../../src/sim/result-checks';
import { RunGuardError, runGuarded } from '../../src/sim/run-guard';
import { builtInScenarios, findBuiltInScenario } from '../../src/scenarios/index';
import { arbitraryScenario } from './support/arbitrary-scenario';
import { LiveSession } from '../../src/sim/live/live-session';
import type { Scenario } from '../../src/sim/scenario/schema';

/** mmc-steady with a talk time of a day on average: 20 agents can never serve 4 hours of 270 calls an hour. */
function neverEmpties(): Scenario {
  const s = structuredClone(findBuiltInScenario('mmc-steady')!);
  return {
    ...s,
    horizon: { kind: 'duration', seconds: 4 * 3600, drain: true },
    callTypes: s.callTypes.map((ct) => ({ ...ct, talk: { kind: 'exponential', meanSeconds: 86_400 } })),
  };
}

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

describe('a run that never empties', () => {
  it('stops a fast run a week after the arrivals end, saying why and what to change', () => {
    expect(() => runGuarded(neverEmpties())).toThrow(/would never empty.*set horizon.drain to false/);
  });

  it('stops a live run the same way', () => {
    const opened = LiveSession.open(neverEmpties());
    if (!opened.ok) throw new Error('the scenario should be valid');
    opened.session.advanceTo(4 * 3600 + 6 * 86_400); // within the week: still running
    expect(opened.session.isFinished).toBe(false);
    expect(() => opened.session.advanceTo(4 * 3600 + 8 * 86_400)).toThrow(RunGuardError);
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
