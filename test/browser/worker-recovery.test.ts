// A worker that dies on its own (issue 19): killed in the middle of a pooled run, the page's own worker
// closed, an uncaught error in a pool worker. Each is reported on the page with what to do (not "Running…"
// forever), the dead worker is replaced, and the next run works without a reload. The live view's worker
// dying mid-day brings the day back from its decision log (same clock, same interventions), paused.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { openApp, screenshotDir, type AppPage } from './harness';

let app: AppPage;
let page: Page;

beforeAll(async () => {
  app = await openApp(inject('appUrl'), { viewport: { width: 1280, height: 800 } });
  page = app.page;
});

afterAll(async () => {
  await app?.browser.close();
});

/** The page's live workers with their names (`simulator#…`, `fast-run-1#…`). */
async function workersNamed(prefix: string): Promise<{ worker: Worker; name: string }[]> {
  const named = await Promise.all(
    page.workers().map(async (worker) => ({ worker, name: await worker.evaluate(() => self.name).catch(() => '') })),
  );
  return named.filter((w) => w.name.startsWith(prefix));
}

async function run(scenarioId: string, replications: number): Promise<void> {
  await page.getByTestId(`scenario-${scenarioId}`).check();
  await page.getByTestId('replications').fill(String(replications));
  await page.getByTestId('run-button').click();
}

async function expectRecovered(): Promise<void> {
  await run('help-desk', 3);
  await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('run-error').count()).toBe(0);
  expect(Number(await page.getByTestId('kpi-offered').getAttribute('data-value'))).toBeGreaterThan(0);
}

describe('a worker that dies', () => {
  it('killed in the middle of a pooled run: reported at once, the pool ended, the next run works', async () => {
    await run('full-centre', 200);
    await page.locator('sb-app[data-state="running"]').waitFor();
    // Busy workers cannot be asked their names; the pool's own list says they are there.
    const poolWorkers = () =>
      page.evaluate(
        () => (document.querySelector('sb-app') as unknown as { pool: { workers: unknown[] } }).pool.workers.length,
      );
    await expect.poll(poolWorkers, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('sb-app').getAttribute('data-state')).toBe('running');
    // As the browser would end it (memory running out): the Worker object ends, the pool is not told.
    await page.evaluate(() => {
      const app = document.querySelector('sb-app') as unknown as {
        pool: { workers: { worker: { terminate(): void } }[] };
      };
      app.pool.workers[0]!.worker.terminate();
    });
    await page.locator('sb-app[data-state="error"]').waitFor({ timeout: 10_000 });
    const error = (await page.getByTestId('run-error').textContent()) ?? '';
    expect(error).toMatch(/The simulator stopped unexpectedly \(its worker ended/);
    expect(error).toMatch(/press Run simulation to try again/);
    // The run's other workers were ended with it: nothing keeps computing a run nobody will see; and the run
    // never finished (the result on show is still the first run's).
    await expect.poll(poolWorkers).toBe(0);
    await expect.poll(async () => (await workersNamed('fast-run')).length).toBe(0);
    const shown = await page.evaluate(
      () =>
        (document.querySelector('sb-app') as unknown as { completed: { scenario: { id: string } } }).completed.scenario
          .id,
    );
    expect(shown).toBe('help-desk');
    await page.getByTestId('run-error').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'worker-died-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('run-error').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'worker-died-390.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectRecovered();
  });

  it("the page's own worker closed: reported, replaced by a fresh one, and the next run works", async () => {
    const [own] = await workersNamed('simulator');
    expect(own).toBeDefined();
    await own!.worker.evaluate(() => self.close());
    await page.locator('sb-app[data-state="error"]').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('run-error').textContent()).toMatch(/The simulator stopped unexpectedly/);
    // A fresh worker under a new name.
    await expect.poll(async () => (await workersNamed('simulator')).filter((w) => w.name !== own!.name).length).toBe(1);
    expect((await workersNamed('simulator')).map((w) => w.name)).not.toContain(own!.name);
    await expectRecovered();
  });

  it('an uncaught error in a pool worker: reported with its message, replaced, and the next run works', async () => {
    const [pooled] = await workersNamed('fast-run');
    expect(pooled).toBeDefined();
    await pooled!.worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('a failure inside the worker');
      });
    });
    await page.locator('sb-app[data-state="error"]').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('run-error').textContent()).toMatch(
      /The simulator stopped unexpectedly \(.*a failure inside the worker\)/,
    );
    await expect.poll(async () => (await workersNamed('fast-run')).map((w) => w.name)).not.toContain(pooled!.name);
    await expectRecovered();
    expect(app.errors.filter((e) => !/a failure inside the worker/.test(e))).toEqual([]);
  });

  it("the live view's worker dies mid-day: the day comes back from its decision log, paused where it was", async () => {
    await page.getByTestId('scenario-help-desk').check();
    await page.getByTestId('tab-live').click();
    const live = page.locator('sb-live-view');
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 30_000 });
    const clock = async () => Number(await page.getByTestId('live-clock').getAttribute('data-seconds'));
    for (let i = 0; i < 3; i++) await page.getByTestId('live-step').click();
    await page.getByTestId('surge-factor').fill('2');
    await page.getByTestId('surge-apply').click();
    await page.getByTestId('live-timeline').locator('li').first().waitFor();
    await page.getByTestId('live-step').click();
    await expect.poll(clock).toBe(1200);
    const offeredBefore = await page.getByTestId('live-kpi-offered').getAttribute('data-value');
    // Playing when it dies, as the browser would end it: the live view is not told.
    await page.getByTestId('live-play').click();
    await page.locator('sb-live-view[data-live-state="playing"]').waitFor();
    await page.getByTestId('live-pause').click();
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor();
    const atDeath = await clock();
    await live.evaluate((el) =>
      (el as unknown as { worker: { started: { worker: { terminate(): void } } } }).worker.started.worker.terminate(),
    );
    // Back, paused, at the same instant, with its intervention, and said so.
    await page.getByTestId('live-restored').waitFor({ timeout: 30_000 });
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('live-error').count()).toBe(0);
    expect(await clock()).toBe(atDeath);
    expect(await page.getByTestId('live-timeline').locator('li').count()).toBe(1);
    expect(await page.getByTestId('live-restored').textContent()).toMatch(/restored from its decision log/);
    if (atDeath === 1200)
      expect(await page.getByTestId('live-kpi-offered').getAttribute('data-value')).toBe(offeredBefore);
    // And it plays on in the fresh worker.
    await page.getByTestId('live-step').click();
    await expect.poll(clock).toBe(atDeath + 300);
  });

  it('a live day that cannot come back offers "Restart the live day", which starts it afresh', async () => {
    const live = page.locator('sb-live-view');
    // Any failure the view cannot mend by itself (forced here through its own failure path) leaves a way out.
    await live.evaluate((el) => {
      const view = el as unknown as { fail(message: string): void };
      view.fail('the simulator stopped');
    });
    const error = page.getByTestId('live-error');
    await error.waitFor();
    await page.getByTestId('live-restart').click();
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('live-error').count()).toBe(0);
    expect(Number(await page.getByTestId('live-clock').getAttribute('data-seconds'))).toBe(0);
    expect(await page.getByTestId('live-timeline').locator('li').count()).toBe(0);
  });
});
