// <sb-run-form>: picks a built-in or saved scenario, sets the number of replications and asks for a run,
// showing its progress. Properties: scenarios, saved, selectedId, replications (initial value), isRunning,
// progress. Events: sb-scenario-select (`<id>` or `saved:<key>`), sb-run, sb-run-cancel, sb-saved-work (delete). While running, Run stays focusable (aria-disabled, not disabled) so keyboard focus
// is not lost; submitting then does nothing. The worker validates the options again; this form only catches typing slips early.
import { LitElement, css, html, nothing } from 'lit';
import { scenarioDescription, scenarioName } from './i18n/scenario-text';
import { formatDateTime } from './format';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ScenarioInfo } from '../sim/api';
import { RunCancelEvent, RunRequestEvent, SavedWorkActionEvent, ScenarioSelectEvent } from './events';
import { focusStyles } from './shared-styles';
import './scenario-description';

/** Mirrors MAX_REPLICATIONS in src/sim/replications.ts (a value import would pull the simulator into the page). */
const MAX_REPLICATIONS = 1000;

@customElement('sb-run-form')
@localized()
export class RunForm extends LitElement {
  static override styles = [
    focusStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 1.1rem;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      legend,
      .field-label {
        font-weight: 650;
        margin-block-end: 0.5rem;
        padding: 0;
      }
      .choice {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.15rem 0.6rem;
        padding: 0.7rem 0.8rem;
        border: 1px solid var(--sb-border);
        border-radius: var(--sb-radius);
        background: var(--sb-surface);
        cursor: pointer;
      }
      .choice:has(input:checked) {
        border-color: var(--sb-accent);
        box-shadow: inset 0 0 0 1px var(--sb-accent);
        background: var(--sb-accent-bg);
      }
      .choice input {
        margin: 0.2rem 0 0;
        accent-color: var(--sb-accent);
      }
      .choice-name {
        font-weight: 600;
      }
      .choice-description {
        grid-column: 2;
        font-size: 0.85rem;
        color: var(--sb-muted);
        line-height: 1.4;
      }
      /* Descriptions can be long: clamped by <sb-scenario-description> (two lines until chosen). */
      .field {
        display: flex;
        flex-direction: column;
      }
      input[type='number'] {
        font: inherit;
        inline-size: 8rem;
        padding: 0.45rem 0.6rem;
        border: 1px solid var(--sb-border-strong);
        border-radius: 6px;
        background: var(--sb-surface);
        color: inherit;
      }
      input[aria-invalid='true'] {
        border-color: var(--sb-bad);
        box-shadow: inset 0 0 0 1px var(--sb-bad);
      }
      .hint,
      .problem {
        margin: 0.4rem 0 0;
        font-size: 0.8rem;
        color: var(--sb-muted);
        line-height: 1.4;
      }
      .problem {
        color: var(--sb-bad-ink);
        font-weight: 600;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      button {
        font: inherit;
        font-weight: 650;
        padding: 0.6rem 1.2rem;
        border-radius: 6px;
        border: 1px solid var(--sb-accent);
        cursor: pointer;
      }
      .run {
        background: var(--sb-accent);
        color: #fff;
        flex: 1;
      }
      .run[aria-disabled='true'] {
        cursor: progress;
        opacity: 0.75;
      }
      .cancel {
        background: var(--sb-surface);
        color: var(--sb-accent);
      }
      .saved-row {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.3rem;
        align-items: start;
      }
      .delete {
        padding: 0.3rem 0.55rem;
        background: var(--sb-surface);
        color: var(--sb-bad-ink);
        border-color: var(--sb-border-strong);
      }
      progress {
        inline-size: 100%;
      }
      .loading {
        color: var(--sb-muted);
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) scenarios: readonly ScenarioInfo[] = [];
  @property() selectedId = '';
  @property({ type: Number }) replications = 1;
  @property({ type: Boolean }) isRunning = false;
  /** Scenarios saved in this browser; selected as `saved:<key>`. */
  @property({ attribute: false }) saved: readonly { key: string; name: string; savedAt: string }[] = [];
  /** Replications finished so far of the run in progress. */
  @property({ attribute: false }) progress: { done: number; total: number } | undefined;

  @state() private replicationsText = '';
  @state() private problem = '';

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('replications')) this.replicationsText = String(this.replications);
  }

  private onSelect(event: Event) {
    const input = event.target as HTMLInputElement;
    this.dispatchEvent(new ScenarioSelectEvent(input.value));
  }

  private onReplicationsInput(event: Event) {
    this.replicationsText = (event.target as HTMLInputElement).value;
    this.problem = '';
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.isRunning || this.selectedId === '') return;
    const replications = Number(this.replicationsText);
    if (!Number.isInteger(replications) || replications < 1 || replications > MAX_REPLICATIONS) {
      this.problem = msg(str`Enter a whole number from 1 to ${MAX_REPLICATIONS}.`, {
        id: 'runForm.replicationsProblem',
      });
      return;
    }
    this.dispatchEvent(new RunRequestEvent({ scenarioId: this.selectedId, replications }));
  }

  private onCancel() {
    this.dispatchEvent(new RunCancelEvent());
  }

  private renderScenarios() {
    if (this.scenarios.length === 0)
      return html`<p class="loading">${msg('Loading scenarios…', { id: 'runForm.loadingScenarios' })}</p>`;
    return this.scenarios.map(
      (scenario) => html`<label class="choice">
        <input
          type="radio"
          name="scenario"
          value=${scenario.id}
          data-testid="scenario-${scenario.id}"
          .checked=${scenario.id === this.selectedId}
          @change=${this.onSelect}
        />
        <span class="choice-name">${scenarioName(scenario)}</span>
        ${
          scenario.description === ''
            ? nothing
            : html`<sb-scenario-description class="choice-description" .text=${scenarioDescription(scenario)}
                .isChosen=${scenario.id === this.selectedId}></sb-scenario-description>`
        }
      </label>`,
    );
  }

  private renderSaved() {
    if (this.saved.length === 0)
      return html`<p class="hint" data-testid="saved-empty">${msg('Nothing saved yet: edit a scenario and save it.', { id: 'runForm.nothingSavedYetEdit' })}</p>`;
    return this.saved.map(
      (item) => html`<div class="saved-row">
        <label class="choice">
          <input type="radio" name="scenario" value="saved:${item.key}" data-testid="saved-${item.key}"
            .checked=${`saved:${item.key}` === this.selectedId} @change=${this.onSelect} />
          <span class="choice-name">${item.name}</span>
          <span class="choice-description">${msg(str`Saved ${formatDateTime(new Date(item.savedAt))}`, { id: 'runForm.savedAt' })}</span>
        </label>
        <button type="button" class="delete" aria-label=${msg(str`Delete saved scenario ${item.name}`, { id: 'runForm.deleteSaved' })} data-testid="delete-${item.key}"
          @click=${() => this.dispatchEvent(new SavedWorkActionEvent({ kind: 'delete', key: item.key }))}>✕</button>
      </div>`,
    );
  }

  private renderProgress() {
    const progress = this.progress;
    if (!this.isRunning || progress === undefined || progress.total < 2) return nothing;
    return html`<div class="field">
      <label class="field-label" for="progress">${msg('Progress', { id: 'runForm.progress' })}</label>
      <progress id="progress" data-testid="run-progress" max=${progress.total} .value=${progress.done}></progress>
      <p class="hint">${msg(str`${progress.done} of ${progress.total} replications`, { id: 'runForm.progressCount' })}</p>
    </div>`;
  }

  override render() {
    const hasProblem = this.problem !== '';
    return html`
      <form @submit=${this.onSubmit} novalidate>
        <fieldset>
          <legend>${msg('Scenario', { id: 'runForm.scenario' })}</legend>
          ${this.renderScenarios()}
        </fieldset>
        <fieldset>
          <legend>${msg('Saved in this browser', { id: 'runForm.savedInThisBrowser' })}</legend>
          ${this.renderSaved()}
        </fieldset>
        <div class="field">
          <label class="field-label" for="replications">${msg('Replications', { id: 'runForm.replications' })}</label>
          <input
            id="replications"
            type="number"
            inputmode="numeric"
            min="1"
            max=${MAX_REPLICATIONS}
            step="1"
            data-testid="replications"
            aria-describedby=${hasProblem ? 'replications-problem replications-hint' : 'replications-hint'}
            aria-invalid=${hasProblem ? 'true' : 'false'}
            .value=${this.replicationsText}
            @input=${this.onReplicationsInput}
          />
          ${hasProblem ? html`<p class="problem" id="replications-problem" role="alert">${this.problem}</p>` : nothing}
          <p class="hint" id="replications-hint">
            ${msg('Independent runs of the same day with fresh random numbers. Two or more give 95% confidence intervals.', { id: 'runForm.independentRunsOfThe' })}
          </p>
        </div>
        ${this.renderProgress()}
        <div class="actions">
          <button class="run" type="submit" data-testid="run-button" aria-disabled=${this.isRunning ? 'true' : 'false'}>
            ${this.isRunning ? msg('Running…', { id: 'runForm.running' }) : msg('Run simulation', { id: 'runForm.run' })}
          </button>
          ${
            this.isRunning
              ? html`<button class="cancel" type="button" data-testid="cancel-button" @click=${this.onCancel}>
                ${msg('Cancel', { id: 'runForm.cancel' })}
              </button>`
              : nothing
          }
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-run-form': RunForm;
  }
}
