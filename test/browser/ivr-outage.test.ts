// An IVR outage injected from the Live tab of a scenario with an IVR (the full centre): the card is offered
// only there, and the worker accepts the change and plays on. Its effect on callers is tested on the engine
// (test/sim/live/live-session.test.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp } from './harness';

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl')));
});

afterAll(async () => {
  await browser?.close();
});

describe('IVR outage', () => {
  it('is offered only for a scenario with an IVR', async () => {
    await page.getByTestId('tab-live').click();
    await page.getByTestId('live-clock').waitFor();
    expect(await page.getByTestId('outage-apply').count()).toBe(0); // the help desk has no IVR
    await page.getByTestId('tab-results').click(); // the Live view folds the scenario list
    await page.getByTestId('scenario-full-centre').check();
    await page.getByTestId('tab-live').click();
    await expect.poll(() => page.getByTestId('outage-apply').count(), { timeout: 30_000 }).toBe(1);
  });

  it('takes the IVR down from the current instant', async () => {
    for (let i = 0; i < 24; i++) await page.getByTestId('live-step').click(); // two hours into the day
    await page.getByTestId('outage-mode').selectOption('route-to-agents');
    await page.getByTestId('outage-minutes').fill('60');
    await page.getByTestId('outage-apply').click();
    expect(await page.getByTestId('intervention-problem').count()).toBe(0);
    for (let i = 0; i < 6; i++) await page.getByTestId('live-step').click();
    expect(await page.getByTestId('intervention-problem').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
