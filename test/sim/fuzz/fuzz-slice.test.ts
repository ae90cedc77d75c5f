// A fixed-seed slice of `npm run fuzz`, in-process with tiny horizons and an event cap: every hostile scenario
// is refused clearly, runs correctly, or is stopped with a clear message; never a crash, an unhelpful message
// or an impossible figure shown. Then every failure the fuzzer found, as a named regression test.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseAt, fromFixture, judge, mutate, type Verdict } from './fuzz-cases';

const SLICE_SEED = 7;
const SLICE_CASES = 1_000;
const MAX_EVENTS = 200_000;

describe(`fuzz slice: ${SLICE_CASES} cases of seed ${SLICE_SEED}`, () => {
  it('refuses clearly, runs correctly, or stops clearly; never an engine bug', () => {
    const counts: Record<string, number> = {};
    const problems: string[] = [];
    for (let i = 0; i < SLICE_CASES; i++) {
      const verdict: Verdict = judge(caseAt(SLICE_SEED, i), MAX_EVENTS);
      counts[verdict.kind] = (counts[verdict.kind] ?? 0) + 1;
      if (verdict.kind === 'crash' || verdict.kind === 'unhelpful' || verdict.kind === 'engine-bug')
        problems.push(`case ${i}: ${verdict.message}`);
    }
    expect(problems).toEqual([]);
    // Not vacuous: both refusals and real runs are among the cases.
    expect(counts.refused ?? 0).toBeGreaterThan(SLICE_CASES / 2);
    expect(counts.ran ?? 0).toBeGreaterThan(50);
  });
});

describe('regressions found by the fuzzer (test/fixtures/fuzz/)', () => {
  const dir = new URL('../../fixtures/fuzz/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('has fixtures to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files)
    it(`${file}: never shows an impossible figure, never crashes`, () => {
      const verdict = judge(fromFixture(readFileSync(new URL(file, dir), 'utf8')), MAX_EVENTS);
      // The engine bugs are fixed (engine-regressions.test.ts checks their figures): each runs correctly.
      if (file.startsWith('engine-bug-')) {
        expect(verdict).toEqual({ kind: 'ran' });
      } else if (file.startsWith('stopped-')) {
        expect(verdict.kind).toBe('stopped');
      } else {
        expect(['refused', 'ran']).toContain(verdict.kind);
      }
    });
});

describe('cases that once broke the fuzzer itself', () => {
  // Once seed 12's case 9807 (case numbers move whenever the generators draw differently, so the case is built here).
  it('a 5,000-level nest copied into a list is drawn (no stack overflow) and refused clearly', () => {
    // A document too deep to copy is edited in place, so each try gets a fresh one; the place that names the
    // queue (its position among the document's places) is searched for rather than counted by hand.
    const freshDoc = () => {
      let nest: unknown = 1;
      for (let i = 0; i < 5_000; i++) nest = { x: nest };
      return { id: 'nest', queues: [nest] };
    };
    const copied = Array.from({ length: 16 }, (_, place) => mutate(freshDoc(), [{ place, op: -2 }])).filter(
      (d) => ((d as { queues: unknown[] }).queues ?? []).length === 2,
    );
    expect(copied.length).toBeGreaterThan(0);
    for (const d of copied) expect(judge(d, MAX_EVENTS)).toEqual({ kind: 'refused' });
  });
});
