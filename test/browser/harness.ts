// Test harness for the browser tests: builds the app with Vite's build() API into a temporary directory,
// (with source maps, which the bundle test reads), serves it with preview() on 127.0.0.1 inside this process, and launches Debian's Chromium through
// playwright-core (no downloaded browser). Node only.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { findFreePort, inProductionMode, launchChromium, projectRoot } from '../../scripts/browser-support';

export { chromiumPath, launchChromium, projectRoot } from '../../scripts/browser-support';

export interface ServedApp {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

/** Builds the app as it ships (or, with `minify: false`, with readable names for profiles) and serves it. */
export async function buildAndServe(options: { minify?: boolean } = {}): Promise<ServedApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'switchboard-build-'));
  const minify = options.minify === false ? { minify: false } : {};
  await inProductionMode(() =>
    build({
      root: projectRoot,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: true, ...minify },
    }),
  );
  const port = await findFreePort();
  const server = await preview({
    root: projectRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    outDir,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    appOutDir: string;
  }
}

/**
 * Vitest globalSetup of the browser project: one build and one preview server shared by every browser test
 * file (a build takes ~15 s on 2 cores), closed when the run ends.
 */
export async function setup({ provide }: { provide: (key: 'appUrl' | 'appOutDir', value: string) => void }) {
  const app = await buildAndServe();
  provide('appUrl', app.url);
  provide('appOutDir', app.outDir);
  return async () => app.close();
}

/** Where browser tests put their screenshots (gitignored); look at them. */
export const screenshotDir = join(projectRoot, 'test-results', 'screenshots');

export interface AppPage {
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors seen so far: a test asserts it stays empty. */
  errors: string[];
}

/** Opens the built app at `url` in a fresh Chromium (1280 × 900) and waits for its first run to finish. */
export async function openApp(url: string, contextOptions: BrowserContextOptions = {}): Promise<AppPage> {
  await mkdir(screenshotDir, { recursive: true });
  const browser = await launchChromium();
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions })
  ).newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
  return { browser, page, errors };
}
