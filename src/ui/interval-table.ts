// <sb-interval-table>: KPIs per statistics interval (e.g. every 30 min) of a replicated run, each interval's
// service level marked against the scenario's target. Properties: result, scenario.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { kpiName } from './i18n/kpi-terms';
import type { Estimate, ReplicatedResult } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import { estimateCell } from './estimate-cell';
import { formatHalfWidth, formatValue, secondsSymbol } from './format';
import { runTimeLabel } from './charts/time-of-day';
import { describeStatus, judgeServiceLevel, statusIcons } from './service-level';
import { statusStyles, tableStyles } from './shared-styles';

@customElement('sb-interval-table')
@localized()
export class IntervalTable extends LitElement {
  static override styles = [
    tableStyles,
    statusStyles,
    css`
      .scroller {
        max-block-size: 32rem;
        overflow-y: auto;
      }
      thead th {
        position: sticky;
        inset-block-start: 0;
      }
      .status {
        font-weight: 500;
      }
      .note {
        display: block;
        font-size: 0.75rem;
        font-weight: 400;
        color: var(--sb-muted);
      }
      .caption-note {
        display: block;
        font-weight: 400;
        font-size: 0.85rem;
        color: var(--sb-muted);
      }
      .visually-hidden {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) result: ReplicatedResult | undefined;
  @property({ attribute: false }) scenario: Scenario | undefined;

  private serviceLevelCell(estimate: Estimate, target: number) {
    const status = judgeServiceLevel(estimate, target);
    const halfWidth = formatHalfWidth(estimate, 'percent');
    if (status === undefined) return estimateCell(estimate, 'percent');
    const description = describeStatus(status, target);
    return html`<td data-status=${status} title=${description}>
      <span class="status ${status}"
        ><span class="status-icon" aria-hidden="true">${statusIcons[status]}</span>${formatValue(estimate.mean, 'percent')}<span
          class="visually-hidden"
          >, ${description}</span
        ></span
      >${halfWidth === '' ? nothing : html`<span class="ci">${halfWidth}</span>`}
    </td>`;
  }

  override render() {
    const { result, scenario } = this;
    if (result === undefined || scenario === undefined) return nothing;
    const { target, thresholdSeconds } = scenario.serviceLevel;
    const warmupSeconds = scenario.warmupSeconds ?? 0;
    const clockStartAt = scenario.clockStartAt;
    return html`
      <div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
        <table data-testid="interval-table">
          <caption id="caption">
            ${msg(str`Per ${scenario.intervalMinutes}-minute interval`, { id: 'table.perInterval' })} <span class="caption-note">${msg('(h:mm from the start)', { id: 'table.hMmFromThe' })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Interval', { id: 'table.interval' })}</th>
              <th scope="col">${msg('Offered', { id: 'table.offered' })}</th>
              <th scope="col">${msg('Answered', { id: 'table.answered' })}</th>
              <th scope="col">${msg('Abandoned', { id: 'table.abandoned' })}</th>
              <th scope="col">${kpiName('serviceLevel')}<br />(${thresholdSeconds} ${secondsSymbol()})</th>
              <th scope="col">${msg('ASA', { id: 'table.asa' })}</th>
              <th scope="col">${msg('Abandon rate', { id: 'table.abandonRate' })}</th>
              <th scope="col">${msg('Occupancy', { id: 'table.occupancy' })}</th>
              <th scope="col">${msg('Busy agents', { id: 'table.busyAgents' })}</th>
            </tr>
          </thead>
          <tbody>
            ${result.intervals.map(
              (interval) => html`<tr data-testid="interval-row">
                <th scope="row">
                  ${runTimeLabel(interval.startSeconds.mean, clockStartAt)}–${runTimeLabel(interval.endSeconds.mean, clockStartAt)}
                  ${interval.endSeconds.mean <= warmupSeconds ? html`<span class="note">${msg('warm-up', { id: 'table.warmUp' })}</span>` : nothing}
                </th>
                ${estimateCell(interval.offered, 'count')} ${estimateCell(interval.answered, 'count')}
                ${estimateCell(interval.abandoned, 'count')} ${this.serviceLevelCell(interval.serviceLevel, target)}
                ${estimateCell(interval.asaSeconds, 'seconds')} ${estimateCell(interval.abandonRate, 'percent')}
                ${estimateCell(interval.occupancy, 'percent')} ${estimateCell(interval.busyAgents, 'agents')}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-interval-table': IntervalTable;
  }
}
