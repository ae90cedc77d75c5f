// <sb-live-controls>: play/pause, step, reset, the speed and the simulated clock of a live run.
// Properties: isPlaying, isFinished, isReady, speed, atSeconds, horizonSeconds. Event: sb-live-command.
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

  private send(command: LiveCommand): void {
    this.dispatchEvent(new LiveCommandEvent(command));
  }

  private onSpeed(event: Event): void {
    this.send({ kind: 'speed', speed: Number((event.target as HTMLSelectElement).value) });
  }

  override render() {
    const canRun = this.isReady && !this.isFinished;
    const clock = formatSimClock(this.horizonSeconds ?? 0);
    const simulated =
      this.horizonSeconds === null
        ? msg('simulated', { id: 'live.clock.simulated' })
        : msg(str`simulated of ${clock}`, { id: 'live.clock.simulatedOf' });
    const finished = this.isFinished ? ` · ${msg('finished', { id: 'live.clock.finished' })}` : '';
    return html`<div class="bar">
      <p class="clock" role="timer" aria-live="off" data-testid="live-clock" data-seconds=${String(this.atSeconds)}>
        ${formatSimClock(this.atSeconds)}<small>${simulated}${finished}</small>
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
