// <sb-live-kpis>: the KPIs of a live run so far, as tiles that update with every snapshot; the service
// level is judged against the target. Properties: snapshot, target (share), thresholdSeconds. Tiles carry
// data-testid="live-kpi-<name>" and the raw value in data-value for tests.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AGENT_STATES, type FloorSnapshot } from '../sim/api';
import type { Estimate } from '../sim/results';
import type { KpiKind } from './format';
import { describeStatus, judgeServiceLevel } from './service-level';
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

const tiles: readonly LiveTile[] = [
  {
    name: 'asa',
    label: 'Average speed of answer',
    kind: 'seconds',
    hint: 'Mean wait of answered calls',
    value: (s) => s.total.asaSeconds,
  },
  {
    name: 'abandon',
    label: 'Abandonment rate',
    kind: 'percent',
    hint: 'Abandoned ÷ offered',
    value: (s) => s.total.abandonRate,
  },
  {
    name: 'occupancy',
    label: 'Agent occupancy',
    kind: 'percent',
    hint: 'Busy ÷ available time (breaks excluded)',
    value: (s) => s.total.occupancy,
  },
  {
    name: 'waiting',
    label: 'Callers waiting now',
    kind: 'count',
    hint: 'All queues',
    value: (s) => s.queueWaiting.reduce((a, b) => a + b, 0),
  },
  {
    name: 'agents',
    label: 'Agents logged in now',
    kind: 'count',
    hint: '',
    value: (s) => s.agentStates.filter((st) => st !== LOGGED_OUT).length,
  },
  {
    name: 'offered',
    label: 'Calls offered',
    kind: 'count',
    hint: 'So far, after the warm-up',
    value: (s) => s.total.offered,
  },
  { name: 'answered', label: 'Calls answered', kind: 'count', hint: '', value: (s) => s.total.answered },
];

@customElement('sb-live-kpis')
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
        label="Service level"
        kind="percent"
        hint=${`${Math.round(this.target * 100)}/${this.thresholdSeconds} target`}
        .estimate=${single(serviceLevel)}
        .status=${status}
        .statusText=${status === undefined ? '' : describeStatus(status, this.target)}
      ></sb-kpi-tile>
      ${tiles.map((tile) => {
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
