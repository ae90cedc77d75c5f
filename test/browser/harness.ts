// Test harness for the browser tests: builds the app with Vite's build() API into a temporary directory,
// (with source maps, which the bundle test reads), serves it with preview() on 127.0.0.1 inside this process, and launches Debian's Chromium through
// playwright-core (no downloaded browser). Node only.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium, type Browser } from 'playwright-core';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Flags that make the system Chromium start reliably in containers and CI (no sandbox, no GPU). */
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

export interface ServedApp {
  url: string;
  outDir: string;
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

export async function buildAndServe(): Promise<ServedApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'switchboard-build-'));
  // Vitest sets NODE_ENV=test; the app must be built as it ships, in production mode.
  const previousNodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ root: projectRoot, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: true } });
  } finally {
    if (previousNodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = previousNodeEnv;
  }
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

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}
