// Calls travelling across the floor: one instanced mesh drawing the markers of a fixed-size MarkerPool, each
// coloured by its kind (arrival, answer, abandon).
import { Color, Matrix4, Quaternion, Vector3, type Group, type InstancedMesh } from 'three';
import type { Disposables } from './disposables';
import { instancedMesh, markerGeometry, shadedMaterial } from './floor-geometries';
import { FLOW_COLORS, FLOW_KINDS, type FlowKind } from './floor-palette';
import { MarkerPool, type MarkerPosition } from './marker-pool';

/** Markers alive at once; when more calls move, the oldest markers are reused. */
export const MARKER_CAPACITY = 512;

const scratchMatrix = new Matrix4();
const scratchPosition = new Vector3();
const identity = new Quaternion();
const scratchMarker: MarkerPosition = { x: 0, y: 0, z: 0 };
const kindColors = FLOW_KINDS.map((kind) => new Color().setHex(FLOW_COLORS[kind]));
const fallbackColor = new Color(FLOW_COLORS.arrival);

export class MarkerLayer {
  readonly pool = new MarkerPool(MARKER_CAPACITY);
  private readonly mesh: InstancedMesh;

  private readonly size: Vector3;

  /** `scale` enlarges the markers on big floors (FloorPlan.labelScale), less than the labels. */
  constructor(parent: Group, disposables: Disposables, scale = 1) {
    this.size = new Vector3().setScalar(Math.sqrt(scale));
    const material = disposables.add(shadedMaterial());
    this.mesh = disposables.add(instancedMesh(disposables.add(markerGeometry()), material, MARKER_CAPACITY, true));
    this.mesh.name = 'markers';
    this.mesh.frustumCulled = false;
    this.mesh.count = 0;
    parent.add(this.mesh);
  }

  /** Draws the markers travelling at `now` (ms); true while some marker has not arrived yet. */
  tick(now: number): boolean {
    let instance = 0;
    const mesh = this.mesh;
    this.pool.forEachTravelling(now, scratchMarker, (kind: FlowKind, at) => {
      scratchPosition.set(at.x, at.y, at.z);
      mesh.setMatrixAt(instance, scratchMatrix.compose(scratchPosition, identity, this.size));
      mesh.setColorAt(instance, kindColors[FLOW_KINDS.indexOf(kind)] ?? fallbackColor);
      instance++;
    });
    const changed = instance > 0 || mesh.count > 0;
    mesh.count = instance;
    if (changed) {
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
    return this.pool.isBusy(now);
  }

  clear(): void {
    this.pool.clear();
  }
}
