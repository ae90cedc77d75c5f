// <sb-live-controls>: play/pause, step, reset, the speed and the simulated clock of a live run.
// Properties: isPlaying, isFinished, isReady, speed, atSeconds, horizonSeconds. Event: sb-live-command.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LiveCommandEvent, type LiveCommand } from './events';
import { formStyles } from './form-styles';

/** Simulated seconds per real second; Infinity is "as fast as possible". */
export const SPEEDS: readonly { value: number; label: string }[] = [
  { value: 1, label: '×1 (real time)' },
  { value: 10, label: '×10' },
  { value: 60, label: '×60 (a minute a second)' },
  { value: 300, label: '×300' },
  { value: 1800, label: '×1,800 (half an hour a second)' },
  { value: 10_000, label: '×10,000' },
  { value: Number.POSITIVE_INFINITY, label: 'As fast as possible' },
];

/** Seconds from the start as `h:mm:ss`. */
export function formatSimClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

@customElement('sb-live-controls')
export class LiveControls extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem 1rem;
      }
      .clock {
        font-variant-numeric: tabular-nums;
        font-size: 1.6rem;
        font-weight: 700;
        min-inline-size: 6.5rem;
      }
      .clock small {
        display: block;
        font-size: 0.75rem;
        font-weight: 500;
        color: var(--sb-muted);
      }
      .buttons {
        display: flex;
        gap: 0.4rem;
      }
      .speed {
        display: flex;
        align-items: center;
        gap: 0.4rem;
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
    const horizon = this.horizonSeconds === null ? '' : ` of ${formatSimClock(this.horizonSeconds)}`;
    return html`<div class="bar">
      <p class="clock" role="timer" aria-live="off" data-testid="live-clock" data-seconds=${String(this.atSeconds)}>
        ${formatSimClock(this.atSeconds)}<small>simulated${horizon}${this.isFinished ? ' · finished' : ''}</small>
      </p>
      <div class="buttons">
        ${
          this.isPlaying
            ? html`<button class="primary" data-testid="live-pause" @click=${() => this.send({ kind: 'pause' })}>Pause</button>`
            : html`<button class="primary" data-testid="live-play" ?disabled=${!canRun} @click=${() => this.send({ kind: 'play' })}>
              Play
            </button>`
        }
        <button data-testid="live-step" ?disabled=${!canRun} title="Advance 5 simulated minutes"
          @click=${() => this.send({ kind: 'step', simulatedSeconds: 300 })}>Step 5 min</button>
        <button data-testid="live-reset" ?disabled=${!this.isReady} @click=${() => this.send({ kind: 'reset' })}>Reset</button>
      </div>
      <div class="speed">
        <label for="speed">Speed</label>
        <select id="speed" data-testid="live-speed" @change=${this.onSpeed}>
          ${SPEEDS.map((s) => html`<option value=${String(s.value)} ?selected=${s.value === this.speed}>${s.label}</option>`)}
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
