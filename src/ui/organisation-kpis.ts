// <sb-organisation-kpis>: what the floor's organisation did in a run (peer consults, moves, breaks put off,
// sessions off the phones, support staff cost, learning and fatigue), as a compact list of the KPIs that are
// defined and not zero; nothing at all when there are none. Properties: estimates (mean ± 95% CI per KPI, or
// single values of a live run), currency, heading. Each item carries data-testid="org-<field>" and data-value.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Estimate, OrganisationKpis } from '../sim/results';
import { formatOrganisationHalfWidth, formatOrganisationValue, organisationRows } from './organisation-rows';

@customElement('sb-organisation-kpis')
@localized()
export class OrganisationKpisElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    section {
      border: 1px solid var(--sb-border);
      border-radius: var(--sb-radius);
      background: var(--sb-surface);
      padding: 0.75rem 0.9rem 0.9rem;
    }
    h3 {
      margin: 0 0 0.15rem;
      font-size: 1rem;
      font-weight: 650;
    }
    .note {
      margin: 0 0 0.6rem;
      font-size: 0.8rem;
      color: var(--sb-muted);
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
      gap: 0.5rem 1rem;
      margin: 0;
    }
    .item {
      display: flex;
      flex-direction: column;
      gap: 0.1rem;
      padding-inline-start: 0.6rem;
      border-inline-start: 3px solid var(--sb-border);
    }
    dt {
      font-size: 0.8rem;
      font-weight: 600;
      color: var(--sb-muted);
    }
    dd {
      margin: 0;
      font-size: 1.15rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .ci {
      margin-inline-start: 0.35rem;
      font-size: 0.75rem;
      font-weight: 400;
      color: var(--sb-muted);
    }
  `;

  @property({ attribute: false }) estimates: { readonly [K in keyof OrganisationKpis]?: Estimate } | undefined;
  /** ISO 4217 code of the scenario's currency, for the support staff cost. */
  @property() currency = 'USD';
  /** The heading; '' for the catalogue's "Organisation". */
  @property() heading = '';
  /** A line under the heading, e.g. what the numbers are over. */
  @property() note = '';

  override render() {
    const rows = this.estimates === undefined ? [] : organisationRows(this.estimates);
    if (rows.length === 0) return nothing;
    return html`<section aria-labelledby="org-h" data-testid="organisation-kpis">
      <h3 id="org-h">${this.heading || msg('Organisation', { id: 'org.heading' })}</h3>
      ${this.note === '' ? nothing : html`<p class="note">${this.note}</p>`}
      <dl>
        ${rows.map((row) => {
          const halfWidth = formatOrganisationHalfWidth(row.estimate, row.kind, this.currency);
          return html`<div class="item" title=${row.hint} data-testid="org-${row.field}" data-value=${String(row.estimate.mean)}>
            <dt>${row.label}</dt>
            <dd>
              ${formatOrganisationValue(row.estimate.mean, row.kind, this.currency)}${
                halfWidth === ''
                  ? nothing
                  : html`<span class="ci" title=${msg('95% confidence interval', { id: 'kpi.ci.title' })}>${halfWidth}</span>`
              }
            </dd>
          </div>`;
        })}
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-organisation-kpis': OrganisationKpisElement;
  }
}
