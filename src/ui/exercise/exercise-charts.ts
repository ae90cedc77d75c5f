// <sb-exercise-charts>: the live charts of an exercise (callers waiting, service level per interval) with a
// marker at every inject (solid) and every decision (dashed) so far. Properties: snapshot (added to its own
// series as it arrives; a snapshot at an earlier instant replaces the later points), state (injects and
// decisions), exercise, layout, thresholdSeconds, target. Call clear() for a new run.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AlignedData } from 'uplot';
import type { FloorLayout, FloorSnapshot } from '../../sim/api';
import type { Exercise, ExerciseState } from '../../sim/exercise/types';
import type { ChartMarker, ChartSpec } from '../charts/chart';
import { serviceLevelColumns } from '../charts/chart-data';
import { queueLengthSpec, serviceLevelSpec } from '../charts/chart-specs';
import { LiveSeries } from '../charts/live-series';
import { currentLocale } from '../i18n/locale';
import { injectTitle } from '../i18n/exercise-text';
import { describeDecision } from './exercise-labels';
import '../charts/chart';

const INJECT_COLOR = '#d55e00';
/**
 * The service-level chart's columns kept here: the interval start, the simulated level and the target
 * (serviceLevelColumns' order); its Erlang predictions are left out — an exercise shows no forecast to beat.
 */
const SL_COLUMNS = [0, 1, 4];

function withoutPredictions(spec: ChartSpec): ChartSpec {
  const series = spec.options.series;
  return { ...spec, options: { ...spec.options, series: SL_COLUMNS.map((i) => series[i] as (typeof series)[number]) } };
}
const DECISION_COLOR = '#0072b2';

/** The markers of a run's injects and decisions, in hours from the start (the live charts' x). */
export function exerciseMarkers(
  exercise: Exercise,
  state: ExerciseState,
  layout: FloorLayout | undefined,
): ChartMarker[] {
  return [
    ...state.injects.map((i) => ({ x: i.atSeconds / 3600, label: injectTitle(exercise, i.id), color: INJECT_COLOR })),
    ...state.decisions.map((d) => {
      const n = String(d.index + 1);
      const what = describeDecision(d.action, layout);
      return {
        x: d.requestedAt / 3600,
        label: msg(str`Decision ${n}: ${what}`, { id: 'exercise.marker.decision' }),
        shortLabel: n,
        color: DECISION_COLOR,
        isDashed: true,
      };
    }),
  ];
}

@customElement('sb-exercise-charts')
@localized()
export class ExerciseCharts extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
      gap: 0.75rem;
    }
  `;

  @property({ attribute: false }) snapshot: FloorSnapshot | undefined;
  @property({ attribute: false }) state: ExerciseState | undefined;
  @property({ attribute: false }) exercise: Exercise | undefined;
  @property({ attribute: false }) layout: FloorLayout | undefined;
  @property({ type: Number }) thresholdSeconds = 20;
  @property({ type: Number }) target = 0.8;
  /** The scenario's time of day at t = 0 (display only): times show as the exercise's clock does. */
  @property({ attribute: false }) clockStartAt: number | undefined;

  private readonly series = new LiveSeries();
  private queueSpec: ChartSpec = queueLengthSpec();
  private slSpec: ChartSpec = serviceLevelSpec(20);
  private specsKey = '';
  private queue: AlignedData = [[], []];
  private serviceLevel: AlignedData = [[], [], []];
  private markers: ChartMarker[] = [];

  clear(): void {
    this.series.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = `${currentLocale()} ${this.thresholdSeconds} ${this.clockStartAt}`;
    const isNewKey = key !== this.specsKey;
    if (isNewKey) {
      this.specsKey = key;
      this.queueSpec = queueLengthSpec(this.clockStartAt);
      this.slSpec = withoutPredictions(serviceLevelSpec(this.thresholdSeconds, this.clockStartAt));
    }
    const snapshot = this.snapshot;
    if (changed.has('snapshot') && snapshot !== undefined) {
      this.series.add(snapshot.samples);
      this.queue = this.series.queueColumns();
      const intervals = snapshot.intervals.filter((i) => i.startSeconds < snapshot.atSeconds);
      const columns = serviceLevelColumns(intervals, [], this.target);
      this.serviceLevel = SL_COLUMNS.map((i) => columns[i] as AlignedData[number]) as AlignedData;
    }
    // The markers' labels are in the page's language: made again when it (or the state) changes.
    const markersChanged = isNewKey || changed.has('state') || changed.has('exercise');
    if (markersChanged && this.exercise !== undefined && this.state !== undefined)
      this.markers = exerciseMarkers(this.exercise, this.state, this.layout);
  }

  override render() {
    if (this.snapshot === undefined) return nothing;
    return html`
      <sb-chart data-testid="exercise-chart-queue" .spec=${this.queueSpec} .data=${this.queue} .markers=${this.markers}></sb-chart>
      <sb-chart data-testid="exercise-chart-sl" .spec=${this.slSpec} .data=${this.serviceLevel} .markers=${this.markers}></sb-chart>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-exercise-charts': ExerciseCharts;
  }
}
