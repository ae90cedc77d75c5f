// <sb-compare-table>: one scope of a comparison (the whole centre, or one department) as a table: per KPI
// every variant's mean ± 95% half-width, then for each variant after A its paired difference from A ± half-
// width, whether that is significant (an icon and words, not colour alone), and how much common random
// numbers cut the variance of the difference (a negative cut is marked: CRN did not help for that KPI).
// Properties: kpis, variants (labels), caption, isCentre, currency.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { KpiComparisons } from '../../sim/compare';
import { statusStyles, tableStyles } from '../shared-styles';
import {
  baselineHeading,
  compareRows,
  formatCompareHalfWidth,
  formatCompareValue,
  formatDifference,
  formatDifferenceHalfWidth,
  formatVarianceReduction,
  didCrnHelp,
  verdictOf,
  verdictText,
  type Verdict,
} from './compare-kpis';

const crnNoHelpHint = () =>
  msg(
    'Pairing the variants on the same callers made this difference vary more, not less: they reacted to those callers in opposite ways (or there are too few replications to tell). The interval shown is still right.',
    { id: 'compare.crn.noHelp.hint' },
  );

const ICONS: Record<Verdict, string> = { better: '✓', worse: '!', changed: '≠', 'no-difference': '=', unknown: '?' };

@customElement('sb-compare-table')
@localized()
export class CompareTable extends LitElement {
  static override styles = [
    tableStyles,
    statusStyles,
    css`
      .first-of-difference {
        border-inline-start: 1px solid var(--sb-border);
      }
      .status {
        font-size: 0.8rem;
      }
      /* A KPI's name wraps before the numbers do: Russian and Romanian names are long, and the last column
         should stay in view at 1280 px. */
      tbody th {
        white-space: normal;
        min-inline-size: 9rem;
      }
    `,
  ];

  @property({ attribute: false }) kpis: KpiComparisons | undefined;
  /** The variants' letters, baseline first: `A`, `B`, … (the view names them above the tables). */
  @property({ attribute: false }) variants: readonly string[] = [];
  @property() caption = '';
  /** The whole centre has agent and cost KPIs too; a department has call KPIs only. */
  @property({ type: Boolean }) isCentre = false;
  /** ISO 4217 code of the money rows (the baseline scenario's currency). */
  @property() currency = 'USD';
  /** For test ids: `total` or the department id. */
  @property() scope = 'total';

  override render() {
    const kpis = this.kpis;
    if (kpis === undefined) return nothing;
    const rows = compareRows(kpis, this.isCentre);
    const others = this.variants.slice(1);
    return html`<div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
      <table data-testid="compare-table-${this.scope}">
        <caption id="caption">${this.caption}</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            ${this.variants.map(
              (letter, i) =>
                html`<th scope="col">${i === 0 ? baselineHeading(letter) : letter}<span class="ci">${msg('mean ± 95% CI', { id: 'compare.col.meanCi' })}</span></th>`,
            )}
            ${others.map(
              (
                letter,
              ) => html`<th scope="col" class="first-of-difference">${letter} − A<span class="ci">${msg('± 95% CI', { id: 'compare.col.ci' })}</span></th>
                <th scope="col">${msg('Significant?', { id: 'compare.col.significant' })}</th>
                <th scope="col" title=${msg('1 − var(paired difference) ÷ var(independent runs)', { id: 'compare.col.varianceCut.title' })}>${msg('Variance cut', { id: 'compare.col.varianceCut' })}<span class="ci">${msg('by', { id: 'compare.col.varianceCut.by' })} <abbr title=${msg('common random numbers', { id: 'compare.crn' })}>CRN</abbr></span></th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map((spec) => {
            const c = kpis[spec.field]!;
            return html`<tr data-testid="compare-row-${this.scope}-${spec.field}">
              <th scope="row">${spec.label()}</th>
              ${c.variants.map((e) => {
                const hw = formatCompareHalfWidth(e, spec.kind, this.currency);
                return html`<td>${formatCompareValue(e.mean, spec.kind, this.currency)}${hw === '' ? nothing : html`<span class="ci">${hw}</span>`}</td>`;
              })}
              ${c.differences.map((d) => {
                const verdict = verdictOf(d, spec.better);
                const tone = verdict === 'better' ? 'good' : verdict === 'worse' ? 'bad' : '';
                const hw = formatDifferenceHalfWidth(d, spec.kind, this.currency);
                return html`<td class="first-of-difference" data-testid="compare-diff-${this.scope}-${spec.field}-${d.variant}"
                    data-mean=${String(d.mean)} data-half-width=${String(d.halfWidth)}>
                    ${formatDifference(d.mean, spec.kind, this.currency)}${hw === '' ? nothing : html`<span class="ci">${hw}</span>`}
                  </td>
                  <td data-testid="compare-sig-${this.scope}-${spec.field}-${d.variant}" data-significant=${String(d.significant)}>
                    <span class="status ${tone}"><span class="status-icon" aria-hidden="true">${ICONS[verdict]}</span>${verdictText(verdict)}</span>
                  </td>
                  <td data-testid="compare-crn-${this.scope}-${spec.field}-${d.variant}" data-crn-helped=${String(didCrnHelp(d))}>
                    ${formatVarianceReduction(d)}${
                      didCrnHelp(d) === false
                        ? html`<span class="ci" title=${crnNoHelpHint()}>${msg('no help here', { id: 'compare.crn.noHelp' })}</span>`
                        : nothing
                    }
                  </td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-compare-table': CompareTable;
  }
}
