// The CLI's `--json` output: one object with the run's KPIs. A KPI is a number for one replication and
// `{ mean, halfWidth, n }` for several; NaN (undefined, e.g. ASA with nothing answered) becomes null.
// No timings or other machine-dependent values, so the same seed gives byte-identical output.
import type { Scenario } from '../sim/scenario/schema';
import type { Cell, CellRecord, Report } from './report';

export type JsonKpi = number | null | { mean: number | null; halfWidth: number | null; n: number };
export type JsonKpis = Record<string, JsonKpi>;

export interface JsonReport {
  scenarioId: string;
  seed: string;
  replications: number;
  /** Confidence level of every halfWidth (only meaningful with more than one replication). */
  confidenceLevel: number;
  /** The definition the `serviceLevel` KPIs use; the other conventions have their own KPI keys. */
  serviceLevel: { thresholdSeconds: number; target: number; convention: string };
  total: JsonKpis;
  queues: Record<string, JsonKpis>;
  groups: Record<string, JsonKpis>;
  intervals: ({ index: number; startSeconds: number; endSeconds: number } & JsonKpis)[];
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function toJsonKpi(cell: Cell): JsonKpi {
  if (typeof cell === 'number') return finiteOrNull(cell);
  return { mean: finiteOrNull(cell.mean), halfWidth: finiteOrNull(cell.halfWidth), n: cell.n };
}

function toJsonKpis(record: CellRecord): JsonKpis {
  const out: JsonKpis = {};
  for (const [key, cell] of Object.entries(record)) out[key] = toJsonKpi(cell);
  return out;
}

function mapValues(record: Record<string, CellRecord>): Record<string, JsonKpis> {
  const out: Record<string, JsonKpis> = {};
  for (const [key, value] of Object.entries(record)) out[key] = toJsonKpis(value);
  return out;
}

export function toJsonReport(scenario: Scenario, report: Report): JsonReport {
  return {
    scenarioId: report.scenarioId,
    seed: report.seed,
    replications: report.replications,
    confidenceLevel: report.confidenceLevel,
    serviceLevel: {
      thresholdSeconds: scenario.serviceLevel.thresholdSeconds,
      target: scenario.serviceLevel.target,
      convention: scenario.serviceLevel.convention ?? 'excludeShortAbandons',
    },
    total: toJsonKpis(report.total),
    queues: mapValues(report.queues),
    groups: mapValues(report.groups),
    intervals: report.intervals.map((row) => ({
      index: row.index,
      startSeconds: row.startSeconds,
      endSeconds: row.endSeconds,
      ...toJsonKpis(row.kpis),
    })),
  };
}

/** The JSON text printed to stdout: two-space indented, one trailing newline. */
export function formatJson(scenario: Scenario, report: Report): string {
  return `${JSON.stringify(toJsonReport(scenario, report), null, 2)}\n`;
}
