// `npm run bench`: bundles bench/main.ts — both contestants, the engine and the baseline, in one file — with
// esbuild and runs the bundle in a fresh Node process, passing the options through. This is how the app runs
// the engine (one bundle in its worker), rather than module by module as tsx loads sources. Both sides get the
// same treatment: same bundle, same process, same warm-up. `npx tsx bench/main.ts` still runs it unbundled.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
try {
  const outfile = join(dir, 'bench.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./main.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
