// A comparison as a tidy CSV: one row per scope, KPI and variant with its mean and 95% half-width, and for
// every variant after the baseline its paired difference from A, the difference's half-width, whether it is
// significant and the variance ratio of common random numbers. Pure, no DOM.
import type { Comparison, KpiComparisons } from '../../sim/compare';
import { csvField } from '../export-results';

export const COMPARE_CSV_HEADER = [
  'scope',
  'id',
  'kpi',
  'variant',
  'scenario_id',
  'mean',
  'ci95_half_width',
  'replications',
  'difference_vs_a',
  'difference_ci95_half_width',
  'significant',
  'variance_ratio_crn',
] as const;

function rowsOf(comparison: Comparison, scope: string, id: string, kpis: KpiComparisons): (string | number)[][] {
  return Object.entries(kpis).flatMap(([kpi, c]) =>
    c.variants.map((estimate, v) => {
      const info = comparison.variants[v];
      const difference = v === 0 ? undefined : c.differences[v - 1];
      return [
        scope,
        id,
        kpi,
        info?.label ?? '',
        info?.scenarioId ?? '',
        estimate.mean,
        estimate.halfWidth,
        estimate.n,
        difference?.mean ?? '',
        difference?.halfWidth ?? '',
        difference === undefined ? '' : String(difference.significant),
        difference?.varianceRatio ?? '',
      ];
    }),
  );
}

/** Every KPI of the comparison: the whole centre, each queue, department and group compared. */
export function comparisonToCsv(comparison: Comparison): string {
  const rows = [
    ...rowsOf(comparison, 'total', '', comparison.total),
    ...Object.entries(comparison.departments).flatMap(([id, k]) => rowsOf(comparison, 'department', id, k)),
    ...Object.entries(comparison.queues).flatMap(([id, k]) => rowsOf(comparison, 'queue', id, k)),
    ...Object.entries(comparison.groups).flatMap(([id, k]) => rowsOf(comparison, 'group', id, k)),
  ];
  return [COMPARE_CSV_HEADER.join(','), ...rows.map((r) => r.map((f) => csvField(f)).join(','))].join('\r\n') + '\r\n';
}
