// The look of each chart: series names, colours and axes. Simulated values are solid lines, analytic
// predictions dashed, targets dotted grey; hues are Okabe–Ito (safe for the common colour-vision
// deficiencies) and every series is also named in the legend. Agent-state colours come from the floor's palette.
// Titles, axes and legends come from the catalogue when a spec is made: make a new spec when the language changes.
import uPlot from 'uplot';
import { msg, str } from '@lit/localize';
import type { AgentStateName } from '../../sim/api';
import { AGENT_STATES } from '../../sim/api';
import { STATE_COLORS, cssHex } from '../floor/floor-palette';
import { stateLabel } from '../floor/floor-labels';
import { formatDecimal, formatPercent, secondsSymbol } from '../format';
import type { ChartSpec } from './chart';
import { STACKED_STATES } from './live-series';
import { hoursLabel } from './time-of-day';

export { STACKED_STATES };

const SIMULATED = '#0072b2';
const ERLANG_C = '#d55e00';
const ERLANG_A = '#009e73';
const TARGET = '#7a838c';
const ABANDONED = '#d55e00';

const percent = (_: uPlot, values: number[]) => values.map((v) => formatPercent(v, 0));

/** The x axis: the time of day when the scenario has a clock (`clockStartAt`), else hours from the start. */
const clockAxis = (clockStartAt: number | undefined): uPlot.Axis => ({
  label:
    clockStartAt === undefined
      ? msg('Hours from start', { id: 'chart.axis.hours' })
      : msg('Time of day', { id: 'chart.axis.timeOfDay' }),
  values: (_: uPlot, values: number[]) => values.map((v) => hoursLabel(v, clockStartAt)),
});

const legendPercent = (_: uPlot, v: number | null) => (v === null ? '—' : formatPercent(v, 1));
const legendSeconds = (_: uPlot, v: number | null) => (v === null ? '—' : `${formatDecimal(v, 0)} ${secondsSymbol()}`);
const simulated = () => msg('Simulated', { id: 'chart.series.simulated' });
const intervalStart = () => msg('Interval start', { id: 'chart.series.intervalStart' });
const timeLabel = () => msg('Time', { id: 'chart.series.time' });
const formatHours =
  (clockStartAt: number | undefined) =>
  (_: uPlot, v: number | null): string =>
    v === null ? '—' : hoursLabel(v, clockStartAt);

function finite(column: uPlot.AlignedData[number] | undefined): number[] {
  return Array.from(column ?? [], (v) => v as number | null | undefined).filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v),
  );
}

function line(label: string, stroke: string, extra: Partial<uPlot.Series> = {}): uPlot.Series {
  return { label, stroke, width: 2, spanGaps: false, ...extra };
}

const time: uPlot.Scales = { x: { time: false } };
const stepped = uPlot.paths.stepped?.({ align: 1 });

/** `clockStartAt` (every spec): the scenario's clock time at t = 0, seconds after midnight, if it has one. */
export function serviceLevelSpec(thresholdSeconds: number, clockStartAt?: number): ChartSpec {
  return {
    title: msg(str`Service level per interval (answered within ${thresholdSeconds} s)`, { id: 'chart.sl.title' }),
    options: {
      scales: { ...time, y: { range: [0, 1] } },
      axes: [clockAxis(clockStartAt), { values: percent, size: 50 }],
      series: [
        { label: intervalStart(), value: formatHours(clockStartAt) },
        line(simulated(), SIMULATED, { value: legendPercent, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang C', ERLANG_C, { dash: [6, 4], value: legendPercent, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang A', ERLANG_A, { dash: [2, 3], value: legendPercent, ...(stepped ? { paths: stepped } : {}) }),
        line(msg('Target', { id: 'chart.series.target' }), TARGET, { dash: [1, 4], width: 1.5, value: legendPercent }),
      ],
    },
  };
}

export function asaSpec(clockStartAt?: number): ChartSpec {
  return {
    title: msg('Average speed of answer per interval', { id: 'chart.asa.title' }),
    options: {
      // Scaled to the simulated and Erlang A values: near overload Erlang C's ASA runs to thousands of
      // seconds and would flatten everything else (its points beyond the top are clipped).
      scales: {
        ...time,
        y: { range: (u) => [0, Math.max(10, 1.2 * Math.max(0, ...finite(u.data[1]), ...finite(u.data[3])))] },
      },
      axes: [clockAxis(clockStartAt), { label: msg('seconds', { id: 'chart.axis.seconds' }), size: 50 }],
      series: [
        { label: intervalStart(), value: formatHours(clockStartAt) },
        line(simulated(), SIMULATED, { value: legendSeconds, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang C', ERLANG_C, { dash: [6, 4], value: legendSeconds, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang A', ERLANG_A, { dash: [2, 3], value: legendSeconds, ...(stepped ? { paths: stepped } : {}) }),
      ],
    },
  };
}

export function abandonSpec(clockStartAt?: number): ChartSpec {
  return {
    title: msg('Abandonment per interval', { id: 'chart.abandon.title' }),
    options: {
      scales: { ...time, y: { range: (_u, _min, max) => [0, Math.max(0.05, max * 1.1)] } },
      axes: [clockAxis(clockStartAt), { values: percent, size: 50 }],
      series: [
        { label: intervalStart(), value: formatHours(clockStartAt) },
        line(simulated(), SIMULATED, { value: legendPercent, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang A', ERLANG_A, { dash: [2, 3], value: legendPercent, ...(stepped ? { paths: stepped } : {}) }),
      ],
    },
  };
}

export function waitHistogramSpec(): ChartSpec {
  const bars = uPlot.paths.bars?.({ size: [0.9, 40], align: 1 });
  return {
    title: msg('Wait before answer or hang-up (share of calls)', { id: 'chart.wait.title' }),
    options: {
      scales: { ...time, y: { range: (_u, _min, max) => [0, Math.max(0.01, max * 1.1)] } },
      axes: [{ label: msg('Wait, seconds (5-s bins)', { id: 'chart.wait.axis' }) }, { values: percent, size: 50 }],
      series: [
        { label: msg('Wait from', { id: 'chart.wait.from' }), value: legendSeconds },
        {
          label: msg('Answered', { id: 'chart.series.answered' }),
          stroke: SIMULATED,
          fill: `${SIMULATED}aa`,
          value: legendPercent,
          ...(bars ? { paths: bars } : {}),
        },
        {
          label: msg('Abandoned', { id: 'chart.series.abandoned' }),
          stroke: ABANDONED,
          fill: `${ABANDONED}aa`,
          value: legendPercent,
          ...(bars ? { paths: bars } : {}),
        },
      ],
    },
  };
}

export function queueLengthSpec(clockStartAt?: number): ChartSpec {
  return {
    title: msg('Callers waiting', { id: 'chart.queue.title' }),
    heightPx: 180,
    options: {
      scales: { ...time, y: { range: (_u, _min, max) => [0, Math.max(5, max * 1.1)] } },
      axes: [clockAxis(clockStartAt), { label: msg('callers', { id: 'chart.axis.callers' }), size: 50 }],
      series: [
        { label: timeLabel(), value: formatHours(clockStartAt) },
        line(msg('Waiting', { id: 'chart.series.waiting' }), SIMULATED, { fill: `${SIMULATED}33` }),
      ],
    },
  };
}

export function agentStatesSpec(clockStartAt?: number): ChartSpec {
  const series: uPlot.Series[] = STACKED_STATES.map((s) => {
    const name = AGENT_STATES[s] as AgentStateName;
    const color = cssHex(STATE_COLORS[name]);
    return {
      label: stateLabel(name),
      stroke: color,
      fill: color,
      width: 1,
      // The legend shows the band's own count: this running total minus the one below it.
      value: (u: uPlot, v: number | null, seriesIdx: number, idx: number | null) => {
        if (v === null || idx === null) return '—';
        const below = u.data[seriesIdx + 1]?.[idx] ?? 0;
        return String(v - (below ?? 0));
      },
    };
  });
  return {
    title: msg('Agents by state (stacked)', { id: 'chart.states.title' }),
    heightPx: 180,
    options: {
      scales: { ...time, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [clockAxis(clockStartAt), { label: msg('agents', { id: 'chart.axis.agents' }), size: 50 }],
      series: [{ label: timeLabel(), value: formatHours(clockStartAt) }, ...series],
    },
  };
}
