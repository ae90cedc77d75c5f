// The floor plan: every agent has a desk inside its department's zone, desks never overlap, agents face their
// lead in the hierarchical look and each other in team pods, queues stand in front of the zones that answer
// them and apart from each other, and the outline used to frame the camera covers everything.
import { describe, expect, it } from 'vitest';
import type { FloorLayout } from '../../../src/sim/api';
import { initialLayout } from '../../../src/sim/live/layout';
import { findBuiltInScenario } from '../../../src/scenarios/index';
import {
  QUEUE_SLOTS_SHOWN,
  callerSlot,
  outlineOf,
  planFloor,
  type FloorPlan,
  type FloorPoint,
  type FloorStructure,
} from '../../../src/ui/floor/floor-layout';

function layoutOf(id: string): FloorLayout {
  const scenario = findBuiltInScenario(id);
  if (scenario === undefined) throw new Error(`no built-in scenario ${id}`);
  return initialLayout(scenario);
}

/** A layout with groups of the given sizes, each answering its own queue. */
function syntheticLayout(groupSizes: number[]): FloorLayout {
  return {
    version: 1,
    scenarioId: 'synthetic',
    scenarioName: 'Synthetic',
    intervalSeconds: 1800,
    horizonSeconds: 3600,
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    departments: [],
    queues: groupSizes.map((_, g) => ({ id: `q${g}`, name: `Queue ${g}`, priority: 0 })),
    groups: groupSizes.map((_, g) => ({
      id: `g${g}`,
      name: `Group ${g}`,
      role: 'agent' as const,
      proficiency: {},
      queues: [`q${g}`],
    })),
    agents: groupSizes.flatMap((n, g) => Array.from({ length: n }, (_, k) => ({ id: `g${g}-${k + 1}`, group: g }))),
  };
}

/** The unit vector an agent with this yaw looks along, on the floor. */
function facing(yawRadians: number): FloorPoint {
  return { x: Math.sin(yawRadians), z: Math.cos(yawRadians) };
}

function insideZone(plan: FloorPlan, groupIndex: number, x: number, z: number): boolean {
  const zone = plan.zones[groupIndex]!;
  return Math.abs(x - zone.centre.x) <= zone.widthMetres / 2 && Math.abs(z - zone.centre.z) <= zone.depthMetres / 2;
}

const structures: FloorStructure[] = ['hierarchical', 'self-managed'];

describe.each(structures)('the %s floor plan', (structure) => {
  const layout = syntheticLayout([1, 7, 40, 250]);
  const plan = planFloor(layout, structure);

  it('gives every agent a desk and a seat inside its own department', () => {
    expect(plan.deskX).toHaveLength(layout.agents.length);
    layout.agents.forEach((agent, i) => {
      expect(insideZone(plan, agent.group, plan.deskX[i]!, plan.deskZ[i]!), `desk of ${agent.id}`).toBe(true);
      expect(insideZone(plan, agent.group, plan.seatX[i]!, plan.seatZ[i]!), `seat of ${agent.id}`).toBe(true);
    });
  });

  it('never puts two desks on top of each other', () => {
    const n = layout.agents.length;
    let closest = Infinity;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        closest = Math.min(closest, Math.hypot(plan.deskX[i]! - plan.deskX[j]!, plan.deskZ[i]! - plan.deskZ[j]!));
      }
    }
    // A desk is 1.3 m wide and 0.7 m deep: centres closer than 0.7 m would overlap whichever way they turn.
    expect(closest).toBeGreaterThanOrEqual(0.7);
  });

  it('seats each agent behind the desk, looking across it', () => {
    for (let i = 0; i < layout.agents.length; i++) {
      const look = facing(plan.deskYaw[i]!);
      const towardsDesk = { x: plan.deskX[i]! - plan.seatX[i]!, z: plan.deskZ[i]! - plan.seatZ[i]! };
      expect(look.x * towardsDesk.x + look.z * towardsDesk.z).toBeGreaterThan(0.5);
    }
  });

  it('keeps departments apart', () => {
    const zones = plan.zones;
    for (let a = 0; a < zones.length; a++) {
      for (let b = a + 1; b < zones.length; b++) {
        const gapX =
          Math.abs(zones[a]!.centre.x - zones[b]!.centre.x) - (zones[a]!.widthMetres + zones[b]!.widthMetres) / 2;
        expect(gapX).toBeGreaterThan(0);
      }
    }
  });

  it('frames everything: the outline covers every seat, queue and the IVR', () => {
    const outline = outlineOf(plan);
    const xs = outline.map((p) => p.x);
    const zs = outline.map((p) => p.z);
    const covers = (x: number, z: number): boolean =>
      x >= Math.min(...xs) && x <= Math.max(...xs) && z >= Math.min(...zs) && z <= Math.max(...zs);
    for (let i = 0; i < layout.agents.length; i++) expect(covers(plan.seatX[i]!, plan.seatZ[i]!)).toBe(true);
    for (const queue of plan.queues) expect(covers(queue.head.x, queue.labelAt.z)).toBe(true);
    expect(covers(plan.ivr.x, plan.ivr.z)).toBe(true);
    expect(covers(plan.exit.x, plan.exit.z)).toBe(true);
  });
});

describe('the two structures', () => {
  const layout = syntheticLayout([12]);

  it('hierarchical: every agent faces the back of the zone, where the supervisor sits facing them', () => {
    const plan = planFloor(layout, 'hierarchical');
    const lead = plan.zones[0]!.leadDesk;
    for (let i = 0; i < 12; i++) {
      expect(facing(plan.deskYaw[i]!).z).toBeCloseTo(-1);
      expect(lead.z).toBeLessThan(plan.deskZ[i]!);
    }
    expect(facing(lead.yawRadians).z).toBeCloseTo(1);
  });

  it('self-managed: pods of six, three facing three', () => {
    const plan = planFloor(layout, 'self-managed');
    for (const pod of [0, 1]) {
      const seats = [0, 1, 2, 3, 4, 5].map((k) => pod * 6 + k);
      const lookingBack = seats.filter((i) => facing(plan.deskYaw[i]!).z < -0.9).length;
      const lookingFront = seats.filter((i) => facing(plan.deskYaw[i]!).z > 0.9).length;
      expect([lookingBack, lookingFront]).toEqual([3, 3]);
      // Facing pairs share the pod: opposite desks touch (0.75 m apart), unlike desks of different pods.
      expect(Math.abs(plan.deskZ[seats[0]!]! - plan.deskZ[seats[3]!]!)).toBeCloseTo(0.75);
    }
  });
});

describe('queues', () => {
  it('stand in front of the zones that answer them, at least 6 m apart', () => {
    const layout = layoutOf('monday-peak');
    const plan = planFloor(layout);
    const xs = plan.queues.map((q) => q.head.x).sort((a, b) => a - b);
    for (let k = 1; k < xs.length; k++) expect(xs[k]! - xs[k - 1]!).toBeGreaterThanOrEqual(6 - 1e-9);
    // Technical calls are answered by the technical team and the seniors (zones 2 and 3), never by billing (zone 1):
    // the technical queue stands to the right of the billing team's zone.
    const technical = plan.queues.find((q) => q.queueId === 'technical')!;
    expect(technical.head.x).toBeGreaterThan(plan.zones[0]!.centre.x + plan.zones[0]!.widthMetres / 2);
    // Queues stand between the zones (z < 0) and the IVR.
    for (const queue of plan.queues) {
      expect(queue.head.z).toBeGreaterThan(0);
      expect(queue.labelAt.z).toBeLessThan(plan.ivr.z);
    }
  });

  it('line callers up in distinct places, the first one nearest the zones', () => {
    const plan = planFloor(layoutOf('help-desk'));
    const queue = plan.queues[0]!;
    const seen = new Set<string>();
    for (let k = 0; k < QUEUE_SLOTS_SHOWN; k++) {
      const slot = callerSlot(queue, k, { x: 0, z: 0 });
      seen.add(`${slot.x.toFixed(3)},${slot.z.toFixed(3)}`);
      expect(slot.z).toBeGreaterThanOrEqual(queue.head.z - 1e-9);
    }
    expect(seen.size).toBe(QUEUE_SLOTS_SHOWN);
  });
});

it('lays out a group without agents as an empty zone', () => {
  const plan = planFloor(syntheticLayout([0, 3]));
  expect(plan.zones).toHaveLength(2);
  expect(plan.zones[0]!.agentCount).toBe(0);
  expect(plan.zones[0]!.widthMetres).toBeGreaterThan(0);
});
