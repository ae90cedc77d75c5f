// Agents and their desks: two instanced meshes fed from the floor plan's typed arrays (agent i is instance i
// of both), agent colours by state, desk colours for the heat map, and the marker over the selected agent.
import {
  Color,
  ConeGeometry,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Quaternion,
  Vector3,
  type Group,
  type InstancedMesh,
  type Raycaster,
} from 'three';
import { AGENT_STATES } from '../../sim/api';
import type { Disposables } from './disposables';
import { deskGeometry, instancedMesh, personGeometry, shadedMaterial } from './floor-geometries';
import type { FloorPlan } from './floor-layout';
import { DESK_COLOR, stateColor } from './floor-palette';
import { RoleBadgeLayer } from './role-badge-layer';

const scratchMatrix = new Matrix4();
const scratchPosition = new Vector3();
const scratchQuaternion = new Quaternion();
const scratchScale = new Vector3(1, 1, 1);
const scratchColor = new Color();
const up = new Vector3(0, 1, 0);
const NO_STATE = 255;
const LOGGED_OUT = AGENT_STATES.indexOf('logged-out');
const hidden = new Vector3(0, 0, 0);
/** Beyond this many agents, figures and desks use coarser shapes (same draw calls, fewer triangles). */
const COARSE_ABOVE_AGENTS = 400;

/** Linear-space RGB of each agent state, in AGENT_STATES order, as the instance colour buffer wants it. */
const stateRgb = new Float32Array(AGENT_STATES.length * 3);
AGENT_STATES.forEach((_, s) => scratchColor.setHex(stateColor(s)).toArray(stateRgb, s * 3));

export class AgentLayer {
  readonly agents: InstancedMesh;
  readonly desks: InstancedMesh;
  private readonly selectionMarker: Mesh;
  private readonly count: number;
  private readonly plan: FloorPlan;
  private readonly shownState: Uint8Array;
  readonly roleBadges: RoleBadgeLayer;

  /** `badges`: per agent, its group's role badge code (floor-roles `agentBadges`). */
  constructor(plan: FloorPlan, badges: Uint8Array, parent: Group, disposables: Disposables) {
    this.count = plan.seatX.length;
    this.plan = plan;
    this.roleBadges = new RoleBadgeLayer(plan, badges, parent, disposables);
    const material = disposables.add(shadedMaterial());
    const isCoarse = this.count > COARSE_ABOVE_AGENTS;
    this.agents = disposables.add(
      instancedMesh(disposables.add(personGeometry(isCoarse)), material, this.count, false),
    );
    this.desks = disposables.add(instancedMesh(disposables.add(deskGeometry(isCoarse)), material, this.count, false));
    this.agents.name = 'agents';
    this.desks.name = 'desks';
    for (let i = 0; i < this.count; i++) {
      this.placeAgent(i, true);
      scratchQuaternion.setFromAxisAngle(up, plan.deskYaw[i] ?? 0);
      scratchPosition.set(plan.deskX[i] ?? 0, 0, plan.deskZ[i] ?? 0);
      this.desks.setMatrixAt(i, scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale));
      this.agents.instanceColor?.array.set(stateRgb.subarray(-3), i * 3);
    }
    this.agents.computeBoundingSphere();
    this.desks.computeBoundingSphere();
    this.setDeskColors(() => DESK_COLOR);

    const markerMaterial = disposables.add(new MeshBasicMaterial({ color: 0x1a1f26 }));
    const markerShape = disposables.add(new ConeGeometry(0.4, 0.8, 16).rotateX(Math.PI).translate(0, 2.2, 0));
    this.selectionMarker = new Mesh(markerShape, markerMaterial);
    this.selectionMarker.visible = false;

    this.shownState = new Uint8Array(this.count).fill(NO_STATE);
    parent.add(this.desks, this.agents, this.selectionMarker);
  }

  /** Stands agent i at its seat, or takes it off the floor (a logged-out agent leaves an empty desk). */
  private placeAgent(i: number, isPresent: boolean): void {
    scratchQuaternion.setFromAxisAngle(up, this.plan.deskYaw[i] ?? 0);
    scratchPosition.set(this.plan.seatX[i] ?? 0, 0, this.plan.seatZ[i] ?? 0);
    this.agents.setMatrixAt(
      i,
      scratchMatrix.compose(scratchPosition, scratchQuaternion, isPresent ? scratchScale : hidden),
    );
    this.roleBadges.setShown(i, isPresent);
  }

  /**
   * Colours each agent by its state, and leaves the desks of logged-out agents empty. Colours switch at once:
   * a fade between two state colours would pass through colours that mean nothing (blue to orange is brown).
   */
  applyStates(states: Uint8Array): void {
    const colors = this.agents.instanceColor;
    if (colors === null) return;
    const array = colors.array as Float32Array;
    const n = Math.min(this.count, states.length);
    let recoloured = false;
    let moved = false;
    for (let i = 0; i < n; i++) {
      const state = states[i] ?? NO_STATE;
      const previous = this.shownState[i] ?? NO_STATE;
      if (state === previous || state >= AGENT_STATES.length) continue;
      this.shownState[i] = state;
      array.set(stateRgb.subarray(state * 3, state * 3 + 3), i * 3);
      recoloured = true;
      if ((state === LOGGED_OUT) !== (previous === LOGGED_OUT)) {
        this.placeAgent(i, state !== LOGGED_OUT);
        moved = true;
      }
    }
    if (recoloured) colors.needsUpdate = true;
    if (moved) this.agents.instanceMatrix.needsUpdate = true;
  }

  /** Colours each desk: `colorOf(i)` is an sRGB hex number (the heat map), or the plain desk colour. */
  setDeskColors(colorOf: (agentIndex: number) => number): void {
    for (let i = 0; i < this.count; i++) this.desks.setColorAt(i, scratchColor.setHex(colorOf(i)));
    if (this.desks.instanceColor) this.desks.instanceColor.needsUpdate = true;
  }

  /** The colour agent i (or its desk) is drawn with now, `#rrggbb` (sRGB); '' for no such agent. */
  colorHexAt(i: number, of: 'agent' | 'desk'): string {
    if (i < 0 || i >= this.count) return '';
    (of === 'agent' ? this.agents : this.desks).getColorAt(i, scratchColor);
    return `#${scratchColor.getHexString()}`;
  }

  /** Whether agent i's figure is drawn (its instance has a non-zero scale). */
  isShown(i: number): boolean {
    if (i < 0 || i >= this.count) return false;
    this.agents.getMatrixAt(i, scratchMatrix);
    return scratchMatrix.determinant() !== 0;
  }

  /** Shows the marker over agent i, or hides it for -1. */
  select(i: number): void {
    this.selectionMarker.visible = i >= 0 && i < this.count;
    if (!this.selectionMarker.visible) return;
    this.agents.getMatrixAt(i, scratchMatrix);
    this.selectionMarker.position.setFromMatrixPosition(scratchMatrix);
  }

  /** The agent under the ray (its figure or its desk), or -1. */
  pick(raycaster: Raycaster): number {
    const hits = raycaster.intersectObjects([this.agents, this.desks], false);
    const hit = hits.find((h) => h.instanceId !== undefined);
    return hit?.instanceId ?? -1;
  }

  /** The top of agent i's head, in world space. */
  headPosition(i: number, out: Vector3): Vector3 {
    this.agents.getMatrixAt(i, scratchMatrix);
    return out.setFromMatrixPosition(scratchMatrix).setY(1.15);
  }
}
