// Test harness for the browser tests: builds the app with Vite's build() API into a temporary directory,
// (with source maps, which the bundle test reads), serves it with preview() on 127.0.0.1 inside this process, and launches Debian's Chromium through
// playwright-core (no downloaded browser). Node only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { findFreePort, inProductionMode, projectRoot } from '../../scripts/browser-support';

export { chromiumPath, launchChromium, projectRoot } from '../../scripts/browser-support';

export interface ServedApp {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

export async function buildAndServe(): Promise<ServedApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'switchboard-build-'));
  await inProductionMode(() =>
    build({ root: projectRoot, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: true } }),
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
