// <sb-kpi-tile>: one KPI as a tile: label, mean, 95% confidence interval (when there are replications) and
// an optional status against a target. Properties: label, estimate, kind, hint, status, statusText.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Estimate } from '../sim/results';
import { formatInterval, formatValue, hasInterval, type KpiKind } from './format';
import { statusIcons, type TargetStatus } from './service-level';
import { statusStyles } from './shared-styles';

@customElement('sb-kpi-tile')
@localized()
export class KpiTile extends LitElement {
  static override styles = [
    statusStyles,
    css`
      :host {
        display: block;
      }
      .tile {
        block-size: 100%;
        box-sizing: border-box;
        padding: 0.85rem 1rem 0.9rem;
        border: 1px solid var(--sb-border);
        border-inline-start: 5px solid var(--sb-border);
        border-radius: var(--sb-radius);
        background: var(--sb-surface);
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
      }
      .tile.good {
        border-inline-start-color: var(--sb-good);
        background: var(--sb-good-bg);
      }
      .tile.bad {
        border-inline-start-color: var(--sb-bad);
        background: var(--sb-bad-bg);
      }
      .tile.uncertain {
        border-inline-start-color: var(--sb-neutral);
      }
      .label {
        margin: 0;
        font-size: 0.85rem;
        font-weight: 600;
        color: var(--sb-muted);
      }
      .value {
        margin: 0;
        font-size: 1.9rem;
        font-weight: 700;
        line-height: 1.15;
        font-variant-numeric: tabular-nums;
        letter-spacing: -0.01em;
      }
      .ci,
      .hint {
        margin: 0;
        font-size: 0.8rem;
        color: var(--sb-muted);
        font-variant-numeric: tabular-nums;
      }
      .status {
        font-size: 0.85rem;
        margin-block-start: 0.15rem;
      }
    `,
  ];

  @property() label = '';
  @property({ attribute: false }) estimate: Estimate | undefined;
  @property() kind: KpiKind = 'count';
  /** A short line under the label, e.g. the service-level convention. */
  @property() hint = '';
  @property() status: TargetStatus | undefined;
  @property() statusText = '';
  /** Formats the mean and the interval's ends in place of `kind` (money in a currency, hours); never below 0. */
  @property({ attribute: false }) format: ((value: number) => string) | undefined;

  override render() {
    const estimate = this.estimate;
    const f = this.format;
    const interval =
      estimate === undefined
        ? ''
        : f === undefined
          ? formatInterval(estimate, this.kind)
          : hasInterval(estimate)
            ? `${f(Math.max(0, estimate.mean - estimate.halfWidth))}–${f(estimate.mean + estimate.halfWidth)}`
            : '';
    const status = this.status;
    return html`
      <div class="tile ${status ?? ''}" role="group" aria-labelledby="label">
        <p class="label" id="label">${this.label}</p>
        <p class="value" data-testid="kpi-value">${estimate === undefined ? '—' : (f?.(estimate.mean) ?? formatValue(estimate.mean, this.kind))}</p>
        ${interval === '' ? nothing : html`<p class="ci" data-testid="kpi-ci">${msg(str`95% CI ${interval}`, { id: 'kpi.ci' })}</p>`}
        ${this.hint === '' ? nothing : html`<p class="hint">${this.hint}</p>`}
        ${
          status === undefined
            ? nothing
            : html`<p class="status ${status}" data-testid="kpi-status" data-status=${status}>
              <span class="status-icon" aria-hidden="true">${statusIcons[status]}</span>${this.statusText}
            </p>`
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-kpi-tile': KpiTile;
  }
}
