// Changing the routing rule from the Live tab: offered only where some queue has several groups (the Monday
// peak, not the help desk), and the worker takes the change and plays on. Its effect on who answers is tested
// on the live session (test/sim/live/routing-policy.test.ts).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl')));
});

afterAll(async () => {
  await browser?.close();
});

describe('the routing rule', () => {
  it('is offered only where some queue is served by several groups', async () => {
    await page.getByTestId('tab-live').click();
    await page.getByTestId('live-clock').waitFor();
    expect(await page.getByTestId('routing-apply').count()).toBe(0); // the help desk has one group
    await page.getByTestId('tab-results').click(); // the Live view folds the scenario list
    await page.getByTestId('scenario-monday-peak').check();
    await page.getByTestId('tab-live').click();
    await expect.poll(() => page.getByTestId('routing-apply').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('routing-now').textContent()).toMatch(/Now: longest idle agent/);
  });

  it('changes from the current instant, and back', async () => {
    for (let i = 0; i < 6; i++) await page.getByTestId('live-step').click();
    await page.getByTestId('routing-policy').selectOption('most-proficient');
    await page.getByTestId('routing-apply').click();
    await expect.poll(() => page.getByTestId('routing-now').textContent()).toMatch(/Now: most proficient group first/);
    expect(await page.getByTestId('intervention-problem').count()).toBe(0);
    // The select now offers the other rule, so pressing the button again switches back.
    expect(await page.getByTestId('routing-policy').inputValue()).toBe('longest-idle');
    for (let i = 0; i < 6; i++) await page.getByTestId('live-step').click();
    await page
      .locator('sb-intervention-form form[aria-labelledby="routing-h"]')
      .screenshot({ path: join(screenshotDir, 'routing-rule.png') });
    await page.getByTestId('routing-apply').click();
    await expect.poll(() => page.getByTestId('routing-now').textContent()).toMatch(/Now: longest idle agent/);
    // Reset starts the same day again with the scenario's own rule.
    await page.getByTestId('routing-policy').selectOption('most-proficient');
    await page.getByTestId('routing-apply').click();
    await expect.poll(() => page.getByTestId('routing-now').textContent()).toMatch(/most proficient/);
    await page.getByTestId('live-reset').click();
    await expect.poll(() => page.getByTestId('routing-now').textContent()).toMatch(/Now: longest idle agent/);
    expect(errors).toEqual([]);
  });
});
