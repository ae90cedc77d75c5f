// Invalid files handed to Import in the built app (issue 19): broken JSON, a file nested 100,000 levels deep,
// JSON that is not saved work, and an export carrying an invalid scenario each say what is wrong in a short
// message, change nothing saved, and never block the page for more than 200 ms (every long task recorded).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshotDir } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const tasks: [number, number][] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  page = await context.newPage();
  await page.goto(inject('appUrl'));
  await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
});

/** The longest task on the main thread that started at or after `since` (ms of the page's clock). */
async function longestTaskSince(since: number): Promise<number> {
  return page.evaluate((from) => {
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    return Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, duration]) => duration));
  }, since);
}

const exportWith = (scenario: unknown) =>
  JSON.stringify({
    format: 'switchboard-saved-work',
    version: 3,
    scenarios: [{ key: 'bad', name: 'Bad desk', savedAt: '2026-01-01T09:00:00.000Z', scenario }],
    results: [],
  });

const cases: [string, string, RegExp][] = [
  ['broken JSON', '{ "format": "switchboard-saved-work", ', /Import failed, nothing changed: not JSON/],
  [
    'a file nested 100,000 levels deep',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    /Import failed, nothing changed: nested too deeply \(at most \d+ levels of lists and objects\)/,
  ],
  ['JSON that is not saved work', '{"hello": 1}', /not a Switchboard saved-work file or scenario/],
  [
    'an export carrying an invalid scenario',
    exportWith({ ...helpDesk, agentGroups: [{ ...helpDesk.agentGroups[0], agents: -3 }] }),
    /"Bad desk" is not a valid scenario\.\s*agentGroups\[0\]\.agents/,
  ],
];

describe('an invalid file', () => {
  for (const [what, text, expected] of cases)
    it(`${what}: says what is wrong, changes nothing, and the page stays responsive`, async () => {
      const since = await page.evaluate(() => performance.now());
      await page
        .getByTestId('import-saved')
        .setInputFiles({ name: 'file.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      const message = page.getByTestId('saved-work-message');
      await expect.poll(() => message.textContent(), { timeout: 30_000 }).toMatch(expected);
      const shown = (await message.textContent()) ?? '';
      // Short, and never the file's content pasted back.
      expect(shown.length).toBeLessThan(400);
      expect(shown).not.toContain('[[[[');
      // Nothing saved, and the page answered throughout.
      await page.getByTestId('saved-empty').waitFor();
      expect(await longestTaskSince(since)).toBeLessThan(200);
      if (what.startsWith('a file nested')) {
        await message.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(screenshotDir, 'file-too-deep-1280.png') });
      }
    });
});

describe('a file too large to read', () => {
  it('is refused by its size before it is read, with nothing changed and the page responsive', async () => {
    // Made inside the page (handing 51 MB over from the test would itself block the page for seconds).
    await page.evaluate(() => {
      (window as unknown as { huge: File }).huge = new File([new Uint8Array(51_000_000)], 'huge.json', {
        type: 'application/json',
      });
    });
    const since = await page.evaluate(() => performance.now());
    await page.getByTestId('import-saved').evaluate((input: HTMLInputElement) => {
      const files = new DataTransfer();
      files.items.add((window as unknown as { huge: File }).huge);
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const message = page.getByTestId('saved-work-message');
    await expect
      .poll(() => message.textContent(), { timeout: 30_000 })
      .toMatch(
        /Import failed, nothing changed: huge\.json is 51\.0 MB, more than the 50 MB a saved-work file may have/,
      );
    await page.getByTestId('saved-empty').waitFor();
    expect(await longestTaskSince(since)).toBeLessThan(200);
    await page.evaluate(() => delete (window as unknown as { huge?: File }).huge);
  });
});
