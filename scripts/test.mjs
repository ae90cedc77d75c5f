#!/usr/bin/env node
// `npm test`: type check (all code, then src/sim alone without the DOM library), formatting, lint (typed
// ESLint rules) and layering (dependency-cruiser), make sure a Chromium exists for the browser tests, run every
// vitest project, and end with one plain line `N passed, N failed[, N skipped]` (CI reads it). Arguments after `--` go to
// vitest, e.g. `npm test -- test/sim`. Exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reportPath = join(root, 'test-results', 'vitest-report.json');
const passThrough = process.argv.slice(2);

function run(label, args, env = process.env) {
  console.log(`\n> ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

function readCounts() {
  if (!existsSync(reportPath)) return undefined;
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  // A file that fails to load or whose hooks throw has no failed test of its own: count it as one failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

const typecheckStatus = run('tsc --noEmit', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit']);
if (typecheckStatus !== 0) console.error('\nType check failed (counted below as one failure).');

// Formatting is checked, not hoped for: `npm run format` rewrites the files Prettier would change.
const formatStatus = run('prettier --check', [
  join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
  '--check',
  '--log-level=warn',
  '{src,test,scripts,bench}/**/*.{ts,mjs}',
  'vite.config.ts',
]);
if (formatStatus !== 0)
  console.error('\nFormatting differs from Prettier (counted below as one failure): run `npm run format`.');

// The simulator alone, without the DOM library: a `window` or `document` in src/sim fails here.
const simTypecheckStatus = run('tsc --noEmit -p tsconfig.sim.json', [
  join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
  '--noEmit',
  '-p',
  'tsconfig.sim.json',
]);
if (simTypecheckStatus !== 0)
  console.error('\nsrc/sim does not type-check without the DOM (counted below as one failure).');

const lintStatus = run('eslint src', [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), 'src']);
if (lintStatus !== 0) console.error('\nLint failed (counted below as one failure).');

// Layering: no import loop, src/sim free of ui/worker/scenarios and browser libraries, api.ts a leaf, three.js
// only in the floor (rules in .dependency-cruiser.cjs).
const layersStatus = run('depcruise src', [
  join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
  'src',
  '--config',
  '.dependency-cruiser.cjs',
]);
if (layersStatus !== 0) console.error('\nA layering rule is broken (counted below as one failure).');

const chromium = ensureChromium();
if (!chromium.ok) {
  console.error(`\n${chromium.message}`);
  process.exit(1);
}

mkdirSync(join(root, 'test-results'), { recursive: true });
rmSync(reportPath, { force: true });
const vitestStatus = run(
  'vitest run',
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportPath}`,
    ...passThrough,
  ],
  { ...process.env, CHROMIUM_PATH: chromium.path },
);

const counts = readCounts() ?? { passed: 0, failed: 1, skipped: 0 };
const checks = [typecheckStatus, formatStatus, simTypecheckStatus, lintStatus, layersStatus];
for (const status of checks) if (status !== 0) counts.failed += 1;
const isFailure = checks.some((status) => status !== 0) || vitestStatus !== 0 || counts.failed > 0;
if (isFailure && counts.failed === 0) counts.failed = 1; // vitest failed without a failed test (e.g. no files matched)
console.log(
  `\n${counts.passed} passed, ${counts.failed} failed${counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''}`,
);
process.exit(isFailure ? 1 : 0);
