// <sb-compare-form>: picks the variants of a comparison (built-in, saved, or the scenario in the editor; the
// first is the baseline A), the replications and an optional common seed, and asks for the run. While it
// runs it shows the progress summed over the workers and a Cancel button.
// Properties: sources (what can be picked), isRunning, progress, workers. Events: sb-compare, sb-compare-cancel.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CompareCancelEvent, CompareRequestEvent } from '../events';
import { formatInteger } from '../format';
import { formStyles } from '../form-styles';
import { workersText } from '../run-status';
import { baselineHeading } from './compare-kpis';

export interface CompareSource {
  /** `builtin:<id>`, `saved:<key>` or `editor`. */
  value: string;
  /** The scenario's name, in the page's language when it carries a translation. */
  label: string;
  group: SourceGroup;
}

export type SourceGroup = 'builtin' | 'saved' | 'editor';
export const SOURCE_GROUPS: readonly SourceGroup[] = ['builtin', 'saved', 'editor'];

/** The heading of a group of the variant pickers. */
export function sourceGroupName(group: SourceGroup): string {
  switch (group) {
    case 'builtin':
      return msg('Built-in scenarios', { id: 'compare.group.builtin' });
    case 'saved':
      return msg('Saved in this browser', { id: 'runForm.savedInThisBrowser' });
    case 'editor':
      return msg('In the editor', { id: 'compare.group.editor' });
  }
}

type Problem = '' | 'replications' | 'variants';

/** Variants the form offers; the simulator takes up to 26, a table stays readable with far fewer. */
export const MAX_FORM_VARIANTS = 6;
const MIN_REPLICATIONS = 2;
const MAX_REPLICATIONS = 1000;

const letter = (i: number): string => String.fromCharCode(65 + i);

const removeLabel = (variant: string) => msg(str`Remove variant ${variant}`, { id: 'compare.remove.label' });

function problemText(problem: Exclude<Problem, ''>): string {
  if (problem === 'variants')
    return msg('Variants: pick a scenario for every variant.', { id: 'compare.problem.variants' });
  const min = formatInteger(MIN_REPLICATIONS);
  const max = formatInteger(MAX_REPLICATIONS);
  return msg(str`Replications: enter a whole number from ${min} to ${max} (a paired interval needs at least 2).`, {
    id: 'compare.problem.replications',
  });
}

/** `40 of 60 runs on 2 workers`. */
function progressText(done: number, total: number, workers: number): string {
  const doneText = formatInteger(done);
  const totalText = formatInteger(total);
  const on = workersText(workers);
  return msg(str`${doneText} of ${totalText} runs ${on}`, { id: 'compare.progress.text' });
}

@customElement('sb-compare-form')
@localized()
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
  /** Which field the last submit found wrong ('' when none); its text is read at render time. */
  @state() private problemKind: Problem = '';

  /** A row's source: the user's choice if still offered, else A = the first built-in, B… = the editor. */
  private sourceOf(row: number): string {
    const picked = this.chosen[row] ?? '';
    if (this.sources.some((s) => s.value === picked)) return picked;
    const fallback =
      row === 0 ? this.sources.find((s) => s.group === 'builtin') : this.sources.find((s) => s.group === 'editor');
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
      this.problemKind = 'replications';
      return;
    }
    const sources = this.chosen.map((_, row) => this.sourceOf(row));
    if (sources.some((s) => s === '')) {
      this.problemKind = 'variants';
      return;
    }
    this.problemKind = '';
    const seedText = this.seedText.trim();
    // A whole number stays a number: the seed 7 and the seed "7" are different streams.
    const seed = seedText === '' ? undefined : /^-?\d{1,15}$/.test(seedText) ? Number(seedText) : seedText;
    this.dispatchEvent(new CompareRequestEvent({ sources, replications, ...(seed === undefined ? {} : { seed }) }));
  }

  private renderSelect(row: number) {
    const selected = this.sourceOf(row);
    return html`<select id="variant-${row}" data-testid="compare-variant-${row}"
      @change=${(e: Event) => this.pick(row, (e.target as HTMLSelectElement).value)}>
      ${SOURCE_GROUPS.map((group) => {
        const items = this.sources.filter((s) => s.group === group);
        return items.length === 0
          ? nothing
          : html`<optgroup label=${sourceGroupName(group)}>
              ${items.map((s) => html`<option value=${s.value} ?selected=${s.value === selected}>${s.label}</option>`)}
            </optgroup>`;
      })}
    </select>`;
  }

  private renderProgress() {
    const progress = this.progress;
    if (!this.isRunning || progress === undefined) return nothing;
    return html`<div class="field">
      <label for="compare-progress">${msg('Progress', { id: 'compare.progress' })}</label>
      <progress id="compare-progress" data-testid="compare-progress" max=${progress.total} .value=${progress.done}></progress>
      <p class="hint" data-testid="compare-progress-text">
        ${progressText(progress.done, progress.total, this.workers)}
      </p>
    </div>`;
  }

  override render() {
    return html`<form class="card" novalidate @submit=${this.onSubmit} aria-labelledby="compare-h">
      <h3 id="compare-h">${msg('Variants', { id: 'compare.variants' })}</h3>
      <p class="hint">
        ${msg(
          'Every variant runs on the same callers (common random numbers): replication r of each uses the same random streams, so a difference is the change, not luck. A is the baseline.',
          { id: 'compare.form.hint' },
        )}
      </p>
      <ol>
        ${this.chosen.map(
          (_, row) => html`<li>
            <div class="field">
              <label for="variant-${row}">${row === 0 ? baselineHeading(letter(row)) : letter(row)}</label>
              ${this.renderSelect(row)}
            </div>
            ${
              this.chosen.length > 2
                ? html`<button type="button" data-testid="compare-remove-${row}" aria-label=${removeLabel(letter(row))}
                  @click=${() => this.removeVariant(row)}>${msg('Remove', { id: 'compare.remove' })}</button>`
                : nothing
            }
          </li>`,
        )}
      </ol>
      <div class="row">
        <button type="button" data-testid="compare-add" ?disabled=${this.chosen.length >= MAX_FORM_VARIANTS} @click=${this.addVariant}>
          ${msg('Add a variant', { id: 'compare.add' })}
        </button>
      </div>
      <div class="row">
        <div class="field">
          <label for="compare-replications">${msg('Replications', { id: 'runForm.replications' })}</label>
          <input id="compare-replications" type="number" min=${MIN_REPLICATIONS} max=${MAX_REPLICATIONS} step="1"
            data-testid="compare-replications" .value=${this.replicationsText}
            aria-invalid=${this.problemKind === 'replications' ? 'true' : 'false'} aria-describedby="compare-problem"
            @input=${(e: Event) => (this.replicationsText = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="compare-seed">${msg('Seed (optional)', { id: 'compare.seed' })}</label>
          <input id="compare-seed" type="text" placeholder=${msg("A's own seed", { id: 'compare.seed.placeholder' })} data-testid="compare-seed" .value=${this.seedText}
            @input=${(e: Event) => (this.seedText = (e.target as HTMLInputElement).value)} />
        </div>
        <button class="primary" type="submit" data-testid="compare-run" aria-disabled=${this.isRunning ? 'true' : 'false'}>
          ${msg('Compare', { id: 'tab.compare' })}
        </button>
        ${
          this.isRunning
            ? html`<button type="button" data-testid="compare-cancel" @click=${() => this.dispatchEvent(new CompareCancelEvent())}>${msg('Cancel', { id: 'runForm.cancel' })}</button>`
            : nothing
        }
      </div>
      ${this.problemKind === '' ? nothing : html`<p class="problem" id="compare-problem" role="alert" data-testid="compare-problem">${problemText(this.problemKind)}</p>`}
      ${this.renderProgress()}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-compare-form': CompareForm;
  }
}
