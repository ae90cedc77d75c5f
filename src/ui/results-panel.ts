// <sb-results-panel>: the result on show in "Run to the end": KPI tiles, what the organisation did, downloads
// (CSV, JSON), Save result, the charts and the tables. Properties: completed (the result, its scenario, whether it is saved),
// predictions (Erlang C/A per interval), isStale (a new run is under way: the old result is dimmed).
// Event: sb-save-result.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { IntervalPrediction } from '../sim/service';
import { downloadBlob } from './download';
import { SaveResultEvent } from './events';
import { exportFileName, resultToCsv, resultToJson } from './export-results';
import { currencyOf } from './organisation-rows';
import type { CompletedRun } from './run-status';
import './kpi-panel';
import './organisation-kpis';
import './queue-table';
import './interval-table';
import './result-charts';

function organisationNote(replications: number): string {
  return replications > 1
    ? msg(str`Whole centre, after the warm-up: mean and ± 95% confidence interval over ${replications} replications.`, {
        id: 'results.orgNote.many',
      })
    : msg('Whole centre, after the warm-up, one replication (run more for confidence intervals).', {
        id: 'results.orgNote.one',
      });
}

@customElement('sb-results-panel')
@localized()
export class ResultsPanel extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      transition: opacity 150ms;
    }
    :host([data-stale]) {
      opacity: 0.55;
    }
    .export {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .export button {
      font: inherit;
      font-weight: 600;
      border: 1px solid var(--sb-accent);
      border-radius: 6px;
      color: var(--sb-accent);
      background: var(--sb-surface);
      padding: 0.4rem 0.9rem;
      cursor: pointer;
    }
    .export button:disabled {
      cursor: default;
      opacity: 0.7;
    }
    .export button:focus-visible {
      outline: 3px solid var(--sb-focus);
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: reduce) {
      :host {
        transition: none;
      }
    }
  `;

  @property({ attribute: false }) completed: CompletedRun | undefined;
  @property({ attribute: false }) predictions: readonly IntervalPrediction[] = [];
  @property({ type: Boolean, reflect: true, attribute: 'data-stale' }) isStale = false;

  private download(kind: 'csv' | 'json'): void {
    const completed = this.completed;
    if (completed === undefined) return;
    const text = kind === 'csv' ? resultToCsv(completed.result) : resultToJson(completed.scenario, completed.result);
    const type = kind === 'csv' ? 'text/csv' : 'application/json';
    downloadBlob(new Blob([text], { type }), exportFileName(completed.scenario.id, kind, new Date()));
  }

  override render() {
    const completed = this.completed;
    return html`
      <sb-kpi-panel .result=${completed?.result} .scenario=${completed?.scenario}></sb-kpi-panel>
      <sb-organisation-kpis
        .estimates=${completed?.result.total}
        .currency=${currencyOf(completed?.scenario)}
        note=${completed === undefined ? '' : organisationNote(completed.result.replications)}
      ></sb-organisation-kpis>
      ${
        completed === undefined
          ? nothing
          : html`<div class="export" role="group" aria-label=${msg('Export or keep the results', { id: 'results.export.label' })}>
            <button data-testid="export-csv" @click=${() => this.download('csv')}>${msg('Download CSV', { id: 'results.downloadCsv' })}</button>
            <button data-testid="export-json" @click=${() => this.download('json')}>${msg('Download JSON', { id: 'results.downloadJson' })}</button>
            <button data-testid="save-result" ?disabled=${completed.saved !== undefined} @click=${() => this.dispatchEvent(new SaveResultEvent())}>
              ${completed.saved === undefined ? msg('Save result', { id: 'results.save' }) : msg('Saved in this browser', { id: 'results.saved' })}
            </button>
          </div>`
      }
      <sb-result-charts .result=${completed?.result} .scenario=${completed?.scenario} .predictions=${this.predictions}></sb-result-charts>
      <sb-queue-table .result=${completed?.result} .scenario=${completed?.scenario}></sb-queue-table>
      <sb-interval-table .result=${completed?.result} .scenario=${completed?.scenario}></sb-interval-table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-results-panel': ResultsPanel;
  }
}
