// Templates of the app shell that hold no state: the tabs of its views and the box of a failed run.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ValidationIssue } from '../sim/scenario/validate';

export type View = 'results' | 'live' | 'exercises' | 'compare' | 'editor';

export const VIEWS: readonly View[] = ['results', 'live', 'exercises', 'compare', 'editor'];

/** A tab's name in the language in force. */
export function viewLabel(view: View): string {
  switch (view) {
    case 'results':
      return msg('Run to the end', { id: 'tab.results' });
    case 'live':
      return msg('Live', { id: 'tab.live' });
    case 'exercises':
      return msg('Exercises', { id: 'tab.exercises' });
    case 'compare':
      return msg('Compare', { id: 'tab.compare' });
    case 'editor':
      return msg('Edit scenario', { id: 'tab.editor' });
  }
}

/** The tab list; each tab controls the panel `panel-<view>`. */
export function viewTabs(current: View, show: (view: View) => void): TemplateResult {
  return html`<div class="tabs" role="tablist" aria-label=${msg('What to do with the scenario', { id: 'tabs.label' })}>
    ${VIEWS.map(
      (v) => html`<button
        role="tab"
        id="tab-${v}"
        data-testid="tab-${v}"
        aria-selected=${current === v ? 'true' : 'false'}
        aria-controls="panel-${v}"
        @click=${() => show(v)}
      >
        ${viewLabel(v)}
      </button>`,
    )}
  </div>`;
}

export interface RunFailure {
  message: string;
  issues: ValidationIssue[];
}

/** A failed run: what went wrong and every problem with its field. */
export function failureBox(failure: RunFailure | undefined): TemplateResult | typeof nothing {
  if (failure === undefined) return nothing;
  return html`<div class="failure" role="alert" data-testid="run-error">
    <p><strong>${msg('Something went wrong.', { id: 'failure.title' })}</strong> ${failure.message}</p>
    ${
      failure.issues.length === 0
        ? nothing
        : html`<ul>
          ${failure.issues.map((issue) => html`<li><code>${issue.path || msg('(scenario)', { id: 'failure.wholeScenario' })}</code>: ${issue.message}</li>`)}
        </ul>`
    }
  </div>`;
}
