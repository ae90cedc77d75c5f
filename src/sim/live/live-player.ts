// Plays a live session in real time: a timer loop that advances the pure LiveSession at a chosen speed in
// bounded slices of work and hands snapshots to a callback at a capped rate. Uses only setTimeout and
// performance.now (through an injectable clock), so it runs in a worker or in Node; no DOM.
import type { FloorSnapshot, SnapshotCallback } from '../api';

/** What the player needs from a live session (LiveSession satisfies it; tests pass fakes). */
export interface PlayableSession {
  readonly nowSeconds: number;
  readonly isFinished: boolean;
  advanceTo(seconds: number): void;
  snapshot(): FloorSnapshot;
}

/** Real time and timers, injectable so tests can drive the player with a fake clock. */
export interface PlayerClock {
  nowMs(): number;
  schedule(callback: () => void, delayMs: number): unknown;
  cancel(handle: unknown): void;
}

export const systemClock: PlayerClock = {
  nowMs: () => performance.now(),
  schedule: (callback, delayMs) => setTimeout(callback, delayMs),
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface PlayerOptions {
  clock?: PlayerClock;
  /** Most snapshots handed to the callback per real second. Default 30. */
  maxSnapshotsPerSecond?: number;
  /** Real time one tick may spend simulating, ms, so pause and interventions get through. Default 15. */
  sliceMs?: number;
  /** Pause between ticks at a finite speed, ms (about one display frame). Default 16. */
  tickMs?: number;
}

export const MIN_SPEED = 1;
export const MAX_SPEED = 10_000;

/** True for 1..10,000 simulated seconds per real second, or Infinity (as fast as possible). */
export function isValidSpeed(speed: number): boolean {
  return speed === Number.POSITIVE_INFINITY || (Number.isFinite(speed) && speed >= MIN_SPEED && speed <= MAX_SPEED);
}

export class LivePlayer {
  private readonly session: PlayableSession;
  private readonly clock: PlayerClock;
  private readonly snapshotIntervalMs: number;
  private readonly sliceMs: number;
  private readonly tickMs: number;

  private timer: unknown;
  private speed = 1;
  private onSnapshot: SnapshotCallback | undefined;
  /** Real and simulated time at which the current speed took effect: target = anchor + elapsed × speed. */
  private anchorRealMs = 0;
  private anchorSimSeconds = 0;
  private lastSnapshotMs = Number.NEGATIVE_INFINITY;
  /** Simulated seconds advanced per call of advanceTo, adapted so each call takes about a millisecond. */
  private chunkSeconds = 1;
  /** A snapshot the receiver has not yet acknowledged (a promise from a worker proxy): skip, do not queue. */
  private isDelivering = false;

  constructor(session: PlayableSession, options: PlayerOptions = {}) {
    this.session = session;
    this.clock = options.clock ?? systemClock;
    this.snapshotIntervalMs = 1000 / (options.maxSnapshotsPerSecond ?? 30);
    this.sliceMs = options.sliceMs ?? 15;
    this.tickMs = options.tickMs ?? 16;
  }

  get isPlaying(): boolean {
    return this.timer !== undefined;
  }

  /** Starts playing, or changes speed and callback while playing. Does nothing on a finished session. */
  play(speed: number, onSnapshot: SnapshotCallback): void {
    if (!isValidSpeed(speed))
      throw new RangeError(`speed must be from ${MIN_SPEED} to ${MAX_SPEED} or Infinity (got ${speed})`);
    this.speed = speed;
    this.onSnapshot = onSnapshot;
    this.anchorRealMs = this.clock.nowMs();
    this.anchorSimSeconds = this.session.nowSeconds;
    if (this.session.isFinished) {
      this.deliver(this.session.snapshot());
      return;
    }
    if (!this.isPlaying) this.scheduleTick(0);
  }

  pause(): void {
    if (this.timer !== undefined) this.clock.cancel(this.timer);
    this.timer = undefined;
  }

  /** Pauses, advances by `simulatedSeconds` and returns the snapshot. */
  step(simulatedSeconds: number): FloorSnapshot {
    if (!(simulatedSeconds > 0) || !Number.isFinite(simulatedSeconds))
      throw new RangeError(`step must be a positive number of seconds (got ${simulatedSeconds})`);
    this.pause();
    this.session.advanceTo(this.session.nowSeconds + simulatedSeconds);
    return this.session.snapshot();
  }

  snapshot(): FloorSnapshot {
    return this.session.snapshot();
  }

  private scheduleTick(delayMs: number): void {
    this.timer = this.clock.schedule(() => this.tick(), delayMs);
  }

  private tick(): void {
    this.timer = undefined;
    const startedMs = this.clock.nowMs();
    const targetSeconds =
      this.speed === Number.POSITIVE_INFINITY
        ? Number.POSITIVE_INFINITY
        : this.anchorSimSeconds + ((startedMs - this.anchorRealMs) / 1000) * this.speed;
    try {
      this.advanceWithin(targetSeconds, startedMs);
    } catch (error) {
      this.pause();
      throw error;
    }
    const endedMs = this.clock.nowMs();
    const isFinished = this.session.isFinished;
    if (this.session.nowSeconds < targetSeconds && targetSeconds !== Number.POSITIVE_INFINITY) {
      // Behind schedule: the slice ran out. Drop the backlog instead of racing to catch up later, so the
      // run plays as fast as it can without ever bursting.
      this.anchorRealMs = endedMs;
      this.anchorSimSeconds = this.session.nowSeconds;
    }
    if (isFinished || endedMs - this.lastSnapshotMs >= this.snapshotIntervalMs) {
      this.lastSnapshotMs = endedMs;
      this.deliver(this.session.snapshot(), isFinished);
    }
    if (isFinished) return;
    const isFast = this.speed === Number.POSITIVE_INFINITY;
    // At full speed yield at once (only to let messages in); otherwise wait about a frame.
    this.scheduleTick(isFast ? 0 : Math.max(0, this.tickMs - (endedMs - startedMs)));
  }

  /** Advances towards `targetSeconds` in chunks until it is reached, the run ends or the slice is used. */
  private advanceWithin(targetSeconds: number, startedMs: number): void {
    const session = this.session;
    while (!session.isFinished && session.nowSeconds < targetSeconds) {
      const chunkStartMs = this.clock.nowMs();
      if (chunkStartMs - startedMs >= this.sliceMs) return;
      session.advanceTo(Math.min(targetSeconds, session.nowSeconds + this.chunkSeconds));
      const tookMs = this.clock.nowMs() - chunkStartMs;
      // Aim at ~1 ms per chunk: small enough to stop near the slice's end, large enough to be cheap.
      if (tookMs < 0.5) this.chunkSeconds = Math.min(this.chunkSeconds * 2, 86_400);
      else if (tookMs > 2) this.chunkSeconds = Math.max(this.chunkSeconds / 2, 0.001);
    }
  }

  private deliver(snapshot: FloorSnapshot, isFinal = false): void {
    const onSnapshot = this.onSnapshot;
    if (onSnapshot === undefined) return;
    if (this.isDelivering && !isFinal) return;
    const receipt: unknown = onSnapshot(snapshot);
    if (receipt instanceof Promise) {
      this.isDelivering = true;
      receipt.then(
        () => (this.isDelivering = false),
        () => (this.isDelivering = false),
      );
    }
  }
}
