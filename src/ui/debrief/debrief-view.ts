// <sb-debrief>: the after-action report of a played exercise. Property: debrief (the worker's Debrief).
// Shows the total score (data-testid="debrief-total", its value in data-total for tests).
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Debrief } from '../../sim/exercise/types';
import { formatDecimal } from '../format';

@customElement('sb-debrief')
@localized()
export class DebriefView extends LitElement {
  @property({ attribute: false }) debrief: Debrief | undefined;

  override render() {
    const debrief = this.debrief;
    if (debrief === undefined) return nothing;
    const total = formatDecimal(debrief.score.total, 1);
    return html`<p data-testid="debrief-total" data-total=${debrief.score.total}>
      ${msg(str`Score: ${total} of 100`, { id: 'debrief.total' })}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-debrief': DebriefView;
  }
}
