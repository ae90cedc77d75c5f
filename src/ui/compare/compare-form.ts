// <sb-compare-form>: picks the variants of a comparison (built-in, saved, or the scenario in the editor; the
// first is the baseline A), the replications and an optional common seed, and asks for the run. While it
// runs it shows the progress summed over the workers and a Cancel button.
// Properties: sources (what can be picked), isRunning, progress, workers. Events: sb-compare, sb-compare-cancel.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CompareCancelEvent, CompareRequestEvent } from '../events';
import { formStyles } from '../form-styles';

export interface CompareSource {
  /** `builtin:<id>`, `saved:<key>` or `editor`. */
  value: string;
  label: string;
  group: 'Built-in scenarios' | 'Saved in this browser' | 'In the editor';
}

/** Variants the form offers; the simulator takes up to 26, a table stays readable with far fewer. */
export const MAX_FORM_VARIANTS = 6;
const MIN_REPLICATIONS = 2;
const MAX_REPLICATIONS = 1000;

const letter = (i: number): string => String.fromCharCode(65 + i);

@customElement('sb-compare-form')
export class CompareForm extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 0.8rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      li {
        display: flex;
        align-items: end;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      li .field {
        flex: 1 1 16rem;
      }
      select {
        inline-size: 100%;
      }
      .hint {
        margin: 0;
        font-size: 0.8rem;
        color: var(--sb-muted);
      }
      progress {
        inline-size: min(24rem, 100%);
      }
    `,
  ];

  @property({ attribute: false }) sources: readonly CompareSource[] = [];
  @property({ type: Boolean }) isRunning = false;
  @property({ attribute: false }) progress: { done: number; total: number } | undefined;
  @property({ type: Number }) workers = 1;

  /** The chosen source of each variant; '' until the user picks (then the defaults apply). */
  @state() private chosen: string[] = ['', ''];
  @state() private replicationsText = '10';
  @state() private seedText = '';
  @state() private problem = '';

  /** A row's source: the user's choice if still offered, else A = the first built-in, B… = the editor. */
  private sourceOf(row: number): string {
    const picked = this.chosen[row] ?? '';
    if (this.sources.some((s) => s.value === picked)) return picked;
    const fallback =
      row === 0
        ? this.sources.find((s) => s.group === 'Built-in scenarios')
        : this.sources.find((s) => s.group === 'In the editor');
    return (fallback ?? this.sources[0])?.value ?? '';
  }

  private pick(row: number, value: string): void {
    const next = [...this.chosen];
    next[row] = value;
    this.chosen = next;
  }

  private addVariant(): void {
    if (this.chosen.length < MAX_FORM_VARIANTS) this.chosen = [...this.chosen, ''];
  }

  private removeVariant(row: number): void {
    if (this.chosen.length > 2) this.chosen = this.chosen.filter((_, i) => i !== row);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.isRunning) return;
    const replications = Number(this.replicationsText);
    if (!Number.isInteger(replications) || replications < MIN_REPLICATIONS || replications > MAX_REPLICATIONS) {
      this.problem = `Replications: enter a whole number from ${MIN_REPLICATIONS} to ${MAX_REPLICATIONS} (a paired interval needs at least 2).`;
      return;
    }
    const sources = this.chosen.map((_, row) => this.sourceOf(row));
    if (sources.some((s) => s === '')) {
      this.problem = 'Variants: pick a scenario for every variant.';
      return;
    }
    this.problem = '';
    const seedText = this.seedText.trim();
    // A whole number stays a number: the seed 7 and the seed "7" are different streams.
    const seed = seedText === '' ? undefined : /^-?\d{1,15}$/.test(seedText) ? Number(seedText) : seedText;
    this.dispatchEvent(new CompareRequestEvent({ sources, replications, ...(seed === undefined ? {} : { seed }) }));
  }

  private renderSelect(row: number) {
    const selected = this.sourceOf(row);
    const groups = ['Built-in scenarios', 'Saved in this browser', 'In the editor'] as const;
    return html`<select id="variant-${row}" data-testid="compare-variant-${row}"
      @change=${(e: Event) => this.pick(row, (e.target as HTMLSelectElement).value)}>
      ${groups.map((group) => {
        const items = this.sources.filter((s) => s.group === group);
        return items.length === 0
          ? nothing
          : html`<optgroup label=${group}>
              ${items.map((s) => html`<option value=${s.value} ?selected=${s.value === selected}>${s.label}</option>`)}
            </optgroup>`;
      })}
    </select>`;
  }

  private renderProgress() {
    const progress = this.progress;
    if (!this.isRunning || progress === undefined) return nothing;
    return html`<div class="field">
      <label for="compare-progress">Progress</label>
      <progress id="compare-progress" data-testid="compare-progress" max=${progress.total} .value=${progress.done}></progress>
      <p class="hint" data-testid="compare-progress-text">
        ${progress.done} of ${progress.total} runs on ${this.workers} worker${this.workers === 1 ? '' : 's'}
      </p>
    </div>`;
  }

  override render() {
    return html`<form class="card" novalidate @submit=${this.onSubmit} aria-labelledby="compare-h">
      <h3 id="compare-h">Variants</h3>
      <p class="hint">
        Every variant runs on the same callers (common random numbers): replication r of each uses the same random
        streams, so a difference is the change, not luck. A is the baseline.
      </p>
      <ol>
        ${this.chosen.map(
          (_, row) => html`<li>
            <div class="field">
              <label for="variant-${row}">${letter(row)}${row === 0 ? ' (baseline)' : ''}</label>
              ${this.renderSelect(row)}
            </div>
            ${
              this.chosen.length > 2
                ? html`<button type="button" data-testid="compare-remove-${row}" aria-label="Remove variant ${letter(row)}"
                  @click=${() => this.removeVariant(row)}>Remove</button>`
                : nothing
            }
          </li>`,
        )}
      </ol>
      <div class="row">
        <button type="button" data-testid="compare-add" ?disabled=${this.chosen.length >= MAX_FORM_VARIANTS} @click=${this.addVariant}>
          Add a variant
        </button>
      </div>
      <div class="row">
        <div class="field">
          <label for="compare-replications">Replications</label>
          <input id="compare-replications" type="number" min=${MIN_REPLICATIONS} max=${MAX_REPLICATIONS} step="1"
            data-testid="compare-replications" .value=${this.replicationsText}
            aria-invalid=${this.problem.startsWith('Replications') ? 'true' : 'false'} aria-describedby="compare-problem"
            @input=${(e: Event) => (this.replicationsText = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="compare-seed">Seed (optional)</label>
          <input id="compare-seed" type="text" placeholder="A's own seed" data-testid="compare-seed" .value=${this.seedText}
            @input=${(e: Event) => (this.seedText = (e.target as HTMLInputElement).value)} />
        </div>
        <button class="primary" type="submit" data-testid="compare-run" aria-disabled=${this.isRunning ? 'true' : 'false'}>
          Compare
        </button>
        ${
          this.isRunning
            ? html`<button type="button" data-testid="compare-cancel" @click=${() => this.dispatchEvent(new CompareCancelEvent())}>Cancel</button>`
            : nothing
        }
      </div>
      ${this.problem === '' ? nothing : html`<p class="problem" id="compare-problem" role="alert" data-testid="compare-problem">${this.problem}</p>`}
      ${this.renderProgress()}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-compare-form': CompareForm;
  }
}
