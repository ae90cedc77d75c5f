// Reading and writing a scenario draft (plain JSON data) at a field path, and the path's text as the
// validator writes it (`callTypes[0].talk.meanSeconds`), so a form field finds its own error. Pure, no DOM.

export type PathPart = string | number;

export function pathText(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

export function getAt(data: unknown, path: readonly PathPart[]): unknown {
  let value: unknown = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}

/** A copy of `data` with `value` at `path` (undefined removes the key); missing objects are created. */
export function setAt(data: unknown, path: readonly PathPart[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const base: Record<PathPart, unknown> | unknown[] = Array.isArray(data)
    ? [...data]
    : data !== null && typeof data === 'object'
      ? { ...(data as object) }
      : typeof head === 'number'
        ? []
        : {};
  const next = setAt((base as Record<PathPart, unknown>)[head], rest, value);
  if (next === undefined && !Array.isArray(base)) delete (base as Record<PathPart, unknown>)[head];
  else (base as Record<PathPart, unknown>)[head] = next;
  return base;
}

/**
 * A number field's text as data: a number when it reads as one, the raw text otherwise, so the validator
 * names the field instead of the form silently dropping what was typed; blank is undefined.
 */
export function numberFromText(text: string, scale = 1): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value * scale : trimmed;
}

/** "40, 55, 70" → [40, 55, 70]; items that are not numbers stay text for the validator to name. */
export function numberListFromText(text: string): unknown[] {
  return text
    .split(/[,;\s]+/)
    .filter((item) => item !== '')
    .map((item) => numberFromText(item));
}
