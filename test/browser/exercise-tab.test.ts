// The Exercises tab in the built app: it lists every built-in exercise through the page's worker
// (api.exercise.…), with no console error.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp } from './harness';
import { builtInExercises } from '../../src/scenarios/exercises/index';

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
});
