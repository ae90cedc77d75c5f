// <sb-live-kpis>: the KPIs of a live run so far, as one row of compact tiles (label and value; the definition
// in a tooltip and to screen readers) that update with every snapshot, so the clock, the tiles, the floor and
// the levers fit one screen. The service level is judged against the target. Properties: snapshot, target
// (share), thresholdSeconds. Tiles carry data-testid="live-kpi-<name>" and the raw value in data-value.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { AGENT_STATES, type FloorSnapshot } from '../sim/api';
import type { Estimate } from '../sim/results';
import { formatValue, type KpiKind } from './format';
import { describeStatus, describeTarget, judgeServiceLevel, statusIcons, type TargetStatus } from './service-level';
import { kpiDefinition, kpiName } from './i18n/kpi-terms';
import { statusStyles } from './shared-styles';

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
  static override styles = [
    statusStyles,
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(7rem, 100%), 1fr));
        gap: 0.5rem;
      }
      .tile {
        box-sizing: border-box;
        padding: 0.4rem 0.4rem 0.45rem 0.5rem;
        border: 1px solid var(--sb-border);
        border-inline-start: 4px solid var(--sb-border);
        border-radius: var(--sb-radius);
        background: var(--sb-surface);
        display: flex;
        flex-direction: column;
        justify-content: space-between;
        gap: 0.15rem;
        min-inline-size: 0;
      }
      .tile.good {
        border-inline-start-color: var(--sb-good);
        background: var(--sb-good-bg);
      }
      .tile.bad {
        border-inline-start-color: var(--sb-bad);
        background: var(--sb-bad-bg);
      }
      .label {
        margin: 0;
        font-size: 0.75rem;
        font-weight: 600;
        line-height: 1.25;
        color: var(--sb-muted);
        overflow-wrap: break-word;
        hyphens: auto;
      }
      .value {
        margin: 0;
        display: flex;
        align-items: center;
        gap: 0.3rem;
        font-size: 1.3rem;
        font-weight: 700;
        line-height: 1.15;
        font-variant-numeric: tabular-nums;
        flex-wrap: wrap;
      }
      .status-icon {
        font-size: 0.75rem;
      }
      /* A phone: three tiles a row, labels a little smaller so that long words fit unbroken. */
      @media (max-width: 30rem) {
        .tile {
          padding-inline: 0.35rem;
        }
        .label {
          font-size: 0.7rem;
        }
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

  @property({ attribute: false }) snapshot: FloorSnapshot | undefined;
  @property({ type: Number }) target = 0.8;
  @property({ type: Number }) thresholdSeconds = 20;

  private tile(
    name: string,
    label: string,
    value: number,
    kind: KpiKind,
    hint: string,
    status?: TargetStatus,
    statusText = '',
  ) {
    const id = `kpi-${name}`;
    return html`<div class="tile ${status ?? ''}" role="group" aria-labelledby=${id} title=${hint}
      data-testid="live-kpi-${name}" data-value=${String(value)}>
      <p class="label" id=${id}>${label}</p>
      <p class="value ${status ?? ''}">
        ${formatValue(value, kind)}
        ${status === undefined ? nothing : html`<span class="status-icon" aria-hidden="true">${statusIcons[status]}</span>`}
      </p>
      ${hint === '' && statusText === '' ? nothing : html`<span class="visually-hidden">${[hint, statusText].filter((t) => t !== '').join('. ')}</span>`}
    </div>`;
  }

  override render() {
    const snapshot = this.snapshot;
    if (snapshot === undefined) return nothing;
    const serviceLevel = snapshot.total.serviceLevel;
    const status = judgeServiceLevel(single(serviceLevel), this.target);
    const statusText = status === undefined ? '' : describeStatus(status, this.target);
    const target = describeTarget(this.target, this.thresholdSeconds);
    return html`<div class="grid" aria-live="off">
      ${this.tile('serviceLevel', `${kpiName('serviceLevel')} (${target})`, serviceLevel, 'percent', kpiDefinition('serviceLevel'), status, statusText)}
      ${tiles().map((tile) => this.tile(tile.name, tile.label, tile.value(snapshot), tile.kind, tile.hint))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-live-kpis': LiveKpis;
  }
}
