// Departments: a tinted floor tile per agent group (clickable), its name label, and the desk and figure of its
// supervisor (hierarchical) or team lead (self-managed). One instanced mesh per kind, however many zones.
import {
  Color,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  Vector3,
  type Group,
  type InstancedMesh,
  type Raycaster,
} from 'three';
import type { Disposables } from './disposables';
import { deskGeometry, instancedMesh, leadGeometry, shadedMaterial, tileGeometry } from './floor-geometries';
import type { FloorPlan } from './floor-layout';
import { SUPERVISOR_COLOR } from './floor-palette';
import { FloorLabel } from './floor-label';

/** Zone tints, light enough for the agents' state colours to stand out; they cycle past four zones. */
const ZONE_TINTS = [0xe4ebf3, 0xe8efe4, 0xf1eadf, 0xece6f1];
const SELECTED_TINT = 0xc9d9ee;
const LEAD_DESK_COLOR = 0x8a7560;

const scratchMatrix = new Matrix4();
const scratchPosition = new Vector3();
const scratchQuaternion = new Quaternion();
const scratchScale = new Vector3();
const scratchColor = new Color();
const up = new Vector3(0, 1, 0);

export class ZoneLayer {
  readonly tiles: InstancedMesh;
  private readonly labels: FloorLabel[] = [];
  private readonly zoneCount: number;

  constructor(plan: FloorPlan, parent: Group, disposables: Disposables) {
    this.zoneCount = plan.zones.length;
    const floorMaterial = disposables.add(new MeshBasicMaterial({ color: 0xffffff }));
    const material = disposables.add(shadedMaterial());
    this.tiles = disposables.add(instancedMesh(disposables.add(tileGeometry()), floorMaterial, this.zoneCount, false));
    const leadDesks = disposables.add(instancedMesh(disposables.add(deskGeometry()), material, this.zoneCount, false));
    const leads = disposables.add(instancedMesh(disposables.add(leadGeometry()), material, this.zoneCount, false));
    this.tiles.name = 'zones';
    plan.zones.forEach((zone, z) => {
      scratchQuaternion.identity();
      scratchPosition.set(zone.centre.x, 0.01, zone.centre.z);
      scratchScale.set(zone.widthMetres, 1, zone.depthMetres);
      this.tiles.setMatrixAt(z, scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale));

      scratchQuaternion.setFromAxisAngle(up, zone.leadDesk.yawRadians);
      scratchPosition.set(zone.leadDesk.x, 0, zone.leadDesk.z);
      scratchScale.set(1.5, 1, 1.15);
      leadDesks.setMatrixAt(z, scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale));
      leadDesks.setColorAt(z, scratchColor.setHex(LEAD_DESK_COLOR));
      scratchPosition.set(zone.leadSeat.x, 0, zone.leadSeat.z);
      scratchScale.set(1.1, 1.1, 1.1);
      leads.setMatrixAt(z, scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale));
      leads.setColorAt(z, scratchColor.setHex(SUPERVISOR_COLOR));

      const label = disposables.add(
        new FloorLabel(zone.label, {
          heightMetres: Math.min(3 * plan.labelScale, Math.max(0.8 * plan.labelScale, zone.widthMetres * 0.055)),
          kind: 'zone',
          maxWidthMetres: zone.widthMetres,
        }),
      );
      label.name = `zone-label:${zone.groupId}`;
      label.object.position.set(zone.labelAt.x, 3.2, zone.labelAt.z);
      this.labels.push(label);
      parent.add(label.object);
    });
    this.highlight(-1);
    this.tiles.computeBoundingSphere();
    parent.add(this.tiles, leadDesks, leads);
  }

  /** Tints zone `selected` (an index into the layout's groups) as selected; -1 for none. */
  highlight(selected: number): void {
    for (let z = 0; z < this.zoneCount; z++) {
      const tint = z === selected ? SELECTED_TINT : (ZONE_TINTS[z % ZONE_TINTS.length] ?? 0xeeeeee);
      this.tiles.setColorAt(z, scratchColor.setHex(tint));
    }
    if (this.tiles.instanceColor) this.tiles.instanceColor.needsUpdate = true;
  }

  /** The zone (group index) whose floor the ray hits, or -1. */
  pick(raycaster: Raycaster): number {
    const hit = raycaster.intersectObject(this.tiles, false).find((h) => h.instanceId !== undefined);
    return hit?.instanceId ?? -1;
  }
}
