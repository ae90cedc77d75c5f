// The full centre's floor in the app itself (not the lab): `npm run bench:floor` ends with it. Opens the built
// app in Chromium, picks the full centre, opens the Live tab at its default speed, and measures the floor's
// frames per second while the day plays, with the long tasks (> 50 ms) of the start of play and of ×10,000.
// Software WebGL (SwiftShader) as on a laptop without a GPU; a measurement, nothing is asserted.
import type { Browser, Page } from 'playwright-core';
import { buildAndServe } from '../../test/browser/harness';

export interface AppFloorResult {
  compositing: string;
  framesPerSecond: number;
  pixelRatioAtEnd: number;
  playStartLongTasks: number[];
  steadyLongTasks: number[];
  fastestLongTasks: number[];
}

const MEASURE_MS = 6000;
const START_MS = 2000;

/** Reads the floor's debug facts through the shadow roots (a string, so that no bundler helper leaks in). */
function floorFacts(page: Page): Promise<{ frames: number; pixelRatio: number }> {
  return page.evaluate(`(() => {
    const roots = [document];
    while (roots.length > 0) {
      const root = roots.pop();
      const floor = root.querySelector('sb-floor-view');
      if (floor !== null) return { frames: floor.floorDebug?.frames ?? NaN, pixelRatio: floor.floorDebug?.pixelRatio ?? NaN };
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot !== null) roots.push(el.shadowRoot);
    }
    return { frames: NaN, pixelRatio: NaN };
  })()`) as Promise<{ frames: number; pixelRatio: number }>;
}

export async function measureAppFloor(browser: Browser, compositing: string): Promise<AppFloorResult> {
  const app = await buildAndServe();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(() => {
      const log: number[] = [];
      (globalThis as unknown as { __longTasks: number[] }).__longTasks = log;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) log.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const takeLongTasks = () =>
      page.evaluate(() => {
        const log = (globalThis as unknown as { __longTasks: number[] }).__longTasks;
        return log.splice(0, log.length);
      });
    await page.goto(app.url);
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 300_000 });
    await page.getByTestId('scenario-full-centre').check();
    await page.getByTestId('tab-live').click();
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 120_000 });
    await page.waitForFunction(
      `(() => {
      const roots = [document];
      while (roots.length > 0) {
        const root = roots.pop();
        const floor = root.querySelector('sb-floor-view');
        if (floor !== null) return (floor.floorDebug?.agentCount ?? 0) > 0;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot !== null) roots.push(el.shadowRoot);
      }
      return false;
    })()`,
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(1000);
    await takeLongTasks();

    // The default speed, as a student would press Play.
    await page.getByTestId('live-play').click();
    await page.waitForTimeout(START_MS);
    const playStartLongTasks = await takeLongTasks();
    const before = await floorFacts(page);
    const startedAt = Date.now();
    await page.waitForTimeout(MEASURE_MS);
    const after = await floorFacts(page);
    const framesPerSecond = ((after.frames - before.frames) * 1000) / (Date.now() - startedAt);
    await takeLongTasks();

    await page.getByTestId('live-speed').selectOption('10000');
    await page.waitForTimeout(MEASURE_MS);
    const steadyLongTasks = await takeLongTasks();
    await page.getByTestId('live-speed').selectOption('Infinity');
    await page.waitForTimeout(MEASURE_MS);
    const fastestLongTasks = await takeLongTasks();
    return {
      compositing,
      framesPerSecond,
      pixelRatioAtEnd: (await floorFacts(page)).pixelRatio,
      playStartLongTasks,
      steadyLongTasks,
      fastestLongTasks,
    };
  } finally {
    await page.close();
    await app.close();
  }
}

export function describeLongTasks(durations: readonly number[]): string {
  if (durations.length === 0) return 'none';
  const longest = Math.max(...durations);
  const total = durations.reduce((a, b) => a + b, 0);
  return `${durations.length}, longest ${longest.toFixed(0)} ms, ${total.toFixed(0)} ms in all`;
}
