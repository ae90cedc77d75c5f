// Which rows the comparison tables show: the headline KPIs, and the organisation KPIs only where some variant
// has them (the hierarchical against the self-managed floor, not two plain help desks).
import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../../src/sim/compare';
import { findBuiltInScenario } from '../../../src/scenarios/index';
import { compareRows } from '../../../src/ui/compare/compare-kpis';

describe('compareRows', () => {
  const organisationFields = ['peerConsults', 'agentsReassigned', 'supportStaffCost', 'meanEfficiency'];

  it('leaves out organisation KPIs that no variant has', () => {
    const helpDesk = findBuiltInScenario('help-desk')!;
    const plusOne = {
      ...helpDesk,
      id: 'help-desk-7',
      agentGroups: helpDesk.agentGroups.map((g) => ({ ...g, agents: g.agents + 1 })),
    };
    const comparison = compareVariants([helpDesk, plusOne], { replications: 2 });
    const fields = compareRows(comparison.total, true).map((r) => r.field);
    expect(fields).toContain('serviceLevel');
    expect(fields).toContain('cost');
    for (const f of organisationFields) expect(fields).not.toContain(f);
  });

  it('shows those some variant has, for the whole centre only', () => {
    const comparison = compareVariants(
      [findBuiltInScenario('service-floor-hierarchical')!, findBuiltInScenario('service-floor-self-managed')!],
      {
        replications: 2,
      },
    );
    const fields = compareRows(comparison.total, true).map((r) => r.field);
    // Peer consults on the self-managed floor, moves on the hierarchical one, supervisors on both.
    expect(fields).toEqual(expect.arrayContaining(['peerConsults', 'agentsReassigned', 'supportStaffCost']));
    const department = compareRows(comparison.departments['service']!, false).map((r) => r.field);
    expect(department).toContain('serviceLevel');
    for (const f of organisationFields) expect(department).not.toContain(f);
    expect(department).not.toContain('occupancy');
  });
});
