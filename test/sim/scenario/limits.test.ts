// The limits checked before and inside the schema: size and depth before parsing, physical ranges that keep a
// run finite, and messages that stay short however large the mistake. Each case is a mistake the fuzzer found.
import { describe, expect, it } from 'vitest';
import { checkInputLimits, checkTextSize, INPUT_LIMITS } from '../../../src/sim/scenario/input-limits';
import { tryLoadScenario } from '../../../src/sim/scenario/migrate';
import { LIMITS } from '../../../src/sim/scenario/schema';
import { condenseIssues, formatIssue, MAX_LISTED_ISSUES } from '../../../src/sim/scenario/validate';
import { findBuiltInScenario } from '../../../src/scenarios/index';

function base(): Record<string, any> {
  return structuredClone(findBuiltInScenario('help-desk')!) as Record<string, any>;
}

function errorsOf(edit: (s: Record<string, any>) => void): string[] {
  const s = base();
  edit(s);
  const result = tryLoadScenario(s);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('limits before the schema', () => {
  it('refuses a document nested 100,000 deep in one line, without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const errors = errorsOf((s) => void (s.description = deep));
    expect(errors).toEqual([`description.a.a.a.a.a.a.a: nested too deeply: at most ${INPUT_LIMITS.maxDepth} levels`]);
  });

  it('refuses a cycle, which JSON cannot hold but code can hand in', () => {
    const errors = errorsOf((s) => void (s.queues[0].self = s.queues));
    expect(errors).toEqual(['queues[0].self: refers back to itself (a cycle)']);
  });

  it('accepts an object shared by two branches (not a cycle)', () => {
    const talk = { kind: 'exponential', meanSeconds: 200 };
    const s = base();
    s.callTypes[0].talk = talk;
    s.callTypes[0].afterCallWork = talk;
    expect(checkInputLimits(s)).toEqual([]);
  });

  it('refuses a megabyte string without pasting it back', () => {
    const errors = errorsOf((s) => void (s.name = 'x'.repeat(1_000_000)));
    expect(errors).toEqual([`name: text too long: at most ${INPUT_LIMITS.maxStringLength} characters (got 1000000)`]);
  });

  it('refuses a huge field name, cut short in the path', () => {
    const errors = errorsOf((s) => void (s['k'.repeat(500)] = 1));
    expect(errors).toEqual([`has a field name too long: at most ${INPUT_LIMITS.maxKeyLength} characters (got 500)`]);
  });

  it('refuses a text larger than the limit before parsing it', () => {
    const text = ' '.repeat(INPUT_LIMITS.maxTextBytes + 1);
    expect(checkTextSize(text)[0]?.message).toMatch(/^the scenario text is too large: at most 32\.0 MB/);
    expect(checkTextSize('{}')).toEqual([]);
  });
});

describe('one mistake, a few lines', () => {
  it('tells 5,000 bad scripted instants as one line with a count', () => {
    const errors = errorsOf((s) => {
      s.callTypes[0].arrivals = { atSeconds: Array.from({ length: 5000 }, () => -1) };
    });
    expect(errors).toEqual(['callTypes[0].arrivals.atSeconds[0]: must be at least 0 (got -1); and 4999 more like it']);
  });

  it('lists at most MAX_LISTED_ISSUES lines, the last one counting the rest', () => {
    const errors = errorsOf((s) => {
      for (let i = 0; i < 100; i++) s[`field${i}`] = i;
    });
    // Unknown fields at the top level differ by name, not by index, so they are not one group.
    expect(errors).toHaveLength(MAX_LISTED_ISSUES);
    expect(errors.at(-1)).toBe(`and ${100 - MAX_LISTED_ISSUES + 1} more problems`);
  });

  it('keeps up to three alike as separate lines (two overlapping breaks are two facts)', () => {
    const issues = [0, 1, 2].map((i) => ({ path: `a[${i}].b`, message: 'bad (got 1)' }));
    expect(condenseIssues(issues)).toEqual(issues);
    const four = [0, 1, 2, 3].map((i) => ({ path: `a[${i}].b`, message: `bad (got ${i})` }));
    expect(condenseIssues(four)).toEqual([{ path: 'a[0].b', message: 'bad (got 0); and 3 more like it' }]);
  });

  it('describes a large list by its length, not its contents', () => {
    const errors = errorsOf((s) => void (s.callTypes[0].talk = Array.from({ length: 1000 }, (_, i) => i)));
    expect(errors).toEqual(['callTypes[0].talk: must be an object {...} (got a list of 1000 items)']);
  });
});

describe('physical limits inside the schema', () => {
  it('refuses a day busyness variation close to 0, and accepts exactly 0 (none)', () => {
    expect(errorsOf((s) => void (s.busyness = { cv: 1e-200 }))).toEqual([
      `busyness.cv: must be 0 (no day-to-day variation) or from ${LIMITS.minBusynessCv} to ${LIMITS.maxBusynessCv} (got 1e-200)`,
    ]);
    expect(errorsOf((s) => void (s.busyness = { cv: 0 }))).toEqual([]);
  });

  it('refuses a retrial that is certain or immediate', () => {
    expect(
      errorsOf(
        (s) => void (s.callTypes[0].retrial = { probability: 1, delay: { kind: 'exponential', meanSeconds: 60 } }),
      ),
    ).toEqual([
      `callTypes[0].retrial.probability: must be at most ${LIMITS.maxRetryProbability} (a caller who always tries again never leaves) (got 1)`,
    ]);
    expect(
      errorsOf(
        (s) =>
          void (s.callTypes[0].retrial = { probability: 0.5, delay: { kind: 'deterministic', valueSeconds: 0.001 } }),
      ),
    ).toEqual(['callTypes[0].retrial.delay: must last at least 1 second on average (got a mean of 0.001)']);
  });

  it('refuses a repeat contact that can never end: certain, with customers never resolved', () => {
    const repeat = { probability: 1, delay: { kind: 'exponential', meanSeconds: 600 } };
    expect(
      errorsOf((s) => {
        s.callTypes[0].repeat = repeat;
        s.callTypes[0].resolution = { probability: 0 };
      }),
    ).toEqual([
      'callTypes[0].repeat.probability: with resolution 0 every contact may stay unresolved and call again, for ever: lower it below 1 or raise resolution.probability',
    ]);
    expect(
      errorsOf((s) => {
        s.callTypes[0].repeat = repeat;
        s.callTypes[0].resolution = { probability: 0.7 };
      }),
    ).toEqual([]);
  });

  it('refuses a duration longer than a day, a horizon longer than 366 days, and too many agents', () => {
    expect(errorsOf((s) => void (s.callTypes[0].talk = { kind: 'exponential', meanSeconds: 1e308 }))).toEqual([
      'callTypes[0].talk.meanSeconds: must be at most 86400 seconds (a day) (got 1e+308)',
    ]);
    expect(errorsOf((s) => void (s.horizon = { kind: 'duration', seconds: 1e9 }))).toEqual([
      'horizon.seconds: must be at most 31622400 (366 days) (got 1000000000)',
    ]);
    expect(errorsOf((s) => void (s.agentGroups[0].agents = 30_000))).toEqual([
      `agentGroups: at most ${LIMITS.maxTotalAgents} agents in all, groups and shifts together (got 30000)`,
    ]);
  });
});

describe('the delay rule reads the mean of every kind of distribution', () => {
  const retrialWith = (delay: unknown) => (s: Record<string, any>) =>
    void (s.callTypes[0].retrial = { probability: 0.5, delay });

  it('accepts an empirical delay with a zero among longer values, and refuses one whose mean is under 1 s', () => {
    expect(errorsOf(retrialWith({ kind: 'empirical', valuesSeconds: [0, 60, 120] }))).toEqual([]);
    expect(errorsOf(retrialWith({ kind: 'empirical', valuesSeconds: [0, 1], weights: [3, 1] }))).toEqual([
      'callTypes[0].retrial.delay: must last at least 1 second on average (got a mean of 0.25)',
    ]);
    expect(errorsOf(retrialWith({ kind: 'empirical', valuesSeconds: [0, 1.5], interpolate: true }))).toEqual([
      'callTypes[0].retrial.delay: must last at least 1 second on average (got a mean of 0.75)',
    ]);
    expect(errorsOf(retrialWith({ kind: 'uniform', minSeconds: 0, maxSeconds: 2 }))).toEqual([]);
  });
});
