// The debrief's three charts (service level, callers waiting, abandoned calls per interval), each with the three
// runs on the same callers overlaid: the trainee's day solid blue, no action dashed vermillion, the expected
// actions dotted green (Okabe–Ito hues, every run named in the legend). x is hours from the start of the day
// (or the time of day when the scenario has a clock, clockStartAt). Make new specs when the language changes.
import type uPlot from 'uplot';
import { msg } from '@lit/localize';
import type { Debrief, RunSeries } from '../../sim/exercise/types';
import type { ChartSpec } from '../charts/chart';
import { hoursLabel } from '../charts/time-of-day';
import { formatDecimal, formatInteger, formatPercent } from '../format';

const YOURS = '#0072b2';
const NONE = '#d55e00';
const EXPECTED = '#009e73';
const TARGET = '#7a838c';

export type DebriefChartKind = 'service-level' | 'waiting' | 'abandoned';
export const DEBRIEF_CHARTS: readonly DebriefChartKind[] = ['service-level', 'waiting', 'abandoned'];

function runs(format: (v: number) => string): uPlot.Series[] {
  const value = (_: uPlot, v: number | null) => (v === null || Number.isNaN(v) ? '—' : format(v));
  return [
    { label: msg('Your day', { id: 'debrief.run.yours' }), stroke: YOURS, width: 2, value },
    { label: msg('No action', { id: 'debrief.run.none' }), stroke: NONE, width: 2, dash: [6, 4], value },
    { label: msg('Expected actions', { id: 'debrief.run.expected' }), stroke: EXPECTED, width: 2, dash: [2, 3], value },
  ];
}

/** `clockStartAt`: the scenario's time of day at t = 0, if it has one (the x axis then shows times of day). */
export function debriefChartSpec(kind: DebriefChartKind, clockStartAt?: number): ChartSpec {
  const hours = (v: number): string => hoursLabel(v, clockStartAt);
  const x: uPlot.Series = {
    label: msg('Interval start', { id: 'chart.series.intervalStart' }),
    value: (_: uPlot, v: number | null) => (v === null ? '—' : hours(v)),
  };
  const xAxis: uPlot.Axis = {
    label:
      clockStartAt === undefined
        ? msg('Hours from start', { id: 'chart.axis.hours' })
        : msg('Time of day', { id: 'chart.axis.timeOfDay' }),
    values: (_: uPlot, values: number[]) => values.map(hours),
  };
  const scales = (min: number): uPlot.Scales => ({
    x: { time: false },
    y: { range: (_u, _min, max) => [0, Math.max(min, max * 1.1)] },
  });
  switch (kind) {
    case 'service-level':
      return {
        title: msg('Service level per interval', { id: 'debrief.chart.serviceLevel' }),
        heightPx: 200,
        options: {
          scales: { x: { time: false }, y: { range: [0, 1] } },
          axes: [xAxis, { values: (_: uPlot, v: number[]) => v.map((s) => formatPercent(s, 0)), size: 50 }],
          series: [
            x,
            ...runs((v) => formatPercent(v, 1)),
            {
              label: msg('Target', { id: 'chart.series.target' }),
              stroke: TARGET,
              width: 1.5,
              dash: [1, 4],
              value: (_: uPlot, v: number | null) => (v === null ? '—' : formatPercent(v, 0)),
            },
          ],
        },
      };
    case 'waiting':
      return {
        title: msg('Callers waiting (mean per interval)', { id: 'debrief.chart.waiting' }),
        heightPx: 200,
        options: {
          scales: scales(5),
          axes: [xAxis, { label: msg('callers', { id: 'chart.axis.callers' }), size: 50 }],
          series: [x, ...runs((v) => formatDecimal(v, 1))],
        },
      };
    case 'abandoned':
      return {
        title: msg('Abandoned calls per interval', { id: 'debrief.chart.abandoned' }),
        heightPx: 200,
        options: {
          scales: scales(5),
          axes: [xAxis, { label: msg('calls', { id: 'debrief.axis.calls' }), size: 50 }],
          series: [x, ...runs(formatInteger)],
        },
      };
  }
}

function column(series: RunSeries, kind: DebriefChartKind): number[] {
  if (kind === 'service-level') return series.serviceLevel;
  return kind === 'waiting' ? series.waiting : series.abandoned;
}

/**
 * The chart's data: x in hours, then the trainee's, no-action and expected runs (null where an interval has no
 * value, e.g. service level with no call offered), then the target for service level.
 */
export function debriefChartData(debrief: Debrief, kind: DebriefChartKind): uPlot.AlignedData {
  const { trainee, none, expected } = debrief.runs;
  const x = trainee.series.startSeconds.map((s) => s / 3600);
  const clean = (values: number[]) => x.map((_, i) => (Number.isFinite(values[i]) ? (values[i] as number) : null));
  const data = [x, ...[trainee, none, expected].map((run) => clean(column(run.series, kind)))];
  if (kind === 'service-level') data.push(x.map(() => debrief.serviceLevelTarget ?? null));
  return data as uPlot.AlignedData;
}
