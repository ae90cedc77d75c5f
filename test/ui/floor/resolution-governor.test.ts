// The floor's resolution governor: steps the pixel ratio down only for long tasks that overlap floor frames,
// after more than one of them, never below the floor, never back up.
import { describe, expect, it } from 'vitest';
import {
  LONG_TASKS_PER_STEP,
  MIN_PIXEL_RATIO,
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

  it('stops at the minimum and never raises the ratio again', () => {
    const g = new ResolutionGovernor(1);
    const ratios: number[] = [];
    for (let i = 0; i < 40; i++) {
      g.frameDrawn(i * 100);
      const r = g.longTask(i * 100, 120);
      if (r !== undefined) ratios.push(r);
    }
    expect(ratios.length).toBeGreaterThan(1);
    for (let i = 1; i < ratios.length; i++) expect(ratios[i]).toBeLessThan(ratios[i - 1]!);
    expect(g.pixelRatio).toBe(MIN_PIXEL_RATIO);
    expect(ratios.length).toBe(g.stepsDown);
    expect(Math.floor(40 / LONG_TASKS_PER_STEP)).toBeGreaterThan(g.stepsDown); // it stopped stepping
  });
});
