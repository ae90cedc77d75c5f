// The organisation section's pure parts: which KPIs it lists (defined and non-zero, for real runs of the
// built-in scenarios), their units, and the CSV export carrying them.
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../src/sim/replications';
import { findBuiltInScenario } from '../../src/scenarios/index';
import type { OrganisationKpis } from '../../src/sim/results';
import { resultToCsv } from '../../src/ui/export-results';
import {
  ORGANISATION_SPECS,
  currencyOf,
  formatOrganisationHalfWidth,
  formatOrganisationValue,
  organisationRows,
  singleEstimate,
  singleEstimates,
} from '../../src/ui/organisation-rows';

const run = (id: string, replications: number) => runReplications(findBuiltInScenario(id)!, { replications });

describe('organisationRows', () => {
  it('lists nothing for a floor without organisation', () => {
    const helpDesk = run('help-desk', 2);
    expect(organisationRows(helpDesk.total)).toEqual([]);
  });

  it('lists the defined, non-zero KPIs of a self-managed floor with their estimates', () => {
    const result = run('service-floor-self-managed', 3);
    const rows = organisationRows(result.total);
    const fields = rows.map((r) => r.field);
    expect(fields).toContain('peerConsults');
    expect(fields).toContain('supportStaffCost');
    // Nothing is moved on a self-managed floor, and without fatigue the slowdown is undefined.
    expect(fields).not.toContain('agentsReassigned');
    expect(fields).not.toContain('meanSlowdown');
    for (const row of rows) {
      expect(row.estimate).toBe(result.total[row.field]);
      expect(Number.isFinite(row.estimate.mean) && row.estimate.mean !== 0).toBe(true);
    }
    // Listed in the declared order.
    const order = Object.keys(ORGANISATION_SPECS);
    expect(fields).toEqual([...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('shows a live run so far as single values without intervals', () => {
    const single = run('service-floor-hierarchical', 1).runs[0]!;
    const estimates = singleEstimates(single.total);
    expect(Object.keys(estimates).sort()).toEqual(Object.keys(ORGANISATION_SPECS).sort());
    expect(estimates.supportStaffCost).toEqual({
      mean: single.total.supportStaffCost,
      halfWidth: NaN,
      stdDev: NaN,
      n: 1,
    });
    expect(singleEstimate(NaN).n).toBe(0);
    const rows = organisationRows(estimates);
    expect(rows.map((r) => r.field)).toContain('agentsReassigned');
    expect(rows.every((r) => formatOrganisationHalfWidth(r.estimate, r.kind, 'USD') === '')).toBe(true);
  });
});

describe('formatting', () => {
  it('gives each KPI its unit: counts, seconds, money in the currency, percentages', () => {
    const kinds = (field: keyof OrganisationKpis) => ORGANISATION_SPECS[field].kind;
    expect(kinds('meanEfficiency')).toBe('percent');
    expect(kinds('meanSlowdown')).toBe('percent');
    expect(kinds('supportStaffCost')).toBe('money');
    expect(kinds('breakShiftMeanSeconds')).toBe('seconds');
    expect(formatOrganisationValue(0.734, 'percent', 'USD')).toBe('73.4%');
    expect(formatOrganisationValue(1490.89, 'money', 'USD')).toBe('$1,491');
    expect(formatOrganisationValue(1490.89, 'money', 'EUR')).toBe('€1,491');
    expect(formatOrganisationValue(95.2, 'seconds', 'USD')).toBe('95 s');
    expect(formatOrganisationValue(24, 'count', 'USD')).toBe('24');
    expect(formatOrganisationValue(NaN, 'money', 'USD')).toBe('—');
    const estimate = { mean: 1200, halfWidth: 35.4, stdDev: 20, n: 5 };
    expect(formatOrganisationHalfWidth(estimate, 'money', 'GBP')).toBe('±£35');
    expect(formatOrganisationHalfWidth({ ...estimate, mean: 0.6, halfWidth: 0.021 }, 'percent', 'USD')).toBe('±2.1');
    expect(formatOrganisationHalfWidth({ ...estimate, halfWidth: 0 }, 'money', 'USD')).toBe('');
  });

  it("takes the scenario's currency, USD without costs", () => {
    const scenario = findBuiltInScenario('help-desk')!;
    expect(currencyOf({ ...scenario, costs: { currency: 'EUR', defaultHourlyCost: 20 } })).toBe('EUR');
    expect(currencyOf({ ...scenario, costs: undefined })).toBe('USD');
    expect(currencyOf(undefined)).toBe('USD');
  });
});

describe('the CSV export', () => {
  it('carries the organisation KPIs of the total with their estimates', () => {
    const result = run('onboarding-week', 2);
    const rows = resultToCsv(result)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    for (const field of Object.keys(ORGANISATION_SPECS) as (keyof OrganisationKpis)[]) {
      const row = rows.find((r) => r[0] === 'total' && r[3] === field);
      expect(row, field).toBeDefined();
      const mean = result.total[field].mean;
      expect(row![4]).toBe(Number.isFinite(mean) ? String(mean) : '');
    }
    const efficiency = rows.find((r) => r[0] === 'total' && r[3] === 'meanEfficiency')!;
    expect(Number(efficiency[4])).toBeGreaterThan(0.5);
    expect(Number(efficiency[4])).toBeLessThan(1);
  });
});
