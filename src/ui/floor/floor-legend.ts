// <sb-floor-legend>: what the colours and shapes on the floor mean, with how many agents are in each state
// now. Properties: counts (agents per state, AGENT_STATES order), isHeatMap (desks show occupancy). No three.
import { LitElement, css, html, nothing, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { AGENT_STATES } from '../../sim/api';
import {
  FLOW_COLORS,
  FLOW_KINDS,
  STATE_COLORS,
  SUPERVISOR_COLOR,
  WAITING_CALLER_COLOR,
  cssHex,
  heatGradientCss,
} from './floor-palette';
import { flowLabel, stateLabel } from './floor-labels';
import { formatPercent } from '../format';

@customElement('sb-floor-legend')
@localized()
export class FloorLegend extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-size: 0.85rem;
    }
    h3 {
      margin: 0 0 0.35rem;
      font-size: 0.85rem;
      color: var(--sb-muted, #56606b);
    }
    ul {
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
      display: grid;
      gap: 0.2rem;
    }
    li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .swatch {
      inline-size: 0.95rem;
      block-size: 0.95rem;
      border-radius: 50%;
      border: 1px solid rgb(0 0 0 / 0.25);
      flex: none;
    }
    .square {
      border-radius: 3px;
    }
    .count {
      margin-inline-start: auto;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .ramp {
      block-size: 0.8rem;
      border-radius: 3px;
      border: 1px solid rgb(0 0 0 / 0.2);
      background: ${unsafeCSS(heatGradientCss())};
    }
    .ramp-scale {
      display: flex;
      justify-content: space-between;
      color: var(--sb-muted, #56606b);
      font-variant-numeric: tabular-nums;
    }
    p {
      margin: 0.25rem 0 0.75rem;
      color: var(--sb-muted, #56606b);
    }
  `;

  /** Agents in each state now, in AGENT_STATES order; undefined before the first snapshot. */
  @property({ attribute: false }) counts: readonly number[] | undefined;
  @property({ type: Boolean }) isHeatMap = false;

  override render() {
    return html`
      <h3 id="states">${msg('Agents by state', { id: 'legend.states' })}</h3>
      <ul aria-labelledby="states" data-testid="floor-legend-states">
        ${AGENT_STATES.map(
          (state, s) => html`<li data-state=${state}>
            <span class="swatch" style="background:${cssHex(STATE_COLORS[state])}"></span>
            <span>${stateLabel(state)}</span>
            <span class="count" data-testid="state-count-${state}">${this.counts?.[s] ?? '–'}</span>
          </li>`,
        )}
        <li>
          <span class="swatch" style="background:${cssHex(SUPERVISOR_COLOR)}"></span>
          <span>${msg('Supervisor / team lead (◆ above the head)', { id: 'legend.supervisor' })}</span>
        </li>
      </ul>
      <h3 id="calls">${msg('Calls', { id: 'legend.calls' })}</h3>
      <ul aria-labelledby="calls">
        <li>
          <span class="swatch" style="background:${cssHex(WAITING_CALLER_COLOR)}"></span>
          <span>${msg('Caller waiting in a queue', { id: 'legend.waitingCaller' })}</span>
        </li>
        ${FLOW_KINDS.map(
          (kind) => html`<li>
            <span class="swatch" style="background:${cssHex(FLOW_COLORS[kind])}"></span>
            <span>${flowLabel(kind)}</span>
          </li>`,
        )}
      </ul>
      ${
        this.isHeatMap
          ? html`<h3>${msg("Desks: the agent's occupancy so far", { id: 'legend.heat' })}</h3>
            <div class="ramp" role="img" aria-label=${msg('Colour scale from 0% (pale sand) to 100% (dark brown)', { id: 'legend.heat.scale' })}></div>
            <div class="ramp-scale"><span>${formatPercent(0, 0)}</span><span>${formatPercent(0.5, 0)}</span><span>${formatPercent(1, 0)}</span></div>
            <p>${msg('Busy (talking, hold, after-call work) ÷ available time (idle or busy). Plain desks: not logged in yet.', { id: 'legend.heat.note' })}</p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-floor-legend': FloorLegend;
  }
}
