// <sb-app>: the app shell. It owns the fast-run worker (through SimulatorController) and the saved work,
// holds the current scenario, passes state down to the form, the result views, the live view and the editor,
// and handles their events. On load it runs the default scenario (or the one a share link carries, or after a
// reload the one selected before, on the same view) so the first view already shows KPIs. Results of another
// scenario than the selected one say so; an edited copy of a built-in is named "(edited)" wherever it shows.
// On narrow screens the scenario list folds under one button so the tabs come first. Reflects its run state
// in data-state.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { RunClock, ScenarioInfo } from '../sim/api';
import type { Scenario } from '../sim/scenario/schema';
import type { ValidationIssue } from '../sim/scenario/validate';
import type { IntervalPrediction } from '../sim/service';
import { appStyles } from './app-styles';
import { pluralMsg } from './i18n/plural';
import { savedResultName } from './i18n/saved-result-text';
import { scenarioName } from './i18n/scenario-text';
import { formatInteger } from './format';
import { controlsToggle, failureBox, otherResultNote, viewTabs, type RunFailure, type View } from './app-templates';
import { displayName, editStateOf, labelEdited, readAppSession, writeAppSession, type EditState } from './app-session';
import { scenarioKey } from './live/decision-log';
import type {
  RunRequestEvent,
  SavedResultActionEvent,
  SavedWorkActionEvent,
  ScenarioCommitEvent,
  ScenarioDraftEvent,
  ScenarioSelectEvent,
} from './events';
import { runStatusText, type CompletedRun, type RunState } from './run-status';
import { SavedWorkController } from './saved-work-controller';
import { performSavedWorkAction } from './saved-work-actions';
import { SimulatorController } from './simulator-controller';
import { WorkerPool } from './pool/worker-pool';
import { linkProblemText, readShareHash } from './storage/share-link';
import { askLargeRun } from './pool/large-run-dialog';
import { runClockStyles, runClockView } from './pool/run-clock';
import './app-header';
import './run-form';
import './results-panel';
import './saved-work-bar';
import './saved-results';
import './live-view';
import './compare/compare-view';
import './editor/scenario-editor';
import './exercise/exercise-tab';
import type { ExerciseLockEvent } from './exercise/exercise-events';
import './classroom/classroom-tab';

export type { View };

export const DEFAULT_SCENARIO_ID = 'help-desk';

export type { RunState };

@customElement('sb-app')
// @localized must run before @customElement (decorators apply bottom-up): index.html already holds an <sb-app>,
// which upgrades the moment the element is defined.
@localized()
export class App extends LitElement {
  static override styles = [...appStyles, runClockStyles];

  /** For tests and styling: starting, running, done, error or cancelled. */
  @property({ reflect: true, attribute: 'data-state' }) runState: RunState = 'starting';

  @state() private scenarios: ScenarioInfo[] = [];
  @state() private selectedId = '';
  /** The scenario the runs, the live view and the editor work on (a built-in, a saved or an edited one). */
  @state() private scenario: Scenario | undefined;
  @state() private view: View = 'results';
  @state() private hasVisitedLive = false;
  @state() private hasVisitedCompare = false;
  @state() private hasVisitedExercises = false;
  /** An exercise is being played: no view that shows the rest of the day is reachable (no spoilers). */
  @state() private exerciseLockedTo: View | undefined;
  @state() private hasVisitedClassroom = false;
  /** The editor's latest valid draft (a variant the comparison can pick); undefined: the current scenario. */
  @state() private validDraft: Scenario | undefined;
  @state() private replications = 1;
  @state() private runningName = '';
  @state() private runningWorkers = 1;
  @state() private completed: CompletedRun | undefined;
  @state() private failure: RunFailure | undefined;
  @state() private progress: { done: number; total: number; clock?: RunClock } | undefined;
  @state() private predictions: IntervalPrediction[] = [];
  @state() private draftIssues: ValidationIssue[] | undefined = [];
  /** The last saved-work message, made at render time so that it follows a language switch. */
  @state() private savedMessage: () => string = () => '';
  @state() private savedTone: 'good' | 'bad' = 'good';
  /** How the current scenario stands to the built-in with its id (a changed copy is labelled as such). */
  @state() private editState: EditState = 'same';
  /** The content key of the scenario the shown result was run on (to tell it from the selected one). */
  @state() private completedKey = '';
  /** Whether the folded scenario list (narrow screens, the Live view) is open. */
  @state() private isControlsOpen = false;
  /** Narrow screens fold the scenario list under one button, so the tabs come first. */
  private readonly narrowQuery = matchMedia('(max-width: 52rem)');
  @state() private isNarrow = this.narrowQuery.matches;
  private readonly onNarrowChange = () => (this.isNarrow = this.narrowQuery.matches);

  private readonly simulator = new SimulatorController(this, (message) => this.fail(message, []));
  /** The workers of fast runs (one per core); the single worker above answers everything else. */
  private readonly pool = new WorkerPool(this, 'fast-run', (message) => this.fail(message, []));
  private readonly saved = new SavedWorkController(this);
  /** Identifies the latest run, so answers to abandoned or superseded runs are ignored. */
  private runToken = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.narrowQuery.addEventListener('change', this.onNarrowChange);
    // A class pack's link (#class=…) opens the Classroom tab, where the trainee plays it.
    if (location.hash.startsWith('#class=')) this.showView('classroom');
    void this.loadAndRunDefault();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.narrowQuery.removeEventListener('change', this.onNarrowChange);
  }

  private async loadAndRunDefault(): Promise<void> {
    try {
      this.scenarios = await this.simulator.api.listScenarios();
    } catch (error) {
      this.fail(messageOf(error), []);
      return;
    }
    const link = await this.openSharedScenario();
    if (link === 'opened') {
      this.editState = await this.editStateOf(this.scenario);
      return;
    }
    if (link !== 'refused' && (await this.restoreSession())) {
      await this.run(this.replications);
      return;
    }
    const initial = this.scenarios.find((s) => s.id === DEFAULT_SCENARIO_ID) ?? this.scenarios[0];
    if (initial === undefined) {
      this.fail(msg('No built-in scenarios were found.', { id: 'app.noScenarios' }), []);
      return;
    }
    // After a refused link the default is selected but not run, so the message naming the problem stays.
    if ((await this.select(initial.id)) && link === 'none') await this.run(this.replications);
  }

  /**
   * A scenario carried by the page's link (#scenario=…) becomes the current one, if valid, and opens paused
   * on the Live tab: a link never starts a run by itself (a class must not see the end of the day first, and
   * a large scenario waits for the budget's question). A bad link says what is wrong and changes nothing.
   */
  private async openSharedScenario(): Promise<'none' | 'opened' | 'refused'> {
    // The reading is measured (performance entry 'switchboard:share-link') so tests can check it never blocks.
    performance.mark('switchboard:share-link');
    const link = await readShareHash(location.hash);
    if (link.kind === 'none') return 'none';
    if (link.kind === 'bad') {
      performance.measure('switchboard:share-link', 'switchboard:share-link');
      this.fail(linkProblemText(link.problem), []);
      return 'refused';
    }
    const checked = await this.simulator.api.validate(link.scenario);
    performance.measure('switchboard:share-link', 'switchboard:share-link');
    if (!checked.ok) {
      this.fail(
        msg('The shared link carries a scenario that is not valid.', { id: 'app.sharedInvalid' }),
        checked.issues,
      );
      return 'refused';
    }
    this.scenario = link.scenario as Scenario;
    this.selectedId = 'shared';
    this.runState = 'done';
    this.showView('live');
    const name = scenarioName(this.scenario);
    this.announce(() => msg(str`Opened the scenario shared by link: ${name}.`, { id: 'app.sharedOpened' }));
    return 'opened';
  }

  /** After a reload: the scenario and view of this tab before it, if they can still be opened. */
  private async restoreSession(): Promise<boolean> {
    const kept = readAppSession();
    if (kept === undefined) return false;
    if (kept.selectedId === 'edited' || kept.selectedId === 'shared') {
      const checked = await this.simulator.api.validate(kept.scenario);
      if (!checked.ok) return false;
      this.scenario = kept.scenario as Scenario;
      this.selectedId = kept.selectedId;
      this.editState = await this.editStateOf(this.scenario);
    } else if (
      !(kept.selectedId.startsWith('saved:') || this.scenarios.some((s) => s.id === kept.selectedId)) ||
      !(await this.select(kept.selectedId))
    )
      return false;
    this.showView(kept.view);
    return true;
  }

  /** How `scenario` stands to the built-in with its id (edited in the editor, saved, shared). */
  private async editStateOf(scenario: Scenario | undefined): Promise<EditState> {
    if (scenario === undefined || !this.scenarios.some((s) => s.id === scenario.id)) return 'same';
    try {
      return editStateOf(scenario, (await this.simulator.api.getScenario(scenario.id)) as Scenario | undefined);
    } catch {
      return 'same';
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('selectedId') && !changed.has('view') && !changed.has('scenario')) return;
    if (this.selectedId === '' || this.scenario === undefined) return;
    const isListed = this.selectedId !== 'edited' && this.selectedId !== 'shared';
    writeAppSession({
      selectedId: this.selectedId,
      view: this.view,
      ...(isListed ? {} : { scenario: this.scenario }),
    });
  }

  /** Makes a built-in (`id`) or saved (`saved:key`) scenario the current one. */
  private async select(id: string): Promise<boolean> {
    this.selectedId = id;
    this.validDraft = undefined;
    try {
      let scenario: unknown;
      if (id.startsWith('saved:')) {
        scenario = this.saved.find(id.slice('saved:'.length))?.scenario;
        const checked = await this.simulator.api.validate(scenario);
        if (!checked.ok) {
          this.fail(
            msg('This saved scenario is not valid with this version of the app; fix it in the editor.', {
              id: 'app.savedInvalid',
            }),
            checked.issues,
          );
          this.scenario = scenario as Scenario;
          return false;
        }
      } else scenario = await this.simulator.api.getScenario(id);
      if (scenario === undefined) throw new Error(msg(str`Unknown scenario "${id}".`, { id: 'app.unknownScenario' }));
      this.editState = id.startsWith('saved:') ? await this.editStateOf(scenario as Scenario) : 'same';
      this.scenario = scenario as Scenario;
      this.draftIssues = [];
      return true;
    } catch (error) {
      this.fail(messageOf(error), []);
      return false;
    }
  }

  private async run(replications: number): Promise<void> {
    const scenario = this.scenario;
    if (scenario === undefined) return;
    // Above the work budget the page asks first, with the estimate; declined, nothing runs.
    const large = await this.simulator.api.largeRunVerdict(scenario, replications).catch(() => undefined);
    if (large !== undefined && !(await askLargeRun(large, replications))) return;
    const token = ++this.runToken;
    this.runState = 'running';
    this.failure = undefined;
    this.replications = replications;
    this.runningWorkers = this.pool.sizeFor(replications);
    this.progress = { done: 0, total: replications };
    this.runningName = displayName(scenario, this.editState);
    // A result of an edited copy is labelled as such in its name and id (heading, saved name, exports).
    const labelled = labelEdited(scenario, this.editState);
    try {
      const startedAt = performance.now();
      // Replications are spread over a pool of workers, one per core; the merge equals a one-worker run.
      const options = { replications, ...(large === undefined ? {} : { allowLargeRun: true }) };
      const { response, workers } = await this.pool.run(scenario, options, (done, total, clock) => {
        if (token === this.runToken) this.progress = { done, total, ...(clock === undefined ? {} : { clock }) };
      });
      if (token !== this.runToken) return;
      if (!response.ok) {
        this.fail(
          msg('The simulator rejected the scenario or the run options.', { id: 'app.runRejected' }),
          response.issues,
        );
        return;
      }
      const elapsedMs = performance.now() - startedAt;
      const prediction = await this.simulator.api.predict(scenario);
      if (token !== this.runToken) return;
      this.predictions = prediction.ok ? prediction.intervals : [];
      this.completed = { scenario: labelled, result: response.result, elapsedMs, workers };
      this.completedKey = scenarioKey(scenario);
      this.runState = 'done';
    } catch (error) {
      if (token === this.runToken) this.fail(messageOf(error), []);
    }
  }

  private fail(message: string, issues: ValidationIssue[]): void {
    this.failure = { message, issues };
    this.runState = 'error';
  }

  private onSelect(event: ScenarioSelectEvent): void {
    void this.select(event.scenarioId);
  }

  private onRun(event: RunRequestEvent): void {
    void this.run(event.request.replications);
  }

  private showSaved(message: string | (() => string), tone: 'good' | 'bad'): void {
    this.savedMessage = typeof message === 'string' ? () => message : message;
    this.savedTone = tone;
    // The message sits under the settings, which a phone or the Live view folds away: a problem (a save
    // refused, a file not read) unfolds them so that it is seen; good news does not push the view down.
    if (tone === 'bad' && message !== '') this.isControlsOpen = true;
  }

  /** Shows good news that the user must not miss (a link opened): unfolds the settings like a problem does. */
  private announce(message: () => string): void {
    this.showSaved(message, 'good');
    this.isControlsOpen = true;
  }

  private async onDraft(event: ScenarioDraftEvent): Promise<void> {
    this.draftIssues = undefined;
    const checked = await this.simulator.api.validate(event.draft);
    this.draftIssues = checked.ok ? [] : checked.issues;
    if (checked.ok) this.validDraft = event.draft as Scenario;
  }

  /** Use or save the editor's draft: only ever a valid one. */
  private async onCommit(event: ScenarioCommitEvent): Promise<void> {
    const checked = await this.simulator.api.validate(event.draft);
    if (!checked.ok) {
      this.draftIssues = checked.issues;
      const count = checked.issues.length;
      const problems = pluralMsg('app.problems', count, formatInteger(count), {
        one: (n) => str`${n} problem`,
        other: (n) => str`${n} problems`,
      });
      this.showSaved(
        () =>
          event.action === 'save'
            ? msg(str`Not saved: the scenario has ${problems}.`, { id: 'app.notSavedProblems' })
            : msg(str`Not used: the scenario has ${problems}.`, { id: 'app.notUsedProblems' }),
        'bad',
      );
      return;
    }
    const scenario = event.draft as Scenario;
    this.draftIssues = [];
    this.validDraft = undefined;
    this.scenario = scenario;
    this.editState = await this.editStateOf(scenario);
    if (event.action === 'use') {
      this.selectedId = 'edited';
      const name = displayName(scenario, this.editState);
      this.showSaved(
        () => msg(str`Using the edited scenario "${name}" (not saved).`, { id: 'app.usingEdited' }),
        'good',
      );
      return;
    }
    try {
      // Replaces the saved item it was opened from (if no other tab changed it), else saves a new one.
      const from = this.selectedId.startsWith('saved:') ? this.selectedId.slice('saved:'.length) : undefined;
      const key = await this.saved.save(scenario, new Date().toISOString(), from);
      this.selectedId = `saved:${key}`;
      const name = scenarioName(scenario);
      this.showSaved(() => msg(str`Saved "${name}" in this browser.`, { id: 'app.saved' }), 'good');
    } catch (error) {
      const reason = messageOf(error);
      this.showSaved(() => msg(str`Not saved: ${reason}`, { id: 'app.notSaved' }), 'bad');
    }
  }

  private async onSavedWork(event: SavedWorkActionEvent): Promise<void> {
    const validate = (input: unknown) => this.simulator.api.validate(input);
    const outcome = await performSavedWorkAction(event.action, this.saved, this.scenario, validate);
    if (outcome !== undefined) this.showSaved(outcome.message, outcome.tone);
  }

  private async saveResult(): Promise<void> {
    const completed = this.completed;
    if (completed === undefined) return;
    try {
      const savedAt = new Date().toISOString();
      const key = await this.saved.saveResult(completed.scenario, completed.result, completed.elapsedMs, savedAt);
      if (this.completed === completed) this.completed = { ...completed, saved: { key, savedAt } };
      const name = scenarioName(completed.scenario);
      this.showSaved(() => msg(str`Saved the result of "${name}" in this browser.`, { id: 'app.resultSaved' }), 'good');
    } catch (error) {
      const reason = messageOf(error);
      this.showSaved(() => msg(str`Result not saved: ${reason}`, { id: 'app.resultNotSaved' }), 'bad');
    }
  }

  private async onSavedResult(event: SavedResultActionEvent): Promise<void> {
    const action = event.action;
    if (action.kind === 'delete') {
      try {
        await this.saved.removeResult(action.key);
        if (this.completed?.saved?.key === action.key) this.completed = { ...this.completed, saved: undefined };
        this.showSaved(() => msg('Deleted the saved result.', { id: 'app.resultDeleted' }), 'good');
      } catch (error) {
        this.showSaved(messageOf(error), 'bad');
      }
      return;
    }
    await this.openResult(action.key);
  }

  /** Shows a saved result in the results view, with the Erlang predictions of its scenario. */
  private async openResult(key: string): Promise<void> {
    const info = this.saved.findResult(key);
    const body = await this.saved.openResult(key);
    if (typeof body === 'string' || info === undefined) {
      const reason = typeof body === 'string' ? body : msg('it is gone', { id: 'app.resultGone' });
      this.showSaved(
        () => msg(str`The saved result cannot be opened: ${reason}.`, { id: 'app.resultNotOpened' }),
        'bad',
      );
      return;
    }
    // A run in progress would replace what is shown when it ends: reopening wins, so the run is abandoned.
    if (this.runState === 'running') this.onCancel();
    this.runToken++;
    const scenario = body.scenario as Scenario;
    this.completed = {
      scenario,
      result: body.result,
      elapsedMs: body.elapsedMs,
      saved: { key, savedAt: info.savedAt },
    };
    this.completedKey = scenarioKey(scenario);
    this.failure = undefined;
    this.runState = 'done';
    this.view = 'results';
    this.showSaved(() => {
      const name = savedResultName(info, this.scenarios);
      return msg(str`Opened the saved result "${name}".`, { id: 'app.resultOpened' });
    }, 'good');
    try {
      const checked = await this.simulator.api.validate(scenario);
      const prediction = checked.ok ? await this.simulator.api.predict(scenario) : undefined;
      if (this.completed?.saved?.key === key) this.predictions = prediction?.ok ? prediction.intervals : [];
    } catch {
      this.predictions = [];
    }
  }

  private showView(view: View): void {
    if (this.exerciseLockedTo !== undefined && view !== this.exerciseLockedTo) return;
    this.view = view;
    if (view === 'live') this.hasVisitedLive = true;
    if (view === 'compare') this.hasVisitedCompare = true;
    if (view === 'exercises') this.hasVisitedExercises = true;
    if (view === 'classroom') this.hasVisitedClassroom = true;
  }

  private onCancel(): void {
    this.runToken++;
    // Ends every worker of the pool (and the runs in them); the next run starts fresh ones.
    this.pool.cancel();
    this.runState = 'cancelled';
  }

  /** The name of the selected scenario as shown (with its edit state), or '' before one is loaded. */
  private selectedName(): string {
    return this.scenario === undefined ? '' : displayName(this.scenario, this.editState);
  }

  /** True when the result on show was run on another scenario (or another edit of it) than the selected one. */
  private isResultOfAnother(): boolean {
    return (
      this.completed !== undefined && this.scenario !== undefined && this.completedKey !== scenarioKey(this.scenario)
    );
  }

  /** The status line: the run's state and, when the result on show is not of the selected scenario, which is. */
  private statusText(): string {
    const running = { name: this.runningName, replications: this.replications, workers: this.runningWorkers };
    const text = runStatusText(this.runState, running, this.completed);
    if (this.runState === 'running' || !this.isResultOfAnother()) return text;
    const selected = this.selectedName();
    return `${text} · ${msg(str`selected now: ${selected}, not run yet`, { id: 'app.status.selectedNotRun' })}`;
  }

  override render() {
    const isRunning = this.runState === 'running' || this.runState === 'starting';
    const heading =
      this.view === 'results'
        ? this.completed === undefined
          ? msg('Results', { id: 'app.heading.results' })
          : scenarioName(this.completed.scenario)
        : this.view === 'compare'
          ? msg('Compare variants', { id: 'app.heading.compare' })
          : this.scenario === undefined
            ? msg('Scenario', { id: 'app.heading.scenario' })
            : this.selectedName();
    return html`
      <sb-app-header></sb-app-header>
      <main class="layout ${this.isNarrow || this.view === 'live' ? 'folded' : ''}">
        <aside class="controls" ?inert=${this.exerciseLockedTo !== undefined} ?data-open=${this.isControlsOpen} aria-label=${msg('Scenarios and run settings', { id: 'app.controls.label' })}>
          ${controlsToggle(this.selectedName(), this.isControlsOpen, () => (this.isControlsOpen = !this.isControlsOpen))}
          <div class="controls-body" id="controls-body">
          <sb-run-form
            .scenarios=${this.scenarios}
            .saved=${this.saved.scenarios}
            .selectedId=${this.selectedId}
            .replications=${this.replications}
            .isRunning=${isRunning}
            .progress=${this.progress}
            @sb-scenario-select=${this.onSelect}
            @sb-run=${this.onRun}
            @sb-run-cancel=${this.onCancel}
            @sb-saved-work=${this.onSavedWork}
          ></sb-run-form>
          <sb-saved-results
            .results=${this.saved.results}
            .scenarios=${this.scenarios}
            .openKey=${this.completed?.saved?.key ?? ''}
            @sb-saved-result=${this.onSavedResult}
          ></sb-saved-results>
          <sb-saved-work-bar
            .message=${this.saved.loadProblem || this.savedMessage()}
            .tone=${this.saved.loadProblem ? 'bad' : this.savedTone}
            @sb-saved-work=${this.onSavedWork}
          ></sb-saved-work-bar>
          </div>
        </aside>
        <section class="results" aria-labelledby="results-heading" aria-busy=${isRunning ? 'true' : 'false'}>
          <div class="results-head">
            <h2 id="results-heading">${heading}</h2>
            <p class="run-status" role="status" data-testid="run-status" ?hidden=${this.view === 'compare'}>${this.statusText()}</p>
          </div>
          ${this.runState === 'running' ? runClockView(this.progress?.clock, () => this.onCancel()) : nothing}
          ${viewTabs(this.view, (view) => this.showView(view), this.exerciseLockedTo)} ${failureBox(this.failure)}
          <div id="panel-results" role="tabpanel" aria-labelledby="tab-results" ?hidden=${this.view !== 'results'}>
            ${
              this.completed !== undefined && this.isResultOfAnother() && this.runState !== 'running'
                ? otherResultNote(
                    scenarioName(this.completed.scenario),
                    this.selectedName(),
                    () => void this.run(this.replications),
                  )
                : nothing
            }
            <sb-results-panel
              .completed=${this.completed}
              .predictions=${this.predictions}
              .isStale=${isRunning && this.completed !== undefined}
              @sb-save-result=${this.saveResult}
            ></sb-results-panel>
          </div>
          <div id="panel-live" role="tabpanel" aria-labelledby="tab-live" ?hidden=${this.view !== 'live'}>
            ${this.hasVisitedLive ? html`<sb-live-view .scenario=${this.scenario}></sb-live-view>` : nothing}
          </div>
          <div id="panel-exercises" role="tabpanel" aria-labelledby="tab-exercises" ?hidden=${this.view !== 'exercises'}
            @sb-exercise-lock=${(e: ExerciseLockEvent) => (this.exerciseLockedTo = e.isLocked ? 'exercises' : undefined)}>
            ${this.hasVisitedExercises ? html`<sb-exercise-tab></sb-exercise-tab>` : nothing}
          </div>
          <div id="panel-classroom" role="tabpanel" aria-labelledby="tab-classroom" ?hidden=${this.view !== 'classroom'}
            @sb-exercise-lock=${(e: ExerciseLockEvent) => (this.exerciseLockedTo = e.isLocked ? 'classroom' : undefined)}>
            ${this.hasVisitedClassroom ? html`<sb-classroom-tab></sb-classroom-tab>` : nothing}
          </div>
          <div id="panel-compare" role="tabpanel" aria-labelledby="tab-compare" ?hidden=${this.view !== 'compare'}>
            ${
              this.hasVisitedCompare
                ? html`<sb-compare-view
                  .scenarios=${this.scenarios}
                  .saved=${this.saved.scenarios}
                  .editorScenario=${this.validDraft ?? this.scenario}
                ></sb-compare-view>`
                : nothing
            }
          </div>
          <div id="panel-editor" role="tabpanel" aria-labelledby="tab-editor" ?hidden=${this.view !== 'editor'}>
            ${
              this.scenario !== undefined
                ? html`<sb-scenario-editor
                  .scenario=${this.scenario}
                  .issues=${this.draftIssues}
                  @sb-scenario-draft=${this.onDraft}
                  @sb-scenario-commit=${this.onCommit}
                ></sb-scenario-editor>`
                : nothing
            }
          </div>
        </section>
      </main>
    `;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-app': App;
  }
}
