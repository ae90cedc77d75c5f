// Lets an update through at most once per interval, and says how long until the next may pass, so a view can
// show a stream of snapshots at a rate a person can follow (tables and charts at ~4 Hz) and still show the
// latest one in the end. Pure: the caller passes the time (ms); no timers, no DOM.

export class UpdateGate {
  readonly intervalMs: number;
  private passedAt = Number.NEGATIVE_INFINITY;

  constructor(intervalMs: number) {
    if (!(intervalMs >= 0)) throw new RangeError(`intervalMs must be at least 0 (got ${intervalMs})`);
    this.intervalMs = intervalMs;
  }

  /** True (and the interval restarts) if an update may pass at `nowMs`. */
  tryPass(nowMs: number): boolean {
    if (nowMs - this.passedAt < this.intervalMs) return false;
    this.passedAt = nowMs;
    return true;
  }

  /** Records an update that passed regardless (a final or requested one): the interval restarts. */
  force(nowMs: number): void {
    this.passedAt = nowMs;
  }

  /** Ms from `nowMs` until an update may pass again (0 if it may now). */
  waitMs(nowMs: number): number {
    return Math.max(0, this.passedAt + this.intervalMs - nowMs);
  }

  reset(): void {
    this.passedAt = Number.NEGATIVE_INFINITY;
  }
}
