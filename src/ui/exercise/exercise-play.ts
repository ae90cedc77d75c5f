// <sb-exercise-play>: one exercise from briefing to debrief. It opens paused on the briefing card; the trainee
// starts the clock; while it plays: the clock, pause and speed, the KPI tiles, the 3D floor (loaded lazily), the
// live charts with a marker at every inject and decision, the inject notices (kept until acknowledged), the
// conditions going on, the decisions allowed and the timeline; Fork the day shows two branches side by side.
// No score, no result and no session file before the end. At the end: the debrief (<sb-debrief>) and the
// session file. Properties: worker (holds the tab's worker api), exerciseId. Reflects data-phase (see RunPhase).
import type * as Comlink from 'comlink';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { WorkerApi } from '../../worker/simulator.worker';
import { downloadBlob } from '../download';
import { formStyles } from '../form-styles';
import { currencyOf } from '../organisation-rows';
import { exerciseName } from '../i18n/exercise-text';
import { cardStyles, confirmStyles } from './exercise-card-styles';
import {
  ExerciseCloseEvent,
  ExerciseLockEvent,
  type ExerciseDecideEvent,
  type PlayCommandEvent,
} from './exercise-events';
import { ExerciseRun, type RunPhase } from './exercise-run';
import '../live-kpis';
import '../debrief/debrief-view';
import './branch-view';
import './decision-panel';
import './exercise-briefing';
import './exercise-charts';
import './exercise-controls';
import './exercise-timeline';
import './inject-notices';

// The floor view is optional at build time: when its module exists it is loaded on first use, in its own chunk.
const floorModules = import.meta.glob('../floor/floor-view.ts');

@customElement('sb-exercise-play')
@localized()
export class ExercisePlay extends LitElement {
  static override styles = [
    formStyles,
    confirmStyles,
    cardStyles,
    css`
      :host {
        display: grid;
        gap: 0.9rem;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: baseline;
        justify-content: space-between;
      }
      .bar {
        position: sticky;
        top: 0;
        z-index: 2;
        padding: 0.5rem 0.8rem;
        border: 1px solid var(--sb-border);
        border-radius: var(--sb-radius);
        background: var(--sb-surface);
      }
      @media (max-width: 700px) {
        /* On a phone the bar would hide half the screen: it scrolls with the page. */
        .bar {
          position: static;
        }
      }
      .main {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(24rem, 100%), 1fr));
        gap: 0.9rem;
        align-items: start;
      }
      .column {
        display: grid;
        gap: 0.9rem;
        min-inline-size: 0;
      }
      .floor {
        display: block;
        min-block-size: 20rem;
        border: 1px solid var(--sb-border);
        border-radius: var(--sb-radius);
        overflow: hidden;
        background: var(--sb-surface);
      }
      .failure {
        padding: 0.6rem 0.9rem;
        border: 1px solid var(--sb-bad);
        border-radius: var(--sb-radius);
        background: var(--sb-bad-bg);
      }
      .end-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
      }
      .branch-pick {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
    `,
  ];

  /** Holds the tab's worker (a Comlink proxy cannot itself be a Lit binding's value: Lit probes its fields). */
  @property({ attribute: false }) worker: { readonly api: Comlink.Remote<WorkerApi> } | undefined;
  @property() exerciseId = '';
  /** An exercise given as data (a class pack's), played instead of a built-in `exerciseId`. */
  @property({ attribute: false }) exerciseData: unknown;
  @property({ reflect: true, attribute: 'data-phase' }) phase: RunPhase = 'opening';

  @state() private hasFloor = false;
  @state() private problem = '';
  /** The branch decisions go to (1 only after a fork). */
  @state() private branch = 0;
  /** The trainee asked to leave mid-way: the page asks first. */
  @state() private isLeaving = false;
  /** Whether the app was last told that an exercise is being played (no spoilers). */
  private isLocked = false;
  /** Reloading or closing the page mid-exercise asks first (the browser's own question). */
  private readonly askBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.isLocked) event.preventDefault();
  };

  private readonly run = new ExerciseRun(this);

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.askBeforeUnload);
    const load = floorModules['../floor/floor-view.ts'];
    if (load !== undefined)
      load().then(
        () => (this.hasFloor = true),
        (error: unknown) => console.warn('the 3D floor view could not be loaded', error),
      );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const isGiven = this.exerciseData !== undefined || this.exerciseId !== '';
    if (
      (changed.has('exerciseId') || changed.has('exerciseData') || changed.has('worker')) &&
      this.worker !== undefined &&
      isGiven
    ) {
      this.problem = '';
      this.branch = 0;
      void this.run.open(this.worker.api, this.exerciseData ?? this.exerciseId);
    }
    this.phase = this.run.phase;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.askBeforeUnload);
  }

  protected override updated(): void {
    // From Start to the end (or the trainee ending it) nothing that shows the rest of the day is reachable.
    const isLocked = this.phase === 'playing' || this.phase === 'paused';
    if (isLocked !== this.isLocked) this.lock(isLocked);
  }

  private lock(isLocked: boolean): void {
    this.isLocked = isLocked;
    this.dispatchEvent(new ExerciseLockEvent(isLocked));
  }

  /** Leaves the exercise mid-way (after the trainee confirmed): the day is dropped, with no debrief. */
  private async leave(): Promise<void> {
    this.isLeaving = false;
    await this.run.pause();
    this.lock(false);
    this.dispatchEvent(new ExerciseCloseEvent());
  }

  private renderLeave() {
    if (!this.isLeaving)
      return html`<button data-testid="exercise-leave" @click=${() => (this.isLeaving = true)}>${msg('Leave the exercise', { id: 'exercise.leave' })}</button>`;
    return html`<div class="confirm" role="group" aria-label=${msg('Leave the exercise?', { id: 'exercise.leave.confirm' })}>
      <span>${msg('Leave the exercise? This day is dropped: no debrief, no session file.', { id: 'exercise.leave.question' })}</span>
      <button class="primary" data-testid="exercise-leave-confirm" @click=${() => void this.leave()}>${msg('Leave', { id: 'exercise.leave.yes' })}</button>
      <button data-testid="exercise-leave-cancel" @click=${() => (this.isLeaving = false)}>${msg('Keep playing', { id: 'exercise.end.no' })}</button>
    </div>`;
  }

  private async onCommand(event: PlayCommandEvent): Promise<void> {
    const command = event.command;
    switch (command.kind) {
      case 'start':
      case 'play':
        await this.run.play();
        break;
      case 'pause':
        await this.run.pause();
        break;
      case 'speed':
        await this.run.setSpeed(command.speed);
        break;
      case 'end':
        await this.run.end();
        break;
      case 'fork':
        await this.run.fork();
        break;
    }
  }

  private async onDecide(event: ExerciseDecideEvent): Promise<void> {
    this.problem = await this.run.decide(event.action, this.branch);
  }

  private async download(): Promise<void> {
    try {
      const file = await this.run.sessionFile();
      downloadBlob(
        new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
        `${file.exerciseId}-session.json`,
      );
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  private renderPlaying() {
    const run = this.run;
    const opened = run.opened;
    const scenario = run.scenario;
    if (opened === undefined) return nothing;
    const exercise = opened.exercise;
    const target = scenario?.serviceLevel.target ?? 0.8;
    const threshold = scenario?.serviceLevel.thresholdSeconds ?? 20;
    const isOver = run.isOver;
    const state0 = run.states[0];
    const clock = scenario?.clockStartAt;
    return html`
      <div class="bar">
        ${
          isOver
            ? html`<p data-testid="exercise-over">${msg('The exercise has ended.', { id: 'exercise.ended' })}</p>`
            : html`<sb-exercise-controls .atSeconds=${run.snapshot?.atSeconds ?? 0} .endSeconds=${exercise.endSeconds}
                .isPlaying=${run.phase === 'playing'} .speed=${run.speed} .playSpeed=${exercise.playSpeed}
                .canFork=${!run.isForked} .clockStartAt=${clock} @sb-exercise-command=${this.onCommand}></sb-exercise-controls>`
        }
      </div>
      ${isOver ? nothing : html`<sb-inject-notices .exercise=${exercise} .layout=${run.layout} .state=${state0} .clockStartAt=${clock}></sb-inject-notices>`}
      ${isOver ? this.renderEnd() : nothing}
      ${
        run.isForked
          ? html`<sb-branch-view .exercise=${exercise} .layout=${run.layout} .forkedAt=${run.forkedAt ?? 0}
              .snapshots=${run.snapshots} .states=${run.states} .comparison=${run.comparison}
              .target=${target} .thresholdSeconds=${threshold} .currency=${currencyOf(scenario)} .clockStartAt=${clock}></sb-branch-view>`
          : nothing
      }
      ${run.isForked ? nothing : html`<sb-live-kpis .snapshot=${run.snapshots[0]} .target=${target} .thresholdSeconds=${threshold}></sb-live-kpis>`}
      <div class="main">
        ${isOver ? nothing : html`<div class="column">${this.renderDecisions()}</div>`}
        ${run.isForked ? nothing : html`<sb-exercise-timeline .exercise=${exercise} .layout=${run.layout} .state=${state0} .clockStartAt=${clock}></sb-exercise-timeline>`}
      </div>
      ${
        this.hasFloor && run.layout !== undefined
          ? html`<sb-floor-view class="floor" data-testid="floor-view" .layout=${run.layout} .snapshot=${run.snapshot}></sb-floor-view>`
          : nothing
      }
      <sb-exercise-charts .snapshot=${run.snapshots[0]} .state=${state0} .exercise=${exercise} .layout=${run.layout}
        .thresholdSeconds=${threshold} .target=${target} .clockStartAt=${clock}></sb-exercise-charts>
    `;
  }

  private renderDecisions() {
    const run = this.run;
    const opened = run.opened;
    if (opened === undefined) return nothing;
    return html`
      ${
        run.isForked
          ? html`<div class="branch-pick">
              <label for="branch">${msg('Decide on', { id: 'exercise.branch.pick' })}</label>
              <select id="branch" data-testid="decide-branch" @change=${(e: Event) => (this.branch = Number((e.target as HTMLSelectElement).value))}>
                <option value="0" ?selected=${this.branch === 0}>${msg('Branch 0: your day', { id: 'exercise.branch.original' })}</option>
                <option value="1" ?selected=${this.branch === 1}>${msg('Branch 1: the fork', { id: 'exercise.branch.forkShort' })}</option>
              </select>
            </div>`
          : nothing
      }
      <sb-decision-panel .exercise=${opened.exercise} .layout=${run.layout} .state=${run.states[this.branch]}
        .callTypes=${run.scenario?.callTypes.map((ct) => ({ id: ct.id, name: ct.name ?? ct.id })) ?? []}
        .currency=${currencyOf(run.scenario)} .problem=${this.problem} ?disabled=${run.phase === 'briefing'}
        @sb-exercise-decide=${this.onDecide}></sb-decision-panel>
    `;
  }

  private renderEnd() {
    const run = this.run;
    if (run.phase === 'ending')
      return html`<p class="card" role="status" data-testid="debrief-pending">${msg('Preparing the debrief: replaying the day with no action and with the expected actions…', { id: 'exercise.debrief.pending' })}</p>`;
    return html`<section class="card" data-testid="exercise-debrief" aria-label=${msg('Debrief', { id: 'exercise.debrief' })}>
      <sb-debrief .debrief=${run.debrief}></sb-debrief>
      <div class="end-actions">
        <button class="primary" data-testid="exercise-download" @click=${() => void this.download()}>${msg('Download session file', { id: 'exercise.download' })}</button>
        <button data-testid="exercise-back" @click=${() => this.dispatchEvent(new ExerciseCloseEvent())}>${msg('Back to the exercises', { id: 'exercise.back' })}</button>
        <slot name="end-actions"></slot>
      </div>
    </section>`;
  }

  override render() {
    const run = this.run;
    const opened = run.opened;
    const title = opened === undefined || run.phase === 'briefing' ? '' : exerciseName(opened.exercise);
    return html`
      <div class="top">
        ${title === '' ? nothing : html`<h2>${title}</h2>`}
        ${run.phase === 'playing' || run.phase === 'paused' ? this.renderLeave() : nothing}
        ${run.phase === 'briefing' || run.phase === 'error' ? html`<button data-testid="exercise-back" @click=${() => this.dispatchEvent(new ExerciseCloseEvent())}>${msg('Back to the exercises', { id: 'exercise.back' })}</button>` : nothing}
      </div>
      ${run.failure === '' ? nothing : html`<p class="failure" role="alert" data-testid="exercise-error">${run.failure}</p>`}
      ${run.phase === 'opening' ? html`<p role="status">${msg('Opening the exercise…', { id: 'exercise.opening' })}</p>` : nothing}
      ${
        run.phase === 'briefing' && opened !== undefined
          ? html`<sb-exercise-briefing .exercise=${opened.exercise} .code=${opened.code} .rule=${opened.rule}
              .serviceLevelTarget=${run.scenario?.serviceLevel.target ?? 0.8} .currency=${currencyOf(run.scenario)}
              .layout=${run.layout} @sb-exercise-command=${this.onCommand}></sb-exercise-briefing>`
          : nothing
      }
      ${run.phase === 'briefing' || run.phase === 'opening' || run.phase === 'error' ? nothing : this.renderPlaying()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-exercise-play': ExercisePlay;
  }
}
