// A small builder for test scenarios: one queue "q" and one group "g" unless told otherwise, parsed by the
// real validator so a test never runs an invalid scenario.
import { SCHEMA_VERSION } from '../../../src/sim/scenario/schema';
import { parseScenario } from '../../../src/sim/scenario/validate';

export function buildScenario(overrides: Record<string, unknown> = {}) {
  return parseScenario({
    schemaVersion: SCHEMA_VERSION,
    id: 'test',
    name: 'Test',
    seed: 'test',
    intervalMinutes: 60,
    horizon: { kind: 'duration', seconds: 8 * 3600 },
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    queues: [{ id: 'q' }],
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [120] },
        talk: { kind: 'exponential', meanSeconds: 240 },
        patience: { kind: 'exponential', meanSeconds: 180 },
      },
    ],
    agentGroups: [{ id: 'g', queues: ['q'], agents: 10 }],
    ...overrides,
  });
}
