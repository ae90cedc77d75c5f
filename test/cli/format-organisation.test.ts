// The CLI's organisation section: present only for scenarios that use the mechanisms, rows only for what
// happened, figures formatted like the other tables. Hand-made reports, no engine.
import { describe, expect, it } from 'vitest';
import { organisationTable, usesOrganisation } from '../../src/cli/format-organisation';
import type { Report } from '../../src/cli/report';
import { findBuiltInScenario } from '../../src/scenarios';
import type { Scenario } from '../../src/sim/scenario/schema';

function report(
  total: Record<string, number | { mean: number; halfWidth: number; stdDev: number; n: number }>,
): Report {
  return {
    scenarioId: 'x',
    seed: 's',
    replications: 1,
    confidenceLevel: 0.95,
    total,
    queues: {},
    groups: {},
    intervals: [],
  };
}

describe('organisation section', () => {
  const hierarchical = findBuiltInScenario('service-floor-hierarchical') as Scenario;
  const helpDesk = findBuiltInScenario('help-desk') as Scenario;

  it('is left out for a scenario without organisation mechanisms', () => {
    expect(usesOrganisation(helpDesk)).toBe(false);
    expect(organisationTable(helpDesk, report({ peerConsults: 5 }))).toEqual([]);
  });

  it('shows the counts that happened, and skips zeros and undefined means', () => {
    expect(usesOrganisation(hierarchical)).toBe(true);
    const lines = organisationTable(
      hierarchical,
      report({
        agentsReassigned: 4,
        qaReviews: 0,
        breakShiftMeanSeconds: NaN,
        meanEfficiency: { mean: 0.875, halfWidth: 0.01, stdDev: 0, n: 3 },
      }),
    );
    const text = lines.join('\n');
    expect(text).toMatch(/agents moved at reviews\s+4/);
    expect(text).toMatch(/learning-curve efficiency at the end\s+87\.5% ± 1\.0/);
    expect(text).not.toContain('QA reviews');
    expect(text).not.toContain('mean delay');
  });
});
