// Queues: for each queue a pad on the floor, a line of waiting callers (one instanced mesh for all queues;
// at most QUEUE_SLOTS_SHOWN figures per queue) and a label with the exact count. The line grows and shrinks
// smoothly between snapshots.
import { Color, Matrix4, MeshBasicMaterial, Quaternion, Vector3, type Group, type InstancedMesh } from 'three';
import type { Disposables } from './disposables';
import { instancedMesh, personGeometry, shadedMaterial, tileGeometry } from './floor-geometries';
import {
  callerSlot,
  QUEUE_ROWS_SHOWN,
  QUEUE_SLOTS_PER_ROW,
  QUEUE_SLOTS_SHOWN,
  type FloorPlan,
  type FloorPoint,
  type QueuePlan,
} from './floor-layout';
import { WAITING_CALLER_COLOR } from './floor-palette';
import { str } from '@lit/localize';
import { formatInteger } from '../format';
import { pluralMsg } from '../i18n/plural';
import { FloorLabel } from './floor-label';

const PAD_COLOR = 0xd5dbe2;
const CALLER_SCALE = 0.8;

const scratchMatrix = new Matrix4();
const scratchPosition = new Vector3();
const scratchQuaternion = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), Math.PI);
const scratchScale = new Vector3();
const scratchColor = new Color();
const scratchPoint: FloorPoint = { x: 0, z: 0 };

/** The label over a queue: its name, and how many callers wait (all of them, not only those drawn). */
export function queueLabelText(name: string, waiting: number): string {
  const count = pluralMsg('floor.label.waiting', waiting, formatInteger(waiting), {
    one: (n) => str`${n} waiting`,
    other: (n) => str`${n} waiting`,
  });
  return `${name}\n${count}`;
}

export class QueueLayer {
  readonly callers: InstancedMesh;
  private readonly queues: readonly QueuePlan[];
  private readonly labels: FloorLabel[] = [];
  private readonly fromCount: Float32Array;
  private readonly toCount: Float32Array;
  /** Figures drawn per queue now (an integer count, at most QUEUE_SLOTS_SHOWN). */
  private readonly drawnCount: Int32Array;

  constructor(plan: FloorPlan, parent: Group, disposables: Disposables) {
    this.queues = plan.queues;
    const queueCount = plan.queues.length;
    const material = disposables.add(shadedMaterial());
    const floorMaterial = disposables.add(new MeshBasicMaterial({ color: 0xffffff }));
    const pads = disposables.add(instancedMesh(disposables.add(tileGeometry()), floorMaterial, queueCount, false));
    this.callers = disposables.add(
      instancedMesh(disposables.add(personGeometry()), material, queueCount * QUEUE_SLOTS_SHOWN, true),
    );
    this.callers.name = 'callers';
    // Callers move every frame; their bounds are not worth recomputing.
    this.callers.frustumCulled = false;
    for (let k = 0; k < queueCount * QUEUE_SLOTS_SHOWN; k++) {
      this.callers.setColorAt(k, scratchColor.setHex(WAITING_CALLER_COLOR));
    }
    this.callers.count = 0;
    plan.queues.forEach((queue, q) => {
      const rowsDepth = QUEUE_ROWS_SHOWN * 0.7;
      scratchPosition.set(queue.head.x, 0.015, queue.head.z + rowsDepth / 2 - 0.35);
      scratchScale.set(QUEUE_SLOTS_PER_ROW * 0.7 + 0.5, 1, rowsDepth + 0.5);
      pads.setMatrixAt(q, scratchMatrix.compose(scratchPosition, new Quaternion(), scratchScale));
      pads.setColorAt(q, scratchColor.setHex(PAD_COLOR));
      const label = disposables.add(
        new FloorLabel(queueLabelText(queue.name, 0), { heightMetres: 0.62 * plan.labelScale, kind: 'queue' }),
      );
      label.name = `queue-label:${queue.queueId}`;
      label.object.position.set(queue.labelAt.x, 0.6 + plan.labelScale, queue.labelAt.z);
      this.labels.push(label);
      parent.add(label.object);
    });
    this.fromCount = new Float32Array(queueCount);
    this.toCount = new Float32Array(queueCount);
    this.drawnCount = new Int32Array(queueCount);
    parent.add(pads, this.callers);
  }

  /** New counts from a snapshot: labels show them at once, lines move towards them over the next interval. */
  setWaiting(waiting: Int32Array, progress: number): void {
    this.queues.forEach((queue, q) => {
      const count = Math.max(0, waiting[q] ?? 0);
      const from = this.fromCount[q] ?? 0;
      this.fromCount[q] = from + ((this.toCount[q] ?? 0) - from) * progress;
      this.toCount[q] = count;
      this.labels[q]?.setText(queueLabelText(queue.name, count));
    });
  }

  /** Moves the lines to `progress` (0..1) of the way between snapshots; true while some line still moves. */
  tick(progress: number): boolean {
    let changed = false;
    let moving = false;
    for (let q = 0; q < this.queues.length; q++) {
      const from = this.fromCount[q] ?? 0;
      const to = this.toCount[q] ?? 0;
      const shown = Math.min(QUEUE_SLOTS_SHOWN, Math.round(from + (to - from) * progress));
      if (shown !== this.drawnCount[q]) changed = true;
      this.drawnCount[q] = shown;
      if (progress < 1 && Math.min(QUEUE_SLOTS_SHOWN, Math.round(to)) !== shown) moving = true;
    }
    if (changed) this.writeCallers();
    return moving;
  }

  private writeCallers(): void {
    let instance = 0;
    scratchScale.setScalar(CALLER_SCALE);
    this.queues.forEach((queue, q) => {
      for (let k = 0; k < (this.drawnCount[q] ?? 0); k++) {
        callerSlot(queue, k, scratchPoint);
        scratchPosition.set(scratchPoint.x, 0, scratchPoint.z);
        this.callers.setMatrixAt(instance++, scratchMatrix.compose(scratchPosition, scratchQuaternion, scratchScale));
      }
    });
    this.callers.count = instance;
    this.callers.instanceMatrix.needsUpdate = true;
  }

  /** Where a caller joining queue q stands: behind the last one shown. */
  tail(q: number, out: FloorPoint): FloorPoint {
    const queue = this.queues[q];
    if (queue === undefined) return out;
    return callerSlot(queue, Math.min(QUEUE_SLOTS_SHOWN - 1, this.drawnCount[q] ?? 0), out);
  }

  /** The first caller's place in queue q. */
  head(q: number, out: FloorPoint): FloorPoint {
    const queue = this.queues[q];
    if (queue === undefined) return out;
    return callerSlot(queue, 0, out);
  }

  /** Callers waiting in queue q according to the latest snapshot. */
  waiting(q: number): number {
    return this.toCount[q] ?? 0;
  }
}
