// Results as files a manager can open elsewhere: a tidy CSV (one row per scope, KPI and estimate) and the
// full result as JSON. Pure functions over plain data, no DOM (the download itself is in download.ts).
import type { Estimate, ReplicatedResult } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';

export const CSV_HEADER = [
  'scope',
  'id',
  'interval_start_seconds',
  'kpi',
  'mean',
  'ci95_half_width',
  'replications',
] as const;

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function rowsOf(scope: string, id: string, start: number | '', summary: object): string[][] {
  return Object.entries(summary)
    .filter(
      (entry): entry is [string, Estimate] => typeof entry[1] === 'object' && entry[1] !== null && 'mean' in entry[1],
    )
    .map(([kpi, e]) => [scope, id, String(start), kpi, csvField(e.mean), csvField(e.halfWidth), String(e.n)]);
}

/**
 * Every KPI of a replicated run: the whole centre, each queue, each group, each interval. Undefined values
 * (NaN, e.g. ASA with nothing answered) are empty cells.
 */
export function resultToCsv(result: ReplicatedResult): string {
  const rows: string[][] = [
    ...rowsOf('total', '', '', result.total),
    ...Object.entries(result.queues).flatMap(([id, s]) => rowsOf('queue', id, '', s)),
    ...Object.entries(result.groups).flatMap(([id, s]) => rowsOf('group', id, '', s)),
    ...result.intervals.flatMap((s) => rowsOf('interval', String(s.index.mean), s.startSeconds.mean, s)),
  ];
  return [CSV_HEADER.join(','), ...rows.map((r) => r.map((f) => csvField(f)).join(','))].join('\r\n') + '\r\n';
}

/** The scenario and its full result in one JSON document (NaN written as null, as JSON has no NaN). */
export function resultToJson(scenario: Scenario, result: ReplicatedResult): string {
  return JSON.stringify({ format: 'switchboard-result', version: 1, scenario, result }, null, 2);
}

/** A file name from a scenario id, e.g. `help-desk-2024-05-01T0930.csv`. */
export function exportFileName(scenarioId: string, extension: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(':', '');
  return `${scenarioId}-${stamp}.${extension}`;
}
