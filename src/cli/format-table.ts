// The CLI's human-readable report: calls and service per queue, agents per group, and one row per interval,
// naming the service-level convention in use. Pure: takes the scenario and the report, returns text.
import type { AgentKpis, CallKpis } from '../sim/results';
import type { Scenario, ServiceLevelConvention } from '../sim/scenario/schema';
import { formatClock, formatCount, formatLevel, formatPercent, formatSeconds } from './format-value';
import type { Cell, CellRecord, Report } from './report';
import { renderTable, type Column } from './text-table';
import { organisationTable } from './format-organisation';

/** Longer runs print only this many interval rows unless asked for all (the JSON always has them all). */
export const MAX_INTERVAL_ROWS = 48;

export interface TableOptions {
  allIntervals?: boolean;
}

interface ConventionInfo {
  key: KpiKey;
  header: string;
  formula: (t: string) => string;
}

const conventions: Record<ServiceLevelConvention, ConventionInfo> = {
  excludeShortAbandons: {
    key: 'serviceLevelExcludeShortAbandons',
    header: 'SL ex-short',
    formula: (t) => `answered ≤ ${t} ÷ (answered + abandoned > ${t})`,
  },
  offered: { key: 'serviceLevelOffered', header: 'SL offered', formula: (t) => `answered ≤ ${t} ÷ offered` },
  answered: { key: 'serviceLevelAnswered', header: 'SL answered', formula: (t) => `answered ≤ ${t} ÷ answered` },
};

const left = (header: string): Column => ({ header, align: 'left' });
const right = (header: string): Column => ({ header, align: 'right' });

/** Typed keys, so that renaming a KPI in results.ts breaks this file at compile time, not at run time. */
type KpiKey = keyof (CallKpis & AgentKpis);

function get(record: CellRecord, key: KpiKey): Cell {
  return record[key] ?? NaN;
}

function serviceLevelName(scenario: Scenario): string {
  const targetPercent = Math.round(scenario.serviceLevel.target * 1000) / 10;
  return `SL ${targetPercent}/${scenario.serviceLevel.thresholdSeconds}`;
}

function headerLines(scenario: Scenario, report: Report): string[] {
  const threshold = `${scenario.serviceLevel.thresholdSeconds} s`;
  const headline = scenario.serviceLevel.convention ?? 'excludeShortAbandons';
  const others = (Object.keys(conventions) as ServiceLevelConvention[]).filter((c) => c !== headline);
  const runs =
    report.replications === 1
      ? '1 replication'
      : `${report.replications} replications, each value is mean ± half-width of the ${Math.round(report.confidenceLevel * 100)}% confidence interval`;
  return [
    `${scenario.id}: ${scenario.name}`,
    `seed ${report.seed}, ${runs}`,
    `${serviceLevelName(scenario)} (${headline}): ${conventions[headline].formula(threshold)}`,
    ...others.map((c) => `  beside it, ${conventions[c].header} (${c}): ${conventions[c].formula(threshold)}`),
  ];
}

function rowsByPopulation(report: Report): [string, CellRecord][] {
  return [['total', report.total], ...Object.entries(report.queues)];
}

function callsTable(report: Report): string[] {
  const columns = [
    left('calls'),
    right('offered'),
    right('answered'),
    right('abandoned'),
    right('waiting at end'),
    right('abandoned %'),
  ];
  const rows = rowsByPopulation(report).map(([name, r]) => [
    name,
    formatCount(get(r, 'offered')),
    formatCount(get(r, 'answered')),
    formatCount(get(r, 'abandoned')),
    formatCount(get(r, 'waitingAtEnd')),
    formatPercent(get(r, 'abandonRate')),
  ]);
  return renderTable(columns, rows);
}

function serviceTable(scenario: Scenario, report: Report): string[] {
  const headline = scenario.serviceLevel.convention ?? 'excludeShortAbandons';
  const others = (Object.keys(conventions) as ServiceLevelConvention[]).filter((c) => c !== headline);
  const columns = [
    left('service'),
    right(serviceLevelName(scenario)),
    ...others.map((c) => right(conventions[c].header)),
    right('ASA s'),
    right('AHT s'),
    right('max wait s'),
  ];
  const rows = rowsByPopulation(report).map(([name, r]) => [
    name,
    formatPercent(get(r, 'serviceLevel')),
    ...others.map((c) => formatPercent(get(r, conventions[c].key))),
    formatSeconds(get(r, 'asaSeconds')),
    formatSeconds(get(r, 'ahtSeconds')),
    formatSeconds(get(r, 'maxWaitSeconds')),
  ]);
  return renderTable(columns, rows);
}

function agentsTable(report: Report): string[] {
  const columns = [left('agents'), right('logged in'), right('busy'), right('occupancy'), right('answered')];
  const rows = [['all', report.total] as const, ...Object.entries(report.groups)].map(([name, r]) => [
    name,
    formatLevel(get(r, 'staffedAgents')),
    formatLevel(get(r, 'busyAgents')),
    formatPercent(get(r, 'occupancy')),
    formatCount(get(r, 'answered')),
  ]);
  return renderTable(columns, rows);
}

function intervalsTable(scenario: Scenario, report: Report, options: TableOptions): string[] {
  const shown = options.allIntervals ? report.intervals : report.intervals.slice(0, MAX_INTERVAL_ROWS);
  const columns = [
    left('start'),
    right('offered'),
    right('answered'),
    right('abandoned'),
    right(serviceLevelName(scenario)),
    right('ASA s'),
    right('occupancy'),
  ];
  const rows = shown.map((row) => [
    formatClock(row.startSeconds),
    formatCount(get(row.kpis, 'offered')),
    formatCount(get(row.kpis, 'answered')),
    formatCount(get(row.kpis, 'abandoned')),
    formatPercent(get(row.kpis, 'serviceLevel')),
    formatSeconds(get(row.kpis, 'asaSeconds')),
    formatPercent(get(row.kpis, 'occupancy')),
  ]);
  const lines = renderTable(columns, rows);
  const hidden = report.intervals.length - shown.length;
  if (hidden > 0) lines.push(`… ${hidden} more intervals: --all-intervals prints them, --json has them all`);
  return lines;
}

/** The whole text report, ending with a newline. */
export function formatReport(scenario: Scenario, report: Report, options: TableOptions = {}): string {
  const sections = [
    headerLines(scenario, report),
    callsTable(report),
    serviceTable(scenario, report),
    agentsTable(report),
    ...[organisationTable(scenario, report)].filter((lines) => lines.length > 0),
    [
      `intervals of ${scenario.intervalMinutes} min (hh:mm from the start of the run; arrivals counted in the interval they arrive)`,
    ],
    intervalsTable(scenario, report, options),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
