// Builds the floor lab page (floor-lab.html) with Vite into a temporary directory, serves it with preview() on
// 127.0.0.1 in this process, and launches Debian's Chromium through playwright-core with software WebGL
// (SwiftShader), or with WebGL switched off. Shared by the floor's browser tests and its benchmark. Node only.
// The lab is built on its own, not as a second input of the app's build: it runs the simulator on the main
// thread, which the app's bundle must never do.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Flags that make the system Chromium start in containers and CI, with WebGL through SwiftShader. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export interface ServedLab {
  /** The lab page's URL, without a query. */
  url: string;
  close(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function buildAndServeLab(): Promise<ServedLab> {
  const outDir = await mkdtemp(join(tmpdir(), 'switchboard-floor-lab-'));
  const previousNodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
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
    });
  } finally {
    if (previousNodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = previousNodeEnv;
  }
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
  const args = options.webgl ? chromiumArgs : [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'];
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium', args });
}
