// Live mode in the built app: open the Live tab, play, pause, add agents and see the KPIs move, send agents
// home sick; the 3D floor loads lazily; no console errors. Screenshots go to test-results/screenshots/.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';

let browser: Browser;
let page: Page;
let errors: string[] = [];

async function liveNumber(name: string): Promise<number> {
  return Number(await page.getByTestId(`live-kpi-${name}`).getAttribute('data-value'));
}

async function clockSeconds(): Promise<number> {
  return Number(await page.getByTestId('live-clock').getAttribute('data-seconds'));
}

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl')));
});

afterAll(async () => {
  await browser?.close();
});

describe('live mode', () => {
  it('opens the current scenario paused at 0:00:00', async () => {
    await page.getByTestId('tab-live').click();
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 30_000 });
    expect(await clockSeconds()).toBe(0);
    expect(await liveNumber('agents')).toBe(helpDesk.agentGroups[0]!.agents);
  });

  it('plays at ×1,800, the clock runs at about that speed, and pause stops it', async () => {
    await page.getByTestId('live-speed').selectOption('1800');
    await page.getByTestId('live-play').click();
    await page.waitForTimeout(1500);
    await page.getByTestId('live-pause').click();
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor();
    const pausedAt = await clockSeconds();
    // 1.5 s at ×1,800 is 2,700 simulated seconds; allow for start-up and the round trips.
    expect(pausedAt).toBeGreaterThan(900);
    expect(pausedAt).toBeLessThan(4500);
    await page.waitForTimeout(500);
    expect(await clockSeconds()).toBe(pausedAt);
    expect(await liveNumber('offered')).toBeGreaterThan(0);
  });

  it('adds agents: the head-count rises at once and the waiting stays lower than without them', async () => {
    await page.getByTestId('staff-agents').fill('14');
    await page.getByTestId('staff-apply').click();
    await expect.poll(() => liveNumber('agents')).toBe(14);
    const offeredBefore = await liveNumber('offered');
    const occupancyBefore = await liveNumber('occupancy');
    for (let i = 0; i < 6; i++) await page.getByTestId('live-step').click();
    await expect.poll(() => liveNumber('offered')).toBeGreaterThan(offeredBefore);
    // More than twice the agents for the same calls: occupancy so far must fall.
    await expect.poll(() => liveNumber('occupancy')).toBeLessThan(occupancyBefore);
    expect(await page.getByTestId('intervention-problem').count()).toBe(0);
  });

  it('refuses an impossible change with the field named', async () => {
    await page.getByTestId('staff-agents').fill('-2');
    await page.getByTestId('staff-apply').click();
    await expect
      .poll(() => page.getByTestId('intervention-problem').textContent())
      .toMatch(/agents: must be a whole number/);
  });

  it('sends agents home in a wave of sick calls; the head-count falls once their calls end', async () => {
    const before = await liveNumber('agents');
    await page.getByTestId('sick-agents').fill(String(before + 5));
    await page.getByTestId('sick-apply').click();
    await expect.poll(() => page.getByTestId('sick-problem').textContent()).toMatch(/from 1 to \d+/);
    expect(await liveNumber('agents')).toBe(before);

    await page.getByTestId('sick-agents').fill('4');
    await page.getByTestId('sick-apply').click();
    // Agents on a call finish it before they go: step the day on until they have.
    for (let i = 0; i < 12 && (await liveNumber('agents')) !== before - 4; i++)
      await page.getByTestId('live-step').click();
    await expect.poll(() => liveNumber('agents')).toBe(before - 4);
    expect(await page.getByTestId('intervention-problem').count()).toBe(0);
  });

  it('marks every change on every live chart, numbered in the order of the timeline', async () => {
    const listed = (chart: string) =>
      page
        .locator(`sb-chart[data-testid="${chart}"] .markers li`)
        .evaluateAll((items) => items.map((i) => i.textContent?.trim()));
    const queue = await listed('chart-live-queue');
    // Two changes so far: the head-count set to 14, then the sick calls.
    expect(queue).toHaveLength(2);
    expect(queue[0]).toMatch(/Change 1: Agents: set to 14 agents$/);
    expect(queue[1]).toMatch(/Change 2: /);
    expect(await listed('chart-live-states')).toEqual(queue);
    expect(await listed('chart-live-sl')).toEqual(queue);
  });

  it('shows the 3D floor and the live charts', async () => {
    await page.getByTestId('floor-view').waitFor({ timeout: 30_000 });
    for (const chart of ['chart-live-queue', 'chart-live-states', 'chart-live-sl'])
      expect(await page.getByTestId(chart).locator('canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshotDir, 'live.png'), fullPage: true });
  });

  it('plays as fast as possible to the end of the day', async () => {
    await page.getByTestId('live-speed').selectOption('Infinity');
    await page.getByTestId('live-play').click();
    await page.locator('sb-live-view[data-live-state="finished"]').waitFor({ timeout: 60_000 });
    expect(await clockSeconds()).toBeGreaterThanOrEqual(helpDesk.horizon.seconds);
    await page.getByTestId('live-reset').click();
    await expect.poll(() => clockSeconds()).toBe(0);
  });

  it('kept the console free of errors', () => {
    expect(errors).toEqual([]);
  });
});
