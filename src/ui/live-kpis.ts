// <sb-live-kpis>: the KPIs of a live run so far, as tiles that update with every snapshot; the service
// level is judged against the target. Properties: snapshot, target (share), thresholdSeconds. Tiles carry
// data-testid="live-kpi-<name>" and the raw value in data-value for tests.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { AGENT_STATES, type FloorSnapshot } from '../sim/api';
import type { Estimate } from '../sim/results';
import type { KpiKind } from './format';
import { describeStatus, describeTarget, judgeServiceLevel } from './service-level';
import { kpiDefinition, kpiName } from './i18n/kpi-terms';
import './kpi-tile';

const LOGGED_OUT = AGENT_STATES.indexOf('logged-out');

function single(value: number): Estimate {
  return { mean: value, halfWidth: Number.NaN, stdDev: Number.NaN, n: 1 };
}

interface LiveTile {
  name: string;
  label: string;
  kind: KpiKind;
  hint: string;
  value: (s: FloorSnapshot) => number;
}

/** The tiles, named in the language in force when called. */
const tiles = (): readonly LiveTile[] => [
  {
    name: 'asa',
    label: kpiName('asa'),
    kind: 'seconds',
    hint: kpiDefinition('asa'),
    value: (s) => s.total.asaSeconds,
  },
  {
    name: 'abandon',
    label: kpiName('abandonment'),
    kind: 'percent',
    hint: kpiDefinition('abandonment'),
    value: (s) => s.total.abandonRate,
  },
  {
    name: 'occupancy',
    label: kpiName('occupancy'),
    kind: 'percent',
    hint: kpiDefinition('occupancy'),
    value: (s) => s.total.occupancy,
  },
  {
    name: 'waiting',
    label: msg('Callers waiting now', { id: 'live.kpi.waiting' }),
    kind: 'count',
    hint: msg('All queues', { id: 'live.kpi.waiting.hint' }),
    value: (s) => s.queueWaiting.reduce((a, b) => a + b, 0),
  },
  {
    name: 'agents',
    label: msg('Agents logged in now', { id: 'live.kpi.agents' }),
    kind: 'count',
    hint: '',
    value: (s) => s.agentStates.filter((st) => st !== LOGGED_OUT).length,
  },
  {
    name: 'offered',
    label: msg('Calls offered', { id: 'kpi.offered.name' }),
    kind: 'count',
    hint: msg('So far, after the warm-up', { id: 'live.kpi.offered.hint' }),
    value: (s) => s.total.offered,
  },
  {
    name: 'answered',
    label: msg('Calls answered', { id: 'kpi.answered.name' }),
    kind: 'count',
    hint: '',
    value: (s) => s.total.answered,
  },
];

@customElement('sb-live-kpis')
@localized()
export class LiveKpis extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(10rem, 100%), 1fr));
      gap: 0.6rem;
    }
  `;

  @property({ attribute: false }) snapshot: FloorSnapshot | undefined;
  @property({ type: Number }) target = 0.8;
  @property({ type: Number }) thresholdSeconds = 20;

  override render() {
    const snapshot = this.snapshot;
    if (snapshot === undefined) return nothing;
    const serviceLevel = snapshot.total.serviceLevel;
    const status = judgeServiceLevel(single(serviceLevel), this.target);
    return html`<div class="grid" aria-live="off">
      <sb-kpi-tile
        data-testid="live-kpi-serviceLevel"
        data-value=${String(serviceLevel)}
        label=${kpiName('serviceLevel')}
        kind="percent"
        hint=${describeTarget(this.target, this.thresholdSeconds)}
        .estimate=${single(serviceLevel)}
        .status=${status}
        .statusText=${status === undefined ? '' : describeStatus(status, this.target)}
      ></sb-kpi-tile>
      ${tiles().map((tile) => {
        const value = tile.value(snapshot);
        return html`<sb-kpi-tile
          data-testid="live-kpi-${tile.name}"
          data-value=${String(value)}
          label=${tile.label}
          kind=${tile.kind}
          hint=${tile.hint}
          .estimate=${single(value)}
        ></sb-kpi-tile>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-live-kpis': LiveKpis;
  }
}
