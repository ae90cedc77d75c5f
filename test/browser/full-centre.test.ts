// The full centre runs in the browser: picked in the built app, run to the end in the worker, its KPIs shown
// with every department's queue, and plausible (issue 3: six departments, 300+ agents, every mechanism on).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl')));
});

afterAll(async () => {
  await browser?.close();
});

const kpi = async (field: string): Promise<number> =>
  Number(await page.getByTestId(`kpi-${field}`).getAttribute('data-value'));

describe('the full centre in the browser', () => {
  it('runs a whole day in the worker and shows plausible KPIs for every department', async () => {
    await page.getByTestId('scenario-full-centre').check();
    await page.getByTestId('replications').fill('1');
    await page.getByTestId('run-button').click();
    await expect.poll(() => page.locator('#results-heading').textContent(), { timeout: 90_000 }).toMatch(/Full centre/);
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 90_000 });

    // A day of the full centre: many thousands of calls; KPIs in DOMAIN.md's broad bands.
    expect(await kpi('offered')).toBeGreaterThan(5000);
    const sl = await kpi('serviceLevel');
    expect(sl).toBeGreaterThan(0.5);
    expect(sl).toBeLessThan(1);
    expect(await kpi('abandonRate')).toBeLessThan(0.15);
    const occupancy = await kpi('occupancy');
    expect(occupancy).toBeGreaterThan(0.5);
    expect(occupancy).toBeLessThanOrEqual(1);
    // One row per queue, six departments' queues.
    for (const queue of await page.locator('[data-testid^="queue-row-"]').all())
      expect(await queue.innerText()).not.toBe('');
    expect(await page.locator('[data-testid^="queue-row-"]').count()).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: join(screenshotDir, 'full-centre.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
