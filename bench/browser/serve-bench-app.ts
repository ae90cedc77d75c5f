// Builds and serves the app for the browser benchmarks, like the tests' harness, optionally without
// minification so that profiles name the app's own functions. Node only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { buildAndServe, projectRoot, type ServedApp } from '../../test/browser/harness';

export async function serveBenchApp(isMinified: boolean): Promise<ServedApp> {
  if (isMinified) return buildAndServe();
  const outDir = await mkdtemp(join(tmpdir(), 'switchboard-bench-'));
  process.env['NODE_ENV'] = 'production';
  await build({ root: projectRoot, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
  const server = await preview({ root: projectRoot, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    outDir,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
