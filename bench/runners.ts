// Builds the two contestants of a bench case, each behind the same small `Steppable` adapter: the minimal
// baseline loop and the engine. The adapters are called once per time slice, never per event.
import { Simulation } from '../src/sim/engine/simulation';
import type { Scenario } from '../src/sim/scenario/schema';
import { BaselineSimulation, type GeneratorName } from './baseline';
import { baselineConfigFor } from './baseline-config';
import type { Steppable } from './measure';

/** A baseline run of `scenario`, or undefined when the baseline cannot model it (see baseline-config.ts). */
export function baselineFactory(scenario: Scenario, generator: GeneratorName = 'alea'): (() => Steppable) | undefined {
  const config = baselineConfigFor(scenario, generator);
  if (config === undefined) return undefined;
  return () => {
    const sim = new BaselineSimulation(config);
    return {
      runUntil: (seconds) => sim.runUntil(seconds),
      get eventCount() {
        return sim.eventCount;
      },
      callsOffered: () => sim.offered,
    };
  };
}

/** An engine run of `scenario` with the scenario's own seed. */
export function engineFactory(scenario: Scenario): () => Steppable {
  return () => {
    const sim = new Simulation(scenario);
    return {
      runUntil: (seconds) => sim.runUntil(seconds),
      get eventCount() {
        return sim.eventCount;
      },
      // run() on a finished simulation only builds the result; the bench has no warm-up, so all calls count.
      callsOffered: () => sim.run().total.offered,
    };
  };
}
