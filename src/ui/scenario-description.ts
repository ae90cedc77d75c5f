// <sb-scenario-description>: a scenario's description in the scenario list. Built-in descriptions are short
// (at most DESCRIPTION_LIMIT characters); a user's own scenario may carry pages of text, which would push the
// Run button far down. Past the limit the chosen scenario's description is clamped to a few lines with a
// More / Less toggle (aria-expanded, aria-controls); screen readers get the whole text either way.
// Properties: text, isChosen (an unchosen scenario's description is clamped to two lines).
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { focusStyles } from './shared-styles';

/** Longer descriptions are clamped on screen, with a toggle (the built-ins stay within it). */
export const DESCRIPTION_LIMIT = 400;

let serial = 0;

@customElement('sb-scenario-description')
@localized()
export class ScenarioDescription extends LitElement {
  static override styles = [
    focusStyles,
    css`
      :host {
        display: block;
      }
      .text {
        margin: 0;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      /* Two lines until chosen; a chosen long one five lines until More. */
      .text.brief,
      .text.clamped {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: var(--lines);
        line-clamp: var(--lines);
        overflow: hidden;
      }
      .text.brief {
        --lines: 2;
      }
      .text.clamped {
        --lines: 5;
      }
      .toggle {
        font: inherit;
        font-weight: 600;
        color: var(--sb-accent);
        background: none;
        border: none;
        padding: 0.1rem 0;
        cursor: pointer;
        text-decoration: underline;
      }
    `,
  ];

  @property() text = '';
  @property({ type: Boolean }) isChosen = false;
  @state() private isExpanded = false;
  private readonly textId = `scenario-description-${++serial}`;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Another text (the list shows another scenario here): start clamped again.
    if (changed.has('text') && changed.get('text') !== undefined) this.isExpanded = false;
  }

  private toggle(event: Event): void {
    // The description sits in the scenario's <label>: the toggle must not also choose the scenario.
    event.preventDefault();
    event.stopPropagation();
    this.isExpanded = !this.isExpanded;
  }

  override render() {
    const isLong = this.text.length > DESCRIPTION_LIMIT;
    const hasToggle = isLong && this.isChosen;
    const isClamped = hasToggle && !this.isExpanded;
    const clamp = !this.isChosen ? 'brief' : isClamped ? 'clamped' : '';
    return html`<p class="text ${clamp}" id=${this.textId} data-testid="scenario-description-text">${this.text}</p>${
      hasToggle
        ? html`<button
            type="button"
            class="toggle"
            data-testid="scenario-description-toggle"
            aria-expanded=${this.isExpanded ? 'true' : 'false'}
            aria-controls=${this.textId}
            @click=${this.toggle}
          >
            ${this.isExpanded ? msg('Less', { id: 'scenarioDescription.less' }) : msg('More', { id: 'scenarioDescription.more' })}
          </button>`
        : nothing
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-scenario-description': ScenarioDescription;
  }
}
