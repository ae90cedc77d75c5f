// Size and shape limits checked on raw input before the schema sees it: a hostile or careless document (a
// thousand-deep nesting, a cycle, a 50 MB string) is refused in one line instead of overflowing the stack or
// the memory of the validator. Pure, no DOM; walks the input iteratively, so it cannot overflow itself.
import type { ValidationIssue } from './validation-issue';

/**
 * The limits, and why. The deepest real scenario path is about 7 levels (`ivr.nodes[0].options[1].next`);
 * 32 leaves room for growth (e.g. translations) and is far below any engine's stack. The largest legitimate
 * arrays are scripted arrivals (`atSeconds`, up to 1,000,000 instants) and empirical tables (100,000 values),
 * so a document may hold up to 2,000,000 values in all. Text: the longest field is a 5,000-character
 * description; 20,000 leaves room for translated texts and stops megabyte strings before they are copied.
 */
export const INPUT_LIMITS = {
  maxDepth: 32,
  maxValues: 2_000_000,
  maxStringLength: 20_000,
  maxKeyLength: 200,
  /** A scenario file or a pasted text: 2,000,000 numbers of ~12 characters fit in 32 MB. */
  maxTextBytes: 32 * 1024 * 1024,
} as const;

/** Checks the raw text of a scenario (a file, a link, a paste) before JSON.parse. */
export function checkTextSize(text: string): ValidationIssue[] {
  // A UTF-16 length is at most the byte length of UTF-8 ÷ 1 and at least ÷ 3; the length is the cheap bound.
  if (text.length <= INPUT_LIMITS.maxTextBytes) return [];
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return [
    {
      path: '',
      message: `the scenario text is too large: at most ${mb(INPUT_LIMITS.maxTextBytes)} (got ${mb(text.length)})`,
    },
  ];
}

function pathOf(parts: readonly (string | number)[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = part.length > 40 ? `${part.slice(0, 37)}...` : part;
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

/**
 * Returns at most one issue: the first limit the input breaks, with the path where it was found. Values that
 * JSON cannot hold (functions, symbols, bigints) are left to the schema, which names them as a wrong type.
 */
export function checkInputLimits(input: unknown): ValidationIssue[] {
  // Depth-first without recursion. Only objects and arrays go on the stack (a million scripted instants are
  // checked in place, not queued); an `exit` entry takes an object off the current path once its children
  // are done, so an object met again on its own path is a cycle. An object shared by two branches (possible
  // from code, never from JSON.parse) is walked twice, and counted twice against maxValues.
  const stack: { value: object; path: (string | number)[]; exit: boolean }[] = [];
  const onPath = new Set<object>();
  let values = 0;
  const visit = (value: unknown, path: (string | number)[]): ValidationIssue | undefined => {
    if (++values > INPUT_LIMITS.maxValues)
      return { path: '', message: `has too many values: at most ${INPUT_LIMITS.maxValues.toLocaleString('en')}` };
    if (typeof value === 'string' && value.length > INPUT_LIMITS.maxStringLength)
      return {
        path: pathOf(path),
        message: `text too long: at most ${INPUT_LIMITS.maxStringLength} characters (got ${value.length})`,
      };
    if (value === null || typeof value !== 'object') return undefined;
    if (onPath.has(value)) return { path: pathOf(path.slice(0, 8)), message: 'refers back to itself (a cycle)' };
    if (path.length >= INPUT_LIMITS.maxDepth)
      return { path: pathOf(path.slice(0, 8)), message: `nested too deeply: at most ${INPUT_LIMITS.maxDepth} levels` };
    stack.push({ value, path, exit: false });
    return undefined;
  };
  const first = visit(input, []);
  if (first) return [first];
  while (stack.length > 0) {
    const { value, path, exit } = stack.pop()!;
    if (exit) {
      onPath.delete(value);
      continue;
    }
    onPath.add(value);
    stack.push({ value, path, exit: true });
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const issue = visit(value[i], [...path, i]);
        if (issue) return [issue];
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key.length > INPUT_LIMITS.maxKeyLength)
        return [
          {
            path: pathOf(path),
            message: `has a field name too long: at most ${INPUT_LIMITS.maxKeyLength} characters (got ${key.length})`,
          },
        ];
      const issue = visit((value as Record<string, unknown>)[key], [...path, key]);
      if (issue) return [issue];
    }
  }
  return [];
}
