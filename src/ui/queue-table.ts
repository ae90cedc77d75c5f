// <sb-queue-table>: call KPIs per queue of a replicated run. Properties: result, scenario (for queue names
// and the service-level threshold).
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { kpiName } from './i18n/kpi-terms';
import type { ReplicatedResult } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import { estimateCell } from './estimate-cell';
import { tableStyles } from './shared-styles';
import { secondsSymbol } from './format';

@customElement('sb-queue-table')
@localized()
export class QueueTable extends LitElement {
  static override styles = tableStyles;

  @property({ attribute: false }) result: ReplicatedResult | undefined;
  @property({ attribute: false }) scenario: Scenario | undefined;

  override render() {
    const { result, scenario } = this;
    if (result === undefined || scenario === undefined) return nothing;
    const threshold = scenario.serviceLevel.thresholdSeconds;
    return html`
      <div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
        <table data-testid="queue-table">
          <caption id="caption">${msg('Per queue', { id: 'table.perQueue' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Queue', { id: 'table.queue' })}</th>
              <th scope="col">${msg('Offered', { id: 'table.offered' })}</th>
              <th scope="col">${msg('Answered', { id: 'table.answered' })}</th>
              <th scope="col">${msg('Abandoned', { id: 'table.abandoned' })}</th>
              <th scope="col">${kpiName('serviceLevel')}<br />(${threshold} ${secondsSymbol()})</th>
              <th scope="col">${msg('ASA', { id: 'table.asa' })}</th>
              <th scope="col">${msg('Abandon rate', { id: 'table.abandonRate' })}</th>
              <th scope="col">${msg('AHT', { id: 'table.aht' })}</th>
              <th scope="col">${msg('Max wait', { id: 'table.maxWait' })}</th>
            </tr>
          </thead>
          <tbody>
            ${scenario.queues.map((queue) => {
              const kpis = result.queues[queue.id];
              if (kpis === undefined) return nothing;
              return html`<tr data-testid="queue-row-${queue.id}">
                <th scope="row">${queue.name ?? queue.id}</th>
                ${estimateCell(kpis.offered, 'count')} ${estimateCell(kpis.answered, 'count')}
                ${estimateCell(kpis.abandoned, 'count')} ${estimateCell(kpis.serviceLevel, 'percent')}
                ${estimateCell(kpis.asaSeconds, 'seconds')} ${estimateCell(kpis.abandonRate, 'percent')}
                ${estimateCell(kpis.ahtSeconds, 'seconds')} ${estimateCell(kpis.maxWaitSeconds, 'seconds')}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-queue-table': QueueTable;
  }
}
