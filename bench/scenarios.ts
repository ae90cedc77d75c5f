// The scenarios `npm run bench` measures, as in-memory v1 scenario objects validated like any user file.
// Adding a case is one entry in `benchCases`. Depends on the scenario schema only, never on the engine.
import type { Scenario } from '../src/sim/scenario/schema';
import { parseScenario } from '../src/sim/scenario/validate';

export interface BenchCase {
  /** Short id used in the JSON output. */
  id: string;
  /** Label for the table. */
  label: string;
  /** The scenario, with arrivals stopping after `calls` calls (then draining). */
  scenario(calls: number): Scenario;
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
  };
}

export const benchCases: readonly BenchCase[] = [mmcmCase(100), mmcmCase(1000)];
