// <sb-live-fork>: Fork the day from a plain live run (the Live tab). Before a fork: one button (among the levers).
// Forking pauses the live run (`pauseLive`), replays its interventions so far into two branches on the same
// callers (the worker's exercise service: forkLive) and shows them side by side as they play (<sb-branch-view>),
// in a modal dialog over the paused live run: a play bar, the levers for the branch chosen, and their comparison
// once the day ends or both are ended. Closing the fork (or Escape) goes back to the live run where it paused. Properties: worker (holds the live view's worker api), scenario,
// decisions (the live day's interventions), canFork, pauseLive (pauses the live run, resolves to its clock).
// Reflects data-phase: idle, or the fork's RunPhase.
import type * as Comlink from 'comlink';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Intervention } from '../../sim/api';
import type { Scenario } from '../../sim/scenario/schema';
import type { WorkerApi } from '../../worker/simulator.worker';
import { runTimeLabel } from '../charts/time-of-day';
import { clockBarStyles } from '../clock-bar-styles';
import type { InterventionEvent } from '../events';
import { cardStyles } from '../exercise/exercise-card-styles';
import { clockText } from '../exercise/exercise-controls';
import { ExerciseRun, type RunPhase } from '../exercise/exercise-run';
import { formStyles } from '../form-styles';
import { SPEEDS, speedLabel } from '../live-controls';
import { currencyOf } from '../organisation-rows';
import '../exercise/branch-view';
import '../intervention-form';

@customElement('sb-live-fork')
@localized()
export class LiveFork extends LitElement {
  static override styles = [
    formStyles,
    cardStyles,
    clockBarStyles,
    css`
      :host {
        display: block;
      }
      dialog {
        inline-size: min(100vw - 1rem, 84rem);
        max-inline-size: none;
        max-block-size: calc(100vh - 1rem);
        padding: 0;
        border: none;
        background: transparent;
        color: inherit;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      .fork {
        display: grid;
        gap: 0.75rem;
      }
      .fork > * {
        min-inline-size: 0;
      }
      .start {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.8rem;
        align-items: center;
      }
      .start p {
        margin: 0;
      }
      .levers {
        display: grid;
        gap: 0.5rem;
        max-inline-size: 32rem;
      }
      .branch-pick {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      .failure {
        color: var(--sb-bad);
      }
    `,
  ];

  /** Holds the live view's worker (a Comlink proxy cannot itself be a Lit binding's value). */
  @property({ attribute: false }) worker: { readonly api: Comlink.Remote<WorkerApi> } | undefined;
  @property({ attribute: false }) scenario: Scenario | undefined;
  @property({ attribute: false }) decisions: readonly { atSeconds: number; intervention: Intervention }[] = [];
  @property({ type: Boolean }) canFork = false;
  /** Pauses the live run and resolves to its simulated clock, the fork's instant. */
  @property({ attribute: false }) pauseLive: (() => Promise<number>) | undefined;
  @property({ reflect: true, attribute: 'data-phase' }) phase: RunPhase | 'idle' = 'idle';

  @state() private isOpen = false;
  @state() private branch = 1;
  @state() private problem = '';

  private readonly run = new ExerciseRun(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another scenario in the Live tab: the fork of the old one is closed.
    if (changed.has('scenario') && changed.get('scenario') !== undefined && this.isOpen) {
      void this.run.pause();
      this.isOpen = false;
    }
    this.phase = this.isOpen ? this.run.phase : 'idle';
  }

  private async fork(): Promise<void> {
    const scenario = this.scenario;
    const worker = this.worker;
    if (scenario === undefined || worker === undefined || this.pauseLive === undefined) return;
    const atSeconds = await this.pauseLive();
    this.isOpen = true;
    this.branch = 1;
    this.problem = '';
    await this.run.openFork(worker.api, scenario, this.decisions, atSeconds);
  }

  private async close(): Promise<void> {
    await this.run.pause();
    this.isOpen = false;
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog !== null && !dialog.open) dialog.showModal();
  }

  private async onIntervene(event: InterventionEvent): Promise<void> {
    event.stopPropagation();
    this.problem = await this.run.decide(event.intervention, this.branch);
  }

  private renderStart() {
    return html`<div class="start">
      <button data-testid="live-fork" ?disabled=${!this.canFork} @click=${() => void this.fork()}>${msg('Fork the day', { id: 'exercise.fork' })}</button>
      <p class="muted">${msg('Pauses this run and continues the same callers in two branches side by side, so you can decide differently in one.', { id: 'live.fork.hint' })}</p>
    </div>`;
  }

  private renderBar() {
    const run = this.run;
    const clock = this.scenario?.clockStartAt;
    const at = run.snapshot?.atSeconds ?? 0;
    const end = runTimeLabel(run.opened?.exercise.endSeconds ?? 0, clock);
    const isOver = run.isOver;
    return html`<div class="bar">
      <p class="clock" role="timer" aria-live="off" data-testid="live-fork-clock" data-seconds=${String(at)}>
        ${clockText(at, clock)}<small>${msg(str`both branches, simulated, end at ${end}`, { id: 'live.fork.clock' })}</small>
      </p>
      ${
        isOver
          ? nothing
          : html`${
              run.phase === 'playing'
                ? html`<button class="primary" data-testid="live-fork-pause" @click=${() => void run.pause()}>${msg('Pause', { id: 'live.pause' })}</button>`
                : html`<button class="primary" data-testid="live-fork-play" ?disabled=${run.phase !== 'paused'} @click=${() => void run.play()}>${msg('Play', { id: 'live.play' })}</button>`
            }
            <label for="fork-speed">${msg('Speed', { id: 'live.speed' })}</label>
            <select id="fork-speed" data-testid="live-fork-speed" @change=${(e: Event) => void run.setSpeed(Number((e.target as HTMLSelectElement).value))}>
              ${SPEEDS.map((s) => html`<option value=${String(s)} ?selected=${s === run.speed}>${speedLabel(s)}</option>`)}
            </select>
            <button data-testid="live-fork-end" ?disabled=${run.phase === 'opening'} @click=${() => void run.end()}>${msg('End both now and compare', { id: 'live.fork.end' })}</button>`
      }
      <button data-testid="live-fork-close" @click=${() => void this.close()}>${msg('Close the fork', { id: 'live.fork.close' })}</button>
    </div>`;
  }

  private renderLevers() {
    const run = this.run;
    const scenario = this.scenario;
    if (run.isOver || run.opened === undefined) return nothing;
    return html`<section class="levers card" aria-labelledby="fork-levers-h">
      <h3 id="fork-levers-h">${msg('Intervene', { id: 'live.intervene' })}</h3>
      <div class="branch-pick">
        <label for="fork-branch">${msg('Decide on', { id: 'exercise.branch.pick' })}</label>
        <select id="fork-branch" data-testid="live-fork-branch" @change=${(e: Event) => (this.branch = Number((e.target as HTMLSelectElement).value))}>
          <option value="0" ?selected=${this.branch === 0}>${msg('Branch 0: your day', { id: 'exercise.branch.original' })}</option>
          <option value="1" ?selected=${this.branch === 1}>${msg('Branch 1: the fork', { id: 'exercise.branch.forkShort' })}</option>
        </select>
      </div>
      <sb-intervention-form
        .layout=${run.layout}
        .snapshot=${run.snapshots[this.branch]}
        .callTypes=${scenario?.callTypes.map((ct) => ({ id: ct.id, name: ct.name ?? ct.id })) ?? []}
        .routingPolicy=${scenario?.routing?.policy ?? 'longest-idle'}
        .problem=${this.problem}
        .disabled=${run.phase === 'opening' || run.phase === 'ending'}
        @sb-intervene=${this.onIntervene}
      ></sb-intervention-form>
    </section>`;
  }

  override render() {
    if (!this.isOpen) return this.renderStart();
    const run = this.run;
    const scenario = this.scenario;
    const at = runTimeLabel(run.forkedAt ?? 0, scenario?.clockStartAt);
    return html`<dialog aria-labelledby="fork-h" @close=${() => void this.close()}>
      <section class="fork card" data-testid="live-fork-panel">
      <h3 id="fork-h">${msg(str`The day forked at ${at}: the same callers in two branches`, { id: 'live.fork.heading' })}</h3>
      ${this.renderBar()}
      ${run.failure === '' ? nothing : html`<p class="failure" role="alert" data-testid="live-fork-error">${run.failure}</p>`}
      ${run.phase === 'opening' ? html`<p role="status">${msg('Replaying the day up to the fork…', { id: 'live.fork.opening' })}</p>` : nothing}
      ${
        run.opened === undefined
          ? nothing
          : html`<sb-branch-view .exercise=${run.opened.exercise} .layout=${run.layout} .forkedAt=${run.forkedAt ?? 0}
              .snapshots=${run.snapshots} .states=${run.states} .comparison=${run.comparison}
              .target=${scenario?.serviceLevel.target ?? 0.8} .thresholdSeconds=${scenario?.serviceLevel.thresholdSeconds ?? 20}
              .currency=${currencyOf(scenario)} .clockStartAt=${scenario?.clockStartAt} .showScore=${false}></sb-branch-view>`
      }
      ${this.renderLevers()}
      </section>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-live-fork': LiveFork;
  }
}
