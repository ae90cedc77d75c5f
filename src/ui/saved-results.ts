// <sb-saved-results>: the finished runs saved in this browser, newest first, each with its headline KPIs, a
// button to reopen it and one to delete it, named in the page's language. Properties: results (index entries),
// openKey (the one shown now), scenarios (the built-ins, whose translated names the results' names take).
// Event: sb-saved-result.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ScenarioInfo } from '../sim/api';
import { SavedResultActionEvent } from './events';
import { formatDateTime, formatValue } from './format';
import { formStyles } from './form-styles';
import { savedResultName } from './i18n/saved-result-text';
import type { SavedResultInfo } from './storage/saved-result';

/** `SL 78.4% · ASA 23 s · saved 4 Dec 2026, 18:34`: a saved result's headline figures and when it was saved. */
function savedFacts(r: { serviceLevel: number; asaSeconds: number; savedAt: string }): string {
  const serviceLevel = formatValue(r.serviceLevel, 'percent');
  const asa = formatValue(r.asaSeconds, 'seconds');
  const when = formatDateTime(new Date(r.savedAt));
  return msg(str`SL ${serviceLevel} · ASA ${asa} · saved ${when}`, { id: 'saved.facts' });
}

@customElement('sb-saved-results')
@localized()
export class SavedResults extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        font-size: 1rem;
        margin: 0 0 0.5rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
      }
      li {
        display: grid;
        grid-template-columns: 1fr auto auto;
        gap: 0.3rem;
        align-items: center;
        padding: 0.45rem 0.6rem;
        border: 1px solid var(--sb-border);
        border-radius: var(--sb-radius);
        background: var(--sb-surface);
      }
      li.is-open {
        border-color: var(--sb-accent);
        box-shadow: inset 0 0 0 1px var(--sb-accent);
      }
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .facts {
        display: block;
        font-size: 0.8rem;
        color: var(--sb-muted);
      }
      button {
        font-size: 0.85rem;
        padding: 0.3rem 0.6rem;
      }
      .hint {
        margin: 0;
        font-size: 0.8rem;
        color: var(--sb-muted);
      }
    `,
  ];

  @property({ attribute: false }) results: readonly SavedResultInfo[] = [];
  @property() openKey = '';
  @property({ attribute: false }) scenarios: readonly ScenarioInfo[] = [];

  private send(action: SavedResultActionEvent['action']): void {
    this.dispatchEvent(new SavedResultActionEvent(action));
  }

  override render() {
    return html`<h3 id="saved-results-h">${msg('Saved results', { id: 'saved.savedResults' })}</h3>
      ${
        this.results.length === 0
          ? html`<p class="hint" data-testid="saved-results-empty">${msg('None yet: run a simulation and press Save result.', { id: 'saved.noneYetRunA' })}</p>`
          : html`<ul aria-labelledby="saved-results-h">
            ${this.results.map((r) => {
              const name = savedResultName(r, this.scenarios);
              return html`<li class=${r.key === this.openKey ? 'is-open' : ''} data-testid="saved-result-${r.key}">
                <span>
                  <span class="name">${name}</span>
                  <span class="facts">${savedFacts(r)}</span>
                </span>
                <button type="button" data-testid="open-result-${r.key}" aria-label=${msg(str`Open saved result ${name}`, { id: 'saved.openResult' })}
                  @click=${() => this.send({ kind: 'open', key: r.key })}>${msg('Open', { id: 'saved.open' })}</button>
                <button type="button" class="delete" data-testid="delete-result-${r.key}" aria-label=${msg(str`Delete saved result ${name}`, { id: 'saved.deleteResult' })}
                  @click=${() => this.send({ kind: 'delete', key: r.key })}>✕</button>
              </li>`;
            })}
          </ul>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-saved-results': SavedResults;
  }
}
