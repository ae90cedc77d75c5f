// The move-agents intervention moves the same people, as a supervisor's review does: no one is hired or
// logged out, each mover keeps its index and the calls it has answered (its experience), and every group's
// headcount changes by exactly the number moved. Idle agents move at once; busy ones after their call.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../src/sim/engine/simulation';
import { LOGGED_OUT } from '../../../src/sim/engine/agent-pool';
import { buildScenario } from '../support/scenario-builder';

function twoGroups(callsPerHour: number) {
  return buildScenario({
    seed: 7,
    horizon: { kind: 'duration', seconds: 4 * 3600 },
    callTypes: [
      {
        id: 'call',
        queue: 'q',
        arrivals: { callsPerHour: [callsPerHour] },
        talk: { kind: 'exponential', meanSeconds: 240 },
      },
    ],
    agentGroups: [
      { id: 'front', queues: ['q'], agents: 4 },
      { id: 'back', queues: ['q'], agents: 2 },
    ],
  });
}

function members(sim: Simulation, gi: number): number[] {
  const out: number[] = [];
  for (let a = 0; a < sim.agents.count; a++)
    if (sim.agents.group[a] === gi && sim.agents.state[a] !== LOGGED_OUT) out.push(a);
  return out;
}

describe('moving agents between groups', () => {
  it('moves idle agents at once, keeping who they are and what they learnt', () => {
    const sim = new Simulation(twoGroups(6)); // light load: most agents idle
    sim.runUntil(1800);
    const answered = Array.from(sim.agents.answered.subarray(0, 6));
    const front = members(sim, 0);
    expect(front).toHaveLength(4);
    const idleBefore = front.filter((a) => sim.agents.state[a] === 0).length;
    expect(idleBefore).toBeGreaterThanOrEqual(3);
    expect(sim.moveAgents(0, 1, 3)).toBe(3);
    expect(sim.agents.count).toBe(6); // nobody hired
    const moved = members(sim, 1).filter((a) => front.includes(a));
    expect(moved).toHaveLength(3);
    for (const a of moved) expect(sim.agents.answered[a]).toBe(answered[a]);
    expect(members(sim, 0)).toHaveLength(1);
    expect(members(sim, 1)).toHaveLength(5);
    expect([sim.stats.staffed[0], sim.stats.staffed[1]]).toEqual([1, 5]);
    sim.runUntil(Infinity);
    const result = sim.result();
    expect(result.groups.front!.staffedAgents + result.groups.back!.staffedAgents).toBeCloseTo(6, 9);
  });

  it('moves busy agents when their call ends', () => {
    const sim = new Simulation(twoGroups(200)); // overloaded: every agent is busy
    sim.runUntil(1800);
    const front = members(sim, 0);
    expect(front.every((a) => sim.agents.call[a]! >= 0)).toBe(true);
    expect(sim.moveAgents(0, 1, 2)).toBe(2);
    expect(members(sim, 0)).toHaveLength(4); // still on their calls
    sim.runUntil(1800 + 3600);
    expect(sim.agents.count).toBe(6);
    expect(members(sim, 0)).toHaveLength(2);
    expect(members(sim, 1)).toHaveLength(4);
    expect([sim.stats.staffed[0], sim.stats.staffed[1]]).toEqual([2, 4]);
    expect(members(sim, 1).filter((a) => front.includes(a))).toHaveLength(2);
    // Busy agents stay counted busy in exactly one group: the two groups' busy levels add up to the busy agents.
    let busy = 0;
    for (let a = 0; a < 6; a++) if (sim.agents.call[a]! >= 0) busy++;
    expect(sim.stats.busy[0]! + sim.stats.busy[1]!).toBe(busy);
  });
});
