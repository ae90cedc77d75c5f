// <sb-result-charts>: charts of a finished run: service level, ASA and abandonment per interval with the
// Erlang C / Erlang A prediction beside the simulated means, and the distribution of waits. Each chart can
// be saved as a PNG. Properties: result, scenario, predictions.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { ReplicatedResult } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import type { IntervalPrediction } from '../sim/service';
import type { Chart, ChartSpec } from './charts/chart';
import {
  abandonColumns,
  asaColumns,
  serviceLevelColumns,
  sumHistograms,
  waitHistogramColumns,
  type IntervalPoint,
} from './charts/chart-data';
import { abandonSpec, asaSpec, serviceLevelSpec, waitHistogramSpec } from './charts/chart-specs';
import { downloadBlob } from './download';
import { exportFileName } from './export-results';
import { formStyles } from './form-styles';
import { currentLocale } from './i18n/locale';
import './charts/chart';

@customElement('sb-result-charts')
@localized()
export class ResultCharts extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: block;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(24rem, 100%), 1fr));
        gap: 0.75rem;
      }
      .item {
        display: flex;
        flex-direction: column;
        gap: 0.3rem;
      }
      .item button {
        align-self: flex-end;
        font-size: 0.8rem;
        padding: 0.25rem 0.6rem;
      }
    `,
  ];

  @property({ attribute: false }) result: ReplicatedResult | undefined;
  @property({ attribute: false }) scenario: Scenario | undefined;
  @property({ attribute: false }) predictions: readonly IntervalPrediction[] = [];

  private specs: Record<string, ChartSpec> = {};
  /** The language the specs' titles and legends are in: a switch makes new specs (the plots rebuild). */
  private specsLocale = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    const isNewLocale = this.specsLocale !== currentLocale();
    if ((changed.has('scenario') || isNewLocale) && this.scenario !== undefined) {
      this.specsLocale = currentLocale();
      this.specs = {
        sl: serviceLevelSpec(this.scenario.serviceLevel.thresholdSeconds, this.scenario.clockStartAt),
        asa: asaSpec(this.scenario.clockStartAt),
        abandon: abandonSpec(this.scenario.clockStartAt),
        waits: waitHistogramSpec(),
      };
    }
  }

  private async savePng(name: string): Promise<void> {
    const chart = this.renderRoot.querySelector<Chart>(`sb-chart[data-name="${name}"]`);
    if (chart === null || this.scenario === undefined) return;
    downloadBlob(await chart.toPngBlob(), exportFileName(`${this.scenario.id}-${name}`, 'png', new Date()));
  }

  override render() {
    const { result, scenario } = this;
    if (result === undefined || scenario === undefined) return nothing;
    const intervals: IntervalPoint[] = result.intervals.map((i) => ({
      startSeconds: i.startSeconds.mean,
      offered: i.offered.mean,
      serviceLevel: i.serviceLevel.mean,
      asaSeconds: i.asaSeconds.mean,
      abandonRate: i.abandonRate.mean,
      occupancy: i.occupancy.mean,
    }));
    const answered = sumHistograms(result.runs.map((r) => r.waitHistograms.answered));
    const abandoned = sumHistograms(result.runs.map((r) => r.waitHistograms.abandoned));
    const charts = [
      { name: 'sl', data: serviceLevelColumns(intervals, this.predictions, scenario.serviceLevel.target) },
      { name: 'asa', data: asaColumns(intervals, this.predictions) },
      { name: 'abandon', data: abandonColumns(intervals, this.predictions) },
      ...(answered && abandoned ? [{ name: 'waits', data: waitHistogramColumns(answered, abandoned) }] : []),
    ];
    return html`<div class="charts">
      ${charts.map(
        (c) => html`<div class="item">
          <sb-chart data-name=${c.name} data-testid="chart-${c.name}" .spec=${this.specs[c.name]} .data=${c.data}></sb-chart>
          <button type="button" data-testid="png-${c.name}" @click=${() => this.savePng(c.name)}>
            ${msg('Save as PNG', { id: 'charts.savePng' })}<span class="visually-hidden"> (${this.specs[c.name]?.title})</span>
          </button>
        </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-result-charts': ResultCharts;
  }
}
