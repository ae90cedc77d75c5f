// The CLI's organisation section: what the floor's structure and its non-phone roles did (docs/organisation.md),
// printed only for scenarios that use any of it. Pure: takes the scenario and the report, returns text lines.
import type { OrganisationKpis } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import { formatCount, formatPercent, formatSeconds } from './format-value';
import type { Cell, Report } from './report';
import { renderTable } from './text-table';

type Row = [label: string, key: keyof OrganisationKpis, format: (cell: Cell) => string];

const rows: Row[] = [
  ['peer consults before an escalation', 'peerConsults', formatCount],
  ['  of them resolved together', 'peerConsultsResolved', formatCount],
  ['escalations with no idle peer', 'peerUnavailable', formatCount],
  ['agents moved at reviews', 'agentsReassigned', formatCount],
  ['breaks put off', 'breaksShifted', formatCount],
  ['  mean delay, s', 'breakShiftMeanSeconds', formatSeconds],
  ['meeting sessions (people)', 'meetingSessions', formatCount],
  ['coaching sessions', 'coachingSessions', formatCount],
  ['QA reviews', 'qaReviews', formatCount],
  ['QA feedback sessions', 'qaFeedbackSessions', formatCount],
  ['training sessions (people)', 'trainingSessions', formatCount],
  ['support staff cost', 'supportStaffCost', (c) => formatCount(c)],
  ['learning-curve efficiency at the end', 'meanEfficiency', formatPercent],
  ['fatigue slowdown at the end', 'meanSlowdown', formatPercent],
];

/** True when the scenario uses structures, non-phone roles, training credits, learning curves or fatigue. */
export function usesOrganisation(s: Scenario): boolean {
  return (
    (s.departments ?? []).some((d) => d.structure !== undefined) ||
    s.coaching !== undefined ||
    s.qa !== undefined ||
    (s.staff?.length ?? 0) > 0 ||
    s.fatigue !== undefined ||
    s.agentGroups.some((g) => g.learning !== undefined)
  );
}

function value(cell: Cell | undefined): number {
  if (cell === undefined) return NaN;
  return typeof cell === 'number' ? cell : cell.mean;
}

/** The section's lines, or none when the scenario uses no organisation mechanism; all-zero rows are left out. */
export function organisationTable(scenario: Scenario, report: Report): string[] {
  if (!usesOrganisation(scenario)) return [];
  const shown = rows.filter(([, key]) => {
    const v = value(report.total[key]);
    return Number.isFinite(v) && v !== 0;
  });
  if (shown.length === 0) return [];
  return renderTable(
    [
      { header: 'organisation', align: 'left' },
      { header: 'value', align: 'right' },
    ],
    shown.map(([label, key, format]) => [label, format(report.total[key] as Cell)]),
  );
}
