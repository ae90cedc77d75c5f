// Share links in the built app, as a hostile or careless sender would make them (issues 11 and 19): a
// decompression bomb, an oversized link, a deeply nested one, a truncated one and one carrying an invalid
// scenario each say what is wrong in a short message, run nothing, change no saved work, and never block the
// page for more than 200 ms (every long task is recorded from the first byte). A valid link opens paused on
// the Live tab and runs nothing; a link to a scenario over the work budget never starts a run, and asking to
// run it brings the budget's question (a <dialog>), whose "Don't run" runs nothing.
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshotDir } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Every long task of every page, from before the app's first script, with its time span.
  await context.addInitScript(() => {
    const tasks: [number, number][] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
});

afterAll(async () => {
  await browser?.close();
});

const hashOf = (bytes: Uint8Array) => `#scenario=${Buffer.from(bytes).toString('base64url')}`;
const hashOfText = (text: string) => hashOf(deflateRawSync(Buffer.from(text)));
const hashOfScenario = (scenario: unknown) => hashOfText(JSON.stringify(scenario));

/** help-desk at 40,000 times the calls with 20,000 agents: valid, but 72 million events (over the budget). */
const bigScenario = {
  ...helpDesk,
  id: 'big-desk',
  name: 'Big desk',
  callTypes: helpDesk.callTypes.map((ct) => ({
    ...ct,
    arrivals: { ...ct.arrivals, callsPerHour: ct.arrivals.callsPerHour!.map((r) => r * 40_000) },
  })),
  agentGroups: helpDesk.agentGroups.map((g) => ({ ...g, agents: 20_000 })),
};

async function open(hash: string): Promise<Page> {
  const page = await context.newPage();
  // A long URL makes the browser's own load slow under load: wait for the navigation, then for the app.
  await page.goto(inject('appUrl') + hash, { waitUntil: 'commit', timeout: 60_000 });
  return page;
}

/**
 * The longest task on the main thread while the app read the link (from the app's 'switchboard:share-link'
 * mark to its measure, which ends when the link is refused or validated). The page's start-up and the Live
 * tab's first drawing are not part of reading a link and are measured by their own tests.
 */
async function longestTaskReadingTheLink(page: Page): Promise<number> {
  return page.evaluate(() => {
    const span = performance.getEntriesByName('switchboard:share-link', 'measure')[0];
    if (span === undefined) return Number.POSITIVE_INFINITY;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    const overlapping = tasks.filter(
      ([start, duration]) => start < span.startTime + span.duration && start + duration > span.startTime,
    );
    return Math.max(0, ...overlapping.map(([, duration]) => duration));
  });
}

/** The app's state as the tests read it: no result shown, nothing running, which scenario is current. */
async function appState(page: Page) {
  return page.evaluate(() => {
    const app = document.querySelector('sb-app') as unknown as {
      runState: string;
      completed: unknown;
      selectedId: string;
    };
    return { runState: app.runState, hasResult: app.completed !== undefined, selected: app.selectedId };
  });
}

/** Names of the fast-run workers started so far (the pool starts them on a run's first use). */
async function fastRunWorkers(page: Page): Promise<number> {
  const names = await Promise.all(page.workers().map((w) => w.evaluate(() => self.name).catch(() => '')));
  return names.filter((n) => n.startsWith('fast-run')).length;
}

describe('a bad share link', () => {
  const cases: [string, () => string, RegExp][] = [
    // 300 MB of zeros deflate to about 300 KB: the link is under the length limit and inflates past 4 MB.
    [
      'a decompression bomb',
      () => hashOf(deflateRawSync(Buffer.alloc(300 * 1024 * 1024))),
      /unpacks to more than 4 MB/,
    ],
    [
      'an oversized link',
      () => `#scenario=${'A'.repeat(600_000)}`,
      /too long to be a scenario: 600,000 characters \(at most 500,000\)/,
    ],
    ['a deeply nested link', () => hashOfText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), /nested too deeply/],
    [
      'a truncated link',
      () => hashOfScenario(helpDesk).slice(0, -40),
      /incomplete or damaged: it was probably cut off/,
    ],
    [
      'an invalid scenario',
      () => hashOfScenario({ ...helpDesk, agentGroups: [{ ...helpDesk.agentGroups[0], agents: -3 }] }),
      /not valid[\s\S]*agentGroups\[0\]\.agents/,
    ],
  ];

  for (const [what, makeHash, expected] of cases)
    it(`${what}: says what is wrong, runs nothing, and the page stays responsive`, async () => {
      const page = await open(makeHash());
      await page.locator('sb-app[data-state="error"]').waitFor({ timeout: 60_000 });
      const error = page.getByTestId('run-error');
      const text = (await error.textContent()) ?? '';
      expect(text).toMatch(expected);
      // Short, and never the link itself.
      expect(text.length).toBeLessThan(400);
      expect(text).not.toContain('AAAA');
      // Nothing ran: the default scenario is picked but not run, no result is shown, no fast-run worker started.
      await page.waitForTimeout(500);
      expect(await appState(page)).toEqual({ runState: 'error', hasResult: false, selected: 'help-desk' });
      expect(await fastRunWorkers(page)).toBe(0);
      // The page answers at once, and never blocked for more than 200 ms.
      const started = Date.now();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(await longestTaskReadingTheLink(page)).toBeLessThan(200);
      if (what === 'a decompression bomb') {
        await page.screenshot({ path: join(screenshotDir, 'link-bomb-1280.png') });
        await page.setViewportSize({ width: 390, height: 844 });
        await error.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(screenshotDir, 'link-bomb-390.png') });
      }
      await page.close();
    });
});

describe('a valid share link', () => {
  it('opens paused on the Live tab with a short confirmation, and runs nothing', async () => {
    const page = await open(hashOfScenario({ ...helpDesk, seed: 'class-7' }));
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('tab-live').getAttribute('aria-selected')).toBe('true');
    const message = (await page.getByTestId('saved-work-message').textContent()) ?? '';
    expect(message).toMatch(/Opened the scenario shared by link: Small help desk\./);
    expect(message.length).toBeLessThan(120);
    await page.waitForTimeout(1_000);
    expect(await page.locator('sb-live-view').getAttribute('data-live-state')).toBe('paused');
    expect(await appState(page)).toEqual({ runState: 'done', hasResult: false, selected: 'shared' });
    expect(await fastRunWorkers(page)).toBe(0);
    expect(await longestTaskReadingTheLink(page)).toBeLessThan(200);
    await page.screenshot({ path: join(screenshotDir, 'link-opened-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('saved-work-message').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'link-opened-390.png') });
    await page.close();
  });

  it('over the budget: never runs by itself, and Run asks first; "Don\'t run" runs nothing', async () => {
    const page = await open(hashOfScenario(bigScenario));
    await page.locator('sb-live-view').waitFor({ timeout: 60_000 });
    await expect.poll(() => appState(page), { timeout: 30_000 }).toMatchObject({ selected: 'shared' });
    await page.waitForTimeout(1_000);
    expect(await appState(page)).toEqual({ runState: 'done', hasResult: false, selected: 'shared' });
    expect(await page.locator('sb-live-view').getAttribute('data-live-state')).not.toBe('playing');

    // The link opened the Live tab (the scenario list folded); a run starts from Run to the end.
    await page.getByTestId('tab-results').click();
    await page.getByTestId('run-button').click();
    const dialog = page.getByTestId('large-run-dialog');
    await dialog.waitFor();
    const text = (await page.getByTestId('large-run-text').textContent()) ?? '';
    expect(text).toMatch(/about 18,000,000 calls/);
    expect(text).toMatch(/of computing on one core/);
    await page.screenshot({ path: join(screenshotDir, 'large-run-dialog-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshotDir, 'large-run-dialog-390.png') });
    await page.getByTestId('large-run-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    expect(await appState(page)).toEqual({ runState: 'done', hasResult: false, selected: 'shared' });
    expect(await fastRunWorkers(page)).toBe(0);

    // "Run anyway" starts the run (with the override), and Cancel ends it.
    await page.getByTestId('run-button').click();
    await page.getByTestId('large-run-confirm').click();
    await page.locator('sb-app[data-state="running"]').waitFor();
    await page.getByTestId('cancel-button').click();
    await page.locator('sb-app[data-state="cancelled"]').waitFor();
    await page.close();
  });
});
