// Builds the floor lab page (floor-lab.html) with Vite into a temporary directory, serves it with preview() on
// 127.0.0.1 in this process, and launches Debian's Chromium through playwright-core with software WebGL
// (SwiftShader), or with WebGL switched off. Shared by the floor's browser tests and its benchmark. Node only.
// The lab is built on its own, not as a second input of the app's build: it runs the simulator on the main
// thread, which the app's bundle must never do.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import {
  CHROMIUM_ARGS,
  findFreePort,
  inProductionMode,
  launchChromium,
  projectRoot,
} from '../../scripts/browser-support';

export { projectRoot } from '../../scripts/browser-support';

export interface ServedLab {
  /** The lab page's URL, without a query. */
  url: string;
  close(): Promise<void>;
}

export async function buildAndServeLab(): Promise<ServedLab> {
  const outDir = await mkdtemp(join(tmpdir(), 'switchboard-floor-lab-'));
  await inProductionMode(() =>
    build({
      // Not the app's vite.config.ts: the lab needs none of its plugins (no service worker for a developer page).
      configFile: false,
      root: projectRoot,
      base: './',
      mode: 'production',
      logLevel: 'error',
      worker: { format: 'es' },
      build: {
        target: 'es2022',
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        // LAB_MINIFY=0 keeps names readable in stack traces when debugging the floor.
        minify: process.env['LAB_MINIFY'] !== '0',
        // three.js alone is over Vite's 500 kB warning; this page is a developer tool.
        chunkSizeWarningLimit: 2000,
        rolldownOptions: { input: { 'floor-lab': join(projectRoot, 'floor-lab.html') } },
      },
    }),
  );
  const port = await findFreePort();
  const server = await preview({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/floor-lab.html`,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** Chromium with software WebGL, or with WebGL and every 3D API disabled (`webgl: false`). */
export async function launchLabChromium(options: { webgl: boolean } = { webgl: true }): Promise<Browser> {
  return launchChromium(options.webgl ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis']);
}
