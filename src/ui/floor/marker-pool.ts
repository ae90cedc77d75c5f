// A fixed-size pool of short-lived travelling markers (a call moving from the IVR to a queue, from a queue to a
// desk, from a queue to the exit), held in typed arrays. When full, the oldest marker is reused. Pure; no three.
import { FLOW_KINDS, type FlowKind } from './floor-palette';

export interface MarkerPosition {
  x: number;
  y: number;
  z: number;
}

/** How high a marker arcs over a trip of `distanceMetres` (over the desks for long trips). */
function arcHeight(distanceMetres: number): number {
  return Math.min(3.5, 0.6 + distanceMetres * 0.06);
}

export class MarkerPool {
  readonly capacity: number;
  private readonly fromX: Float32Array;
  private readonly fromZ: Float32Array;
  private readonly toX: Float32Array;
  private readonly toZ: Float32Array;
  private readonly startAt: Float64Array;
  private readonly endAt: Float64Array;
  private readonly kinds: Uint8Array;
  private next = 0;
  /** The latest instant (ms) at which some marker is still travelling. */
  private busyUntil = -Infinity;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.fromX = new Float32Array(capacity);
    this.fromZ = new Float32Array(capacity);
    this.toX = new Float32Array(capacity);
    this.toZ = new Float32Array(capacity);
    this.startAt = new Float64Array(capacity);
    this.endAt = new Float64Array(capacity).fill(-Infinity);
    this.kinds = new Uint8Array(capacity);
  }

  /** Starts a marker at `startAt` (ms, may be in the future) that arrives `durationMs` later. */
  spawn(
    kind: FlowKind,
    fromX: number,
    fromZ: number,
    toX: number,
    toZ: number,
    startAt: number,
    durationMs: number,
  ): void {
    if (this.capacity === 0) return;
    const i = this.next;
    this.next = (i + 1) % this.capacity;
    this.fromX[i] = fromX;
    this.fromZ[i] = fromZ;
    this.toX[i] = toX;
    this.toZ[i] = toZ;
    this.startAt[i] = startAt;
    this.endAt[i] = startAt + durationMs;
    this.kinds[i] = FLOW_KINDS.indexOf(kind);
    this.busyUntil = Math.max(this.busyUntil, startAt + durationMs);
  }

  /** Forgets every marker (a new run or layout). */
  clear(): void {
    this.endAt.fill(-Infinity);
    this.busyUntil = -Infinity;
    this.next = 0;
  }

  /** True while some marker has not arrived yet at `now` (ms). */
  isBusy(now: number): boolean {
    return now < this.busyUntil;
  }

  /**
   * Visits the markers travelling at `now` (started, not arrived): `visit(kind, position)`; the position object
   * is reused between calls. Returns how many were visited.
   */
  forEachTravelling(
    now: number,
    position: MarkerPosition,
    visit: (kind: FlowKind, position: MarkerPosition) => void,
  ): number {
    let visited = 0;
    for (let i = 0; i < this.capacity; i++) {
      const start = this.startAt[i] ?? 0;
      const end = this.endAt[i] ?? -Infinity;
      if (now < start || now >= end) continue;
      const t = (now - start) / (end - start);
      // Ease in and out, so markers leave and arrive gently.
      const s = t * t * (3 - 2 * t);
      const fx = this.fromX[i] ?? 0;
      const fz = this.fromZ[i] ?? 0;
      const dx = (this.toX[i] ?? 0) - fx;
      const dz = (this.toZ[i] ?? 0) - fz;
      position.x = fx + dx * s;
      position.z = fz + dz * s;
      position.y = 0.45 + arcHeight(Math.hypot(dx, dz)) * Math.sin(Math.PI * s);
      visit(FLOW_KINDS[this.kinds[i] ?? 0] ?? 'arrival', position);
      visited++;
    }
    return visited;
  }
}
