// <sb-exercise-controls>: the play bar of an exercise: the simulated clock against the exercise's end, play and
// pause, the speed (the exercise's own first), Fork the day, and End the exercise (asked twice: a confirm step
// in the page). Properties: atSeconds, endSeconds, isPlaying, speed, playSpeed, canFork. Event:
// sb-exercise-command.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { clockBarStyles } from '../clock-bar-styles';
import { formStyles } from '../form-styles';
import { confirmStyles } from './exercise-card-styles';
import { runTimeLabel } from '../charts/time-of-day';
import { formatSimClock, speedLabel } from '../live-controls';
import { PlayCommandEvent, type PlayCommand } from './exercise-events';

/** Speeds offered besides the exercise's own (simulated seconds per real second). */
const OTHER_SPEEDS: readonly number[] = [10, 60, 300, 1800, 10_000];

/** The exercise's clock: the time of day with seconds (09:00:15) when the scenario has one, else h:mm:ss. */
export function clockText(seconds: number, clockStartAt: number | undefined): string {
  if (clockStartAt === undefined) return formatSimClock(seconds);
  const whole = Math.max(0, Math.floor(seconds));
  return `${runTimeLabel(Math.floor(whole / 60) * 60, clockStartAt)}:${String(whole % 60).padStart(2, '0')}`;
}

@customElement('sb-exercise-controls')
@localized()
export class ExerciseControls extends LitElement {
  static override styles = [
    formStyles,
    confirmStyles,
    clockBarStyles,
    css`
      :host {
        display: block;
      }
      .group {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
    `,
  ];

  @property({ type: Number }) atSeconds = 0;
  @property({ type: Number }) endSeconds = 0;
  @property({ type: Boolean }) isPlaying = false;
  @property({ type: Number }) speed = 60;
  @property({ type: Number }) playSpeed = 60;
  @property({ type: Boolean }) canFork = true;
  /** The scenario's time of day at t = 0 (display only): times show as the exercise's clock does. */
  @property({ attribute: false }) clockStartAt: number | undefined;

  @state() private isConfirming = false;

  private send(command: PlayCommand): void {
    this.dispatchEvent(new PlayCommandEvent(command));
  }

  private speeds(): number[] {
    return [...new Set([this.playSpeed, ...OTHER_SPEEDS, this.speed])].sort((a, b) => a - b);
  }

  private speedText(speed: number): string {
    const label = speedLabel(speed);
    return speed === this.playSpeed ? msg(str`${label} — the exercise's speed`, { id: 'exercise.speed.own' }) : label;
  }

  override render() {
    const end =
      this.clockStartAt === undefined
        ? formatSimClock(this.endSeconds)
        : runTimeLabel(this.endSeconds, this.clockStartAt);
    return html`<div class="bar">
      <p class="clock" role="timer" aria-live="off" data-testid="exercise-clock" data-seconds=${String(this.atSeconds)}>
        ${clockText(this.atSeconds, this.clockStartAt)}<small>${msg(str`simulated, ends at ${end}`, { id: 'exercise.clock.endsAt' })}</small>
      </p>
      <div class="group">
        ${
          this.isPlaying
            ? html`<button class="primary" data-testid="exercise-pause" @click=${() => this.send({ kind: 'pause' })}>${msg('Pause', { id: 'live.pause' })}</button>`
            : html`<button class="primary" data-testid="exercise-play" @click=${() => this.send({ kind: 'play' })}>${msg('Play', { id: 'live.play' })}</button>`
        }
        <label for="speed">${msg('Speed', { id: 'live.speed' })}</label>
        <select id="speed" data-testid="exercise-speed" @change=${(e: Event) => this.send({ kind: 'speed', speed: Number((e.target as HTMLSelectElement).value) })}>
          ${this.speeds().map((s) => html`<option value=${String(s)} ?selected=${s === this.speed}>${this.speedText(s)}</option>`)}
        </select>
      </div>
      <div class="group">
        <button data-testid="exercise-fork" ?disabled=${!this.canFork} title=${msg('Continue the same callers in a second branch from now, and decide differently there', { id: 'exercise.fork.title' })}
          @click=${() => this.send({ kind: 'fork' })}>${msg('Fork the day', { id: 'exercise.fork' })}</button>
        ${
          this.isConfirming
            ? html`<div class="confirm" role="group" aria-label=${msg('End the exercise?', { id: 'exercise.end.confirm' })}>
                <span>${msg('End the exercise now? You cannot resume it.', { id: 'exercise.end.question' })}</span>
                <button class="primary" data-testid="exercise-end-confirm" @click=${() => {
                  this.isConfirming = false;
                  this.send({ kind: 'end' });
                }}>${msg('End now', { id: 'exercise.end.yes' })}</button>
                <button data-testid="exercise-end-cancel" @click=${() => (this.isConfirming = false)}>${msg('Keep playing', { id: 'exercise.end.no' })}</button>
              </div>`
            : html`<button data-testid="exercise-end" @click=${() => (this.isConfirming = true)}>${msg('End the exercise', { id: 'exercise.end' })}</button>`
        }
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-exercise-controls': ExerciseControls;
  }
}
