// The floor plan: where every zone, desk, queue line, the IVR and the exit stand, computed from a FloorLayout.
// Pure arithmetic on plain data (metres on the ground plane, x to the right, z towards the viewer); no three, no DOM.
import type { FloorLayout, LayoutGroup } from '../../sim/api';
import { zoneLabel } from './floor-roles';

export type FloorStructure = 'hierarchical' | 'self-managed';

export interface FloorPoint {
  x: number;
  z: number;
}

/** A desk or seat facing `yawRadians` (0 = the person looks towards +z, the viewer). */
export interface FloorPose extends FloorPoint {
  yawRadians: number;
}

/** One department: the zone of an agent group. */
export interface ZonePlan {
  groupIndex: number;
  groupId: string;
  name: string;
  /** What the group's people are (team leads and specialists carry a badge). */
  role: LayoutGroup['role'];
  /** The zone's label: department (when its queues name one), group name and head count. */
  label: string;
  /** Centre of the zone's floor tile. */
  centre: FloorPoint;
  widthMetres: number;
  depthMetres: number;
  /** The supervisor's (hierarchical) or team lead's (self-managed) desk, and where that person sits. */
  leadDesk: FloorPose;
  leadSeat: FloorPose;
  /** Where the zone's name label floats. */
  labelAt: FloorPoint;
  agentCount: number;
}

/** One queue: a line of waiting callers that starts at `head` (near the zones) and grows towards the IVR. */
export interface QueuePlan {
  queueIndex: number;
  queueId: string;
  name: string;
  head: FloorPoint;
  labelAt: FloorPoint;
}

export interface FloorBounds {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

export interface FloorPlan {
  structure: FloorStructure;
  /** Per agent i: the desk and the seat (where the agent figure stands), as parallel typed arrays. */
  deskX: Float32Array;
  deskZ: Float32Array;
  deskYaw: Float32Array;
  seatX: Float32Array;
  seatZ: Float32Array;
  zones: ZonePlan[];
  queues: QueuePlan[];
  /** Where callers come in and are routed. */
  ivr: FloorPoint;
  /** Where abandoning callers leave. */
  exit: FloorPoint;
  bounds: FloorBounds;
  /**
   * How much to enlarge labels and markers (1 up to 5) so that they stay legible when the camera frames a big
   * floor: thousands of agents make a floor hundreds of metres wide.
   */
  labelScale: number;
}

/** Callers shown per row of a queue line, and rows shown; more waiting callers only raise the count label. */
export const QUEUE_SLOTS_PER_ROW = 6;
export const QUEUE_ROWS_SHOWN = 8;
export const QUEUE_SLOTS_SHOWN = QUEUE_SLOTS_PER_ROW * QUEUE_ROWS_SHOWN;

const DESK_PITCH_X = 1.7;
const DESK_PITCH_Z = 2.1;
/** A desk to the agent sitting at it, metres. */
const SEAT_OFFSET = 0.75;
const ZONE_MARGIN = 1.4;
/** From a zone's front edge (the queue side) to the first row of seats, metres. */
const FRONT_AISLE = 1.3;
/** From the last desks to the lead's desk at the back, and behind the lead's seat, metres. */
const LEAD_GAP = 2;
const BACK_MARGIN = 1;
const ZONE_GAP = 3;
const CALLER_PITCH = 0.7;
/** Queue lines stand at least this far apart, centre to centre, metres. */
const QUEUE_PITCH = 6;
const QUEUE_HEAD_Z = 3;
const POD_SIZE = 6;
/** Facing the back of the floor (away from the viewer) and facing the front. */
const FACING_BACK = Math.PI;
const FACING_FRONT = 0;

/** Where the k-th waiting caller (0 = first in line) of a queue stands. */
export function callerSlot(queue: QueuePlan, k: number, out: FloorPoint): FloorPoint {
  const row = Math.floor(k / QUEUE_SLOTS_PER_ROW);
  const column = k % QUEUE_SLOTS_PER_ROW;
  out.x = queue.head.x + (column - (QUEUE_SLOTS_PER_ROW - 1) / 2) * CALLER_PITCH;
  out.z = queue.head.z + row * CALLER_PITCH;
  return out;
}

interface DeskGrid {
  /** Desk poses relative to the zone's front-left corner (x ≥ 0, z ≤ 0). */
  desks: FloorPose[];
  /** The lead's desk at the back of the zone, facing the agents. */
  leadDesk: FloorPose;
  widthMetres: number;
  depthMetres: number;
}

/** The lead's desk behind the back-most desk at `lastDeskZ`, and the zone's depth that holds it. */
function leadAtBack(centreX: number, lastDeskZ: number): { leadDesk: FloorPose; depthMetres: number } {
  const leadDesk = { x: centreX, z: lastDeskZ - LEAD_GAP, yawRadians: FACING_FRONT };
  return { leadDesk, depthMetres: -(leadDesk.z - SEAT_OFFSET) + BACK_MARGIN };
}

/**
 * Rows of desks facing the back of the zone, where the supervisor sits facing them. The viewer looks over the
 * agents' shoulders, so desks never hide the figures.
 */
function rowsOfDesks(agentCount: number): DeskGrid {
  const columns = Math.max(3, Math.ceil(Math.sqrt(agentCount * 1.3)));
  const rows = Math.max(1, Math.ceil(agentCount / columns));
  const desks: FloorPose[] = [];
  for (let i = 0; i < agentCount; i++) {
    const column = i % columns;
    const row = Math.floor(i / columns);
    desks.push({
      x: ZONE_MARGIN + (column + 0.5) * DESK_PITCH_X,
      z: -(FRONT_AISLE + row * DESK_PITCH_Z + SEAT_OFFSET),
      yawRadians: FACING_BACK,
    });
  }
  const widthMetres = 2 * ZONE_MARGIN + columns * DESK_PITCH_X;
  const lastDeskZ = -(FRONT_AISLE + (rows - 1) * DESK_PITCH_Z + SEAT_OFFSET);
  return { desks, widthMetres, ...leadAtBack(widthMetres / 2, lastDeskZ) };
}

/** Pods of six desks, two rows of three facing each other across the pod, in a grid; the team lead at the back. */
function teamPods(agentCount: number): DeskGrid {
  const podWidth = 3 * DESK_PITCH_X + 1.4;
  // Front chairs to back chairs 1.5 m + two desks, then an aisle of 1.6 m to the next pod.
  const podDepth = 2 * SEAT_OFFSET + 0.75 + 0.9 + 1.6;
  const podCount = Math.max(1, Math.ceil(agentCount / POD_SIZE));
  const podColumns = Math.max(1, Math.ceil(Math.sqrt(podCount * 1.1)));
  const podRows = Math.ceil(podCount / podColumns);
  const desks: FloorPose[] = [];
  for (let i = 0; i < agentCount; i++) {
    const pod = Math.floor(i / POD_SIZE);
    const seat = i % POD_SIZE;
    const podLeft = ZONE_MARGIN + (pod % podColumns) * podWidth + 0.7;
    const frontDeskZ = -(FRONT_AISLE + Math.floor(pod / podColumns) * podDepth + SEAT_OFFSET);
    const isBackRow = seat >= 3;
    desks.push({
      x: podLeft + ((seat % 3) + 0.5) * DESK_PITCH_X,
      // The front row looks away from the viewer, the back row looks at it across the pod.
      z: isBackRow ? frontDeskZ - 0.75 : frontDeskZ,
      yawRadians: isBackRow ? FACING_FRONT : FACING_BACK,
    });
  }
  const widthMetres = 2 * ZONE_MARGIN + podColumns * podWidth;
  const lastDeskZ = -(FRONT_AISLE + (podRows - 1) * podDepth + SEAT_OFFSET) - 0.75 - SEAT_OFFSET;
  return { desks, widthMetres, ...leadAtBack(widthMetres / 2, lastDeskZ) };
}

function seatOf(desk: FloorPose): FloorPose {
  // The seat is behind the desk as seen from the way the person faces.
  return {
    x: desk.x - Math.sin(desk.yawRadians) * SEAT_OFFSET,
    z: desk.z - Math.cos(desk.yawRadians) * SEAT_OFFSET,
    yawRadians: desk.yawRadians,
  };
}

interface ZoneRow {
  /** Indices of the groups in this row, left to right. */
  groups: number[];
  widthMetres: number;
  depthMetres: number;
}

/** The floor's zones read best about twice as wide as deep, like the view that frames them. */
const ZONES_ASPECT = 2.2;

/** Packs zones in order into rows of about equal width. */
function packRows(grids: readonly DeskGrid[], rowCount: number): ZoneRow[] {
  const total = grids.reduce((sum, grid) => sum + grid.widthMetres + ZONE_GAP, -ZONE_GAP);
  const target = total / rowCount;
  const rows: ZoneRow[] = [];
  let row: ZoneRow = { groups: [], widthMetres: 0, depthMetres: 0 };
  grids.forEach((grid, g) => {
    const widthWith = row.widthMetres + (row.groups.length > 0 ? ZONE_GAP : 0) + grid.widthMetres;
    // Start a new row when this zone would stick out past the target by more than half its width.
    if (row.groups.length > 0 && widthWith - grid.widthMetres / 2 > target && rows.length < rowCount - 1) {
      rows.push(row);
      row = { groups: [], widthMetres: 0, depthMetres: 0 };
    }
    row.widthMetres += (row.groups.length > 0 ? ZONE_GAP : 0) + grid.widthMetres;
    row.depthMetres = Math.max(row.depthMetres, grid.depthMetres);
    row.groups.push(g);
  });
  rows.push(row);
  return rows;
}

/** Rows of zones (one row for a few departments, more for many), whichever is closest to ZONES_ASPECT. */
function arrangeZones(grids: readonly DeskGrid[]): ZoneRow[] {
  let best = packRows(grids, 1);
  let bestMiss = Infinity;
  for (let rowCount = 1; rowCount <= Math.min(4, Math.max(1, grids.length)); rowCount++) {
    const rows = packRows(grids, rowCount);
    const width = Math.max(...rows.map((r) => r.widthMetres));
    const depth = rows.reduce((sum, r) => sum + r.depthMetres + ZONE_GAP, -ZONE_GAP);
    const miss = Math.abs(Math.log(width / Math.max(1, depth) / ZONES_ASPECT));
    if (miss < bestMiss) {
      best = rows;
      bestMiss = miss;
    }
  }
  return best;
}

/**
 * Where each queue's line stands along x: in front of the zones that answer it (weighted by their agents),
 * then pushed apart left to right to at least QUEUE_PITCH, and the whole row re-centred on where it wanted to be.
 */
function placeQueues(layout: FloorLayout, zones: readonly ZonePlan[], fallbackX: number): number[] {
  const wanted = layout.queues.map((queue) => {
    let weight = 0;
    let sum = 0;
    zones.forEach((zone, g) => {
      if (!layout.groups[g]?.queues.includes(queue.id)) return;
      const agents = Math.max(1, zone.agentCount);
      weight += agents;
      sum += zone.centre.x * agents;
    });
    return weight > 0 ? sum / weight : fallbackX;
  });
  const order = wanted.map((_, q) => q).sort((a, b) => (wanted[a] ?? 0) - (wanted[b] ?? 0) || a - b);
  const placed = [...wanted];
  let previous = -Infinity;
  for (const q of order) {
    placed[q] = Math.max(wanted[q] ?? 0, previous + QUEUE_PITCH);
    previous = placed[q] ?? 0;
  }
  const shift = (wanted.reduce((s, x) => s + x, 0) - placed.reduce((s, x) => s + x, 0)) / Math.max(1, placed.length);
  return placed.map((x) => x + shift);
}

/** Lays out the whole floor: zones side by side, queue lines in front of them, the IVR in front of the queues. */
export function planFloor(layout: FloorLayout, structure: FloorStructure = 'hierarchical'): FloorPlan {
  const agentCount = layout.agents.length;
  const plan: FloorPlan = {
    structure,
    deskX: new Float32Array(agentCount),
    deskZ: new Float32Array(agentCount),
    deskYaw: new Float32Array(agentCount),
    seatX: new Float32Array(agentCount),
    seatZ: new Float32Array(agentCount),
    zones: [],
    queues: [],
    ivr: { x: 0, z: 0 },
    exit: { x: 0, z: 0 },
    bounds: { minX: 0, maxX: 0, minZ: 0, maxZ: 0 },
    labelScale: 1,
  };
  const membersOf = layout.groups.map(() => [] as number[]);
  layout.agents.forEach((agent, i) => membersOf[agent.group]?.push(i));
  const grids = membersOf.map((members) =>
    structure === 'hierarchical' ? rowsOfDesks(members.length) : teamPods(members.length),
  );
  const rows = arrangeZones(grids);
  const zonesWidth = Math.max(0, ...rows.map((row) => row.widthMetres));
  let rowFrontZ = 0;
  let deepest = 0;
  for (const row of rows) {
    let left = (zonesWidth - row.widthMetres) / 2;
    for (const g of row.groups) {
      const group = layout.groups[g];
      const grid = grids[g];
      if (group === undefined || grid === undefined) continue;
      const members = membersOf[g] ?? [];
      members.forEach((agentIndex, k) => {
        const desk = grid.desks[k];
        if (desk === undefined) return;
        const seat = seatOf(desk);
        plan.deskX[agentIndex] = left + desk.x;
        plan.deskZ[agentIndex] = rowFrontZ + desk.z;
        plan.deskYaw[agentIndex] = desk.yawRadians;
        plan.seatX[agentIndex] = left + seat.x;
        plan.seatZ[agentIndex] = rowFrontZ + seat.z;
      });
      const centreX = left + grid.widthMetres / 2;
      const leadDesk: FloorPose = { ...grid.leadDesk, x: left + grid.leadDesk.x, z: rowFrontZ + grid.leadDesk.z };
      plan.zones[g] = {
        groupIndex: g,
        groupId: group.id,
        name: group.name,
        role: group.role,
        label: zoneLabel(layout, g, members.length),
        centre: { x: centreX, z: rowFrontZ - grid.depthMetres / 2 },
        widthMetres: grid.widthMetres,
        depthMetres: grid.depthMetres,
        leadDesk,
        leadSeat: seatOf(leadDesk),
        labelAt: { x: centreX, z: rowFrontZ - grid.depthMetres },
        agentCount: members.length,
      };
      left += grid.widthMetres + ZONE_GAP;
    }
    deepest = -(rowFrontZ - row.depthMetres);
    rowFrontZ -= row.depthMetres + ZONE_GAP;
  }

  const middleX = zonesWidth / 2;
  const queueXs = placeQueues(layout, plan.zones, middleX);
  layout.queues.forEach((queue, q) => {
    const x = queueXs[q] ?? middleX;
    plan.queues.push({
      queueIndex: q,
      queueId: queue.id,
      name: queue.name,
      head: { x, z: QUEUE_HEAD_Z },
      labelAt: { x, z: QUEUE_HEAD_Z + QUEUE_ROWS_SHOWN * CALLER_PITCH + 0.6 },
    });
  });
  const queuesEndZ = QUEUE_HEAD_Z + QUEUE_ROWS_SHOWN * CALLER_PITCH;
  // The IVR faces the middle of the queue lines it feeds.
  const ivrX = queueXs.length > 0 ? (Math.min(...queueXs) + Math.max(...queueXs)) / 2 : middleX;
  plan.ivr = { x: ivrX, z: queuesEndZ + 5 };
  const rightEdge = Math.max(zonesWidth, ...queueXs.map((x) => x + QUEUE_PITCH / 2));
  plan.exit = { x: rightEdge + 4, z: QUEUE_HEAD_Z + (QUEUE_ROWS_SHOWN * CALLER_PITCH) / 2 };
  plan.bounds = {
    minX: Math.min(0, ...queueXs.map((x) => x - QUEUE_PITCH / 2)) - 1,
    maxX: plan.exit.x + 2,
    minZ: -deepest - 1,
    maxZ: plan.ivr.z + 2,
  };
  const extentMetres = Math.max(plan.bounds.maxX - plan.bounds.minX, plan.bounds.maxZ - plan.bounds.minZ);
  plan.labelScale = Math.min(5, Math.max(1, extentMetres / 70));
  return plan;
}

/** The points that outline what is on the floor (zone and queue corners, the IVR, the exit), for framing it. */
export function outlineOf(plan: FloorPlan): FloorPoint[] {
  const points: FloorPoint[] = [];
  const rectangle = (x: number, z: number, halfWidth: number, halfDepth: number): void => {
    points.push({ x: x - halfWidth, z: z - halfDepth }, { x: x + halfWidth, z: z - halfDepth });
    points.push({ x: x - halfWidth, z: z + halfDepth }, { x: x + halfWidth, z: z + halfDepth });
  };
  for (const zone of plan.zones) rectangle(zone.centre.x, zone.centre.z, zone.widthMetres / 2, zone.depthMetres / 2);
  // A queue's label hangs below its line on screen, the bigger the floor the bigger the label.
  const labelDrop = 1.5 * plan.labelScale;
  for (const queue of plan.queues) {
    const frontZ = queue.labelAt.z + labelDrop;
    const halfWidth = (QUEUE_SLOTS_PER_ROW * CALLER_PITCH) / 2;
    rectangle(queue.head.x, (queue.head.z + frontZ) / 2, halfWidth, (frontZ - queue.head.z) / 2);
  }
  rectangle(plan.ivr.x, plan.ivr.z, 3.5, 1.5);
  rectangle(plan.exit.x, plan.exit.z, 1.5, 1.5);
  return points;
}
