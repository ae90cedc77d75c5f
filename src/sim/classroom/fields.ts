// Small checks of plain-data fields that name the exact path and the reason, shared by the class pack and the
// hand-in validators. Pure, no DOM.
import type { ValidationIssue } from '../scenario/validate';

export type Issues = ValidationIssue[];

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Unknown keys are errors (a typo must not be silently ignored). */
export function unknownKeys(record: Record<string, unknown>, allowed: readonly string[], path: string, issues: Issues) {
  for (const key of Object.keys(record))
    if (!allowed.includes(key)) issues.push({ path: join(path, key), message: 'unknown field' });
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function text(value: unknown, path: string, max: number, issues: Issues, isOptional = false): void {
  if (value === undefined && isOptional) return;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max)
    issues.push({ path, message: `must be a text of 1 to ${max} characters (got ${describe(value)})` });
}

export function seed(value: unknown, path: string, issues: Issues): void {
  const isGood =
    (typeof value === 'string' && value.length >= 1 && value.length <= 64) ||
    (typeof value === 'number' && Number.isSafeInteger(value));
  if (!isGood)
    issues.push({ path, message: `must be a whole number or a text of 1 to 64 characters (got ${describe(value)})` });
}

export function number(value: unknown, path: string, min: number, max: number, issues: Issues): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    issues.push({ path, message: `must be a number from ${min} to ${max} (got ${describe(value)})` });
}

export function literal(value: unknown, expected: string | number, path: string, issues: Issues): void {
  if (value !== expected)
    issues.push({ path, message: `must be ${JSON.stringify(expected)} (got ${describe(value)})` });
}

/** JSON.parse with a size limit checked first; issues instead of exceptions. */
export function parseJson(
  input: string,
  maxChars: number,
  what: string,
): { ok: true; value: unknown } | { ok: false; issues: Issues } {
  if (input.length > maxChars)
    return {
      ok: false,
      issues: [{ path: '', message: `${what} must be at most ${maxChars} characters (got ${input.length}): not read` }],
    };
  try {
    return { ok: true, value: JSON.parse(input) as unknown };
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `${what} is not valid JSON (${error instanceof Error ? error.message : String(error)}): is it cut short?`,
        },
      ],
    };
  }
}
