// One screen for a live day, and what the status line and the results say they are of. At 1280×800 the clock,
// every KPI tile, the floor, the levers and the conditions in force are inside the viewport without scrolling;
// at 390×844 the tabs come before the (folded) scenario list and nothing scrolls sideways. The view tabs follow
// the WAI-ARIA tabs pattern from the keyboard. Results of another scenario than the selected one say so, and
// an edited built-in's result is named "(edited)" down to its export's file name. Screenshots of the live day
// with a surge running go to test-results/screenshots/.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';
import mondayPeak from '../../src/scenarios/monday-peak.json';

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl'), { viewport: { width: 1280, height: 800 } }));
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the Live tab, plays half an hour in steps and starts an arrival surge: a live day with a change running. */
async function liveDayWithSurge(target: Page): Promise<void> {
  await target.getByTestId('tab-live').click();
  await target.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 30_000 });
  await target.getByTestId('floor-view').waitFor({ timeout: 30_000 });
  for (let i = 0; i < 6; i++) await target.getByTestId('live-step').click();
  await target.getByTestId('surge-factor').fill('3');
  await target.getByTestId('surge-apply').click();
  await target.getByTestId('live-conditions').waitFor();
  await target.getByTestId('live-step').click();
  await target.evaluate(() => window.scrollTo(0, 0));
}

/** `text` as a regular expression that matches it literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function boxOf(target: Page, testId: string) {
  const box = await target.getByTestId(testId).first().boundingBox();
  if (box === null) throw new Error(`${testId} is not rendered`);
  return box;
}

describe('the live day at 1280×800', () => {
  it('shows the clock, every KPI, the floor, the levers and the surge in force without scrolling', async () => {
    await liveDayWithSurge(page);
    expect(await page.getByTestId('live-conditions').textContent()).toMatch(
      /Arrival surge ×3\.0 for 60 min.*until 09:30:00/s,
    );
    expect(await page.getByTestId('live-timeline').locator('li').count()).toBe(1);
    const kpis = await page
      .locator('[data-testid^="live-kpi-"]')
      .evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-testid') ?? ''));
    expect(kpis.length).toBe(8);
    for (const id of [
      'live-clock',
      'live-play',
      ...kpis,
      'floor-view',
      'live-levers',
      'staff-apply',
      'live-conditions',
    ]) {
      const box = await boxOf(page, id);
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(1280);
      expect(box.y + box.height, id).toBeLessThanOrEqual(800);
    }
    // The floor is big enough to read: most of the width left of the levers, and at least 20rem high.
    const floor = await boxOf(page, 'floor-view');
    expect(floor.width).toBeGreaterThan(700);
    expect(floor.height).toBeGreaterThanOrEqual(320);
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'live-1280x800.png') });
  });
});

describe('the view tabs', () => {
  const selected = () =>
    page
      .getByTestId('view-tabs')
      .locator('[role="tab"][aria-selected="true"]')
      .evaluateAll((tabs) => tabs.map((t) => t.id));
  const focused = () => page.evaluate(() => document.querySelector('sb-app')?.shadowRoot?.activeElement?.id ?? '');

  it('is a tablist whose tabs control labelled panels, with one tab in the Tab order', async () => {
    const tabs = page.getByTestId('view-tabs').locator('[role="tab"]');
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const tab = tabs.nth(i);
      const panelId = await tab.getAttribute('aria-controls');
      const panel = page.locator(`[id="${panelId}"]`);
      expect(await panel.getAttribute('role')).toBe('tabpanel');
      expect(await panel.getAttribute('aria-labelledby')).toBe(await tab.getAttribute('id'));
      const isSelected = (await tab.getAttribute('aria-selected')) === 'true';
      expect(await tab.getAttribute('tabindex')).toBe(isSelected ? '0' : '-1');
    }
    expect(await selected()).toEqual(['tab-live']);
  });

  it('moves with Left, Right, Home and End, focus following the selection', async () => {
    await page.getByTestId('tab-live').focus();
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(['tab-exercises']);
    expect(await focused()).toBe('tab-exercises');
    expect(await page.locator('#panel-exercises').isVisible()).toBe(true);
    await page.keyboard.press('Home');
    expect(await selected()).toEqual(['tab-results']);
    expect(await focused()).toBe('tab-results');
    await page.keyboard.press('ArrowLeft'); // wraps to the last
    const last = await focused();
    expect(await selected()).toEqual([last]);
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    expect(await focused()).toBe(last);
    await page.keyboard.press('ArrowRight'); // wraps to the first
    expect(await selected()).toEqual(['tab-results']);
    expect(await page.getByTestId('tab-results').getAttribute('tabindex')).toBe('0');
    expect(await page.getByTestId('tab-live').getAttribute('tabindex')).toBe('-1');
  });
});

describe('what the status line and the results are of', () => {
  it('says that the results are of another scenario once one is picked, and runs the picked one', async () => {
    await page.getByTestId('tab-results').click();
    expect(await page.getByTestId('results-other').count()).toBe(0);
    await page.getByTestId(`scenario-${mondayPeak.id}`).check();
    await expect.poll(() => page.getByTestId('results-other').count()).toBe(1);
    const note = await page.getByTestId('results-other').textContent();
    expect(note).toContain(helpDesk.name);
    expect(note).toContain(mondayPeak.name);
    const status = await page.getByTestId('run-status').textContent();
    expect(status).toMatch(new RegExp(`^1 replication of ${literal(helpDesk.name)} ·`));
    expect(status).toContain(`selected now: ${mondayPeak.name}, not run yet`);
    await page.getByTestId('run-selected').click();
    // The status line, not the app's state (still "done" from the run before until this one starts).
    await expect
      .poll(() => page.getByTestId('run-status').textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`^1 replication of ${literal(mondayPeak.name)} ·`));
    await expect.poll(() => page.getByTestId('results-other').count()).toBe(0);
    expect(await page.locator('#results-heading').textContent()).toBe(mondayPeak.name);
  });

  it('names an edited built-in "(edited)" in the heading, the status line and the export file names', async () => {
    await page.getByTestId(`scenario-${helpDesk.id}`).check();
    await page.getByTestId('tab-editor').click();
    const agents = page.locator('sb-scenario-editor input[data-path="agentGroups[0].agents"]');
    await agents.fill('9');
    await agents.press('Tab');
    await expect.poll(() => page.getByTestId('editor-status').getAttribute('data-valid')).toBe('true');
    await page.getByTestId('editor-use').click();
    await expect.poll(() => page.locator('#results-heading').textContent()).toBe(`${helpDesk.name} (edited)`);
    await page.getByTestId('tab-results').click();
    // The built-in's result is on show, and it is not the edited scenario's.
    await expect.poll(() => page.getByTestId('results-other').textContent()).toContain(`“${helpDesk.name} (edited)”`);
    await page.getByTestId('run-button').click();
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('#results-heading').textContent()).toBe(`${helpDesk.name} (edited)`);
    expect(await page.getByTestId('run-status').textContent()).toMatch(
      new RegExp(`^1 replication of ${literal(`${helpDesk.name} (edited)`)} ·`),
    );
    expect(await page.getByTestId('results-other').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${helpDesk.id}-edited-.*\\.csv$`));
    // Back to the built-in itself: no longer "(edited)".
    await page.getByTestId(`scenario-${helpDesk.id}`).check();
    await expect
      .poll(() => page.getByTestId('results-other').textContent())
      .toContain(`not of the selected scenario “${helpDesk.name}”`);
  });

  it('kept the console free of errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('the live day on a 390-px phone', () => {
  let phone: Page;
  let phoneBrowser: Browser;
  let phoneErrors: string[];

  beforeAll(async () => {
    ({
      browser: phoneBrowser,
      page: phone,
      errors: phoneErrors,
    } = await openApp(inject('appUrl'), {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    }));
  });

  afterAll(async () => {
    await phoneBrowser?.close();
  });

  it('puts the tabs on the first screen, with the scenario list folded under one button', async () => {
    const tabs = await boxOf(phone, 'tab-live');
    expect(tabs.y + tabs.height).toBeLessThan(844 / 2);
    expect(await phone.getByTestId(`scenario-${helpDesk.id}`).isVisible()).toBe(false);
    const toggle = phone.getByTestId('controls-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toContain(helpDesk.name);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await phone.getByTestId(`scenario-${helpDesk.id}`).isVisible()).toBe(true);
    await toggle.click();
    expect(await phone.getByTestId(`scenario-${helpDesk.id}`).isVisible()).toBe(false);
  });

  it('plays a live day with a surge and never scrolls sideways', async () => {
    await liveDayWithSurge(phone);
    const widths = await phone.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    for (const id of ['live-clock', 'live-kpi-serviceLevel', 'floor-view', 'staff-apply', 'surge-apply']) {
      const box = await boxOf(phone, id);
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(390);
    }
    await phone.getByTestId('live-clock').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(screenshotDir, 'live-390x844.png') });
    await phone.screenshot({ path: join(screenshotDir, 'live-390x844-full.png'), fullPage: true });
    expect(phoneErrors).toEqual([]);
  });
});

describe("a user's long scenario description", () => {
  it('is clamped with a More / Less toggle, so the Run button stays near (3,000 characters)', async () => {
    const long = `${'A very detailed scenario note for the trainers. '.repeat(63)}`.slice(0, 3000);
    expect(long.length).toBe(3000);
    const selects = await page.evaluate((text) => {
      const form = document.createElement('sb-run-form') as unknown as HTMLElement & {
        scenarios: { id: string; name: string; description: string }[];
        selectedId: string;
      };
      form.id = 'long-description-form';
      form.style.setProperty('inline-size', '360px');
      form.scenarios = [
        { id: 'short-one', name: 'Short', description: 'A short description, as the built-ins have.' },
        { id: 'mine', name: 'My own scenario', description: text },
      ];
      form.selectedId = 'mine';
      const seen: string[] = [];
      form.addEventListener('sb-scenario-select', (e) =>
        seen.push(String((e as unknown as { scenarioId: string }).scenarioId)),
      );
      (window as unknown as { seenSelects: string[] }).seenSelects = seen;
      document.body.prepend(form);
      window.scrollTo(0, 0);
      return seen.length;
    }, long);
    expect(selects).toBe(0);
    const form = page.locator('#long-description-form');
    const text = form.locator('[data-testid="scenario-description-text"]').nth(1);
    const toggle = form.getByTestId('scenario-description-toggle');
    // Only the long one has a toggle.
    expect(await toggle.count()).toBe(1);
    expect((await toggle.textContent())?.trim()).toBe('More');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await text.textContent()).toBe(long); // all of it is there for screen readers
    const clamped = (await text.boundingBox())!;
    expect(clamped.height).toBeLessThan(130);
    const run = (await form.getByTestId('run-button').boundingBox())!;
    expect(run.y - clamped.y).toBeLessThan(400);
    await page.screenshot({
      path: join(screenshotDir, 'description-clamped.png'),
      clip: { x: 0, y: 0, width: 400, height: 600 },
    });

    await toggle.click();
    expect((await toggle.textContent())?.trim()).toBe('Less');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await text.boundingBox())!.height).toBeGreaterThan(clamped.height * 5);
    await toggle.click();
    expect((await text.boundingBox())!.height).toBe(clamped.height);
    // The toggle sits in the scenario's label: it never chose a scenario.
    expect(await page.evaluate(() => (window as unknown as { seenSelects: string[] }).seenSelects)).toEqual([]);
    await page.evaluate(() => document.getElementById('long-description-form')?.remove());
  });
});
