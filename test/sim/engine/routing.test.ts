// Routing rules on tiny scripted scenarios: priorities between queues, the longest-waiting head among equal
// priorities, FIFO within a queue, and the longest-idle agent across groups.
import { describe, expect, it } from 'vitest';
import { Simulation, type TraceEvent } from '../../../src/sim/engine/simulation';
import { parseScenario } from '../../../src/sim/scenario/validate';

interface Caller {
  queue: string;
  atSeconds: number[];
}

function scenario(
  callers: Caller[],
  queues: { id: string; priority?: number }[],
  groups: { id: string; queues: string[]; agents: number }[],
) {
  return parseScenario({
    schemaVersion: 2,
    id: 'routing',
    name: 'Routing',
    seed: 1,
    intervalMinutes: 60,
    horizon: { kind: 'duration', seconds: 3600 },
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    queues,
    callTypes: callers.map((c, i) => ({
      id: `t${i}`,
      queue: c.queue,
      arrivals: { atSeconds: c.atSeconds },
      talk: { kind: 'deterministic', valueSeconds: 50 },
    })),
    agentGroups: groups,
  });
}

function answers(s: ReturnType<typeof scenario>): [number, string, string, number][] {
  const events: TraceEvent[] = [];
  new Simulation(s, { trace: (e) => events.push(e) }).run();
  return events.filter((e) => e.type === 'answered').map((e) => [e.call, e.queue, e.agent as string, e.atSeconds]);
}

describe('routing', () => {
  it('serves a higher-priority queue first even when its caller came later', () => {
    const s = scenario(
      [
        { queue: 'std', atSeconds: [0, 10] },
        { queue: 'vip', atSeconds: [20] },
      ],
      [{ id: 'std' }, { id: 'vip', priority: 5 }],
      [{ id: 'a', queues: ['std', 'vip'], agents: 1 }],
    );
    // Calls are numbered in order of arrival: 1 (std, 0 s), 2 (std, 10 s), 3 (vip, 20 s).
    expect(answers(s)).toEqual([
      [1, 'std', 'a-1', 0],
      [3, 'vip', 'a-1', 50],
      [2, 'std', 'a-1', 100],
    ]);
  });

  it('takes the longest-waiting head among queues of equal priority, FIFO within a queue', () => {
    const s = scenario(
      [
        { queue: 'q1', atSeconds: [0, 5, 30] },
        { queue: 'q2', atSeconds: [10] },
      ],
      [{ id: 'q1' }, { id: 'q2' }],
      [{ id: 'a', queues: ['q1', 'q2'], agents: 1 }],
    );
    // Order of arrival: 1 (q1, 0), 2 (q1, 5), 3 (q2, 10), 4 (q1, 30).
    expect(answers(s).map(([call, , , at]) => [call, at])).toEqual([
      [1, 0],
      [2, 50],
      [3, 100],
      [4, 150],
    ]);
  });

  it('gives a call to the agent idle the longest, across groups', () => {
    const s = scenario(
      [{ queue: 'q', atSeconds: [0, 10, 20, 120, 121] }],
      [{ id: 'q' }],
      [
        { id: 'a', queues: ['q'], agents: 1 },
        { id: 'b', queues: ['q'], agents: 1 },
      ],
    );
    // Both idle since 0: the first group listed wins the tie (a-1). Call 3 waits for a-1 (free at 50).
    // At 120, b-1 has been idle since 60 and a-1 since 100: b-1 takes call 4, a-1 call 5.
    expect(answers(s).map(([call, , agent, at]) => [call, agent, at])).toEqual([
      [1, 'a-1', 0],
      [2, 'b-1', 10],
      [3, 'a-1', 50],
      [4, 'b-1', 120],
      [5, 'a-1', 121],
    ]);
  });

  it('records which rule gave each call to its agent', () => {
    const s = scenario(
      [
        { queue: 'std', atSeconds: [0, 10] },
        { queue: 'vip', atSeconds: [20] },
      ],
      [{ id: 'std' }, { id: 'vip', priority: 5 }],
      [{ id: 'a', queues: ['std', 'vip'], agents: 1 }],
    );
    const events: TraceEvent[] = [];
    new Simulation(s, { trace: (e) => events.push(e) }).run();
    expect(events.filter((e) => e.type === 'answered').map((e) => [e.call, e.route])).toEqual([
      [1, 'longest-idle'],
      [3, 'queue-priority'],
      [2, 'queue-priority'],
    ]);
  });

  it('never gives an agent a call from a queue its group does not serve', () => {
    const s = scenario(
      [
        { queue: 'sales', atSeconds: [0, 1, 2] },
        { queue: 'support', atSeconds: [3] },
      ],
      [{ id: 'sales' }, { id: 'support' }],
      [
        { id: 's', queues: ['sales'], agents: 1 },
        { id: 't', queues: ['support'], agents: 1 },
      ],
    );
    for (const [, queue, agent] of answers(s)) expect(agent.startsWith(queue === 'sales' ? 's-' : 't-')).toBe(true);
  });
});
