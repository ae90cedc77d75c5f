// Transfers between two snapshots: as many markers as `flows.transferred` grew (capped), from the busiest zone
// to the escalation department's queue, or without one to a queue the zone does not answer.
import { describe, expect, it } from 'vitest';
import { AGENT_STATES, type FloorLayout, type FloorSnapshot } from '../../../src/sim/api';
import { flowsBetween, transferRoute } from '../../../src/ui/floor/floor-flows';

const TALKING = AGENT_STATES.indexOf('talking');
const IDLE = AGENT_STATES.indexOf('idle');

function layoutWith(escalationKind: 'escalation' | 'sales'): FloorLayout {
  return {
    version: 1,
    scenarioId: 'transfers',
    scenarioName: 'Transfers',
    intervalSeconds: 1800,
    horizonSeconds: 3600,
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    departments: [
      { id: 'front', name: 'Front', kind: 'customer-service' },
      { id: 'back', name: 'Back office', kind: escalationKind },
    ],
    queues: [
      { id: 'general', name: 'General', priority: 0, department: 'front' },
      { id: 'billing', name: 'Billing', priority: 0, department: 'front' },
      { id: 'complex', name: 'Complex', priority: 0, department: 'back' },
    ],
    groups: [
      { id: 'g1', name: 'General team', role: 'agent', proficiency: {}, queues: ['general'] },
      { id: 'g2', name: 'Billing team', role: 'agent', proficiency: {}, queues: ['billing', 'general'] },
      { id: 'experts', name: 'Experts', role: 'specialist', proficiency: {}, queues: ['complex'] },
    ],
    agents: [
      { id: 'g1-1', group: 0 },
      { id: 'g2-1', group: 1 },
      { id: 'g2-2', group: 1 },
      { id: 'experts-1', group: 2 },
      { id: 'experts-2', group: 2 },
      { id: 'experts-3', group: 2 },
    ],
  };
}

function snapshot(atSeconds: number, transferred: number, states: number[]): FloorSnapshot {
  return {
    atSeconds,
    finished: false,
    layoutVersion: 1,
    agentStates: Uint8Array.from(states),
    agentCalls: new Float64Array(states.length),
    agentAnswered: new Float64Array(states.length),
    queueWaiting: new Int32Array(3),
    flows: { arrived: 0, blocked: 0, transferred, routed: 0, leftIvr: 0, answered: 0, abandoned: 0, completed: 0 },
    total: {} as FloorSnapshot['total'],
    queues: {},
    groups: {},
    intervals: [],
  };
}

// The billing team is the busiest outside the experts (the experts, busier still, answer the escalation queue).
const states = [IDLE, TALKING, TALKING, TALKING, TALKING, TALKING];

describe('transfers', () => {
  it('go from the busiest zone that does not answer it to the escalation queue, one marker per transfer', () => {
    const layout = layoutWith('escalation');
    const flows = flowsBetween(layout, snapshot(0, 4, states), snapshot(10, 7, states), 100);
    const transfers = flows.filter((f) => f.kind === 'transfer');
    expect(transfers).toHaveLength(3);
    for (const t of transfers) expect(t).toMatchObject({ groupIndex: 1, queueIndex: 2 });
  });

  it('without an escalation department, go to the first queue the zone does not answer', () => {
    const layout = layoutWith('sales');
    // Now the experts are the busiest zone; they answer only "complex", so the first other queue is "general".
    expect(transferRoute(layout, snapshot(10, 1, states))).toEqual({ groupIndex: 2, queueIndex: 0 });
    // With the billing team busiest, it answers general and billing: the other queue is "complex".
    const billingBusy = [IDLE, TALKING, TALKING, IDLE, IDLE, IDLE];
    expect(transferRoute(layout, snapshot(10, 1, billingBusy))).toEqual({ groupIndex: 1, queueIndex: 2 });
  });

  it('are capped per snapshot and absent when the counter did not grow', () => {
    const layout = layoutWith('escalation');
    expect(
      flowsBetween(layout, snapshot(0, 0, states), snapshot(10, 50, states), 5).filter((f) => f.kind === 'transfer'),
    ).toHaveLength(5);
    expect(
      flowsBetween(layout, snapshot(0, 9, states), snapshot(10, 9, states), 5).filter((f) => f.kind === 'transfer'),
    ).toHaveLength(0);
  });
});
