// <sb-saved-work-bar>: export all saved work as a JSON file, import one (or a single scenario file), and
// copy a link that carries the current scenario and its seed. Property: message (the shell's answer to the
// last action; `tone` good or bad). Event: sb-saved-work.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { SavedWorkActionEvent } from './events';
import { formStyles } from './form-styles';
import { MAX_IMPORT_BYTES } from './storage/saved-work';

@customElement('sb-saved-work-bar')
@localized()
export class SavedWorkBar extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: block;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      .buttons > * {
        font-size: 0.85rem;
      }
      .file {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        opacity: 0;
      }
      .file-label {
        display: inline-flex;
        align-items: center;
        padding: 0.45rem 0.9rem;
        border: 1px solid var(--sb-accent);
        border-radius: 6px;
        color: var(--sb-accent);
        background: var(--sb-surface);
        font-weight: 600;
        cursor: pointer;
      }
      .file:focus-visible + .file-label {
        outline: 3px solid var(--sb-focus);
        outline-offset: 2px;
      }
      .message {
        margin: 0.5rem 0 0;
        font-size: 0.85rem;
        overflow-wrap: anywhere;
      }
      .message.bad {
        color: var(--sb-bad-ink);
        font-weight: 600;
      }
    `,
  ];

  @property() message = '';
  @property() tone: 'good' | 'bad' = 'good';

  private send(event: SavedWorkActionEvent): void {
    this.dispatchEvent(event);
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file === undefined) return;
    input.value = '';
    // Checked before reading: a file this large would hold the page for seconds while it is parsed.
    if (file.size > MAX_IMPORT_BYTES) {
      this.send(new SavedWorkActionEvent({ kind: 'import-too-large', fileName: file.name, bytes: file.size }));
      return;
    }
    const text = await file.text();
    this.send(new SavedWorkActionEvent({ kind: 'import', text }));
  }

  override render() {
    return html`<div class="buttons">
        <button type="button" data-testid="export-saved" @click=${() => this.send(new SavedWorkActionEvent({ kind: 'export' }))}>
          ${msg('Export saved work', { id: 'saved.exportSavedWork' })}
        </button>
        <input id="import" class="file" type="file" accept=".json,application/json" data-testid="import-saved" @change=${this.onFile} />
        <label class="file-label" for="import">${msg('Import…', { id: 'saved.import' })}</label>
        <button type="button" data-testid="share-link" @click=${() => this.send(new SavedWorkActionEvent({ kind: 'share' }))}>
          ${msg('Copy share link', { id: 'saved.copyShareLink' })}
        </button>
      </div>
      ${
        this.message === ''
          ? nothing
          : html`<p class="message ${this.tone}" role=${this.tone === 'bad' ? 'alert' : 'status'} data-testid="saved-work-message">${this.message}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-saved-work-bar': SavedWorkBar;
  }
}
