// The scene of one layout: builds every layer from the floor plan, maps each snapshot onto them in one `sync`
// step, animates between snapshots in `tick`, answers picking rays, and disposes of everything it created.
import { Color, Group, Scene, type Raycaster, type Vector3 } from 'three';
import type { FloorLayout, FloorSnapshot } from '../../sim/api';
import { AgentLayer } from './agent-layer';
import { Disposables } from './disposables';
import { flowsBetween } from './floor-flows';
import { planFloor, type FloorPlan, type FloorPoint, type FloorStructure } from './floor-layout';
import { DESK_COLOR, heatColor } from './floor-palette';
import { agentBadges } from './floor-roles';
import { addLandmarks } from './landmarks';
import { MARKER_CAPACITY, MarkerLayer } from './marker-layer';
import { QueueLayer } from './queue-layer';
import { SnapshotClock } from './snapshot-clock';
import { ZoneLayer } from './zone-layer';

/** How long a call takes to cross the floor on screen, ms of real time whatever the simulation speed. */
const TRAVEL_MS = 1000;
/** The floor's colour, drawn as the background: the floor seems endless and costs no fill of its own. */
const FLOOR_COLOR = 0xf0eee8;

export type FloorPick = { kind: 'agent'; index: number } | { kind: 'zone'; index: number };

const from: FloorPoint = { x: 0, z: 0 };

export class FloorScene {
  readonly scene = new Scene();
  readonly plan: FloorPlan;
  readonly layout: FloorLayout;
  private readonly disposables = new Disposables();
  private readonly agents: AgentLayer;
  private readonly zones: ZoneLayer;
  private readonly queues: QueueLayer;
  private readonly markers: MarkerLayer;
  private readonly clock = new SnapshotClock();
  private previous: FloorSnapshot | undefined;
  private isHeatMap = false;

  constructor(layout: FloorLayout, structure: FloorStructure) {
    this.layout = layout;
    this.plan = planFloor(layout, structure);
    this.scene.background = new Color(FLOOR_COLOR);
    const root = new Group();
    addLandmarks(this.plan, root, this.disposables);
    this.zones = new ZoneLayer(this.plan, root, this.disposables);
    this.agents = new AgentLayer(this.plan, agentBadges(layout), root, this.disposables);
    this.queues = new QueueLayer(this.plan, root, this.disposables);
    this.markers = new MarkerLayer(root, this.disposables, this.plan.labelScale);
    this.scene.add(root);
  }

  /** Maps a snapshot onto the scene at `now` (ms). Snapshots of another layout version are ignored. */
  sync(snapshot: FloorSnapshot, now: number): void {
    if (snapshot.layoutVersion !== this.layout.version) return;
    const progress = this.clock.progress(now);
    this.clock.receive(now);
    const previous = this.previous;
    if (previous !== undefined && snapshot.atSeconds < previous.atSeconds) this.markers.clear();
    this.agents.applyStates(snapshot.agentStates);
    this.queues.setWaiting(snapshot.queueWaiting, progress);
    if (previous !== undefined) this.spawnFlows(previous, snapshot, now);
    this.previous = snapshot;
    if (this.isHeatMap) this.paintDesks();
  }

  private spawnFlows(previous: FloorSnapshot, snapshot: FloorSnapshot, now: number): void {
    const intervalMs = this.clock.intervalMs;
    // Enough markers per snapshot to show the flow, few enough that the pool is not overrun within one trip.
    const maxPerKind = Math.max(2, Math.floor((MARKER_CAPACITY * intervalMs) / (3 * TRAVEL_MS)));
    const flows = flowsBetween(this.layout, previous, snapshot, maxPerKind);
    const pool = this.markers.pool;
    const ofKind = { arrival: 0, answer: 0, abandon: 0, transfer: 0 };
    for (const flow of flows) ofKind[flow.kind]++;
    const seen = { arrival: 0, answer: 0, abandon: 0, transfer: 0 };
    flows.forEach((flow) => {
      // Spread each kind's starts over the interval, so markers stream rather than leave in bursts.
      const startAt = now + (seen[flow.kind]++ / ofKind[flow.kind]) * intervalMs;
      const q = flow.queueIndex;
      if (flow.kind === 'arrival') {
        this.queues.tail(q, from);
        pool.spawn('arrival', this.plan.ivr.x, this.plan.ivr.z, from.x, from.z, startAt, TRAVEL_MS);
      } else if (flow.kind === 'answer') {
        this.queues.head(q, from);
        const i = flow.agentIndex;
        pool.spawn('answer', from.x, from.z, this.plan.seatX[i] ?? 0, this.plan.seatZ[i] ?? 0, startAt, TRAVEL_MS);
      } else if (flow.kind === 'transfer') {
        // From the front aisle of the zone's desks to the back of the target queue's line.
        const zone = this.plan.zones[flow.groupIndex];
        this.queues.tail(q, from);
        const zoneX = zone?.centre.x ?? this.plan.ivr.x;
        const zoneZ = zone === undefined ? this.plan.ivr.z : zone.centre.z + zone.depthMetres / 2;
        pool.spawn('transfer', zoneX, zoneZ, from.x, from.z, startAt, TRAVEL_MS);
      } else {
        this.queues.tail(q, from);
        pool.spawn('abandon', from.x, from.z, this.plan.exit.x, this.plan.exit.z, startAt, TRAVEL_MS);
      }
    });
  }

  /** Advances the animations to `now` (ms); true while something still moves (another frame is needed). */
  tick(now: number): boolean {
    const progress = this.clock.progress(now);
    const queuesMoving = this.queues.tick(progress);
    const markersMoving = this.markers.tick(now);
    return queuesMoving || markersMoving;
  }

  setHeatMap(isOn: boolean): void {
    this.isHeatMap = isOn;
    if (isOn) this.paintDesks();
    else this.agents.setDeskColors(() => DESK_COLOR);
  }

  /**
   * Colours each desk by its agent's occupancy so far; a desk whose agent has not been logged in yet (NaN) keeps
   * the plain colour. Snapshots without per-agent occupancy fall back to the group's.
   */
  private paintDesks(): void {
    const snapshot = this.previous;
    const perAgent = snapshot?.agentOccupancy;
    if (perAgent !== undefined) {
      this.agents.setDeskColors((i) => {
        const occupancy = perAgent[i] ?? Number.NaN;
        return Number.isFinite(occupancy) ? heatColor(occupancy) : DESK_COLOR;
      });
      return;
    }
    const colorOfGroup = this.layout.groups.map((group) => heatColor(snapshot?.groups[group.id]?.occupancy ?? 0));
    this.agents.setDeskColors((i) => colorOfGroup[this.layout.agents[i]?.group ?? -1] ?? DESK_COLOR);
  }

  selectAgent(index: number): void {
    this.agents.select(index);
  }

  selectZone(groupIndex: number): void {
    this.zones.highlight(groupIndex);
  }

  /** What the ray hits first: an agent (or its desk) before the zone floor under it. */
  pick(raycaster: Raycaster): FloorPick | undefined {
    const agent = this.agents.pick(raycaster);
    if (agent >= 0) return { kind: 'agent', index: agent };
    const zone = this.zones.pick(raycaster);
    return zone >= 0 ? { kind: 'zone', index: zone } : undefined;
  }

  agentColorHex(index: number): string {
    return this.agents.colorHexAt(index, 'agent');
  }

  isAgentShown(index: number): boolean {
    return this.agents.isShown(index);
  }

  agentBadge(index: number): string {
    return this.agents.roleBadges.shownBadge(index);
  }

  deskColorHex(index: number): string {
    return this.agents.colorHexAt(index, 'desk');
  }

  agentHead(index: number, out: Vector3): Vector3 {
    return this.agents.headPosition(index, out);
  }

  get agentCount(): number {
    return this.agents.agents.count;
  }

  dispose(): void {
    this.disposables.disposeAll();
    this.scene.clear();
  }
}
