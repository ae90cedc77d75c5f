// Nothing is lost: a live day with its interventions survives picking another scenario (switching back finds
// it paused where it was) and a reload of the page (replayed from its decision log to the same simulated
// time, the KPIs equal to the last digit: the engine is deterministic). Reset starts the day afresh for good.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl')));
});

afterAll(async () => {
  await browser?.close();
});

const clockSeconds = async () => Number(await page.getByTestId('live-clock').getAttribute('data-seconds'));

/** Every live KPI tile's raw value, by name. */
async function liveKpis(): Promise<Record<string, string>> {
  const tiles = await page
    .locator('[data-testid^="live-kpi-"]')
    .evaluateAll((all) => all.map((t) => [t.getAttribute('data-testid') ?? '', t.getAttribute('data-value') ?? '']));
  return Object.fromEntries(tiles);
}

const timeline = () => page.getByTestId('live-timeline').locator('li').allInnerTexts();

async function waitPaused(): Promise<void> {
  await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 60_000 });
}

let before: { clock: number; kpis: Record<string, string>; timeline: string[] };

describe('a live day with interventions', () => {
  it('is played with changes made while paused and while playing', async () => {
    await page.getByTestId('tab-live').click();
    await waitPaused();
    for (let i = 0; i < 6; i++) await page.getByTestId('live-step').click();
    await page.getByTestId('staff-agents').fill('9');
    await page.getByTestId('staff-apply').click();
    await expect.poll(() => page.getByTestId('live-kpi-agents').getAttribute('data-value')).toBe('9');
    for (let i = 0; i < 3; i++) await page.getByTestId('live-step').click();
    await page.getByTestId('surge-factor').fill('2.5');
    await page.getByTestId('surge-apply').click();
    await expect.poll(timeline).toHaveLength(2);
    // A change while the day plays is made at a known instant too (the run pauses for it).
    await page.getByTestId('live-speed').selectOption('300');
    await page.getByTestId('live-play').click();
    await page.waitForTimeout(700);
    await page.getByTestId('sick-agents').fill('3');
    await page.getByTestId('sick-apply').click();
    await expect.poll(timeline).toHaveLength(3);
    await page.waitForTimeout(500);
    await page.getByTestId('live-pause').click();
    await waitPaused();
    before = { clock: await clockSeconds(), kpis: await liveKpis(), timeline: await timeline() };
    expect(before.clock).toBeGreaterThan(9 * 300);
    expect(Number(before.kpis['live-kpi-offered'])).toBeGreaterThan(0);
    expect(before.timeline[0]).toMatch(/set to 6 agents/); // the sick wave: 9 − 3, newest first
    expect(before.timeline[2]).toMatch(/^08:30:00\s+Agents: set to 9 agents/);
  });

  it('is still there, paused where it was, after another scenario was picked', async () => {
    await page.getByTestId('tab-results').click();
    await page.getByTestId('scenario-monday-peak').check();
    await page.getByTestId('tab-live').click();
    await expect.poll(clockSeconds, { timeout: 30_000 }).toBe(0);
    await waitPaused();
    expect(await page.getByTestId('live-timeline').count()).toBe(0);
    // An arrow key in the scenario list goes back (the list is a radio group).
    await page.getByTestId('tab-results').click();
    await page.getByTestId('scenario-monday-peak').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.getByTestId(`scenario-${helpDesk.id}`).isChecked()).toBe(true);
    await page.getByTestId('tab-live').click();
    await expect.poll(clockSeconds, { timeout: 60_000 }).toBe(before.clock);
    await waitPaused();
    expect(await liveKpis()).toEqual(before.kpis);
    expect(await timeline()).toEqual(before.timeline);
  });

  it('comes back after a reload, replayed from its decision log to the same KPIs', async () => {
    await page.reload();
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('tab-live').getAttribute('aria-selected')).toBe('true');
    await expect.poll(clockSeconds, { timeout: 60_000 }).toBe(before.clock);
    await waitPaused();
    expect(await liveKpis()).toEqual(before.kpis);
    expect(await timeline()).toEqual(before.timeline);
    // The restored day plays on.
    await page.getByTestId('live-step').click();
    await expect.poll(clockSeconds).toBe(before.clock + 300);
  });

  it('starts afresh after Reset, and stays so after a reload', async () => {
    await page.getByTestId('live-reset').click();
    await expect.poll(clockSeconds).toBe(0);
    await waitPaused();
    expect(await page.getByTestId('live-timeline').count()).toBe(0);
    await page.reload();
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    await waitPaused();
    expect(await clockSeconds()).toBe(0);
    expect(await page.getByTestId('live-kpi-agents').getAttribute('data-value')).toBe(
      String(helpDesk.agentGroups[0]!.agents),
    );
  });

  it('kept the console free of errors', () => {
    expect(errors).toEqual([]);
  });
});
