// Scenarios and saved work in the built app: an invalid edit shows its error at the field and is never used;
// a saved scenario survives a reload; export then import gives the same scenario; a share link opens it.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, projectRoot } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';

const screenshotDir = join(projectRoot, 'test-results', 'screenshots');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
  await page.goto(inject('appUrl'));
  await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
});

const field = (path: string) => page.locator(`sb-scenario-editor input[data-path="${path}"]`);

async function exportSavedWork(): Promise<{ scenarios: { key: string; scenario: unknown }[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-saved').click()]);
  return JSON.parse(await readFile((await download.path())!, 'utf8'));
}

describe('the scenario editor', () => {
  it('shows the error at the field and refuses to use an invalid scenario', async () => {
    await page.getByTestId('tab-editor').click();
    await expect.poll(() => page.getByTestId('editor-status').getAttribute('data-valid')).toBe('true');
    await field('agentGroups[0].agents').fill('-3');
    await field('agentGroups[0].agents').press('Tab');
    const error = page.locator('[data-testid="field-error"][data-path="agentGroups[0].agents"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/-3/);
    expect(await field('agentGroups[0].agents').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('editor-status').getAttribute('data-valid')).toBe('false');
    await page.screenshot({ path: join(screenshotDir, 'editor-invalid.png'), fullPage: true });

    await page.getByTestId('editor-use').click();
    await expect.poll(() => page.getByTestId('saved-work-message').textContent()).toMatch(/Not used/);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('saved-work-message').textContent()).toMatch(/Not saved/);
    expect(await page.getByTestId('saved-help-desk').count()).toBe(0);
  });
});

describe('saved work', () => {
  it('saves an edited scenario, and it is still there after a reload', async () => {
    await field('agentGroups[0].agents').fill('8');
    await field('name').fill('Help desk with eight agents');
    await field('name').press('Tab');
    await expect.poll(() => page.getByTestId('editor-status').getAttribute('data-valid')).toBe('true');
    await page.getByTestId('editor-save').click();
    await page.getByTestId('saved-help-desk').waitFor();

    await page.reload();
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    const saved = page.getByTestId('saved-help-desk');
    await saved.waitFor();
    await saved.check();
    await page.getByTestId('tab-editor').click();
    await expect.poll(() => field('name').inputValue()).toBe('Help desk with eight agents');
    expect(await field('agentGroups[0].agents').inputValue()).toBe('8');
  });

  it('exports, and importing the file after deleting gives the same scenario back', async () => {
    const exported = await exportSavedWork();
    expect(exported.scenarios).toHaveLength(1);
    const original = exported.scenarios[0]!.scenario as typeof helpDesk;
    expect(original.agentGroups[0]!.agents).toBe(8);

    await page.getByTestId('delete-help-desk').click();
    await page.getByTestId('saved-empty').waitFor();

    // A broken file first: refused, and nothing changes.
    await page
      .getByTestId('import-saved')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect
      .poll(() => page.getByTestId('saved-work-message').textContent())
      .toMatch(/Import failed, nothing changed/);
    await page.getByTestId('saved-empty').waitFor();

    await page.getByTestId('import-saved').setInputFiles({
      name: 'saved.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.getByTestId('saved-help-desk').waitFor();
    const again = await exportSavedWork();
    expect(again.scenarios.map((s) => s.scenario)).toEqual([original]);
  });

  it('makes a link that opens the same scenario and seed in a fresh page, paused on the Live tab', async () => {
    await page.getByTestId('saved-help-desk').check();
    await page.getByTestId('share-link').click();
    await expect.poll(() => page.getByTestId('saved-work-message').textContent()).toMatch(/Link copied/);
    // The confirmation is short: the link is on the clipboard, not in the message.
    const message = (await page.getByTestId('saved-work-message').textContent()) ?? '';
    expect(message).not.toContain('#scenario=');
    expect(message.length).toBeLessThan(160);
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/#scenario=/);
    const other = await context.newPage();
    await other.goto(url);
    await other.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 60_000 });
    expect(await other.getByRole('heading', { level: 2 }).textContent()).toBe('Help desk with eight agents');
    expect(await other.getByTestId('tab-live').getAttribute('aria-selected')).toBe('true');
    const shared = await other.evaluate(
      () => (document.querySelector('sb-app') as unknown as { scenario: { seed: unknown } }).scenario.seed,
    );
    expect(shared).toBe(helpDesk.seed);
    await other.close();
  });
});

describe('the editor on an organised floor', () => {
  it('shows how each department is organised', async () => {
    await page.getByTestId('scenario-service-floor-self-managed').check();
    await page.getByTestId('tab-editor').click();
    const departments = page.getByTestId('editor-departments');
    await departments.waitFor();
    await expect
      .poll(() => departments.textContent())
      .toMatch(
        /Customer service\s*:\s*self-managed — team leads, supervisors, pooling across queues, peer consults, break shifting, knowledge sharing, team meetings/,
      );
    expect(await departments.textContent()).toMatch(/Tier 2\s*:\s*no structure/);
    await departments.screenshot({ path: join(screenshotDir, 'editor-departments.png') });
  });
});
