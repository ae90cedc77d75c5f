#!/usr/bin/env node
// Finds a Chromium for the browser tests (CHROMIUM_PATH, /usr/bin/chromium, `chromium` on PATH). If there
// is none and we are root with apt-get (CI, fresh Debian), installs Debian's `chromium` package. Prints the
// path and exits 0, or explains what to install and exits 1. Usable as a module: ensureChromium().
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const path = result.stdout.trim();
  return result.status === 0 && path !== '' ? path : undefined;
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('chromium');
}

function canInstallWithApt() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && onPath('apt-get') !== undefined;
}

/** @returns {{ ok: true, path: string } | { ok: false, message: string }} */
export function ensureChromium() {
  const found = findChromium();
  if (found) return { ok: true, path: found };
  if (process.env.CHROMIUM_PATH)
    return { ok: false, message: `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.` };
  if (!canInstallWithApt())
    return {
      ok: false,
      message:
        "Chromium not found. Install Debian's `chromium` package (apt-get install chromium) or set CHROMIUM_PATH " +
        'to a Chromium or Chrome executable.',
    };
  console.log("Chromium not found; installing Debian's chromium package with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  return installed
    ? { ok: true, path: installed }
    : { ok: false, message: 'apt-get ran, but no chromium was found after it.' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = ensureChromium();
  if (result.ok) {
    console.log(`Chromium: ${result.path}`);
  } else {
    console.error(result.message);
    process.exit(1);
  }
}
