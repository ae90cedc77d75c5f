// The look of each chart: series names, colours and axes. Simulated values are solid lines, analytic
// predictions dashed, targets dotted grey; hues are Okabe–Ito (safe for the common colour-vision
// deficiencies) and every series is also named in the legend. Agent-state colours come from the floor's palette.
import uPlot from 'uplot';
import type { AgentStateName } from '../../sim/api';
import { AGENT_STATES } from '../../sim/api';
import { STATE_COLORS, STATE_LABELS, cssHex } from '../floor/floor-palette';
import type { ChartSpec } from './chart';
import { STACKED_STATES } from './live-series';

export { STACKED_STATES };

const SIMULATED = '#0072b2';
const ERLANG_C = '#d55e00';
const ERLANG_A = '#009e73';
const TARGET = '#7a838c';
const ABANDONED = '#d55e00';

const percent = (_: uPlot, values: number[]) => values.map((v) => `${Math.round(v * 100)}%`);
const clockAxis: uPlot.Axis = {
  label: 'Hours from start',
  values: (_: uPlot, values: number[]) =>
    values.map((v) => `${Math.floor(v)}:${String(Math.round((v % 1) * 60)).padStart(2, '0')}`),
};
const formatPercent = (_: uPlot, v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const formatSeconds = (_: uPlot, v: number | null) => (v === null ? '—' : `${v.toFixed(0)} s`);
const formatHours = (_: uPlot, v: number | null) =>
  v === null ? '—' : `${Math.floor(v)}:${String(Math.floor((v % 1) * 60)).padStart(2, '0')}`;

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

export function serviceLevelSpec(thresholdSeconds: number): ChartSpec {
  return {
    title: `Service level per interval (answered within ${thresholdSeconds} s)`,
    options: {
      scales: { ...time, y: { range: [0, 1] } },
      axes: [clockAxis, { values: percent, size: 50 }],
      series: [
        { label: 'Interval start', value: formatHours },
        line('Simulated', SIMULATED, { value: formatPercent, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang C', ERLANG_C, { dash: [6, 4], value: formatPercent, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang A', ERLANG_A, { dash: [2, 3], value: formatPercent, ...(stepped ? { paths: stepped } : {}) }),
        line('Target', TARGET, { dash: [1, 4], width: 1.5, value: formatPercent }),
      ],
    },
  };
}

export function asaSpec(): ChartSpec {
  return {
    title: 'Average speed of answer per interval',
    options: {
      // Scaled to the simulated and Erlang A values: near overload Erlang C's ASA runs to thousands of
      // seconds and would flatten everything else (its points beyond the top are clipped).
      scales: {
        ...time,
        y: { range: (u) => [0, Math.max(10, 1.2 * Math.max(0, ...finite(u.data[1]), ...finite(u.data[3])))] },
      },
      axes: [clockAxis, { label: 'seconds', size: 50 }],
      series: [
        { label: 'Interval start', value: formatHours },
        line('Simulated', SIMULATED, { value: formatSeconds, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang C', ERLANG_C, { dash: [6, 4], value: formatSeconds, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang A', ERLANG_A, { dash: [2, 3], value: formatSeconds, ...(stepped ? { paths: stepped } : {}) }),
      ],
    },
  };
}

export function abandonSpec(): ChartSpec {
  return {
    title: 'Abandonment per interval',
    options: {
      scales: { ...time, y: { range: (_u, _min, max) => [0, Math.max(0.05, max * 1.1)] } },
      axes: [clockAxis, { values: percent, size: 50 }],
      series: [
        { label: 'Interval start', value: formatHours },
        line('Simulated', SIMULATED, { value: formatPercent, ...(stepped ? { paths: stepped } : {}) }),
        line('Erlang A', ERLANG_A, { dash: [2, 3], value: formatPercent, ...(stepped ? { paths: stepped } : {}) }),
      ],
    },
  };
}

export function waitHistogramSpec(): ChartSpec {
  const bars = uPlot.paths.bars?.({ size: [0.9, 40], align: 1 });
  return {
    title: 'Wait before answer or hang-up (share of calls)',
    options: {
      scales: { ...time, y: { range: (_u, _min, max) => [0, Math.max(0.01, max * 1.1)] } },
      axes: [{ label: 'Wait, seconds (5-s bins)' }, { values: percent, size: 50 }],
      series: [
        { label: 'Wait from', value: (_: uPlot, v: number | null) => (v === null ? '—' : `${v} s`) },
        {
          label: 'Answered',
          stroke: SIMULATED,
          fill: `${SIMULATED}aa`,
          value: formatPercent,
          ...(bars ? { paths: bars } : {}),
        },
        {
          label: 'Abandoned',
          stroke: ABANDONED,
          fill: `${ABANDONED}aa`,
          value: formatPercent,
          ...(bars ? { paths: bars } : {}),
        },
      ],
    },
  };
}

export function queueLengthSpec(): ChartSpec {
  return {
    title: 'Callers waiting',
    heightPx: 180,
    options: {
      scales: { ...time, y: { range: (_u, _min, max) => [0, Math.max(5, max * 1.1)] } },
      axes: [clockAxis, { label: 'callers', size: 50 }],
      series: [{ label: 'Time', value: formatHours }, line('Waiting', SIMULATED, { fill: `${SIMULATED}33` })],
    },
  };
}

export function agentStatesSpec(): ChartSpec {
  const series: uPlot.Series[] = STACKED_STATES.map((s) => {
    const name = AGENT_STATES[s] as AgentStateName;
    const color = cssHex(STATE_COLORS[name]);
    return {
      label: STATE_LABELS[name],
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
    title: 'Agents by state (stacked)',
    heightPx: 180,
    options: {
      scales: { ...time, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [clockAxis, { label: 'agents', size: 50 }],
      series: [{ label: 'Time', value: formatHours }, ...series],
    },
  };
}
