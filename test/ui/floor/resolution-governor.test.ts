// The floor's resolution governor: steps the pixel ratio down only for long tasks that overlap floor frames,
// after more than one of them, never below the floor; back up after quiet frames, more slowly each time a step
// up brings the long tasks back.
import { describe, expect, it } from 'vitest';
import {
  LONG_TASKS_PER_STEP,
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
});
