// Saved work that cannot be lost, in the built app with two tabs of one browser (issue 19): a save in one tab
// keeps the other tab's scenarios and results; two results saved at the same second in two tabs stay two,
// each with its own data; a tab saving over the other tab's newer version is told and the newer version stays;
// an unreadable record is set aside and reported while the rest loads and saving goes on; an export counts
// only what it holds and names what it left out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshotDir } from './harness';
import helpDesk from '../../src/scenarios/help-desk.json';

let browser: Browser;
let context: BrowserContext;
let tabA: Page;
let tabB: Page;

interface SavedApi {
  saved: {
    save(scenario: unknown, nowIso: string, replacingKey?: string): Promise<string>;
    saveResult(scenario: unknown, result: unknown, elapsedMs: number, nowIso: string): Promise<string>;
    openResult(key: string): Promise<{ scenario: { name: string } } | string>;
    work: { scenarios: { key: string; name: string }[]; results: { key: string; name: string }[] };
  };
  completed: { result: unknown };
}

async function openTab(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inject('appUrl'));
  await loaded(page);
  return page;
}

/** The first run is done and the saved work has been read. */
async function loaded(page: Page): Promise<void> {
  await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => (document.querySelector('sb-app') as unknown as { saved: { isWritable: boolean } }).saved.isWritable,
  );
}

/** The saved work a tab shows (its controller's copy). */
async function shown(page: Page) {
  return page.evaluate(() => {
    const { work } = (document.querySelector('sb-app') as unknown as SavedApi).saved;
    return {
      scenarios: work.scenarios.map((s) => `${s.key}=${s.name}`).sort(),
      results: work.results.map((r) => r.key).sort(),
    };
  });
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await loaded(page);
}

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  tabA = await openTab();
  tabB = await openTab();
});

afterAll(async () => {
  await browser?.close();
});

describe('two tabs saving', () => {
  it("a save in one tab keeps the other tab's scenario and result", async () => {
    await tabA.evaluate(
      (s) => (document.querySelector('sb-app') as unknown as SavedApi).saved.save(s, new Date().toISOString()),
      { ...helpDesk, name: 'From A' },
    );
    // Tab B still has its empty copy from before A saved; its save must not write that copy back.
    await tabB.evaluate(
      (s) => (document.querySelector('sb-app') as unknown as SavedApi).saved.save(s, new Date().toISOString()),
      { ...helpDesk, name: 'From B' },
    );
    expect((await shown(tabB)).scenarios).toEqual(['help-desk-2=From B', 'help-desk=From A']);

    // Both tabs save a result at the same instant under the same scenario id: two results, each its own.
    const at = '2026-03-01T10:00:00.000Z';
    for (const [tab, name] of [
      [tabA, 'Run in A'],
      [tabB, 'Run in B'],
    ] as const)
      await tab.evaluate(
        ([n, t]) => {
          const app = document.querySelector('sb-app') as unknown as SavedApi;
          return app.saved.saveResult(
            { ...(app.completed as unknown as { scenario: object }).scenario, name: n },
            app.completed.result,
            1,
            t,
          );
        },
        [name, at] as const,
      );
    await reload(tabA);
    const after = await shown(tabA);
    expect(after.scenarios).toEqual(['help-desk-2=From B', 'help-desk=From A']);
    expect(after.results).toHaveLength(2);
    // Each listed result opens the data saved with it.
    const opened = await tabA.evaluate(async () => {
      const { saved } = document.querySelector('sb-app') as unknown as SavedApi;
      return Promise.all(
        saved.work.results.map(async (r) => {
          const body = await saved.openResult(r.key);
          return [r.name.split(' · ')[0], typeof body === 'string' ? body : body.scenario.name];
        }),
      );
    });
    expect(opened.sort()).toEqual([
      ['Run in A', 'Run in A'],
      ['Run in B', 'Run in B'],
    ]);
  });

  it("a tab saving over the other tab's newer version is told, and the newer version stays", async () => {
    await reload(tabB);
    // Tab A saves help-desk again (it read the same version as B).
    await tabA.evaluate(
      (s) =>
        (document.querySelector('sb-app') as unknown as SavedApi).saved.save(s, new Date().toISOString(), 'help-desk'),
      { ...helpDesk, name: 'From A, edited' },
    );
    // Tab B opens its (now stale) copy in the editor and saves it.
    await tabB.getByTestId('saved-help-desk').check();
    await tabB.getByTestId('tab-editor').click();
    const name = tabB.locator('sb-scenario-editor input[data-path="name"]');
    await name.fill('From B, edited');
    await name.press('Tab');
    await tabB.getByTestId('editor-save').click();
    const message = tabB.getByTestId('saved-work-message');
    await expect
      .poll(() => message.textContent())
      .toMatch(/Not saved: another tab changed "From A, edited" after this tab read it.*Reload the page/);
    await message.scrollIntoViewIfNeeded();
    await tabB.screenshot({ path: join(screenshotDir, 'saved-conflict-1280.png') });
    await tabB.setViewportSize({ width: 390, height: 844 });
    await message.scrollIntoViewIfNeeded();
    await tabB.screenshot({ path: join(screenshotDir, 'saved-conflict-390.png') });
    await tabB.setViewportSize({ width: 1280, height: 800 });
    await reload(tabB);
    expect((await shown(tabB)).scenarios).toEqual(['help-desk-2=From B', 'help-desk=From A, edited']);
  });
});

describe('an unreadable record and an export', () => {
  /** Rewrites the stored index (and optionally drops a result body) straight in IndexedDB, as damage would. */
  async function damage(page: Page, dropResult: boolean): Promise<void> {
    await page.evaluate(async (drop) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('keyval-store');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('keyval', 'readwrite');
      const objects = tx.objectStore('keyval');
      const work = await new Promise<{ scenarios: unknown[]; results: { key: string }[] }>((resolve) => {
        const get = objects.get('switchboard:saved-work');
        get.onsuccess = () => resolve(get.result);
      });
      work.scenarios.push({ key: 'broken', name: 42, savedAt: 'never' });
      objects.put(work, 'switchboard:saved-work');
      if (drop) objects.delete(`switchboard:result:${work.results[0]!.key}`);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, dropResult);
  }

  it('one damaged item is set aside and reported; everything else shows and saving goes on', async () => {
    await damage(tabA, false);
    await reload(tabA);
    const message = tabA.getByTestId('saved-work-message');
    expect(await message.textContent()).toMatch(
      /Some saved work could not be read and was set aside .*scenarios\[2\]\.name must be a text.*Everything else is here/,
    );
    expect((await shown(tabA)).scenarios).toEqual(['help-desk-2=From B', 'help-desk=From A, edited']);
    await tabA.evaluate(
      (s) => (document.querySelector('sb-app') as unknown as SavedApi).saved.save(s, new Date().toISOString()),
      { ...helpDesk, name: 'After the damage' },
    );
    expect((await shown(tabA)).scenarios).toHaveLength(3);
    // The damaged item is kept, under a quarantine key, not deleted.
    const quarantined = await tabA.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('keyval-store');
        request.onsuccess = () => resolve(request.result);
      });
      const keys = await new Promise<IDBValidKey[]>((resolve) => {
        const request = db.transaction('keyval').objectStore('keyval').getAllKeys();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return keys.filter((k) => String(k).startsWith('switchboard:saved-work-quarantine:')).length;
    });
    expect(quarantined).toBe(1);
  });

  it('an export counts only what it holds, and names the result it had to leave out', async () => {
    await damage(tabA, true);
    await reload(tabA);
    const [download] = await Promise.all([tabA.waitForEvent('download'), tabA.getByTestId('export-saved').click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      scenarios: unknown[];
      results: unknown[];
    };
    expect([file.scenarios.length, file.results.length]).toEqual([3, 1]);
    const message = (await tabA.getByTestId('saved-work-message').textContent()) ?? '';
    expect(message).toMatch(
      /Exported 3 saved scenarios and 1 saved result\. Left out, as their data cannot be read here: Run in /,
    );
  });
});
