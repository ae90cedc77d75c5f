// The comparison's fairness warnings come from the simulator in English; the page reads each back into its parts
// to say it in the page's language. Every kind the simulator writes must be understood (a reworded sentence in
// src/sim would otherwise reach Russian pages in English), and English must say what the simulator said.
import { describe, expect, it } from 'vitest';
import { fairnessWarnings } from '../../../src/sim/comparison';
import { findBuiltInScenario } from '../../../src/scenarios/index';
import type { Scenario } from '../../../src/sim/scenario/schema';
import { parseWarning, warningText } from '../../../src/ui/compare/compare-warnings';

const helpDesk = findBuiltInScenario('help-desk') as Scenario;

describe('comparison warnings in the page language', () => {
  const other: Scenario = {
    ...helpDesk,
    serviceLevel: { ...helpDesk.serviceLevel, thresholdSeconds: helpDesk.serviceLevel.thresholdSeconds + 10 },
    horizon: { kind: 'duration', seconds: 3600 },
    warmupSeconds: (helpDesk.warmupSeconds ?? 0) + 600,
  };
  const warnings = fairnessWarnings([helpDesk, other, other]);

  it('the simulator warns about both differences, for each variant', () => {
    expect(warnings.length).toBe(4);
  });

  it('understands every warning the simulator writes, with its variant and both sides', () => {
    const parsed = warnings.map(parseWarning);
    expect(parsed.map((p) => p?.kind)).toEqual(['serviceLevel', 'horizon', 'serviceLevel', 'horizon']);
    expect(parsed.map((p) => p?.variant)).toEqual(['B', 'B', 'C', 'C']);
    const sl = parsed[0];
    expect(sl?.kind === 'serviceLevel' && [sl.threshold, sl.baseThreshold]).toEqual([
      String(other.serviceLevel.thresholdSeconds),
      String(helpDesk.serviceLevel.thresholdSeconds),
    ]);
    const window = parsed[1];
    expect(window?.kind === 'horizon' && [window.horizon, window.warmup, window.baseWarmup]).toEqual([
      JSON.stringify(other.horizon),
      String(other.warmupSeconds),
      String(helpDesk.warmupSeconds ?? 0),
    ]);
  });

  it('shows the simulator sentence in English, a duration as its length, and an unknown one as written', () => {
    expect(warningText(warnings[0] ?? '')).toBe(warnings[0]);
    expect(warningText(warnings[1] ?? '')).toBe(
      'horizon: B observes a different window (1 h, warm-up 600 s) from A (8 h, warm-up 0 s): counts and costs are not comparable',
    );
    expect(parseWarning('queues: something new')).toBeUndefined();
    expect(warningText('queues: something new')).toBe('queues: something new');
  });
});
