// The CLI's view of a replicated result, shared by the table and the JSON output: with one replication every
// KPI is the run's own number; with more, it is the replications' Estimate (mean and 95% half-width).
import type { Estimate, ReplicatedResult } from '../sim/results';

export type Cell = number | Estimate;
export type CellRecord = Record<string, Cell>;

export interface IntervalRow {
  index: number;
  startSeconds: number;
  endSeconds: number;
  kpis: CellRecord;
}

export interface Report {
  scenarioId: string;
  seed: string;
  replications: number;
  confidenceLevel: number;
  total: CellRecord;
  queues: Record<string, CellRecord>;
  groups: Record<string, CellRecord>;
  intervals: IntervalRow[];
}

/** Interval fields that locate the row rather than measure it: the same in every replication. */
const intervalLabels = new Set(['index', 'startSeconds', 'endSeconds']);

function mapRecord<T>(record: Record<string, T>, convert: (value: T) => CellRecord): Record<string, CellRecord> {
  const out: Record<string, CellRecord> = {};
  for (const [key, value] of Object.entries(record)) out[key] = convert(value);
  return out;
}

function cells(record: object): CellRecord {
  const out: CellRecord = {};
  for (const [key, value] of Object.entries(record)) if (!intervalLabels.has(key)) out[key] = value as Cell;
  return out;
}

function labelOf(value: unknown): number {
  return typeof value === 'number' ? value : (value as Estimate).mean;
}

export function toReport(result: ReplicatedResult): Report {
  const single = result.replications === 1 ? result.runs[0] : undefined;
  const source = single ?? result;
  const intervals: IntervalRow[] = source.intervals.map((row) => {
    const r = row as unknown as Record<string, unknown>;
    return {
      index: labelOf(r.index),
      startSeconds: labelOf(r.startSeconds),
      endSeconds: labelOf(r.endSeconds),
      kpis: cells(row),
    };
  });
  return {
    scenarioId: result.scenarioId,
    seed: result.seed,
    replications: result.replications,
    confidenceLevel: result.confidenceLevel,
    total: cells(source.total),
    queues: mapRecord<object>(source.queues, cells),
    groups: mapRecord<object>(source.groups, cells),
    intervals,
  };
}

/** The central value of a cell (the mean over replications, or the single run's value). */
export function centre(cell: Cell | undefined): number {
  if (cell === undefined) return NaN;
  return typeof cell === 'number' ? cell : cell.mean;
}
