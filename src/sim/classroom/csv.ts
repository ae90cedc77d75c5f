// The class results as CSV: one row per hand-in (ranked ones first, in rank order, then the flagged ones with
// their reason), with each objective's points and the replayed KPIs. Pure, no DOM.
import { rankResults } from './ranking';
import type { ClassResult } from './types';

/** A field quoted when it needs it; a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  let text = typeof value === 'number' ? String(Math.round(value * 10000) / 10000) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function classCsv(className: string, identity: string, results: readonly ClassResult[]): string {
  const ranked = rankResults(results);
  const objectives = ranked[0]?.result.objectives ?? results.find((r) => r.objectives)?.objectives ?? [];
  const header = [
    'class',
    'pack',
    'rank',
    'name',
    'team',
    'status',
    'score',
    ...objectives.map((o) => `objective:${o.id}`),
    'offered',
    'answered',
    'abandoned',
    'service_level',
    'cost',
    'source',
    'problems',
  ];
  const row = (r: ClassResult, rank: number | undefined) => [
    className,
    identity,
    rank,
    r.trainee?.name,
    r.trainee?.team,
    r.status,
    r.replayed?.score,
    ...objectives.map((o) => r.objectives?.find((x) => x.id === o.id)?.points),
    r.replayed?.offered,
    r.replayed?.answered,
    r.replayed?.abandoned,
    r.replayed?.serviceLevel,
    r.replayed?.cost,
    r.source,
    r.problems.join('; '),
  ];
  const rankedSet = new Set<ClassResult>(ranked.map((r) => r.result));
  const rows = [
    ...ranked.map((r) => row(r.result, r.rank)),
    ...results.filter((r) => !rankedSet.has(r)).map((r) => row(r, undefined)),
  ];
  return [header, ...rows].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
