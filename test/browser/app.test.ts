// The built app in Chromium: first load runs the default scenario in a Web Worker and shows plausible KPIs;
// a run with replications shows confidence intervals; the layout works on a phone; no console errors.
// Screenshots go to test-results/screenshots/ for a person to look at.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, projectRoot } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';
import { findBuiltInScenario } from '../../src/scenarios/index';

const screenshotDir = join(projectRoot, 'test-results', 'screenshots');
const runTimeoutMs = 90_000;

const app = { url: inject('appUrl'), outDir: inject('appOutDir') };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

function watchForErrors(target: BrowserContext): void {
  target.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console: ${message.text()}`);
  });
  target.on('weberror', (error) => consoleErrors.push(`uncaught: ${error.error().message}`));
  target.on('page', (opened) => {
    opened.on('worker', (worker) =>
      worker.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`worker console: ${message.text()}`);
      }),
    );
  });
}

async function kpiValue(field: string): Promise<number> {
  const raw = await page.getByTestId(`kpi-${field}`).getAttribute('data-value');
  return Number(raw);
}

async function waitForRun(target: Page): Promise<void> {
  await target.locator('sb-app[data-state="done"]').waitFor({ timeout: runTimeoutMs });
}

beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  watchForErrors(context);
  page = await context.newPage();
  await page.goto(app.url);
});

afterAll(async () => {
  await browser?.close();
});

describe('the app on first load', () => {
  it('runs the default scenario without a click and shows plausible KPIs', async () => {
    await waitForRun(page);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(helpDesk.name);

    const offered = await kpiValue('offered');
    const answered = await kpiValue('answered');
    const abandoned = await kpiValue('abandoned');
    const serviceLevel = await kpiValue('serviceLevel');
    const occupancy = await kpiValue('occupancy');
    expect(offered).toBeGreaterThan(0);
    expect(answered + abandoned).toBeLessThanOrEqual(offered);
    expect(serviceLevel).toBeGreaterThanOrEqual(0);
    expect(serviceLevel).toBeLessThanOrEqual(1);
    expect(occupancy).toBeGreaterThan(0);
    expect(occupancy).toBeLessThanOrEqual(1);
    expect(await kpiValue('asaSeconds')).toBeGreaterThanOrEqual(0);
    expect(await kpiValue('ahtSeconds')).toBeGreaterThan(0);

    // The tile shows the same number it carries, as a percentage with one decimal.
    const shown = await page.getByTestId('kpi-serviceLevel').getByTestId('kpi-value').textContent();
    expect(shown?.trim()).toBe(`${(serviceLevel * 100).toFixed(1)}%`);
    // One replication: no confidence intervals.
    await expect.poll(() => page.getByTestId('kpi-ci').count()).toBe(0);
  });

  it('judges the service level against the scenario target with words and an icon, not colour alone', async () => {
    const serviceLevel = await kpiValue('serviceLevel');
    const status = page.getByTestId('kpi-serviceLevel').getByTestId('kpi-status');
    const expected = serviceLevel >= helpDesk.serviceLevel.target ? 'good' : 'bad';
    expect(await status.getAttribute('data-status')).toBe(expected);
    expect(await status.textContent()).toMatch(expected === 'good' ? /Meets 80% target/ : /Below 80% target/);
  });

  it('shows a row per queue and per interval', async () => {
    await expect.poll(() => page.getByTestId('queue-row-support').count()).toBe(1);
    // An 8-hour horizon in 30-minute intervals has at least 16 of them (draining may add more).
    const intervals = helpDesk.horizon.seconds / (helpDesk.intervalMinutes * 60);
    expect(await page.getByTestId('interval-row').count()).toBeGreaterThanOrEqual(intervals);
  });

  it('ran the simulation in a Web Worker', async () => {
    const workerUrls = page.workers().map((worker) => worker.url());
    expect(workerUrls.some((url) => /simulator\.worker.*\.js/.test(url))).toBe(true);
    await page.screenshot({ path: join(screenshotDir, 'first-load.png'), fullPage: true });
  });
});

describe('a run with replications', () => {
  it('catches an invalid number of replications before running', async () => {
    await page.getByLabel('Replications', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/whole number from 1 to 1000/);
    expect(await page.locator('sb-app').getAttribute('data-state')).toBe('done');
  });

  it('runs another scenario with 3 replications and shows 95% confidence intervals', async () => {
    const radios = page.locator('input[type="radio"][name="scenario"]');
    const ids = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(ids).toContain('help-desk');
    // Prefer a scenario other than the default; with a single built-in, re-run the default.
    const otherId = ids.find((id) => id !== 'help-desk') ?? 'help-desk';
    await page.getByTestId(`scenario-${otherId}`).check();
    await page.getByLabel('Replications', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    // The heading names the new run's scenario once it has started (the app is still "done" from the run
    // before until then), and the run is over when the app is done again.
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent(), { timeout: runTimeoutMs })
      .toBe(findBuiltInScenario(otherId)?.name);
    await expect
      .poll(() => page.getByTestId('run-status').textContent(), { timeout: runTimeoutMs })
      .toMatch(/^3 replications of /);
    await waitForRun(page);

    const ci = page.getByTestId('kpi-serviceLevel').getByTestId('kpi-ci');
    await ci.waitFor();
    expect(await ci.textContent()).toMatch(/^95% CI \d+(\.\d)?–\d+(\.\d)?%$/);
    const halfWidth = Number(await page.getByTestId('kpi-serviceLevel').getAttribute('data-half-width'));
    expect(Number.isFinite(halfWidth)).toBe(true);
    expect(halfWidth).toBeGreaterThanOrEqual(0);
    expect(await page.getByTestId('kpi-ci').count()).toBe(12);
    expect(await page.getByTestId('run-status').textContent()).toMatch(/^3 replications of [^·]+ · /);
    await page.screenshot({ path: join(screenshotDir, 'replications.png'), fullPage: true });
  });

  it('can cancel a long run and run again afterwards', async () => {
    await page.getByTestId('scenario-help-desk').check();
    await page.getByLabel('Replications', { exact: true }).fill('1000');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.locator('sb-app[data-state="running"]').waitFor();
    await expect.poll(() => page.getByTestId('run-button').textContent()).toMatch(/Running…/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('sb-app[data-state="cancelled"]').waitFor();

    await page.getByLabel('Replications', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await waitForRun(page);
    expect(await page.getByTestId('run-status').textContent()).toMatch(/^2 replications of [^·]+ · /);
    // The cancelled pool was terminated, not left computing in the background: what remains is the page's own
    // worker and the new pool of the 2-replication run (one worker per core, never more than the replications).
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await expect.poll(() => page.workers().length).toBe(1 + Math.min(Math.max(1, cores), 2));
  });

  it('lets the keyboard reach the scenario choice, the replications and the Run button', async () => {
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          let element: Element | null = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return element?.getAttribute('data-testid') ?? element?.tagName.toLowerCase() ?? '';
        }),
      );
    }
    expect(reached.some((id) => id.startsWith('scenario-'))).toBe(true);
    expect(reached).toContain('replications');
    expect(reached).toContain('run-button');
  });
});

describe('on a phone-sized screen', () => {
  it('stacks the layout without horizontal scrolling', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(app.url);
    await waitForRun(phone);
    await phone.screenshot({ path: join(screenshotDir, 'phone.png'), fullPage: true });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});

/**
 * The files a chunk was built from, from its source map. Paths stay as the map writes them (the worker's are
 * relative to a different base than the page's), so checks match on their project-relative tails.
 */
async function sourcesOf(chunkPath: string): Promise<string[]> {
  const map = JSON.parse(await readFile(`${chunkPath}.map`, 'utf8')) as { sources: string[] };
  return map.sources.map((source) => source.replaceAll('\\', '/'));
}

function hasSource(sources: readonly string[], projectPath: string): boolean {
  return sources.some((source) => source === projectPath || source.endsWith(`/${projectPath}`));
}

describe('the built bundle', () => {
  it('keeps the simulator in the worker chunk and out of the page chunk', async () => {
    const assets = join(app.outDir, 'assets');
    const files = await readdir(assets);
    const html = await readFile(join(app.outDir, 'index.html'), 'utf8');
    const entry = /<script[^>]+src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    const worker = files.find((file) => /^simulator\.worker-.*\.js$/.test(file));
    expect(entry).toBeDefined();
    expect(worker).toBeDefined();

    const workerSources = await sourcesOf(join(assets, worker!));
    for (const file of ['src/sim/service.ts', 'src/sim/engine/simulation.ts', 'src/sim/scenario/validate.ts'])
      expect(hasSource(workerSources, file), file).toBe(true);
    expect(hasSource(workerSources, 'src/ui/app.ts')).toBe(false);

    // Every chunk the page loads (the entry and anything it imports) must be free of simulator code; the
    // contract file src/sim/api.ts is allowed for its one value, AGENT_STATES.
    const pageChunks = files.filter((file) => file.endsWith('.js') && file !== worker);
    for (const chunk of pageChunks) {
      const sources = await sourcesOf(join(assets, chunk));
      const simulatorSources = sources.filter((source) => /(^|\/)src\/(sim|scenarios|worker)\//.test(source));
      expect(
        simulatorSources.filter((source) => !source.endsWith('src/sim/api.ts')),
        chunk,
      ).toEqual([]);
      expect(
        sources.filter((source) => /node_modules\/(zod|seedrandom)\//.test(source)),
        chunk,
      ).toEqual([]);
    }
    expect(pageChunks).toContain(entry);
    const entrySources = await sourcesOf(join(assets, entry!));
    expect(hasSource(entrySources, 'src/ui/app.ts')).toBe(true);
    // three.js is loaded lazily with the 3D floor, never in the first chunk.
    expect(entrySources.filter((source) => /node_modules\/three\//.test(source))).toEqual([]);
  });
});

describe('the console', () => {
  it('stayed free of errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
