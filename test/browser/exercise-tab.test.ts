// The Exercises tab in the built app: it lists every built-in exercise through the page's worker
// (api.exercise.…), with no console error. No spoilers: from Start to the end, every other tab and the scenario
// list are out of reach with the reason shown; leaving mid-way asks first.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp } from './harness';
import { builtInExercises } from '../../src/scenarios/exercises/index';
import { exerciseCode } from '../../src/sim/exercise/code';

let browser: Browser;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl')));
});

afterAll(async () => {
  await browser?.close();
});

describe('exercises tab', () => {
  it('lists the built-in exercises from the worker', async () => {
    await page.getByTestId('tab-exercises').click();
    const items = page.locator('sb-exercise-tab [data-exercise]');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(builtInExercises.length);
    const ids = await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-exercise')));
    expect(ids).toEqual(builtInExercises.map((e) => e.id));
    expect(errors).toEqual([]);
  });

  it('shows each as a card: name, what it teaches, the role, minutes to play and its code', async () => {
    for (const exercise of builtInExercises) {
      const card = page.locator(`sb-exercise-tab [data-exercise="${exercise.id}"]`);
      const text = (await card.textContent()) ?? '';
      expect(text).toContain(exercise.name);
      expect(text).toContain(exercise.teaches);
      expect(text).toContain(`${Math.round(exercise.endSeconds / exercise.playSpeed / 60)} min`);
      expect(await card.locator('.code').textContent()).toBe(exerciseCode(exercise));
      expect(await card.getByRole('button').count()).toBe(1);
    }
  });

  it('no spoilers: while an exercise plays, the other tabs and the scenario list are out of reach; leaving asks', async () => {
    const others = ['results', 'live', 'compare', 'editor'];
    const isDisabled = (view: string) => page.getByTestId(`tab-${view}`).isDisabled();
    await page.getByTestId('exercise-open-flu-week').click();
    await page.getByTestId('exercise-start').waitFor({ timeout: 30_000 });
    // On the briefing nothing of the day has been seen yet: the tabs stay open.
    for (const view of others) expect(await isDisabled(view), view).toBe(false);
    await page.getByTestId('exercise-start').click();
    await expect.poll(() => isDisabled('results')).toBe(true);
    for (const view of others) expect(await isDisabled(view), view).toBe(true);
    expect(await isDisabled('exercises')).toBe(false);
    expect(await page.getByTestId('tabs-locked').textContent()).toContain('Finish or leave the exercise first');
    expect(await page.locator('sb-app aside.controls').getAttribute('inert')).not.toBeNull();
    // Neither a click nor the arrow keys reach another view.
    await page.getByTestId('tab-results').click({ force: true });
    await page.getByTestId('tab-exercises').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByTestId('tab-exercises').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-results').isHidden()).toBe(true);
    // The clock shows the time of day of the scenario (help-desk starts at 08:00).
    expect((await page.getByTestId('exercise-clock').textContent())?.trim()).toMatch(/^08:0\d:\d\d/);
    // Leaving mid-way asks first; "Keep playing" keeps the exercise and the lock.
    await page.getByTestId('exercise-leave').click();
    await page.getByTestId('exercise-leave-cancel').click();
    expect(await page.locator('sb-exercise-play').count()).toBe(1);
    expect(await isDisabled('results')).toBe(true);
    await page.getByTestId('exercise-leave').click();
    await page.getByTestId('exercise-leave-confirm').click();
    await page.getByTestId('exercise-list').waitFor();
    for (const view of others) expect(await isDisabled(view), view).toBe(false);
    expect(await page.getByTestId('tabs-locked').count()).toBe(0);
    expect(await page.locator('sb-app aside.controls').getAttribute('inert')).toBeNull();
    await page.getByTestId('tab-results').click();
    expect(await page.getByTestId('tab-results').getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
  });
});
