// Turns the CLI's scenario argument into a validated Scenario: a built-in id, or a JSON file that is
// migrated and validated. File access is injected so the rules are testable without a disk.
import { tryLoadScenario } from '../sim/scenario/migrate';
import type { Scenario } from '../sim/scenario/schema';
import { formatIssue } from '../sim/scenario/validate';
import { checkTextSize } from '../sim/scenario/input-limits';

export interface InputSources {
  /** Reads a file as UTF-8; throws a Node-style error (with `code`) when it cannot. */
  readFile(path: string): string;
  builtIns: readonly Scenario[];
}

/** On failure, `lines` are printed to stderr one by one. */
export type LoadedInput = { ok: true; scenario: Scenario; source: string } | { ok: false; lines: string[] };

function looksLikePath(target: string): boolean {
  return target.endsWith('.json') || target.includes('/') || target.includes('\\') || target.startsWith('.');
}

function readError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return `cannot read "${path}": no such file`;
  if (code === 'EISDIR') return `cannot read "${path}": it is a directory, not a scenario file`;
  if (code === 'EACCES') return `cannot read "${path}": permission denied`;
  return `cannot read "${path}": ${error instanceof Error ? error.message : String(error)}`;
}

export function loadInput(target: string, sources: InputSources): LoadedInput {
  const builtIn = sources.builtIns.find((s) => s.id === target);
  if (builtIn !== undefined && !looksLikePath(target))
    return { ok: true, scenario: builtIn, source: `built-in "${target}"` };

  let text: string;
  try {
    text = sources.readFile(target);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT' && !looksLikePath(target)) {
      const ids = sources.builtIns.map((s) => s.id).join(', ');
      return { ok: false, lines: [`unknown scenario "${target}": not a file, and not a built-in id (${ids})`] };
    }
    return { ok: false, lines: [readError(target, error)] };
  }

  const tooLarge = checkTextSize(text);
  if (tooLarge.length > 0) return { ok: false, lines: [`"${target}": ${tooLarge.map(formatIssue).join('; ')}`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, lines: [`"${target}" is not valid JSON: ${reason}`] };
  }

  const loaded = tryLoadScenario(data);
  if (!loaded.ok)
    return { ok: false, lines: [`invalid scenario "${target}":`, ...loaded.issues.map((i) => `  ${formatIssue(i)}`)] };
  return { ok: true, scenario: loaded.scenario, source: `file "${target}"` };
}
