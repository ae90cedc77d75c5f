// Templates of the app shell that hold no state: the tabs of its views and the box of a failed run.
import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../sim/scenario/validate';

export type View = 'results' | 'live' | 'compare' | 'editor';

export const VIEWS: readonly { id: View; label: string }[] = [
  { id: 'results', label: 'Run to the end' },
  { id: 'live', label: 'Live' },
  { id: 'compare', label: 'Compare' },
  { id: 'editor', label: 'Edit scenario' },
];

/** The tab list; each tab controls the panel `panel-<view>`. */
export function viewTabs(current: View, show: (view: View) => void): TemplateResult {
  return html`<div class="tabs" role="tablist" aria-label="What to do with the scenario">
    ${VIEWS.map(
      (v) => html`<button
        role="tab"
        id="tab-${v.id}"
        data-testid="tab-${v.id}"
        aria-selected=${current === v.id ? 'true' : 'false'}
        aria-controls="panel-${v.id}"
        @click=${() => show(v.id)}
      >
        ${v.label}
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
    <p><strong>Something went wrong.</strong> ${failure.message}</p>
    ${
      failure.issues.length === 0
        ? nothing
        : html`<ul>
          ${failure.issues.map((issue) => html`<li><code>${issue.path || '(scenario)'}</code>: ${issue.message}</li>`)}
        </ul>`
    }
  </div>`;
}
