// Which calls moved between two snapshots, worked out by hand for a two-queue, three-agent floor: arrivals per
// queue (topped up to the centre's counter), answers from the agents whose call changed, abandons, sampling
// beyond the cap, and nothing across a layout change or a restart.
import { describe, expect, it } from 'vitest';
import type { FloorLayout, FloorSnapshot } from '../../../src/sim/api';
import { flowsBetween } from '../../../src/ui/floor/floor-flows';

const layout: FloorLayout = {
  version: 1,
  scenarioId: 'two-queues',
  scenarioName: 'Two queues',
  intervalSeconds: 1800,
  horizonSeconds: 3600,
  serviceLevel: { thresholdSeconds: 20, target: 0.8 },
  departments: [],
  queues: [
    { id: 'gold', name: 'Gold', priority: 10 },
    { id: 'basic', name: 'Basic', priority: 0 },
  ],
  groups: [
    { id: 'team', name: 'Team', role: 'agent', proficiency: {}, queues: ['gold', 'basic'] },
    { id: 'basics', name: 'Basics only', role: 'agent', proficiency: {}, queues: ['basic'] },
  ],
  agents: [
    { id: 'team-1', group: 0 },
    { id: 'team-2', group: 0 },
    { id: 'basics-1', group: 1 },
  ],
};

interface Counts {
  atSeconds?: number;
  layoutVersion?: number;
  arrived?: number;
  abandoned?: number;
  offered?: [number, number];
  queueAbandoned?: [number, number];
  waiting?: [number, number];
  calls?: [number, number, number];
}

/** A snapshot with only what flowsBetween reads; KPI records carry just the fields that matter here. */
function snapshot(c: Counts): FloorSnapshot {
  const queueKpis = (q: number) =>
    ({
      offered: c.offered?.[q] ?? 0,
      abandoned: c.queueAbandoned?.[q] ?? 0,
    }) as unknown as FloorSnapshot['queues'][string];
  return {
    atSeconds: c.atSeconds ?? 0,
    finished: false,
    layoutVersion: c.layoutVersion ?? 1,
    agentStates: new Uint8Array(3),
    agentCalls: Float64Array.from(c.calls ?? [0, 0, 0]),
    agentAnswered: new Float64Array(3),
    queueWaiting: Int32Array.from(c.waiting ?? [0, 0]),
    flows: {
      arrived: c.arrived ?? 0,
      blocked: 0,
      transferred: 0,
      routed: c.arrived ?? 0,
      leftIvr: 0,
      answered: 0,
      abandoned: c.abandoned ?? 0,
      completed: 0,
    },
    total: {} as FloorSnapshot['total'],
    queues: { gold: queueKpis(0), basic: queueKpis(1) },
    groups: {},
    intervals: [],
  };
}

function summary(flows: ReturnType<typeof flowsBetween>): string[] {
  return flows.map((f) => `${f.kind} q${f.queueIndex}${f.agentIndex >= 0 ? ` a${f.agentIndex}` : ''}`);
}

describe('flows between two snapshots', () => {
  it('sends arrivals to the queues whose offered count grew', () => {
    const prev = snapshot({ atSeconds: 0 });
    const next = snapshot({ atSeconds: 60, arrived: 3, offered: [1, 2] });
    expect(summary(flowsBetween(layout, prev, next, 10))).toEqual(['arrival q0', 'arrival q1', 'arrival q1']);
  });

  it('spreads arrivals the queue counters miss (the warm-up) over the busiest queues first', () => {
    const prev = snapshot({ atSeconds: 0, waiting: [1, 5] });
    const next = snapshot({ atSeconds: 60, arrived: 3, offered: [0, 0], waiting: [1, 5] });
    // Basic had more callers waiting, so it gets the first and third of the unattributed arrivals.
    expect(summary(flowsBetween(layout, prev, next, 10))).toEqual(['arrival q0', 'arrival q1', 'arrival q1']);
  });

  it('sends an answer to each agent that took a new call, from its best queue with callers waiting', () => {
    const prev = snapshot({ atSeconds: 0, waiting: [0, 4], calls: [7, 0, 0] });
    // team-1 still has call 7; team-2 took call 9: gold was empty, so it came from basic; basics-1 took call 8.
    const next = snapshot({ atSeconds: 60, waiting: [0, 2], calls: [7, 9, 8] });
    expect(summary(flowsBetween(layout, prev, next, 10))).toEqual(['answer q1 a1', 'answer q1 a2']);
  });

  it('prefers the higher-priority queue when both had callers waiting', () => {
    const prev = snapshot({ atSeconds: 0, waiting: [1, 4] });
    const next = snapshot({ atSeconds: 60, waiting: [0, 4], calls: [3, 0, 0] });
    expect(summary(flowsBetween(layout, prev, next, 10))).toEqual(['answer q0 a0']);
  });

  it('sends abandons from the queues that lost callers', () => {
    const prev = snapshot({ atSeconds: 0, abandoned: 1, queueAbandoned: [0, 1] });
    const next = snapshot({ atSeconds: 60, abandoned: 3, queueAbandoned: [1, 2] });
    expect(summary(flowsBetween(layout, prev, next, 10))).toEqual(['abandon q0', 'abandon q1']);
  });

  it('keeps an even sample of at most maxPerKind of each kind', () => {
    const prev = snapshot({ atSeconds: 0 });
    const next = snapshot({ atSeconds: 60, arrived: 100, offered: [50, 50] });
    const flows = flowsBetween(layout, prev, next, 4);
    expect(summary(flows)).toEqual(['arrival q0', 'arrival q0', 'arrival q1', 'arrival q1']);
  });

  it('finds nothing across a layout change or when time goes back (a new run)', () => {
    const prev = snapshot({ atSeconds: 100 });
    expect(flowsBetween(layout, prev, snapshot({ atSeconds: 160, arrived: 5, layoutVersion: 2 }), 10)).toEqual([]);
    expect(flowsBetween(layout, prev, snapshot({ atSeconds: 50, arrived: 5 }), 10)).toEqual([]);
  });
});
