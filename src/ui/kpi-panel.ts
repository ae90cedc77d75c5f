// <sb-kpi-panel>: the headline KPIs of a replicated run as a grid of <sb-kpi-tile>s, the service level
// judged against the scenario's target, then labour cost, utilisation, adherence and overtime. Properties: result, scenario. Each tile carries
// data-testid="kpi-<field>" and its raw mean in data-value for tests.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { CallKpis, AgentKpis, ReplicatedResult } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import { formatDecimal, formatMoney, type KpiKind } from './format';
import { currencyOf } from './organisation-rows';
import { describeServiceLevel, describeStatus, explainServiceLevel, judgeServiceLevel } from './service-level';
import { kpiDefinition, kpiName } from './i18n/kpi-terms';
import './kpi-tile';

interface TileSpec {
  field: keyof (CallKpis & AgentKpis);
  label: string;
  kind: KpiKind;
  hint: string;
  /** Formats the value when its kind has no unit of its own (money, hours). */
  format?: (value: number) => string;
}

/** The tiles after the service level, named in the language in force when called. */
const otherTiles = (): readonly TileSpec[] => [
  { field: 'asaSeconds', label: kpiName('asa'), kind: 'seconds', hint: kpiDefinition('asa') },
  { field: 'abandonRate', label: kpiName('abandonment'), kind: 'percent', hint: kpiDefinition('abandonment') },
  { field: 'occupancy', label: kpiName('occupancy'), kind: 'percent', hint: kpiDefinition('occupancy') },
  { field: 'ahtSeconds', label: kpiName('aht'), kind: 'seconds', hint: kpiDefinition('aht') },
  {
    field: 'offered',
    label: msg('Calls offered', { id: 'kpi.offered.name' }),
    kind: 'count',
    hint: msg('Arrived after the warm-up', { id: 'kpi.offered.hint' }),
  },
  { field: 'answered', label: msg('Calls answered', { id: 'kpi.answered.name' }), kind: 'count', hint: '' },
  {
    field: 'abandoned',
    label: msg('Calls abandoned', { id: 'kpi.abandoned.name' }),
    kind: 'count',
    hint: msg('Hung up while waiting', { id: 'kpi.abandoned.hint' }),
  },
];

/** The people's side: what the day cost and how the paid time was used (README: Run to the end). */
const staffTiles = (currency: string): readonly TileSpec[] => [
  {
    field: 'cost',
    label: msg('Labour cost', { id: 'kpi.cost.name' }),
    kind: 'count',
    hint: msg('Paid hours × hourly cost, support staff included', { id: 'kpi.cost.hint' }),
    format: (value) => formatMoney(value, currency, 0),
  },
  { field: 'utilisation', label: kpiName('utilisation'), kind: 'percent', hint: kpiDefinition('utilisation') },
  { field: 'adherence', label: kpiName('adherence'), kind: 'percent', hint: kpiDefinition('adherence') },
  {
    field: 'overtimeHours',
    label: msg('Overtime', { id: 'kpi.overtime.name' }),
    kind: 'count',
    hint: msg('Person-hours worked past the schedule, e.g. finishing a call', { id: 'kpi.overtime.hint' }),
    format: (hours) => msg(str`${formatDecimal(hours, 1)} h`, { id: 'kpi.hours.value' }),
  },
];

@customElement('sb-kpi-panel')
@localized()
export class KpiPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    /* Twelve tiles: four columns on a wide screen, two on a phone. */
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
          label=${kpiName('serviceLevel')}
          kind="percent"
          .estimate=${serviceLevel}
          hint=${describeServiceLevel(scenario)}
          .status=${status}
          .statusText=${status === undefined ? '' : describeStatus(status, target)}
        ></sb-kpi-tile>
        ${[...otherTiles(), ...staffTiles(currencyOf(scenario))].map((tile) => {
          const estimate = result.total[tile.field];
          return html`<sb-kpi-tile
            data-testid="kpi-${tile.field}"
            data-value=${String(estimate.mean)}
            data-half-width=${String(estimate.halfWidth)}
            label=${tile.label}
            kind=${tile.kind}
            hint=${tile.hint}
            .format=${tile.format}
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
