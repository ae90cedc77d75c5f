// The staff command's printed report and CSV: the staffing table per interval, the shift plan and roster, and
// paid hours and cost against the Erlang-C two-step plan. Pure text from an OptimisedDay.
import type { Scenario } from '../sim/scenario/schema';
import type { OptimisedDay } from '../sim/staffing/plan';
import type { StaffingTarget } from '../sim/staffing/target';
import { renderTable } from './text-table';

export function clockOf(seconds: number, scenario: Scenario): string {
  const t = (((seconds + (scenario.clockStartAt ?? 0)) % 86_400) + 86_400) % 86_400;
  return `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}`;
}

const pct = (share: number): string => (Number.isFinite(share) ? `${(100 * share).toFixed(1)}%` : '—');

/** "36 (16/15/5)": the total and each group's count, in agentGroups order; "—" when unknown. */
function agents(values: readonly (number | null)[]): string {
  if (values.some((v) => v === null)) return '—';
  const list = values as number[];
  const total = list.reduce((a, b) => a + b, 0);
  return list.length === 1 ? String(total) : `${total} (${list.join('/')})`;
}

export function formatStaffReport(day: OptimisedDay, scenario: Scenario, target: StaffingTarget): string {
  const { requirements, verification, erlangC } = day;
  const plan = verification.plan;
  const lines: string[] = [];
  const groups = scenario.agentGroups.map((g) => g.id);
  lines.push(
    `Staffing for "${scenario.name}": ${pct(target.serviceLevel)} answered in ${target.thresholdSeconds} s ` +
      `(${scenario.serviceLevel.convention ?? 'excludeShortAbandons'}), ${pct(target.confidence)} confidence in every interval` +
      (target.maxAbandonRate === undefined ? '' : `, abandoned ≤ ${pct(target.maxAbandonRate)}`) +
      (target.maxOccupancy === undefined ? '' : `, occupancy ≤ ${pct(target.maxOccupancy)}`),
  );
  lines.push(
    `Agents per group (in this order): ${groups.join(' / ')}. ${requirements.evaluations} candidate staffings simulated.`,
  );
  lines.push('');
  const rows = requirements.intervals.map((w, i) => {
    const analytic = requirements.analytic[i] ?? [];
    const m = verification.measures[i];
    const sl = m?.serviceLevel;
    const onPhones = groups.map((_, g) => Math.round((plan.onPhones[g]?.[i] ?? 0) * 10) / 10);
    return [
      `${clockOf(w.startSeconds, scenario)}`,
      String(Math.round(analytic.reduce((s, a) => s + a.callsPerHour, 0))),
      agents(analytic.map((a) => a.erlangC)),
      agents(analytic.map((a) => a.erlangA)),
      agents(requirements.simulated[i]?.agents ?? []),
      agents(onPhones),
      sl === undefined || !m?.observed ? '—' : `${pct(sl.mean)} ± ${pct(sl.halfWidth)}`,
      m === undefined || !m.observed ? '—' : m.meets ? 'yes' : 'NO',
    ];
  });
  lines.push(
    ...renderTable(
      [
        { header: 'interval', align: 'left' },
        { header: 'calls/h', align: 'right' },
        { header: 'Erlang C', align: 'right' },
        { header: 'Erlang A', align: 'right' },
        { header: 'simulated', align: 'right' },
        { header: 'scheduled', align: 'right' },
        { header: 'SL (fresh seeds)', align: 'right' },
        { header: 'meets', align: 'left' },
      ],
      rows,
    ),
  );
  lines.push(
    'Scheduled: expected agents on the phones (breaks and lunches taken out). SL: mean ± two-sided half-width.',
  );
  lines.push('');
  lines.push('Shift plan (people per pattern):');
  for (const [pattern, count] of Object.entries(plan.byPattern)) lines.push(`  ${pattern}: ${count}`);
  lines.push('');
  lines.push('Roster:');
  lines.push(
    ...renderTable(
      [
        { header: 'group', align: 'left' },
        { header: 'pattern', align: 'left' },
        { header: 'people', align: 'right' },
        { header: 'start', align: 'left' },
        { header: 'end', align: 'left' },
        { header: 'break', align: 'left' },
        { header: 'lunch', align: 'left' },
      ],
      plan.positions.map(({ position: p, agents: n }) => [
        p.group,
        p.pattern,
        String(n),
        clockOf(p.startAt, scenario),
        clockOf(p.endAt, scenario),
        p.breakAt === undefined ? '—' : clockOf(p.breakAt, scenario),
        p.lunchAt === undefined ? '—' : clockOf(p.lunchAt, scenario),
      ]),
    ).map((l) => `  ${l}`),
  );
  lines.push('');
  const met = (c: typeof verification): string =>
    `${c.measures.filter((m) => !m.observed || m.meets).length} of ${c.measures.length} intervals meet the target`;
  const currency = scenario.costs?.currency ?? 'USD';
  const saving = erlangC.plan.paidHours - plan.paidHours;
  lines.push(
    ...renderTable(
      [
        { header: 'plan', align: 'left' },
        { header: 'paid hours', align: 'right' },
        { header: `cost (${currency})`, align: 'right' },
        { header: 'with fresh seeds', align: 'left' },
      ],
      [
        ['simulation-optimised', plan.paidHours.toFixed(1), plan.cost.toFixed(0), met(verification)],
        ['Erlang C two-step', erlangC.plan.paidHours.toFixed(1), erlangC.plan.cost.toFixed(0), met(erlangC)],
      ],
    ),
  );
  lines.push(
    `Saving: ${saving.toFixed(1)} paid hours (${pct(saving / Math.max(erlangC.plan.paidHours, 1e-9))}), ` +
      `${(erlangC.plan.cost - plan.cost).toFixed(0)} ${currency} a day; ${day.repairRounds} repair round${day.repairRounds === 1 ? '' : 's'}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** One row per interval and group; the interval's service level (fresh seeds) repeats on its groups' rows. */
export function formatStaffCsv(day: OptimisedDay, scenario: Scenario): string {
  const header =
    'interval,start,group,callsPerHour,erlangC,erlangCScheduled,erlangA,erlangAScheduled,simulated,scheduledOnPhones,serviceLevel,serviceLevelHalfWidth,meets';
  const rows: string[] = [header];
  const { requirements, verification } = day;
  requirements.intervals.forEach((w, i) => {
    const m = verification.measures[i];
    scenario.agentGroups.forEach((group, g) => {
      const a = requirements.analytic[i]?.[g];
      const cell = (v: number | null | undefined): string =>
        v === null || v === undefined || !Number.isFinite(v) ? '' : String(v);
      rows.push(
        [
          i,
          clockOf(w.startSeconds, scenario),
          group.id,
          cell(a?.callsPerHour),
          cell(a?.erlangC),
          cell(a?.erlangCScheduled),
          cell(a?.erlangA),
          cell(a?.erlangAScheduled),
          cell(requirements.simulated[i]?.agents[g]),
          cell(Math.round((verification.plan.onPhones[g]?.[i] ?? 0) * 1000) / 1000),
          cell(m?.serviceLevel.mean),
          cell(m?.serviceLevel.halfWidth),
          m === undefined || !m.observed ? '' : String(m.meets),
        ].join(','),
      );
    });
  });
  return `${rows.join('\n')}\n`;
}
