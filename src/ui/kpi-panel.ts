// <sb-kpi-panel>: the headline KPIs of a replicated run as a grid of <sb-kpi-tile>s, the service level
// judged against the scenario's target. Properties: result, scenario. Each tile carries
// data-testid="kpi-<field>" and its raw mean in data-value for tests.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CallKpis, AgentKpis, ReplicatedResult } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import type { KpiKind } from './format';
import { describeServiceLevel, describeStatus, explainServiceLevel, judgeServiceLevel } from './service-level';
import './kpi-tile';

interface TileSpec {
  field: keyof (CallKpis & AgentKpis);
  label: string;
  kind: KpiKind;
  hint: string;
}

const otherTiles: readonly TileSpec[] = [
  { field: 'asaSeconds', label: 'Average speed of answer', kind: 'seconds', hint: 'Mean wait of answered calls' },
  { field: 'abandonRate', label: 'Abandonment rate', kind: 'percent', hint: 'Abandoned ÷ offered' },
  { field: 'occupancy', label: 'Agent occupancy', kind: 'percent', hint: 'Busy ÷ available time (breaks excluded)' },
  { field: 'ahtSeconds', label: 'Average handle time', kind: 'seconds', hint: 'Talk + after-call work' },
  { field: 'offered', label: 'Calls offered', kind: 'count', hint: 'Arrived after the warm-up' },
  { field: 'answered', label: 'Calls answered', kind: 'count', hint: '' },
  { field: 'abandoned', label: 'Calls abandoned', kind: 'count', hint: 'Hung up while waiting' },
];

@customElement('sb-kpi-panel')
export class KpiPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    /* Eight tiles: four columns on a wide screen, two on a phone. */
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(10rem, 100%), 1fr));
      gap: 0.75rem;
    }
    @media (min-width: 70rem) {
      .grid {
        grid-template-columns: repeat(4, minmax(0, 1fr));
      }
    }
  `;

  @property({ attribute: false }) result: ReplicatedResult | undefined;
  @property({ attribute: false }) scenario: Scenario | undefined;

  override render() {
    const { result, scenario } = this;
    if (result === undefined || scenario === undefined) return nothing;
    const serviceLevel = result.total.serviceLevel;
    const target = scenario.serviceLevel.target;
    const status = judgeServiceLevel(serviceLevel, target);
    return html`
      <div class="grid">
        <sb-kpi-tile
          data-testid="kpi-serviceLevel"
          data-value=${String(serviceLevel.mean)}
          data-half-width=${String(serviceLevel.halfWidth)}
          title=${explainServiceLevel(scenario)}
          label="Service level"
          kind="percent"
          .estimate=${serviceLevel}
          hint=${describeServiceLevel(scenario)}
          .status=${status}
          .statusText=${status === undefined ? '' : describeStatus(status, target)}
        ></sb-kpi-tile>
        ${otherTiles.map((tile) => {
          const estimate = result.total[tile.field];
          return html`<sb-kpi-tile
            data-testid="kpi-${tile.field}"
            data-value=${String(estimate.mean)}
            data-half-width=${String(estimate.halfWidth)}
            label=${tile.label}
            kind=${tile.kind}
            hint=${tile.hint}
            .estimate=${estimate}
          ></sb-kpi-tile>`;
        })}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-kpi-panel': KpiPanel;
  }
}
