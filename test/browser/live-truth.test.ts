// What the screen shows must be true: the live charts of a day are the same at ×300 and as fast as possible;
// the Erlang overlay follows the shifts; Run to the end shows labour cost, utilisation, adherence and overtime
// in the scenario's currency; time axes and tables read the scenario's clock; the floor legend's colours are
// all different. Screenshots at 1280×800 and 390×844 go to test-results/screenshots/.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';

let browser: Browser;
let page: Page;
let errors: string[] = [];

type Columns = (number | null)[][];

/** The data a live chart is drawing now (uPlot's columns: x first). */
async function chartData(testId: string): Promise<Columns> {
  return page
    .getByTestId(testId)
    .evaluate((el) => ((el as unknown as { data: Columns }).data ?? []).map((c) => Array.from(c)));
}

async function liveState(state: string, timeout = 60_000): Promise<void> {
  await page.locator(`sb-live-view[data-live-state="${state}"]`).waitFor({ timeout });
}

async function shoot(name: string, locator?: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (locator !== undefined) await page.locator(locator).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl')));
});

afterAll(async () => {
  await browser?.close();
});

describe('the live charts of a day', () => {
  let slow: { queue: Columns; states: Columns };

  it('at ×300: samples every 30 simulated seconds, whatever the frames', async () => {
    await page.getByTestId('tab-live').click();
    await liveState('paused', 30_000);
    await page.getByTestId('live-speed').selectOption('300');
    await page.getByTestId('live-play').click();
    await page.waitForTimeout(8000);
    await page.getByTestId('live-pause').click();
    await liveState('paused');
    // The help desk's day starts at 08:00 (its clockStartAt): the clock reads the time of day.
    expect(await page.getByTestId('live-clock').getAttribute('data-clock')).toBe('time-of-day');
    slow = { queue: await chartData('chart-live-queue'), states: await chartData('chart-live-states') };
    const x = slow.queue[0]!;
    // 8 s at ×300 is about 2,400 simulated seconds: some 80 samples, 30 s apart from 0 on.
    expect(x.length).toBeGreaterThan(30);
    x.forEach((hours, i) => expect(hours).toBeCloseTo((i * 30) / 3600, 9));
    await shoot('live-charts-x300', '[data-testid="chart-live-queue"]');
  });

  it('as fast as possible: the same points, and a point every 30 s of the whole day', async () => {
    await page.getByTestId('live-reset').click();
    await liveState('paused');
    await page.getByTestId('live-speed').selectOption('Infinity');
    await page.getByTestId('live-play').click();
    await liveState('finished', 90_000);
    const fast = { queue: await chartData('chart-live-queue'), states: await chartData('chart-live-states') };
    const n = slow.queue[0]!.length;
    // Point for point: every column of both charts over the stretch the ×300 run played.
    expect(fast.queue.map((c) => c.slice(0, n))).toEqual(slow.queue);
    expect(fast.states.map((c) => c.slice(0, n))).toEqual(slow.states);
    // The whole 8-hour day, not a handful of snapshots; and callers did wait at some point.
    expect(fast.queue[0]!.length).toBeGreaterThanOrEqual(helpDesk.horizon.seconds / 30);
    expect(Math.max(...(fast.queue[1] as number[]))).toBeGreaterThan(0);
    // Every agent is in the stack at every sample: the top band's running total is the head-count.
    expect(new Set(fast.states[1]).size).toBe(1);
    expect(fast.states[1]![0]).toBe(helpDesk.agentGroups[0]!.agents);
  });
});

describe('a centre staffed by shifts, on its own clock', () => {
  it('live: the Erlang overlay follows the scheduled staff, the axes show the time of day', async () => {
    // The Live tab folds the scenario list: pick the scenario from the results tab.
    await page.getByTestId('tab-results').click();
    await page.getByTestId('scenario-full-centre').check();
    await page.getByTestId('tab-live').click();
    await liveState('paused');
    for (let i = 0; i < 12; i++) await page.getByTestId('live-step').click();
    await expect
      .poll(async () => (await chartData('chart-live-sl'))[0]!.length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    const [, simulated, erlangC] = await chartData('chart-live-sl');
    expect(simulated!.length).toBeGreaterThanOrEqual(2);
    // An Erlang C service level for every interval so far (the full centre has no fixed agents at all).
    for (const value of erlangC!) {
      expect(value).not.toBeNull();
      expect(value!).toBeGreaterThanOrEqual(0);
      expect(value!).toBeLessThanOrEqual(1);
    }
    const axis = await page
      .getByTestId('chart-live-queue')
      .evaluate(
        (el) => (el as unknown as { spec: { options: { axes: { label: string }[] } } }).spec.options.axes[0]!.label,
      );
    expect(axis).toBe('Time of day');
    expect(await page.locator('sb-live-controls').count()).toBe(1);
    await shoot('live-full-centre', '[data-testid="chart-live-sl"]');
  });

  it('the live clock reads the time of day, with the time simulated under it; an intervention runs', async () => {
    const clock = page.getByTestId('live-clock');
    expect(await clock.getAttribute('data-clock')).toBe('time-of-day');
    // 12 steps of 5 minutes from 07:00 (the full centre's clockStartAt).
    const seconds = Number(await clock.getAttribute('data-seconds'));
    expect(seconds).toBe(3600);
    const text = (await clock.textContent()) ?? '';
    expect(text).toMatch(/^\s*08:00:00/);
    expect(text).toMatch(/time of day · 1:00:00 of \d+:00:00 simulated/);
    // The axes' tick labels read the same clock.
    const ticks = await page
      .getByTestId('chart-live-queue')
      .evaluate((el) =>
        (
          el as unknown as { spec: { options: { axes: { values: (u: null, v: number[]) => string[] }[] } } }
        ).spec.options.axes[0]!.values(null, [0, 1.5, 2.75]),
      );
    expect(ticks).toEqual(['07:00', '08:30', '09:45']);
    // A surge running, for the screenshots of the live day on its own clock (made at 08:00, for an hour).
    await page.getByTestId('surge-factor').fill('2');
    await page.getByTestId('surge-apply').click();
    await page.getByTestId('live-conditions').waitFor();
    await page.getByTestId('live-step').click();
    await expect.poll(async () => Number(await clock.getAttribute('data-seconds'))).toBe(3900);
    expect((await clock.textContent()) ?? '').toMatch(/^\s*08:05:00/);
    expect(await page.getByTestId('live-conditions').textContent()).toMatch(/until 09:00:00/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot('live-time-of-day-surge', 'sb-live-controls');
  });

  it('the floor legend gives every state, caller and call event its own colour', async () => {
    const legend = page.locator('sb-floor-legend');
    await legend.first().waitFor({ timeout: 30_000 });
    const colours = await legend
      .locator('.swatch')
      .evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
    // Seven states, the supervisor, the waiting caller and four call events.
    expect(colours.length).toBe(13);
    expect(new Set(colours).size).toBe(colours.length);
    await legend.first().screenshot({ path: join(screenshotDir, 'floor-legend.png') });
  });

  it('Run to the end: labour cost in the currency, utilisation, adherence, overtime, clock times', async () => {
    await page.getByTestId('tab-results').click();
    await page.getByTestId('replications').fill('2');
    await page.getByTestId('run-button').click();
    await expect.poll(() => page.locator('#results-heading').textContent(), { timeout: 90_000 }).toMatch(/Full centre/);
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 120_000 });
    const value = async (field: string) => Number(await page.getByTestId(`kpi-${field}`).getAttribute('data-value'));
    // 400 seats for 14 hours at some tens of dollars an hour: tens of thousands.
    expect(await value('cost')).toBeGreaterThan(10_000);
    expect(await page.getByTestId('kpi-cost').getByTestId('kpi-value').textContent()).toMatch(/\$\d/);
    for (const share of ['utilisation', 'adherence']) {
      expect(await value(share)).toBeGreaterThan(0.3);
      expect(await value(share)).toBeLessThanOrEqual(1);
    }
    expect(await value('utilisation')).toBeLessThanOrEqual(await value('occupancy'));
    // Agents finish their last call after the shift: some overtime, in hours.
    expect(await value('overtimeHours')).toBeGreaterThan(0);
    expect(await page.getByTestId('kpi-overtimeHours').getByTestId('kpi-value').textContent()).toMatch(/\d h$/);
    // The day starts at 07:00 on the clock.
    expect(await page.getByTestId('interval-row').first().locator('th').textContent()).toMatch(/^\s*07:00–07:30/);
    await shoot('results-full-centre', 'sb-kpi-panel');
    await shoot('results-charts-full-centre', 'sb-result-charts');
    expect(errors).toEqual([]);
  });
});

describe('Compare', () => {
  it('shows money in the currency and marks every negative CRN cut as no help', async () => {
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-variant-0').selectOption('builtin:help-desk');
    await page.getByTestId('compare-variant-1').selectOption('builtin:monday-peak');
    await page.getByTestId('compare-replications').fill('4');
    await page.getByTestId('compare-run').click();
    await page.locator('sb-compare-view[data-state="done"]').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('compare-row-total-cost').innerText()).toMatch(/\$[\d,]+\.\d\d/);
    const cells = await page
      .locator('[data-testid^="compare-crn-total-"]')
      .evaluateAll((tds) =>
        tds.map((td) => ({ text: td.textContent ?? '', helped: td.getAttribute('data-crn-helped') })),
      );
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) {
      const isNegative = /^\s*-/.test(cell.text);
      expect(cell.helped, cell.text).toBe(isNegative ? 'false' : cell.text.includes('—') ? 'undefined' : 'true');
      expect(cell.text.includes('no help here'), cell.text).toBe(isNegative);
    }
    expect(await page.getByTestId('compare-crn-note').textContent()).toMatch(/A negative cut means CRN did not help/);
    await shoot('compare-crn', '[data-testid="compare-crn-note"]');
  });
});
