// Turns unknown input (parsed JSON) into a typed Scenario, or a list of errors that each name the field's
// path and the reason, e.g. `callTypes[2].talk.meanSeconds: must be > 0 (got -3)`. Pure, no DOM.
import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema';
import { checkInputLimits } from './input-limits';

import type { ValidationIssue } from './validation-issue';
export type { ValidationIssue };

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; issues: ValidationIssue[] };

export class ScenarioError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(`invalid scenario:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      // A key is the user's text: long ones are cut so a message never pastes a page of input.
      const key = String(part).length > 40 ? `${String(part).slice(0, 37)}...` : String(part);
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

export function formatIssue(issue: ValidationIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  // A large object or list is not pasted back: its shape says enough.
  if (Array.isArray(value) && value.length > 10) return `a list of ${plural(value.length, 'item')}`;
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 10) return 'an object {...}';
  // JSON.stringify would show NaN and ±Infinity as null, which hides the actual mistake.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function plural(count: number | bigint, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function listOf(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length <= 1 ? (shown[0] ?? 'nothing') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

const typeNames: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list [...]',
  object: 'an object {...}',
  // A record (e.g. proficiency per queue) is written as a JSON object.
  record: 'an object {...}',
};

/**
 * Zod's default messages ("Too small: expected number to be >0") are written for programmers; a trainer
 * editing a scenario needs the rule in a few plain words. Messages set in the schema itself take precedence
 * over this map, so only the generic cases are handled here. `(got …)` is appended later by `toIssues`.
 */
function humanMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const isRoot = issue.path === undefined || issue.path.length === 0;
      if (isRoot) return 'a scenario must be a JSON object {...}';
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return 'must be a finite number';
      return `must be ${typeNames[issue.expected] ?? issue.expected}`;
    }
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'number' || issue.origin === 'int')
        return issue.inclusive ? `must be at least ${min}` : `must be > ${min}`;
      if (issue.origin === 'array') return `must have at least ${plural(min, 'item')}`;
      if (issue.origin === 'string')
        return min === 1 ? 'must not be empty' : `must have at least ${plural(min, 'character')}`;
      return undefined;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'number' || issue.origin === 'int')
        return issue.inclusive ? `must be at most ${max}` : `must be < ${max}`;
      if (issue.origin === 'array') return `must have at most ${plural(max, 'item')}`;
      if (issue.origin === 'string') return `must have at most ${plural(max, 'character')}`;
      return undefined;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${listOf(issue.values)}` : `must be one of ${listOf(issue.values)}`;
    case 'invalid_union': {
      const options = (issue as { options?: readonly unknown[] }).options;
      if (issue.discriminator === undefined || options === undefined) return 'does not match any allowed form';
      const tag = (issue.input as Record<string, unknown> | null | undefined)?.[issue.discriminator];
      return `${tag === undefined ? 'is required, one of' : 'must be one of'} ${listOf(options)}`;
    }
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_key': {
      // The bad key is already the last part of the path; say what a key must look like.
      const rule = issue.issues[0]?.message;
      return rule === undefined ? 'is not an allowed key' : `is not an allowed key: ${rule}`;
    }
    default:
      return undefined;
  }
}

function toIssues(input: unknown, error: z.ZodError): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: formatPath([...issue.path, key]), message: 'unknown field' });
      continue;
    }
    const got = valueAt(input, issue.path);
    // A missing field or a refinement's own message needs no "(got …)": the first has nothing to show and
    // the second already states the values involved. A bad record key is the end of the path, and the value
    // under it is not what is wrong.
    const showsGot = got !== undefined && issue.code !== 'custom' && issue.code !== 'invalid_key';
    issues.push({
      path: formatPath(issue.path),
      message: showsGot ? `${issue.message} (got ${describe(got)})` : issue.message,
    });
  }
  return issues;
}

/**
 * Parses `input` with any schema of the project and turns its failure into short `path: reason (got …)` issues,
 * in the same words as a scenario's (the exercise format uses it too).
 */
export function parseWithIssues<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; data: T } | { ok: false; issues: ValidationIssue[] } {
  const parsed = schema.safeParse(input, { error: humanMessage });
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, issues: condenseIssues(toIssues(input, parsed.error)) };
}

/** At most this many issues are listed; one mistake repeated over a long list is told once (see condenseIssues). */
export const MAX_LISTED_ISSUES = 20;

/**
 * One mistake should read as one or two lines, not five thousand: issues with the same message at paths that
 * differ only in list indices (`atSeconds[3]`, `atSeconds[4]`, …) become one line naming the first and the
 * count, and the list stops after MAX_LISTED_ISSUES with a line saying how many more there are.
 */
export function condenseIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const groups = new Map<string, { first: ValidationIssue; count: number }>();
  // The "(got …)" part differs between items; the rule does not.
  const keyOf = (issue: ValidationIssue) =>
    `${issue.path.replace(/\[\d+\]/g, '[]')}\u0000${issue.message.replace(/ \(got .*\)$/s, '')}`;
  for (const issue of issues) {
    const key = keyOf(issue);
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: issue, count: 1 });
  }
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const group = groups.get(keyOf(issue));
    if (group === undefined) continue;
    // Up to three alike are each worth a line (two overlapping breaks); more are one mistake repeated.
    if (group.count <= 3) out.push(issue);
    else {
      out.push({ path: group.first.path, message: `${group.first.message}; and ${group.count - 1} more like it` });
      groups.delete(keyOf(issue));
    }
  }
  if (out.length <= MAX_LISTED_ISSUES) return out;
  const more = out.length - MAX_LISTED_ISSUES + 1;
  return [...out.slice(0, MAX_LISTED_ISSUES - 1), { path: '', message: `and ${more} more problems` }];
}

export function validateScenario(input: unknown): ValidationResult {
  // Before the schema: a deep, cyclic or huge document would overflow its recursion or the memory.
  const limits = checkInputLimits(input);
  if (limits.length > 0) return { ok: false, issues: limits };
  const parsed = scenarioSchema.safeParse(input, { error: humanMessage });
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, issues: condenseIssues(toIssues(input, parsed.error)) };
}

/** Like validateScenario, but throws a ScenarioError listing every issue. */
export function parseScenario(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}
