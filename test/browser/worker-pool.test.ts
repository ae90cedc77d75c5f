// Fast runs spread over a pool of workers in the built app: with 4 reported cores a run uses 4 workers, with
// 1 core one worker, and the two results are identical (replication r always uses the streams of (seed, r)).
// Progress adds up over the workers; Cancel ends every worker of the pool and a later run works.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshotDir } from './harness';

let browser: Browser;
const errors: string[] = [];

/** A page of the app whose navigator reports `cores` logical processors. */
async function openWithCores(cores: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript((n: number) => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n, configurable: true });
  }, cores);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(inject('appUrl'));
  await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
  return page;
}

async function run(page: Page, scenario: string, replications: number): Promise<void> {
  await page.getByTestId(`scenario-${scenario}`).check();
  await page.getByTestId('replications').fill(String(replications));
  await page.getByTestId('run-button').click();
  await expect
    .poll(() => page.getByTestId('run-status').textContent(), { timeout: 90_000 })
    .toMatch(new RegExp(`^${replications} replications of [^·]+ ·`));
  await page.locator('sb-app[data-state="done"]').waitFor();
}

/** The result of the run on show, from the app's own JSON export. */
async function exportedResult(page: Page): Promise<unknown> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const parsed = JSON.parse(await readFile((await download.path())!, 'utf8')) as { result: unknown };
  return parsed.result;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the worker pool', () => {
  let pooled: unknown;
  let fourCores: Page;

  it('spreads replications over one worker per core', async () => {
    fourCores = await openWithCores(4);
    await run(fourCores, 'monday-peak', 9);
    expect(await fourCores.getByTestId('run-status').textContent()).toMatch(/ on 4 workers$/);
    // The page's own worker and the pool's four.
    expect(fourCores.workers()).toHaveLength(5);
    pooled = await exportedResult(fourCores);
    expect((pooled as { replications: number }).replications).toBe(9);
  });

  it('gives exactly the result of a single worker', async () => {
    const oneCore = await openWithCores(1);
    await run(oneCore, 'monday-peak', 9);
    expect(await oneCore.getByTestId('run-status').textContent()).toMatch(/ on 1 worker$/);
    const single = await exportedResult(oneCore);
    expect(pooled).toEqual(single);
    await oneCore.context().close();
  });

  it('adds progress up over the workers, and Cancel ends every worker of the pool', async () => {
    const page = fourCores;
    await page.getByTestId('scenario-full-centre').check();
    await page.getByTestId('replications').fill('200');
    await page.getByTestId('run-button').click();
    await expect.poll(() => page.getByTestId('run-status').textContent()).toMatch(/on 4 workers\)…$/);
    const progress = page.getByTestId('run-progress');
    expect(await progress.getAttribute('max')).toBe('200');
    // Each worker runs a share of 50: a count above 50 is the sum of several workers' progress.
    await expect
      .poll(() => progress.evaluate((p) => (p as HTMLProgressElement).value), { timeout: 60_000 })
      .toBeGreaterThan(50);
    const shown = await progress.evaluate((p) => (p as HTMLProgressElement).value);
    expect(shown).toBeLessThan(200);
    await page.screenshot({ path: join(screenshotDir, 'worker-pool-progress.png') });
    await page.getByTestId('cancel-button').click();
    await page.locator('sb-app[data-state="cancelled"]').waitFor();
    await expect.poll(() => page.workers().length).toBe(1);

    await run(page, 'help-desk', 3);
    expect(await page.getByTestId('run-status').textContent()).toMatch(/ on 3 workers$/);
    expect(errors).toEqual([]);
  });
});
