// The UI's source files the i18n tests read: every .ts under src/ui except the catalogues themselves and the
// floor lab (a developer's page for measuring the 3D view, never shown to trainees). Test code only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const UI = join(ROOT, 'src', 'ui');
const EXCLUDED = ['src/ui/i18n/locales/', 'src/ui/floor/lab/', 'src/ui/floor/floor-lab.ts'];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Repository-relative path (with `/`) and text of each UI source file, sorted by path. */
export function uiSources(): { path: string; text: string }[] {
  return walk(UI)
    .map((path) => ({ path: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }))
    .filter((f) => !EXCLUDED.some((e) => f.path.startsWith(e)))
    .sort((a, b) => a.path.localeCompare(b.path));
}
