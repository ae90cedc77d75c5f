// What the browser tests and the browser benchmarks share: Debian's Chromium launched through playwright-core
// (no downloaded browser) with the flags that make it start in containers and CI, a free local port, and
// Vite builds in production mode. Node only.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Flags for the system Chromium: no sandbox, quiet networking, WebGL through SwiftShader. */
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

/** The tests' launch: software compositing (no GPU). */
export const CHROMIUM_ARGS = [...CHROMIUM_BASE_ARGS, '--disable-gpu'];

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

export async function launchChromium(args: readonly string[] = CHROMIUM_ARGS): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...args] });
}

export async function findFreePort(): Promise<number> {
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

/** Runs `build` with NODE_ENV=production (Vitest sets it to test; pages must be built as they ship). */
export async function inProductionMode<T>(build: () => Promise<T>): Promise<T> {
  const previous = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    return await build();
  } finally {
    if (previous === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = previous;
  }
}
