// The installable PWA: a manifest with icons, a service worker that precaches the app, and after one visit the
// app reloads and runs a simulation with the network off. A context that blocks service workers cannot do
// the same (the negative control).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('links a manifest with 192 and 512 px icons', async () => {
    const response = await fetch(new URL('manifest.webmanifest', inject('appUrl')));
    const manifest = (await response.json()) as { icons: { sizes: string }[]; display: string };
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.display).toBe('standalone');
  });

  it('reloads from the service worker and runs a simulation with the network off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
    });
    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    expect(Number(await page.getByTestId('kpi-offered').getAttribute('data-value'))).toBeGreaterThan(0);
    await context.close();
  });

  it('cannot reload offline without the service worker (negative control)', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow();
    await context.close();
  });
});
