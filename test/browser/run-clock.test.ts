// A single long replication in the built app (issue 19): the page shows how far it has got in simulated time
// ("Simulated 3 h 10 min of 14 h", a bar that moves), not "Running…" forever, and Cancel works during it; a
// run that would never end is stopped by the worker's guard and reported on the page with what to do.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshotDir, type AppPage } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';

let app: AppPage;
let page: Page;

beforeAll(async () => {
  app = await openApp(inject('appUrl'), { viewport: { width: 1280, height: 800 } });
  page = app.page;
});

afterAll(async () => {
  await app?.browser.close();
});

/** help-desk over 14 hours at 3,000 times the calls, 18,000 agents: one replication of some 10 million events. */
const longDay = {
  ...helpDesk,
  id: 'long-day',
  name: 'Long day',
  horizon: { kind: 'duration', seconds: 14 * 3600, drain: true },
  callTypes: helpDesk.callTypes.map((ct) => ({
    ...ct,
    arrivals: { callsPerHour: ct.arrivals.callsPerHour.map((r) => r * 3_000) },
  })),
  agentGroups: helpDesk.agentGroups.map((g) => ({ ...g, agents: 18_000 })),
};

/**
 * One agent, a hundred callers in the first hour, ten-hour talks and no patience limit, draining: the last
 * caller would leave some forty days after the arrivals end. The guard stops it a week in.
 */
const neverEmpties = {
  ...helpDesk,
  id: 'never-empties',
  name: 'Never empties',
  horizon: { kind: 'duration', seconds: 3600, drain: true },
  callTypes: [
    {
      id: 'question',
      queue: 'support',
      arrivals: { callsPerHour: [100] },
      talk: { kind: 'exponential', meanSeconds: 36_000 },
    },
  ],
  agentGroups: [{ id: 'agents', queues: ['support'], agents: 1 }],
};

/** Makes `scenario` the app's current one (as the editor's "Use" would) and runs one replication of it. */
async function runOne(scenario: unknown): Promise<void> {
  await page.evaluate((s) => {
    (document.querySelector('sb-app') as unknown as { scenario: unknown }).scenario = s;
  }, scenario);
  await page.getByTestId('replications').fill('1');
  await page.getByTestId('run-button').click();
}

/** The simulated clock on show: the text, and the bar's value (0..1). */
async function clockOnShow(): Promise<{ text: string; share: number }> {
  // Both at one instant: the worker reports four times a second.
  return page.getByTestId('run-clock').evaluate((clock) => ({
    text: clock.querySelector('[data-testid="run-clock-text"]')?.textContent ?? '',
    share: (clock.querySelector('[data-testid="run-clock-bar"]') as HTMLProgressElement).value,
  }));
}

/** Minutes of simulated time in a text such as "Simulated 3 h 10 min of 14 h" (the first duration). */
function simulatedMinutes(text: string): number {
  const m = /^Simulated (?:(\d+) h)? ?(?:(\d+) min)?/.exec(text);
  if (m === null) throw new Error(`not a simulated time: ${text}`);
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

describe('a single long replication', () => {
  it('shows its simulated time advancing against the horizon, and Cancel ends it', async () => {
    await runOne(longDay);
    await page.getByTestId('run-clock').waitFor({ timeout: 30_000 });
    const first = await clockOnShow();
    expect(first.text).toMatch(/^Simulated (\d+ h )?\d+ min of 14 h$|^Simulated \d+ h of 14 h$/);
    // A few reports later the clock and the bar have moved on, and the run is still going.
    await expect
      .poll(async () => simulatedMinutes((await clockOnShow()).text), { timeout: 30_000 })
      .toBeGreaterThan(simulatedMinutes(first.text));
    const later = await clockOnShow();
    expect(later.share).toBeGreaterThan(first.share);
    expect(later.share).toBeLessThan(1);
    // The bar is the text's share of the 14 hours (the text rounds to the minute).
    expect(Math.abs(later.share - simulatedMinutes(later.text) / (14 * 60))).toBeLessThan(0.01);
    expect(await page.locator('sb-app').getAttribute('data-state')).toBe('running');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, 'run-clock-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('run-clock').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'run-clock-390.png') });

    // On a phone the run form is folded away: the clock's own Cancel ends the run and its worker.
    await page.getByTestId('run-clock-cancel').click();
    await page.locator('sb-app[data-state="cancelled"]').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('run-clock').count()).toBe(0);
    const poolWorkers = await page.evaluate(
      () => (document.querySelector('sb-app') as unknown as { pool: { workers: unknown[] } }).pool.workers.length,
    );
    expect(poolWorkers).toBe(0);
    expect(await page.getByTestId('run-status').textContent()).toMatch(/Run cancelled/);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('the run form’s Cancel works during it too, and the next run works', async () => {
    await runOne(longDay);
    await page.getByTestId('run-clock').waitFor({ timeout: 30_000 });
    await page.getByTestId('cancel-button').click();
    await page.locator('sb-app[data-state="cancelled"]').waitFor({ timeout: 5_000 });
    await runOne(helpDesk);
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    expect(Number(await page.getByTestId('kpi-offered').getAttribute('data-value'))).toBeGreaterThan(0);
  });
});

describe('a run that would never end', () => {
  it('is stopped in the worker and reported on the page with what to do', async () => {
    await runOne(neverEmpties);
    await page.locator('sb-app[data-state="error"]').waitFor({ timeout: 60_000 });
    const error = (await page.getByTestId('run-error').textContent()) ?? '';
    expect(error).toMatch(/would never empty/);
    expect(error).toMatch(/Shorten the durations, add agents, or set horizon\.drain to false/);
    await page.getByTestId('run-error').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'run-never-ends-1280.png') });
    expect(app.errors).toEqual([]);
  });
});
