// Saved results in the built app: run, save the result, reload (the page then runs a different default run),
// reopen it and see the same KPIs; export it with the saved work, delete it, import the file and it is back.
// Screenshots go to test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';

const KPI_FIELDS = [
  'serviceLevel',
  'asaSeconds',
  'abandonRate',
  'occupancy',
  'ahtSeconds',
  'offered',
  'answered',
  'abandoned',
];
let browser: Browser;
let page: Page;
let errors: string[] = [];

/** Every KPI tile's raw mean and its shown text (value and confidence interval). */
async function kpis(): Promise<Record<string, { value: string | null; text: string }>> {
  const shown: Record<string, { value: string | null; text: string }> = {};
  for (const field of KPI_FIELDS) {
    const tile = page.getByTestId(`kpi-${field}`);
    const ci = tile.getByTestId('kpi-ci');
    const text = `${await tile.getByTestId('kpi-value').innerText()} ${(await ci.count()) > 0 ? await ci.innerText() : ''}`;
    shown[field] = { value: await tile.getAttribute('data-value'), text: text.trim() };
  }
  return shown;
}

const savedEntries = () => page.locator('[data-testid^="saved-result-"]');

async function runAndWait(replications: number): Promise<void> {
  await page.getByTestId('replications').fill(String(replications));
  await page.getByTestId('run-button').click();
  await expect
    .poll(() => page.getByTestId('run-status').textContent(), { timeout: 60_000 })
    .toMatch(new RegExp(`^${replications} replications of [^·]+ ·`));
  await page.locator('sb-app[data-state="done"]').waitFor();
}

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl'), { acceptDownloads: true }));
});

afterAll(async () => {
  await browser?.close();
});

describe('saved results', () => {
  let savedKpis: Record<string, { value: string | null; text: string }>;
  let savedQueueTable: string;

  it('saves a finished run, and it is listed', async () => {
    expect(await page.getByTestId('saved-results-empty').count()).toBe(1);
    await runAndWait(3);
    savedKpis = await kpis();
    savedQueueTable = await page.getByTestId('queue-table').innerText();
    expect(savedKpis['serviceLevel']!.text).toMatch(/95% CI/);
    await page.getByTestId('save-result').click();
    await expect.poll(() => savedEntries().count()).toBe(1);
    expect(await savedEntries().first().innerText()).toMatch(/3 replications/);
    expect(await page.getByTestId('save-result').isDisabled()).toBe(true);
  });

  it('reopens the saved result after a reload with the same KPIs', async () => {
    await page.reload();
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    // The page's own first run has one replication: different figures, no confidence intervals.
    await expect.poll(() => page.getByTestId('run-status').textContent()).toMatch(/^1 replication of [^·]+ ·/);
    expect((await kpis())['serviceLevel']!.text).not.toMatch(/95% CI/);
    await expect.poll(() => savedEntries().count()).toBe(1);

    await page.locator('[data-testid^="open-result-"]').click();
    await expect
      .poll(() => page.getByTestId('run-status').textContent())
      .toMatch(/^3 replications of [^·]+ ·.* · saved /);
    expect(await kpis()).toEqual(savedKpis);
    expect(await page.getByTestId('queue-table').innerText()).toBe(savedQueueTable);
    for (const chart of ['chart-sl', 'chart-asa', 'chart-abandon', 'chart-waits'])
      expect(await page.getByTestId(chart).locator('canvas').count(), chart).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshotDir, 'saved-result-reopened.png'), fullPage: true });
  });

  it('exports it with the saved work; deleted and imported again, it opens the same', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-saved').click()]);
    const path = (await download.path())!;
    const exported = JSON.parse(await readFile(path, 'utf8')) as {
      results: { body: { result: { replications: number } } }[];
    };
    expect(exported.results).toHaveLength(1);
    expect(exported.results[0]!.body.result.replications).toBe(3);

    await page.locator('[data-testid^="delete-result-"]').click();
    await expect.poll(() => savedEntries().count()).toBe(0);
    await page.getByTestId('import-saved').setInputFiles(path);
    await expect
      .poll(() => page.getByTestId('saved-work-message').textContent())
      .toMatch(/Imported 0 scenarios and 1 result/);
    await page.locator('[data-testid^="open-result-"]').click();
    await expect.poll(() => page.getByTestId('run-status').textContent()).toMatch(/ · saved /);
    expect(await kpis()).toEqual(savedKpis);
  });

  it('kept the console free of errors', () => {
    expect(errors).toEqual([]);
  });
});
