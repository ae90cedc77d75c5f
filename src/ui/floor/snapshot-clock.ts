// How far the view is between the previous snapshot and the latest one, so that motion is interpolated over
// the real time between snapshots whatever the simulation speed. Pure; no three, no DOM.

/** Gaps between snapshots are averaged, and kept within these bounds (ms). */
const MIN_INTERVAL_MS = 16;
const MAX_INTERVAL_MS = 1000;

export class SnapshotClock {
  /** When the latest snapshot arrived (ms, the caller's clock). */
  private receivedAt = -Infinity;
  /** Smoothed real time between snapshots, ms. */
  intervalMs = 250;

  /** Records that a snapshot arrived at `now` (ms). */
  receive(now: number): void {
    if (Number.isFinite(this.receivedAt)) {
      const gapMs = now - this.receivedAt;
      const smoothed = 0.7 * this.intervalMs + 0.3 * gapMs;
      this.intervalMs = Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, smoothed));
    }
    this.receivedAt = now;
  }

  /** 0 when the latest snapshot just arrived, 1 once a typical gap has passed. */
  progress(now: number): number {
    if (!Number.isFinite(this.receivedAt)) return 1;
    return Math.min(1, Math.max(0, (now - this.receivedAt) / this.intervalMs));
  }

  /** Forgets the history (a new run). */
  reset(): void {
    this.receivedAt = -Infinity;
    this.intervalMs = 250;
  }
}
