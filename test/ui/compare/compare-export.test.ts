// The comparison view's pure parts: the CSV export of a real comparison (help desk against one more agent),
// and the wording of differences, verdicts and the variance cut by common random numbers.
import { describe, expect, it } from 'vitest';
import { compareVariants, type Difference } from '../../../src/sim/compare';
import { parseScenario } from '../../../src/sim/scenario/validate';
import { COMPARE_CSV_HEADER, comparisonToCsv } from '../../../src/ui/compare/compare-csv';
import {
  didCrnHelp,
  formatCompareValue,
  formatDifference,
  formatDifferenceHalfWidth,
  formatVarianceReduction,
  verdictOf,
} from '../../../src/ui/compare/compare-kpis';
import helpDesk from '../../../src/scenarios/help-desk.json';

function difference(overrides: Partial<Difference>): Difference {
  return {
    variant: 1,
    mean: -10,
    halfWidth: 4,
    stdDev: 5,
    n: 10,
    skipped: 0,
    significant: true,
    unpairedHalfWidth: 12,
    varianceRatio: 0.2,
    ...overrides,
  };
}

describe('comparisonToCsv', () => {
  const baseline = parseScenario(helpDesk);
  const plusOne = structuredClone(baseline);
  plusOne.id = 'help-desk-7';
  plusOne.agentGroups[0]!.agents += 1;
  const comparison = compareVariants([baseline, plusOne], { replications: 4 });
  const csv = comparisonToCsv(comparison);
  const lines = csv.trimEnd().split('\r\n');
  const rows = lines.slice(1).map((line) => line.split(','));
  const column = (name: (typeof COMPARE_CSV_HEADER)[number]) => COMPARE_CSV_HEADER.indexOf(name);

  it('has one row per scope, KPI and variant, with the paired difference on the variant rows', () => {
    expect(lines[0]).toBe(COMPARE_CSV_HEADER.join(','));
    const kpis = Object.keys(comparison.total).length;
    const queueKpis = Object.keys(comparison.queues['support']!).length;
    const groupKpis = Object.keys(comparison.groups['agents']!).length;
    expect(rows).toHaveLength(2 * (kpis + queueKpis + groupKpis));
    const asa = rows.filter((r) => r[column('scope')] === 'total' && r[column('kpi')] === 'asaSeconds');
    expect(asa.map((r) => [r[column('variant')], r[column('scenario_id')]])).toEqual([
      ['A', 'help-desk'],
      ['B', 'help-desk-7'],
    ]);
    const shown = comparison.total['asaSeconds']!;
    expect(Number(asa[0]![column('mean')])).toBe(shown.variants[0]!.mean);
    expect(asa[0]![column('difference_vs_a')]).toBe('');
    expect(Number(asa[1]![column('difference_vs_a')])).toBe(shown.differences[0]!.mean);
    // One more agent on the same callers shortens the wait.
    expect(Number(asa[1]![column('difference_vs_a')])).toBeLessThan(0);
    expect(asa[1]![column('significant')]).toBe(String(shown.differences[0]!.significant));
    expect(Number(asa[1]![column('replications')])).toBe(4);
  });
});

describe('comparison wording', () => {
  it('signs differences and gives shares in percentage points', () => {
    expect(formatDifference(-12.44, 'seconds', 'USD')).toBe('−12 s');
    expect(formatDifference(0.031, 'percent', 'USD')).toBe('+3.1 pts');
    expect(formatDifference(NaN, 'seconds', 'USD')).toBe('—');
    expect(formatDifferenceHalfWidth(difference({ halfWidth: 0.012 }), 'percent', 'USD')).toBe('±1.2 pts');
    expect(formatDifferenceHalfWidth(difference({ halfWidth: NaN }), 'percent', 'USD')).toBe('');
  });

  it('shows money in the scenario’s currency', () => {
    expect(formatDifference(1.5, 'money', 'USD')).toBe('+$1.50');
    expect(formatDifference(-1.5, 'money', 'EUR')).toBe('−€1.50');
    expect(formatCompareValue(1234.5, 'money', 'GBP')).toBe('£1,234.50');
    expect(formatDifferenceHalfWidth(difference({ halfWidth: 2 }), 'money', 'EUR')).toBe('±€2.00');
  });

  it('judges a significant difference by the KPI’s better direction', () => {
    expect(verdictOf(difference({ mean: -10 }), 'lower')).toBe('better');
    expect(verdictOf(difference({ mean: -10 }), 'higher')).toBe('worse');
    expect(verdictOf(difference({ mean: 10 }), undefined)).toBe('changed');
    expect(verdictOf(difference({ significant: false }), 'lower')).toBe('no-difference');
    expect(verdictOf(difference({ halfWidth: NaN }), 'lower')).toBe('unknown');
  });

  it('shows the variance cut as 1 − ratio', () => {
    expect(formatVarianceReduction(difference({ varianceRatio: 0.125 }))).toBe('87.5%');
    expect(formatVarianceReduction(difference({ varianceRatio: 1.5 }))).toBe('-50.0%');
    expect(formatVarianceReduction(difference({ varianceRatio: NaN }))).toBe('—');
  });

  it('tells when common random numbers did not help (a negative cut)', () => {
    expect(didCrnHelp(difference({ varianceRatio: 0.125 }))).toBe(true);
    expect(didCrnHelp(difference({ varianceRatio: 1.5 }))).toBe(false);
    expect(didCrnHelp(difference({ varianceRatio: NaN }))).toBeUndefined();
  });
});
