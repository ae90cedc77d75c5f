// The fuzzer's cases and verdicts, shared by `npm run fuzz` (each case in a child process with a time and
// memory limit) and the fixed-seed slice in `npm test` (in-process, tiny horizons). A case is a built-in or a
// generated scenario with one to three hostile edits; its verdict says whether it was refused clearly, ran
// correctly, or failed in one of the ways issue 19 lists. Node only; no DOM.
import fc from 'fast-check';
import { builtInScenarios } from '../../../src/scenarios/index';
import { checkBudget } from '../../../src/sim/budget';
import { RunGuardError, runGuarded } from '../../../src/sim/run-guard';
import { tryLoadScenario } from '../../../src/sim/scenario/migrate';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { formatIssue, MAX_LISTED_ISSUES, type ValidationIssue } from '../../../src/sim/scenario/validate';
import { arbitraryScenario } from '../support/arbitrary-scenario';

export type Verdict =
  | { kind: 'refused' }
  | { kind: 'over-budget' }
  | { kind: 'ran' }
  /** The guard stopped a runaway run with a clear message (a refusal at run time, not a hang). */
  | { kind: 'stopped'; message: string }
  /** The result broke an identity: an engine bug, surfaced as an error. */
  | { kind: 'engine-bug'; message: string }
  | { kind: 'crash'; message: string }
  | { kind: 'unhelpful'; message: string };

export type BadVerdict = Extract<Verdict, { kind: 'crash' | 'unhelpful' | 'engine-bug' }>;

/** Zod's own wording and programmer words that a trainer should never read. */
const JARGON =
  /Too small|Too big|Invalid input|expected (number|int|string|object|array)|Invalid discriminator|received|undefined|\[object Object\]/;

/** Why a refusal does not help, or undefined if it does: few lines, each short, in the project's words. */
export function unhelpfulReason(issues: readonly ValidationIssue[]): string | undefined {
  if (issues.length === 0) return 'refused without any message';
  if (issues.length > MAX_LISTED_ISSUES) return `${issues.length} messages for one document`;
  for (const issue of issues) {
    const line = formatIssue(issue);
    if (line.length > 400) return `a message of ${line.length} characters: ${line.slice(0, 80)}…`;
    if (JARGON.test(line)) return `jargon: ${line}`;
  }
  return undefined;
}

/** The run the fuzzer makes of a valid scenario: at most 4 simulated hours or 2,000 calls, one replication. */
export function shrinkHorizon(s: Scenario): Scenario {
  const horizon =
    s.horizon.kind === 'duration'
      ? { ...s.horizon, seconds: Math.min(s.horizon.seconds, 4 * 3600) }
      : { ...s.horizon, count: Math.min(s.horizon.count, 2000) };
  const warmupSeconds =
    s.warmupSeconds === undefined || horizon.kind === 'calls'
      ? s.warmupSeconds
      : Math.min(s.warmupSeconds, horizon.seconds / 2);
  return { ...s, horizon, ...(warmupSeconds === undefined ? {} : { warmupSeconds }) };
}

/** Validates, checks the budget, then runs a tiny version of the scenario under the guard. */
export function judge(input: unknown, maxEvents?: number): Verdict {
  let loaded;
  try {
    loaded = tryLoadScenario(input);
  } catch (error) {
    return { kind: 'crash', message: `validator threw: ${String(error).slice(0, 300)}` };
  }
  if (!loaded.ok) {
    const reason = unhelpfulReason(loaded.issues);
    return reason === undefined ? { kind: 'refused' } : { kind: 'unhelpful', message: reason };
  }
  if (checkBudget([loaded.scenario]).length > 0) return { kind: 'over-budget' };
  try {
    runGuarded(shrinkHorizon(loaded.scenario), {}, maxEvents === undefined ? {} : { maxEvents });
    return { kind: 'ran' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RunGuardError)
      return /engine error/.test(message) ? { kind: 'engine-bug', message } : { kind: 'stopped', message };
    return { kind: 'crash', message: `${message.slice(0, 300)}` };
  }
}

// ---- Mutations ------------------------------------------------------------------------------------------

type Json = Record<string, unknown> | unknown[];

/** Every place in a document an edit can hit: the container and the key or index inside it. */
function placesOf(doc: unknown): { parent: Json; key: string | number }[] {
  const out: { parent: Json; key: string | number }[] = [];
  // Only the first 12 levels, each object once: an earlier edit may have added a cycle or a deep nest.
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 12 || v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v))
      v.forEach((item, i) => {
        out.push({ parent: v, key: i });
        walk(item, depth + 1);
      });
    else
      for (const [k, item] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k });
        walk(item, depth + 1);
      }
  };
  walk(doc, 0);
  return out;
}

function deep(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { x: v };
  return v;
}

/** The hostile values of issue 19: wrong types, edge numbers, huge strings, deep nesting, unknown references. */
const replacements: readonly ((parent: Json) => unknown)[] = [
  () => null,
  () => 'text',
  () => true,
  () => [],
  () => ({}),
  () => 0,
  () => -1,
  () => 0.5,
  () => 1,
  () => 0.999999,
  () => 1e-12,
  () => 1e-300,
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => 1e308,
  () => 86_400,
  () => 1e9,
  () => 100_000,
  () => 'x'.repeat(100_000),
  () => deep(5_000),
  () => 'no-such-id',
  () => Array.from({ length: 5_000 }, () => -1),
  (parent) => parent, // a cycle
];

/** Gentler edits of a number, which keep many scenarios valid so that they run: the edges of the limits. */
const scalings: readonly number[] = [0, 0.001, 0.5, 2, 10, 1000];

export interface Mutation {
  place: number;
  /**
   * -1 deletes, -2 duplicates an array item, ≤ -3 scales a number by `scalings[-3 - op]` (or leaves a
   * non-number alone), others index `replacements`.
   */
  op: number;
}

export const arbitraryMutations = fc.array(
  fc.record({ place: fc.nat(), op: fc.integer({ min: -2 - scalings.length, max: replacements.length - 1 }) }),
  { minLength: 1, maxLength: 3 },
);

/**
 * A copy of `value`, or `value` itself when it is nested too deeply to copy (an earlier edit's deep nest:
 * structuredClone recurses and overflows the stack, which once crashed the fuzzer while drawing seed 12's case
 * 9807). Sharing it is harmless: the document then holds one object twice, not a cycle.
 */
function copyOf(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch (error) {
    if (error instanceof RangeError) return value;
    throw error;
  }
}

export function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  const copy = copyOf(doc);
  for (const m of mutations) {
    const places = placesOf(copy);
    if (places.length === 0) break;
    const { parent, key } = places[m.place % places.length]!;
    if (m.op === -1) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (m.op === -2) {
      if (Array.isArray(parent)) parent.push(copyOf(parent[key as number]));
    } else if (m.op <= -3) {
      const value = (parent as Record<string | number, unknown>)[key];
      if (typeof value === 'number') (parent as Record<string | number, unknown>)[key] = value * scalings[-3 - m.op]!;
    } else (parent as Record<string | number, unknown>)[key] = replacements[m.op]!(parent);
  }
  return copy;
}

/** A case: a built-in or a generated valid scenario, and the edits made to it (none for some generated ones). */
export const arbitraryCase: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.nat(builtInScenarios.length - 1), arbitraryMutations)
      .map(([i, ms]) => mutate(builtInScenarios[i], ms)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(arbitraryScenario(), fc.option(arbitraryMutations, { nil: undefined }))
      .map(([s, ms]) => (ms === undefined ? s : mutate(s, ms))),
  },
);

/** A case as JSON for a fixture or a child process; NaN and ±Infinity (which JSON cannot hold) as strings. */
export function toFixture(input: unknown): string {
  try {
    return JSON.stringify(input, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? `__number:${v}` : v), 1);
  } catch {
    return '"(a document with a cycle)"';
  }
}

export function fromFixture(text: string): unknown {
  return JSON.parse(text, (_key, v) => (typeof v === 'string' && v.startsWith('__number:') ? Number(v.slice(9)) : v));
}

/** Case `index` of the run seeded `seed`: each drawn on its own, so a child process can make just its own. */
export function caseAt(seed: number, index: number): unknown {
  return fc.sample(arbitraryCase, { numRuns: 1, seed: seed * 100_003 + index })[0];
}

/**
 * Makes a failing case smaller while it fails the same way: drops object fields and list items one at a time,
 * keeping each removal after which `judge` still gives the same kind. Greedy, at most `rounds` passes.
 */
export function minimise(input: unknown, kind: Verdict['kind'], rounds = 3, maxEvents = 200_000): unknown {
  let best = copyOf(input);
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (let place = placesOf(best).length - 1; place >= 0; place--) {
      const tried = mutate(best, [{ place, op: -1 }]);
      if (judge(tried, maxEvents).kind === kind) {
        best = tried;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return best;
}
