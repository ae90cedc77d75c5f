// The bench's output: one plain-data report, printed either as an aligned table or as one JSON object.
// No measuring here.
import type { GeneratorName } from './baseline';
import type { RunFigures } from './measure';

export interface CaseReport {
  id: string;
  label: string;
  /** What `calls` counts: arrivals (each offered once) or contacts (first calls, retrials, repeat calls). */
  calls: 'arrivals' | 'contacts';
  /** Absent when the baseline cannot model the case. */
  baseline: RunFigures | undefined;
  /** Absent while the engine does not exist. */
  engine: RunFigures | undefined;
  /** Engine events/s ÷ baseline events/s (the aim: ≥ 0.6). */
  eventsPerSecondRatio: number | undefined;
  /** Engine calls/s ÷ baseline calls/s: the same comparison, whatever each counts as an event. */
  callsPerSecondRatio: number | undefined;
}

export interface GeneratorReport {
  /** The case whose baseline was run with each generator. */
  caseId: string;
  runs: { generator: GeneratorName; figures: RunFigures; eventsPerSecondVsAlea: number }[];
}

export interface BenchReport {
  date: string;
  node: string;
  cpus: number;
  callsPerRun: number;
  rounds: number;
  /** Whether a full GC was available (needed for the heap-flatness samples). */
  gcAvailable: boolean;
  cases: CaseReport[];
  generators: GeneratorReport | undefined;
}

export function ratio(engine: number | undefined, baseline: number | undefined): number | undefined {
  return engine === undefined || baseline === undefined ? undefined : engine / baseline;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

function figureCells(f: RunFigures): string[] {
  const quarters = f.heapAtQuartersMB.length > 0 ? f.heapAtQuartersMB.map((mb) => fixed(mb, 1)).join(' / ') : 'n/a';
  return [
    integer.format(f.events),
    integer.format(f.calls),
    fixed(f.wallSeconds, 3),
    fixed(f.eventsPerSecond / 1e6, 2),
    fixed(f.callsPerSecond / 1e6, 2),
    fixed(f.peakHeapMB, 1),
    fixed(f.startHeapMB, 1),
    quarters,
    Number.isNaN(f.heapGrowthKB) ? 'n/a' : fixed(Math.round(f.heapGrowthKB) || 0, 0), // || 0: no "-0"
  ];
}

function alignRows(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  // The first two columns are text (left-aligned); the figures are right-aligned.
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function percent(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

export function formatTable(report: BenchReport): string {
  const header = [
    'case',
    'runner',
    'events',
    'calls',
    'wall s',
    'Mevents/s',
    'Mcalls/s',
    'peak MB',
    'floor MB',
    'heap at 25/50/75/100% MB',
    'growth KB',
  ];
  const rows: string[][] = [header];
  for (const c of report.cases) {
    if (c.baseline !== undefined || c.calls === 'arrivals')
      rows.push([c.label, 'baseline', ...(c.baseline ? figureCells(c.baseline) : ['n/a (not an M/M/c+M case)'])]);
    const engineLabel = c.baseline !== undefined || c.calls === 'arrivals' ? '' : c.label;
    const engineCells = c.engine ? figureCells(c.engine) : ['n/a (src/sim/engine/simulation.ts missing)'];
    rows.push([engineLabel, 'engine', ...engineCells]);
  }
  const lines = [
    `Switchboard bench, ${report.date}: node ${report.node}, ${report.cpus} cores; ` +
      `${integer.format(report.callsPerRun)} calls per run, median of ${report.rounds} round${report.rounds === 1 ? '' : 's'}`,
    '',
    alignRows(rows),
    '',
  ];
  for (const c of report.cases) {
    if (c.baseline === undefined && c.engine !== undefined) {
      // Engine-only cases (e.g. the full centre): no ratio, but how much work each call brings.
      const perCall = fixed(c.engine.events / c.engine.calls, 1);
      const counted = c.calls === 'contacts' ? 'contacts (first calls, retrials, repeat calls)' : 'arrivals';
      lines.push(
        `${c.label}: engine only (the baseline models one M/M/c+M queue); calls are ${counted}, ${perCall} events per call`,
      );
      continue;
    }
    lines.push(
      `${c.label}: engine ÷ baseline = ${percent(c.eventsPerSecondRatio)} of events/s, ` +
        `${percent(c.callsPerSecondRatio)} of calls/s (aim: ≥ 60% of events/s)`,
    );
  }
  if (report.generators !== undefined) {
    const parts = report.generators.runs.map(
      (r) => `${r.generator} ${fixed(r.figures.eventsPerSecond / 1e6, 2)} M/s (${percent(r.eventsPerSecondVsAlea)})`,
    );
    lines.push(`Generator, baseline ${report.generators.caseId}, events/s vs alea: ${parts.join(', ')}`);
  }
  lines.push(
    '',
    "Heap = heapUsed + arrayBuffers (typed arrays live outside V8's heap). peak MB: highest heap between slices",
    '(uncollected garbage included); floor MB: heap after a full GC before the run; heap at 25..100%: heap after a',
    'full GC at those shares of the expected arrival time; growth KB: the 100% sample minus the 25% one (flat',
    'memory: near 0 while the calls grow fourfold). Details: docs/benchmark.md.',
  );
  if (!report.gcAvailable) lines.push('No full GC available: heap samples are raw heapUsed and flatness is not shown.');
  return lines.join('\n');
}
