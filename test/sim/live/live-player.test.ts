// The live player against a fake clock and a fake session whose work costs fake real time: speed is kept,
// snapshots are capped, ticks stay within their slice, pause stops the loop, the end of a run stops it.
import { describe, expect, it } from 'vitest';
import type { FloorSnapshot } from '../../../src/sim/api';
import { LivePlayer, isValidSpeed, type PlayableSession, type PlayerClock } from '../../../src/sim/live/live-player';

interface Task {
  dueMs: number;
  run: () => void;
  id: number;
}

class FakeClock implements PlayerClock {
  timeMs = 0;
  private tasks: Task[] = [];
  private nextId = 1;
  nowMs(): number {
    return this.timeMs;
  }
  schedule(callback: () => void, delayMs: number): unknown {
    const task = { dueMs: this.timeMs + delayMs, run: callback, id: this.nextId++ };
    this.tasks.push(task);
    return task.id;
  }
  cancel(handle: unknown): void {
    this.tasks = this.tasks.filter((t) => t.id !== handle);
  }
  get pending(): number {
    return this.tasks.length;
  }
  /** Runs due tasks in order until `untilMs` of fake real time; returns how many ran. */
  runUntil(untilMs: number, onTask?: (startedMs: number, endedMs: number) => void): number {
    let count = 0;
    for (;;) {
      this.tasks.sort((a, b) => a.dueMs - b.dueMs || a.id - b.id);
      const next = this.tasks[0];
      if (next === undefined || next.dueMs > untilMs) break;
      this.tasks.shift();
      this.timeMs = Math.max(this.timeMs, next.dueMs);
      const startedMs = this.timeMs;
      next.run();
      onTask?.(startedMs, this.timeMs);
      count++;
    }
    this.timeMs = Math.max(this.timeMs, untilMs);
    return count;
  }
}

/** A session that ends at `endSeconds` and spends `msPerSimSecond` of fake real time per simulated second. */
class FakeSession implements PlayableSession {
  nowSeconds = 0;
  constructor(
    private readonly clock: FakeClock,
    private readonly endSeconds: number,
    private readonly msPerSimSecond: number,
  ) {}
  get isFinished(): boolean {
    return this.nowSeconds >= this.endSeconds;
  }
  advanceTo(seconds: number): void {
    const to = Math.min(seconds, this.endSeconds);
    if (to <= this.nowSeconds) return;
    this.clock.timeMs += (to - this.nowSeconds) * this.msPerSimSecond;
    this.nowSeconds = to;
  }
  snapshot(): FloorSnapshot {
    return { atSeconds: this.nowSeconds, finished: this.isFinished } as FloorSnapshot;
  }
}

function setup(endSeconds: number, msPerSimSecond: number) {
  const clock = new FakeClock();
  const session = new FakeSession(clock, endSeconds, msPerSimSecond);
  const player = new LivePlayer(session, { clock });
  const snapshots: FloorSnapshot[] = [];
  const snapshotTimesMs: number[] = [];
  const onSnapshot = (s: FloorSnapshot) => {
    snapshots.push(s);
    snapshotTimesMs.push(clock.nowMs());
  };
  return { clock, session, player, snapshots, snapshotTimesMs, onSnapshot };
}

describe('LivePlayer at a finite speed', () => {
  it('keeps simulated time at speed × real time when the work is cheap', () => {
    const { clock, session, player, onSnapshot } = setup(1e9, 0.0001);
    player.play(60, onSnapshot);
    clock.runUntil(10_000);
    // 10 real seconds at ×60: 600 simulated seconds, give or take one tick (16 ms × 60 ≈ 1 s).
    expect(session.nowSeconds).toBeGreaterThan(598);
    expect(session.nowSeconds).toBeLessThanOrEqual(600);
  });

  it('sends at most about 30 snapshots a second, each later in simulated time', () => {
    const { clock, player, snapshots, onSnapshot } = setup(1e9, 0.0001);
    player.play(1000, onSnapshot);
    clock.runUntil(5_000);
    expect(snapshots.length).toBeGreaterThan(100);
    expect(snapshots.length).toBeLessThanOrEqual(5 * 30 + 1);
    for (let i = 1; i < snapshots.length; i++)
      expect(snapshots[i]!.atSeconds).toBeGreaterThan(snapshots[i - 1]!.atSeconds);
  });

  it('stops advancing on pause and resumes from the same instant without a jump', () => {
    const { clock, session, player, onSnapshot } = setup(1e9, 0.0001);
    player.play(100, onSnapshot);
    clock.runUntil(1_000);
    player.pause();
    const pausedAt = session.nowSeconds;
    expect(player.isPlaying).toBe(false);
    expect(clock.pending).toBe(0);
    clock.runUntil(60_000);
    expect(session.nowSeconds).toBe(pausedAt);
    player.play(100, onSnapshot);
    clock.runUntil(61_000);
    // One real second at ×100 after resuming, not the 59 s spent paused.
    expect(session.nowSeconds - pausedAt).toBeGreaterThan(98);
    expect(session.nowSeconds - pausedAt).toBeLessThanOrEqual(100);
  });

  it('plays as fast as it can, without bursts, when the work is slower than the speed asks', () => {
    // 1 ms of work per simulated second at ×10,000 would need 10 s of work per real second.
    const { clock, session, player, onSnapshot } = setup(1e9, 1);
    player.play(10_000, onSnapshot);
    const tickMs: number[] = [];
    clock.runUntil(3_000, (start, end) => tickMs.push(end - start));
    expect(Math.max(...tickMs)).toBeLessThanOrEqual(15 + 2 + 1);
    expect(session.nowSeconds).toBeGreaterThan(1000);
  });
});

describe('LivePlayer at full speed', () => {
  it('runs to the end in slices of at most ~15 ms and sends the final snapshot', () => {
    const { clock, session, player, snapshots, onSnapshot } = setup(100_000, 0.01);
    player.play(Number.POSITIVE_INFINITY, onSnapshot);
    const tickMs: number[] = [];
    clock.runUntil(60_000, (start, end) => tickMs.push(end - start));
    expect(session.isFinished).toBe(true);
    expect(player.isPlaying).toBe(false);
    expect(Math.max(...tickMs)).toBeLessThanOrEqual(15 + 2 + 1);
    expect(snapshots.at(-1)?.finished).toBe(true);
    expect(snapshots.filter((s) => s.finished)).toHaveLength(1);
  });
});

describe('LivePlayer step, backpressure and bad input', () => {
  it('step pauses and advances exactly by the given simulated seconds', () => {
    const { clock, session, player, onSnapshot } = setup(1e9, 0.0001);
    player.play(10, onSnapshot);
    clock.runUntil(500);
    const before = session.nowSeconds;
    const snapshot = player.step(900);
    expect(player.isPlaying).toBe(false);
    expect(snapshot.atSeconds).toBe(before + 900);
  });

  it('does not queue snapshots while the receiver has not acknowledged the last one', async () => {
    const { clock, player } = setup(1e9, 0.0001);
    let release: () => void = () => {};
    let calls = 0;
    player.play(100, () => {
      calls++;
      return new Promise<void>((resolve) => (release = resolve)) as unknown as void;
    });
    clock.runUntil(2_000);
    expect(calls).toBe(1);
    release();
    await Promise.resolve();
    await Promise.resolve();
    clock.runUntil(2_100);
    expect(calls).toBe(2);
  });

  it('accepts speeds 1 to 10,000 and Infinity only', () => {
    expect([1, 60, 10_000, Number.POSITIVE_INFINITY].every(isValidSpeed)).toBe(true);
    expect([0, 0.5, 10_001, Number.NaN, -1].some(isValidSpeed)).toBe(false);
    const { player, onSnapshot } = setup(10, 1);
    expect(() => player.play(0, onSnapshot)).toThrow(RangeError);
    expect(() => player.step(-1)).toThrow(RangeError);
  });
});
