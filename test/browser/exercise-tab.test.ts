// The Exercises tab in the built app: it lists every built-in exercise through the page's worker
// (api.exercise.…), with no console error.
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
});
