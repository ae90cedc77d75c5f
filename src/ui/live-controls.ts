// <sb-live-controls>: play/pause, step, reset, the speed and the simulated clock of a live run.
// Properties: isPlaying, isFinished, isReady, speed, atSeconds, horizonSeconds, clockStartAt (the scenario's
// time of day at t = 0: the clock then reads 09:40:00, with the time simulated under it). Event:
// sb-live-command.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { LiveCommandEvent, type LiveCommand } from './events';
import { clockBarStyles } from './clock-bar-styles';
import { formStyles } from './form-styles';
import { formatInteger } from './format';

/** Simulated seconds per real second; Infinity is "as fast as possible". */
export const SPEEDS: readonly number[] = [1, 10, 60, 300, 1800, 10_000, Number.POSITIVE_INFINITY];

/** A speed as the menu shows it, e.g. `×60 (a minute a second)`, with the locale's digit grouping. */
export function speedLabel(speed: number): string {
  const factor = `×${formatInteger(speed)}`;
  switch (speed) {
    case 1:
      return msg(str`${factor} (real time)`, { id: 'live.speed.realTime' });
    case 60:
      return msg(str`${factor} (a minute a second)`, { id: 'live.speed.minute' });
    case 1800:
      return msg(str`${factor} (half an hour a second)`, { id: 'live.speed.halfHour' });
    case Number.POSITIVE_INFINITY:
      return msg('As fast as possible', { id: 'live.speed.fastest' });
    default:
      return factor;
  }
}

/** Seconds from the start as `h:mm:ss`. */
export function formatSimClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Seconds from the start as the time of day `hh:mm:ss` (wrapping at midnight), the run starting at `clockStartAt`. */
export function formatTimeOfDay(seconds: number, clockStartAt: number): string {
  const whole = Math.floor(Math.max(0, seconds) + clockStartAt) % 86_400;
  const text = formatSimClock(whole);
  return text.length < 8 ? `0${text}` : text;
}

/** A simulated instant as the live clock shows it: the time of day with `clockStartAt`, else `h:mm:ss` from the start. */
export function formatLiveClock(seconds: number, clockStartAt: number | undefined): string {
  return clockStartAt === undefined ? formatSimClock(seconds) : formatTimeOfDay(seconds, clockStartAt);
}

@customElement('sb-live-controls')
@localized()
export class LiveControls extends LitElement {
  static override styles = [
    formStyles,
    clockBarStyles,
    css`
      :host {
        display: block;
      }
      .buttons {
        display: flex;
        gap: 0.4rem;
      }
      .speed {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        min-inline-size: 0;
        max-inline-size: 100%;
      }
      /* Speed names run longer in Spanish and Romanian: the menu shrinks to the phone's width. */
      .speed select {
        min-inline-size: 0;
        max-inline-size: 100%;
      }
    `,
  ];

  @property({ type: Boolean }) isPlaying = false;
  @property({ type: Boolean }) isFinished = false;
  @property({ type: Boolean }) isReady = false;
  @property({ type: Number }) speed = 60;
  @property({ type: Number }) atSeconds = 0;
  @property({ attribute: false }) horizonSeconds: number | null = null;
  /** Seconds after midnight at t = 0, when the scenario says (`clockStartAt`); display only. */
  @property({ attribute: false }) clockStartAt: number | undefined = undefined;

  private send(command: LiveCommand): void {
    this.dispatchEvent(new LiveCommandEvent(command));
  }

  private onSpeed(event: Event): void {
    this.send({ kind: 'speed', speed: Number((event.target as HTMLSelectElement).value) });
  }

  /** The line under the clock: how much is simulated (of how much), and whether the clock is the time of day. */
  private clockNote(): string {
    const horizon = formatSimClock(this.horizonSeconds ?? 0);
    if (this.clockStartAt === undefined)
      return this.horizonSeconds === null
        ? msg('simulated', { id: 'live.clock.simulated' })
        : msg(str`simulated of ${horizon}`, { id: 'live.clock.simulatedOf' });
    const elapsed = formatSimClock(this.atSeconds);
    return this.horizonSeconds === null
      ? msg(str`time of day · ${elapsed} simulated`, { id: 'live.clock.timeOfDay' })
      : msg(str`time of day · ${elapsed} of ${horizon} simulated`, { id: 'live.clock.timeOfDayOf' });
  }

  override render() {
    const canRun = this.isReady && !this.isFinished;
    const finished = this.isFinished ? ` · ${msg('finished', { id: 'live.clock.finished' })}` : '';
    const clockStartAt = this.clockStartAt;
    const shown = formatLiveClock(this.atSeconds, clockStartAt);
    return html`<div class="bar">
      <p class="clock" role="timer" aria-live="off" data-testid="live-clock" data-seconds=${String(this.atSeconds)}
        data-clock=${clockStartAt === undefined ? 'elapsed' : 'time-of-day'}>
        ${shown}<small>${this.clockNote()}${finished}</small>
      </p>
      <div class="buttons">
        ${
          this.isPlaying
            ? html`<button class="primary" data-testid="live-pause" @click=${() => this.send({ kind: 'pause' })}>${msg('Pause', { id: 'live.pause' })}</button>`
            : html`<button class="primary" data-testid="live-play" ?disabled=${!canRun} @click=${() => this.send({ kind: 'play' })}>
              ${msg('Play', { id: 'live.play' })}
            </button>`
        }
        <button data-testid="live-step" ?disabled=${!canRun} title=${msg('Advance 5 simulated minutes', { id: 'live.step.title' })}
          @click=${() => this.send({ kind: 'step', simulatedSeconds: 300 })}>${msg('Step 5 min', { id: 'live.step' })}</button>
        <button data-testid="live-reset" ?disabled=${!this.isReady} @click=${() => this.send({ kind: 'reset' })}>${msg('Reset', { id: 'live.reset' })}</button>
      </div>
      <div class="speed">
        <label for="speed">${msg('Speed', { id: 'live.speed' })}</label>
        <select id="speed" data-testid="live-speed" @change=${this.onSpeed}>
          ${SPEEDS.map((s) => html`<option value=${String(s)} ?selected=${s === this.speed}>${speedLabel(s)}</option>`)}
        </select>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-live-controls': LiveControls;
  }
}
