// The large generated centre the browser benchmarks play: M/M/c+M at 97% load, 400 agents, 5,800 calls an
// hour, 4-minute talk, 3-minute patience, one day (about 140,000 calls). Opened in the app through a share link.
export const largeCentre = {
  schemaVersion: 1,
  id: 'bench-large',
  name: 'Benchmark: 400 agents, one day',
  seed: 'bench-large-1',
  intervalMinutes: 30,
  horizon: { kind: 'duration', seconds: 86_400, drain: true },
  serviceLevel: { thresholdSeconds: 20, target: 0.8 },
  queues: [{ id: 'main', name: 'Main queue' }],
  callTypes: [
    {
      id: 'call',
      queue: 'main',
      arrivals: { callsPerHour: [5800] },
      talk: { kind: 'exponential', meanSeconds: 240 },
      patience: { kind: 'exponential', meanSeconds: 180 },
    },
  ],
  agentGroups: [{ id: 'agents', name: 'Agents', queues: ['main'], agents: 400 }],
};
