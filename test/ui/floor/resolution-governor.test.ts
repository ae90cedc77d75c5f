// The floor's resolution governor: steps the pixel ratio down only for long tasks that overlap floor frames,
// after more than one of them, never below the floor; back up after quiet frames, more slowly each time a step
// up brings the long tasks back.
import { describe, expect, it } from 'vitest';
import {
  IDLE_GAP_MS,
  LONG_TASKS_PER_STEP,
  LOW_FRAMES_PER_SECOND,
  RECOVER_FRAMES_PER_SECOND,
  MAX_RECOVER_AFTER_MS,
  MIN_PIXEL_RATIO,
  RECOVER_AFTER_MS,
  ResolutionGovernor,
  STEP,
} from '../../../src/ui/floor/resolution-governor';

describe('ResolutionGovernor', () => {
  it('steps down after repeated long tasks during floor frames', () => {
    const g = new ResolutionGovernor(2);
    g.frameDrawn(1000);
    expect(g.longTask(990, 80)).toBeUndefined(); // one slow frame may be a fluke
    g.frameDrawn(1100);
    expect(g.longTask(1095, 80)).toBe(2 * STEP);
    expect(g.pixelRatio).toBe(2 * STEP);
    expect(g.stepsDown).toBe(1);
  });

  it('ignores short tasks and long tasks away from any floor frame', () => {
    const g = new ResolutionGovernor(1);
    g.frameDrawn(1000);
    for (let i = 0; i < 5; i++) expect(g.longTask(1000, 50)).toBeUndefined(); // 50 ms is not a long task
    for (let i = 0; i < 5; i++) expect(g.longTask(5000, 200)).toBeUndefined(); // the floor did not draw then
    expect(g.pixelRatio).toBe(1);
  });

  it('stops at the minimum while the long tasks go on', () => {
    const g = new ResolutionGovernor(1);
    const ratios: number[] = [];
    for (let i = 0; i < 40; i++) {
      expect(g.frameDrawn(i * 100)).toBeUndefined();
      const r = g.longTask(i * 100, 120);
      if (r !== undefined) ratios.push(r);
    }
    expect(ratios.length).toBeGreaterThan(1);
    for (let i = 1; i < ratios.length; i++) expect(ratios[i]).toBeLessThan(ratios[i - 1]!);
    expect(g.pixelRatio).toBe(MIN_PIXEL_RATIO);
    expect(ratios.length).toBe(g.stepsDown);
    expect(Math.floor(40 / LONG_TASKS_PER_STEP)).toBeGreaterThan(g.stepsDown); // it stopped stepping
  });

  /** Steps the governor down to the minimum with long tasks during frames from `at`; returns the time after. */
  function stepToMinimum(g: ResolutionGovernor, at: number): number {
    let now = at;
    while (g.pixelRatio > MIN_PIXEL_RATIO) {
      g.frameDrawn(now);
      g.longTask(now, 120);
      now += 100;
    }
    return now;
  }

  it('raises the ratio a step at a time after quiet frames, back to where it started and no higher', () => {
    const g = new ResolutionGovernor(1);
    let now = stepToMinimum(g, 0);
    const raised: { at: number; ratio: number }[] = [];
    const quietFrom = now - 100; // the last long task
    for (; now < quietFrom + 60_000; now += 16) {
      const r = g.frameDrawn(now);
      if (r !== undefined) raised.push({ at: now, ratio: r });
    }
    expect(raised.length).toBe(g.stepsUp);
    expect(raised.length).toBeGreaterThan(1);
    expect(raised[0]!.at - quietFrom).toBeGreaterThanOrEqual(RECOVER_AFTER_MS);
    expect(raised[0]!.at - quietFrom).toBeLessThan(RECOVER_AFTER_MS + 100);
    for (let i = 1; i < raised.length; i++) {
      expect(raised[i]!.ratio).toBeGreaterThan(raised[i - 1]!.ratio);
      expect(raised[i]!.at - raised[i - 1]!.at).toBeGreaterThanOrEqual(RECOVER_AFTER_MS);
    }
    expect(g.pixelRatio).toBe(1);
    expect(raised.at(-1)!.ratio).toBe(1);
  });

  it('does not rise while long tasks keep coming, and waits longer after a step up that failed', () => {
    const g = new ResolutionGovernor(1);
    let now = stepToMinimum(g, 0);
    // Long tasks every 1 s during frames: never quiet long enough.
    for (let end = now + 20_000; now < end; now += 16) {
      expect(g.frameDrawn(now)).toBeUndefined();
      if (now % 1000 < 16) g.longTask(now, 120);
    }
    expect(g.stepsUp).toBe(0);
    // Quiet: one step up after RECOVER_AFTER_MS; then the trouble returns at once and it steps down.
    let upAt = -1;
    for (; upAt < 0; now += 16) if (g.frameDrawn(now) !== undefined) upAt = now;
    expect(g.pixelRatio).toBeGreaterThan(MIN_PIXEL_RATIO);
    for (let k = 0; k < LONG_TASKS_PER_STEP; k++) {
      g.frameDrawn(now);
      g.longTask(now, 120);
      now += 100;
    }
    expect(g.pixelRatio).toBe(MIN_PIXEL_RATIO);
    // The next try waits twice as long (measured from the last trouble).
    const troubleEnd = now - 100;
    let nextUp = -1;
    for (; nextUp < 0 && now < troubleEnd + MAX_RECOVER_AFTER_MS + 1000; now += 16)
      if (g.frameDrawn(now) !== undefined) nextUp = now;
    expect(nextUp - troubleEnd).toBeGreaterThanOrEqual(2 * RECOVER_AFTER_MS);
    expect(nextUp - troubleEnd).toBeLessThan(2 * RECOVER_AFTER_MS + 200);
  });

  /** Feeds frames `gapMs` apart for `forMs` from `at`; returns the changes and the time after. */
  function frames(g: ResolutionGovernor, at: number, gapMs: number, forMs: number) {
    const changes: { at: number; ratio: number }[] = [];
    let now = at;
    for (; now < at + forMs; now += gapMs) {
      const r = g.frameDrawn(now);
      if (r !== undefined) changes.push({ at: now, ratio: r });
    }
    return { changes, now };
  }

  it('steps down on a measured frame rate under the mark, with no long task at all, down to the minimum', () => {
    const g = new ResolutionGovernor(0.56);
    // 15.6 fps, as the GPU-process compositing measured: a step down after about a second of frames.
    const slow = frames(g, 0, 1000 / 15.6, 10_000);
    expect(slow.changes.length).toBeGreaterThan(0);
    expect(slow.changes[0]!.ratio).toBeCloseTo(0.56 * STEP, 10);
    expect(slow.changes[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(slow.changes[0]!.at).toBeLessThan(1300);
    expect(g.pixelRatio).toBe(MIN_PIXEL_RATIO);
    expect(g.framesPerSecond).toBeCloseTo(15.6, 0);
    // Still slow at the minimum: nothing more to give, and never back up while it stays slow.
    expect(frames(g, slow.now, 1000 / 15.6, 30_000).changes).toEqual([]);
  });

  it('leaves the ratio alone between the two marks, and a fast rate never steps down', () => {
    const between = new ResolutionGovernor(1);
    const mid = (LOW_FRAMES_PER_SECOND + RECOVER_FRAMES_PER_SECOND) / 2;
    expect(frames(between, 0, 1000 / mid, 30_000).changes).toEqual([]);
    expect(between.pixelRatio).toBe(1);
    const fast = new ResolutionGovernor(1);
    expect(frames(fast, 0, 1000 / 60, 30_000).changes).toEqual([]);
  });

  it('does not count the loop resting (long gaps between frames) as slow frames', () => {
    const g = new ResolutionGovernor(1);
    // Bursts of 60 fps frames with the loop idle in between (a paused run, a calm floor).
    let now = 0;
    for (let burst = 0; burst < 40; burst++) {
      expect(frames(g, now, 1000 / 60, 200).changes).toEqual([]);
      now += 200 + IDLE_GAP_MS * 3;
    }
    expect(g.pixelRatio).toBe(1);
  });

  it('recovers when the frame rate allows, and does not oscillate where pixels set the pace', () => {
    const g = new ResolutionGovernor(0.56);
    const now = frames(g, 0, 1000 / 15, 6000).now;
    expect(g.pixelRatio).toBe(MIN_PIXEL_RATIO);
    // The load goes away: 60 fps at the minimum. It rises after RECOVER_AFTER_MS of fast windows, to the start.
    const fast = frames(g, now, 1000 / 60, 60_000);
    expect(fast.changes.length).toBeGreaterThan(0);
    expect(fast.changes[0]!.at - now).toBeGreaterThanOrEqual(RECOVER_AFTER_MS);
    expect(g.pixelRatio).toBe(0.56);

    // A renderer whose rate is set by the pixels drawn: fps = k / ratio². At the start ratio it runs at 18 fps;
    // it must settle on a ratio with at least LOW_FRAMES_PER_SECOND and stay there.
    const h = new ResolutionGovernor(0.56);
    const k = 18 * 0.56 * 0.56;
    const changes: number[] = [];
    let t = 0;
    for (; t < 300_000;) {
      const fps = k / (h.pixelRatio * h.pixelRatio);
      t += 1000 / fps;
      const r = h.frameDrawn(t);
      if (r !== undefined) changes.push(r);
    }
    expect(changes[0]).toBeLessThan(0.56);
    expect(k / (h.pixelRatio * h.pixelRatio)).toBeGreaterThanOrEqual(LOW_FRAMES_PER_SECOND);
    // One step down and no trips back up: 18 fps × 1/STEP² ≈ 32 fps is not fast enough to try again.
    expect(h.stepsDown).toBe(1);
    expect(h.stepsUp).toBe(0);
  });

  it('waits longer after a step up that the frame rate punished', () => {
    const g = new ResolutionGovernor(1);
    // A renderer at 50 fps at the minimum ratio and 20 fps one step above it: going up is always a mistake.
    let now = 0;
    const ups: number[] = [];
    for (; now < 400_000;) {
      now += g.pixelRatio <= MIN_PIXEL_RATIO ? 1000 / 50 : 1000 / 20;
      const before = g.stepsUp;
      g.frameDrawn(now);
      if (g.stepsUp > before) ups.push(now);
    }
    expect(ups.length).toBeGreaterThan(2);
    // The gaps between tries grow (doubling up to the cap), so the picture settles instead of pumping.
    for (let i = 2; i < ups.length; i++)
      expect(ups[i]! - ups[i - 1]!).toBeGreaterThanOrEqual(ups[i - 1]! - ups[i - 2]!);
    expect(ups.at(-1)! - ups.at(-2)!).toBeGreaterThanOrEqual(MAX_RECOVER_AFTER_MS);
  });
});
