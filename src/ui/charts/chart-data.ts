// Turns simulator results and analytic predictions into uPlot's column data (x first, then one column per
// series). Pure functions over plain data, no DOM: unit-tested in Node. Undefined values (NaN) become null,
// which uPlot draws as a gap.
import type { AlignedData } from 'uplot';
import type { HistogramData } from '../../sim/results';
import type { IntervalPrediction, PredictedKpis } from '../../sim/service';

/** The per-interval figures a chart needs, from one run or the means over replications. */
export interface IntervalPoint {
  startSeconds: number;
  offered: number;
  serviceLevel: number;
  asaSeconds: number;
  abandonRate: number;
  occupancy: number;
}

export function gap(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

function predicted(
  predictions: readonly IntervalPrediction[],
  intervals: readonly IntervalPoint[],
  model: 'erlangC' | 'erlangA',
  field: keyof PredictedKpis,
): (number | null)[] {
  return intervals.map((_, i) => {
    const kpis = predictions[i]?.[model];
    if (kpis === null || kpis === undefined) return null;
    const value = kpis[field];
    return typeof value === 'number' ? gap(value) : null;
  });
}

/** x in hours from the start of the run (interval starts). */
function hours(intervals: readonly IntervalPoint[]): number[] {
  return intervals.map((i) => i.startSeconds / 3600);
}

/** Intervals in which no call arrived say nothing about service: they are gaps, not zeros. */
function observed(intervals: readonly IntervalPoint[], value: (i: IntervalPoint) => number): (number | null)[] {
  return intervals.map((i) => (i.offered > 0 ? gap(value(i)) : null));
}

/** [hours, simulated SL, Erlang C SL, Erlang A SL, target]. */
export function serviceLevelColumns(
  intervals: readonly IntervalPoint[],
  predictions: readonly IntervalPrediction[],
  target: number,
): AlignedData {
  return [
    hours(intervals),
    observed(intervals, (i) => i.serviceLevel),
    predicted(predictions, intervals, 'erlangC', 'serviceLevel'),
    predicted(predictions, intervals, 'erlangA', 'serviceLevel'),
    intervals.map(() => target),
  ];
}

/** [hours, simulated ASA, Erlang C ASA, Erlang A ASA], seconds. Erlang C's unstable infinities are gaps. */
export function asaColumns(
  intervals: readonly IntervalPoint[],
  predictions: readonly IntervalPrediction[],
): AlignedData {
  return [
    hours(intervals),
    observed(intervals, (i) => i.asaSeconds),
    predicted(predictions, intervals, 'erlangC', 'asaSeconds'),
    predicted(predictions, intervals, 'erlangA', 'asaSeconds'),
  ];
}

/** [hours, simulated abandonment, Erlang A abandonment] (Erlang C has none). */
export function abandonColumns(
  intervals: readonly IntervalPoint[],
  predictions: readonly IntervalPrediction[],
): AlignedData {
  return [
    hours(intervals),
    observed(intervals, (i) => i.abandonRate),
    predicted(predictions, intervals, 'erlangA', 'abandonRate'),
  ];
}

/**
 * [bin start seconds, answered, abandoned] as shares of all calls that left the queue, up to the last bin
 * holding anything (at least `minBins`); the overflow bin is dropped (it has no width).
 */
export function waitHistogramColumns(answered: HistogramData, abandoned: HistogramData, minBins = 12): AlignedData {
  const bins = Math.min(answered.counts.length, abandoned.counts.length) - 1;
  let last = -1;
  for (let i = 0; i < bins; i++) if ((answered.counts[i] ?? 0) + (abandoned.counts[i] ?? 0) > 0) last = i;
  const shown = Math.min(bins, Math.max(minBins, last + 1));
  const total = [...answered.counts, ...abandoned.counts].reduce((a, b) => a + b, 0);
  const share = (count: number | undefined) => (total > 0 ? (count ?? 0) / total : 0);
  const x = Array.from({ length: shown }, (_, i) => i * answered.binSeconds);
  return [x, x.map((_, i) => share(answered.counts[i])), x.map((_, i) => share(abandoned.counts[i]))];
}

/** Adds up the histograms of several runs (same bins), e.g. over replications. */
export function sumHistograms(histograms: readonly HistogramData[]): HistogramData | undefined {
  const first = histograms[0];
  if (first === undefined) return undefined;
  const counts = first.counts.map((_, i) => histograms.reduce((sum, h) => sum + (h.counts[i] ?? 0), 0));
  return { binSeconds: first.binSeconds, counts };
}
