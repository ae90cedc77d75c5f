// A table cell template for an Estimate: the mean and, with replications, its ± 95% half-width beneath.
// A template helper rather than an element, so table rows stay plain <td>s.
import { html, nothing, type TemplateResult } from 'lit';
import type { Estimate } from '../sim/results';
import { formatHalfWidth, formatValue, type KpiKind } from './format';

export function estimateCell(estimate: Estimate, kind: KpiKind, className = ''): TemplateResult {
  const halfWidth = formatHalfWidth(estimate, kind);
  return html`<td class=${className}>
    ${formatValue(estimate.mean, kind)}${halfWidth === '' ? nothing : html`<span class="ci">${halfWidth}</span>`}
  </td>`;
}
