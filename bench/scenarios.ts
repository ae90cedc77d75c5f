// The scenarios `npm run bench` measures, as in-memory scenario objects validated like any user file.
// Adding a case is one entry in `benchCases`. Depends on the scenario schema only, never on the engine.
import fullCentre from '../src/scenarios/full-centre.json';
import { loadScenario } from '../src/sim/scenario/migrate';
import type { Scenario } from '../src/sim/scenario/schema';
import { parseScenario } from '../src/sim/scenario/validate';

export interface BenchCase {
  /** Short id used in the JSON output. */
  id: string;
  /** Label for the table. */
  label: string;
  /** The scenario, with arrivals stopping after `calls` calls (then draining). */
  scenario(calls: number): Scenario;
  /**
   * What the bench counts as a call. 'arrivals' (M/M/c cases): the calls the horizon counts, each offered once.
   * 'contacts' (cases with an IVR, retrials and repeat calls): every contact that rang the centre — first
   * calls, retrials and repeat calls, contained or blocked ones included — which only a run can tell.
   */
  calls: 'arrivals' | 'contacts';
}

export interface MmcmParameters {
  agents: number;
  /** Offered load per agent, λ / (c μ). */
  loadPerAgent: number;
  meanServiceSeconds: number;
  meanPatienceSeconds: number;
}

/** A single-queue M/M/c+M centre: Poisson arrivals, exponential talk and patience, no after-call work. */
export function mmcmScenario(p: MmcmParameters, calls: number): Scenario {
  const callsPerHour = (p.loadPerAgent * p.agents * 3600) / p.meanServiceSeconds;
  return parseScenario({
    schemaVersion: 2,
    id: `bench-mmc-${p.agents}`,
    name: `Bench M/M/${p.agents}+M`,
    description: `Bench case: ${p.agents} agents at load ${p.loadPerAgent}, exponential talk and patience.`,
    seed: 'bench',
    intervalMinutes: 60,
    horizon: { kind: 'calls', count: calls, drain: true },
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    queues: [{ id: 'main' }],
    callTypes: [
      {
        id: 'call',
        queue: 'main',
        arrivals: { callsPerHour: [callsPerHour] },
        talk: { kind: 'exponential', meanSeconds: p.meanServiceSeconds },
        patience: { kind: 'exponential', meanSeconds: p.meanPatienceSeconds },
      },
    ],
    agentGroups: [{ id: 'agents', queues: ['main'], agents: p.agents }],
  });
}

function mmcmCase(agents: number): BenchCase {
  const parameters = { agents, loadPerAgent: 0.95, meanServiceSeconds: 300, meanPatienceSeconds: 300 };
  return {
    id: `mmc-${agents}`,
    label: `M/M/${agents}+M`,
    scenario: (calls) => mmcmScenario(parameters, calls),
    calls: 'arrivals',
  };
}

const SECONDS_PER_DAY = 86_400;

/**
 * The built-in full centre (src/scenarios/full-centre.json) day after day until `calls` new callers have
 * arrived. Its arrival profiles cover the 14 opening hours only, while shifts repeat every 24 hours, so each
 * profile is padded with closed (zero-rate) intervals to a whole day: day d's callers meet day d's shifts.
 */
export function fullCentreScenario(calls: number): Scenario {
  const day = loadScenario(fullCentre);
  const intervalsPerDay = SECONDS_PER_DAY / (day.intervalMinutes * 60);
  const callTypes = day.callTypes.map((ct) => {
    const rates = ct.arrivals.callsPerHour;
    if (rates === undefined || rates.length > intervalsPerDay)
      throw new Error(`full-centre: call type ${ct.id} needs a profile of at most one day`);
    const closed = Array.from({ length: intervalsPerDay - rates.length }, () => 0);
    return { ...ct, arrivals: { callsPerHour: [...rates, ...closed] } };
  });
  return parseScenario({
    ...day,
    id: 'bench-full-centre',
    name: 'Bench full centre',
    description: `Bench case: ${day.name}, repeated day after day until ${calls} callers have arrived.`,
    horizon: { kind: 'calls', count: calls, drain: true },
    callTypes,
  });
}

/** The full centre: engine only, since the baseline models a single M/M/c+M queue. */
const fullCentreCase: BenchCase = {
  id: 'full-centre',
  label: 'full centre',
  scenario: fullCentreScenario,
  calls: 'contacts',
};

export const benchCases: readonly BenchCase[] = [mmcmCase(100), mmcmCase(1000), fullCentreCase];
