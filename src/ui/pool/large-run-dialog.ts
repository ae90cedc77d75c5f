// <sb-large-run-dialog>: before a run larger than the work budget (src/sim/budget.ts), the page asks in a
// modal <dialog> (not window.confirm) with the estimate in words: calls, time on one core and memory. Declined,
// closed or escaped, nothing runs. askLargeRun() adds the dialog to the page, waits for the answer and takes
// it away again, so the shell needs no markup for it. The verdict and the words are in large-run.ts.
import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { formStyles } from '../form-styles';
import { largeRunText } from './large-run';
import type { LargeRun } from './large-run-verdict';

@customElement('sb-large-run-dialog')
@localized()
export class LargeRunDialog extends LitElement {
  static override styles = [
    formStyles,
    css`
      dialog {
        max-inline-size: min(32rem, calc(100vw - 2rem));
        border: 1px solid var(--sb-border-strong);
        border-radius: 8px;
        padding: 1rem 1.2rem;
        color: inherit;
        background: var(--sb-surface);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.35);
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.1rem;
      }
      p {
        margin: 0 0 1rem;
        line-height: 1.4;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 0.5rem;
      }
    `,
  ];

  @property() text = '';
  @query('dialog') private dialog!: HTMLDialogElement;

  /** Opens the dialog; resolves true for "Run anyway", false for anything else. */
  async ask(): Promise<boolean> {
    await this.updateComplete;
    const dialog = this.dialog;
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'run'), { once: true });
    });
  }

  override render() {
    return html`<dialog aria-labelledby="large-run-title" data-testid="large-run-dialog">
      <form method="dialog">
        <h2 id="large-run-title">${msg('Run this large scenario?', { id: 'largeRun.title' })}</h2>
        <p data-testid="large-run-text">${this.text}</p>
        <div class="buttons">
          <button value="cancel" autofocus data-testid="large-run-cancel">
            ${msg("Don't run", { id: 'largeRun.cancel' })}
          </button>
          <button value="run" class="primary" data-testid="large-run-confirm">
            ${msg('Run anyway', { id: 'largeRun.confirm' })}
          </button>
        </div>
      </form>
    </dialog>`;
  }
}

/** Asks whether to start a large run; true only when the user chose "Run anyway". */
export async function askLargeRun(large: LargeRun, replications: number): Promise<boolean> {
  const element = document.createElement('sb-large-run-dialog');
  element.text = largeRunText(large, replications);
  document.body.append(element);
  try {
    return await element.ask();
  } finally {
    element.remove();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-large-run-dialog': LargeRunDialog;
  }
}
