// Role badges over the figures of specialists (▲) and team leads (◆): one instanced mesh per shape, created
// only when some group has that role, so a floor of plain agents draws nothing extra.
import { Color, Matrix4, Quaternion, Vector3, type Group, type InstancedMesh } from 'three';
import type { Disposables } from './disposables';
import { badgeGeometry, instancedMesh, shadedMaterial } from './floor-geometries';
import type { FloorPlan } from './floor-layout';
import { ROLE_BADGE_COLORS } from './floor-palette';

const scratchMatrix = new Matrix4();
const scratchPosition = new Vector3();
const identity = new Quaternion();
const shown = new Vector3(1, 1, 1);
const hidden = new Vector3(0, 0, 0);
const scratchColor = new Color();
/** Badge codes (floor-roles ROLE_BADGES) to shapes; code 0 has no badge. */
const SHAPES = { 1: 'triangle', 2: 'diamond' } as const;

export class RoleBadgeLayer {
  /** Per agent: its badge code (0 none). */
  readonly badges: Uint8Array;
  private readonly meshes = new Map<number, InstancedMesh>();
  /** Per agent: its instance in its badge's mesh, -1 without a badge. */
  private readonly instanceOf: Int32Array;
  private readonly plan: FloorPlan;

  constructor(plan: FloorPlan, badges: Uint8Array, parent: Group, disposables: Disposables) {
    this.plan = plan;
    this.badges = badges;
    this.instanceOf = new Int32Array(badges.length).fill(-1);
    const counts = new Map<number, number>();
    badges.forEach((code, i) => {
      if (code === 0) return;
      this.instanceOf[i] = counts.get(code) ?? 0;
      counts.set(code, (this.instanceOf[i] ?? 0) + 1);
    });
    const material = counts.size > 0 ? disposables.add(shadedMaterial()) : undefined;
    for (const [code, count] of counts) {
      const shape = code === 1 ? SHAPES[1] : SHAPES[2];
      const mesh = disposables.add(instancedMesh(disposables.add(badgeGeometry(shape)), material!, count, false));
      mesh.name = `badges:${shape}`;
      for (let k = 0; k < count; k++) mesh.setColorAt(k, scratchColor.setHex(ROLE_BADGE_COLORS[shape]));
      this.meshes.set(code, mesh);
      parent.add(mesh);
    }
    for (let i = 0; i < badges.length; i++) this.setShown(i, true);
    for (const mesh of this.meshes.values()) mesh.computeBoundingSphere();
  }

  /** Shows agent i's badge over its seat, or hides it with the figure (a logged-out agent). */
  setShown(i: number, isShown: boolean): void {
    const mesh = this.meshes.get(this.badges[i] ?? 0);
    const k = this.instanceOf[i] ?? -1;
    if (mesh === undefined || k < 0) return;
    scratchPosition.set(this.plan.seatX[i] ?? 0, 0, this.plan.seatZ[i] ?? 0);
    mesh.setMatrixAt(k, scratchMatrix.compose(scratchPosition, identity, isShown ? shown : hidden));
    mesh.instanceMatrix.needsUpdate = true;
  }

  /** Whether agent i carries a badge that is drawn now: 'diamond', 'triangle' or ''. */
  shownBadge(i: number): string {
    const mesh = this.meshes.get(this.badges[i] ?? 0);
    const k = this.instanceOf[i] ?? -1;
    if (mesh === undefined || k < 0) return '';
    mesh.getMatrixAt(k, scratchMatrix);
    return scratchMatrix.determinant() === 0 ? '' : mesh.name.slice('badges:'.length);
  }
}
