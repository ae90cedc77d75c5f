// Templates of the app shell that hold no state: the tabs of its views, the button that unfolds the scenario
// list, the note over results of another scenario and the box of a failed run.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ValidationIssue } from '../sim/scenario/validate';

export type View = 'results' | 'live' | 'exercises' | 'classroom' | 'compare' | 'editor';

export const VIEWS: readonly View[] = ['results', 'live', 'exercises', 'classroom', 'compare', 'editor'];

/** A tab's name in the language in force. */
export function viewLabel(view: View): string {
  switch (view) {
    case 'results':
      return msg('Run to the end', { id: 'tab.results' });
    case 'live':
      return msg('Live', { id: 'tab.live' });
    case 'exercises':
      return msg('Exercises', { id: 'tab.exercises' });
    case 'classroom':
      return msg('Classroom', { id: 'tab.classroom' });
    case 'compare':
      return msg('Compare', { id: 'tab.compare' });
    case 'editor':
      return msg('Edit scenario', { id: 'tab.editor' });
  }
}

/** The view a key moves to from `current` (WAI-ARIA tabs: Left/Right wrap around, Home/End), or undefined. */
export function viewForKey(key: string, current: View, views: readonly View[] = VIEWS): View | undefined {
  const at = views.indexOf(current);
  switch (key) {
    case 'ArrowLeft':
      return views[(at - 1 + views.length) % views.length];
    case 'ArrowRight':
      return views[(at + 1) % views.length];
    case 'Home':
      return views[0];
    case 'End':
      return views[views.length - 1];
    default:
      return undefined;
  }
}

/**
 * The tab list (the WAI-ARIA tabs pattern): each tab controls the panel `panel-<view>`; only the selected tab
 * is in the Tab order, and the arrow keys, Home and End select and focus another (automatic activation).
 * While an exercise is being played (`lockedTo`: the view it is played in, the Exercises or the Classroom tab)
 * every other tab is disabled, with the reason shown.
 */
export function viewTabs(current: View, show: (view: View) => void, lockedTo?: View): TemplateResult {
  const isExerciseLocked = lockedTo !== undefined;
  const views = isExerciseLocked ? VIEWS.filter((v) => v === lockedTo) : VIEWS;
  const reason = msg('Finish or leave the exercise first: this would show the rest of the day.', {
    id: 'tabs.lockedByExercise',
  });
  const onKey = (event: KeyboardEvent) => {
    const next = viewForKey(event.key, current, views);
    if (next === undefined) return;
    event.preventDefault();
    show(next);
    const list = event.currentTarget as HTMLElement;
    list.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  return html`<div class="tabs" role="tablist" data-testid="view-tabs" aria-label=${msg('What to do with the scenario', { id: 'tabs.label' })} @keydown=${onKey}>
    ${VIEWS.map(
      (v) => html`<button
        type="button"
        role="tab"
        id="tab-${v}"
        data-testid="tab-${v}"
        aria-selected=${current === v ? 'true' : 'false'}
        aria-controls="panel-${v}"
        tabindex=${current === v ? '0' : '-1'}
        ?disabled=${!views.includes(v)}
        title=${views.includes(v) ? '' : reason}
        @click=${() => show(v)}
      >
        ${viewLabel(v)}
      </button>`,
    )}
  </div>
  ${isExerciseLocked ? html`<p class="tabs-locked" role="note" data-testid="tabs-locked">${reason}</p>` : nothing}`;
}

/** The button that folds and unfolds the scenario list (shown on narrow screens and the Live view). */
export function controlsToggle(selectedName: string, isOpen: boolean, toggle: () => void): TemplateResult {
  return html`<button type="button" class="controls-toggle" data-testid="controls-toggle" aria-controls="controls-body"
    aria-expanded=${isOpen ? 'true' : 'false'} @click=${toggle}>
    <span>${msg('Scenario', { id: 'app.heading.scenario' })}: <strong>${selectedName}</strong></span>
    <span aria-hidden="true">${isOpen ? '▴' : '▾'}</span>
  </button>`;
}

/** Over results of another scenario than the selected one: whose they are, and a button to run the selected. */
export function otherResultNote(shown: string, selected: string, runSelected: () => void): TemplateResult {
  return html`<div class="other-result" role="note" data-testid="results-other">
    <p>${msg(str`These results are of “${shown}”, not of the selected scenario “${selected}”.`, { id: 'app.otherResult' })}</p>
    <button type="button" data-testid="run-selected" @click=${runSelected}>
      ${msg(str`Run “${selected}”`, { id: 'app.runSelected' })}
    </button>
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
