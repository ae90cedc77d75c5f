// How far a single long replication has got, under the page heading while it runs: "Simulated 3 h 10 min of
// 14 h" with a bar and a Cancel button (the run form with its own Cancel is folded away on a phone). The worker
// reports the simulated clock a few times a second (src/sim/run-guard.ts). The text sits outside the
// heading's status line (a live region), so a screen reader is not read a new time four times a second.
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { RunClock } from '../../sim/api';
import { formatDuration, formatPercent } from '../format';

/** The simulated time of a replication in progress, against its horizon, in words. */
export function runClockText(clock: RunClock): string {
  const at = formatDuration(clock.seconds);
  if (clock.horizonSeconds === undefined) {
    const share = formatPercent(clock.share, 0);
    return msg(str`Simulated ${at} (${share} of the calls)`, { id: 'runClock.calls' });
  }
  const horizon = formatDuration(clock.horizonSeconds);
  if (clock.seconds > clock.horizonSeconds)
    return msg(str`Simulated ${at}: the ${horizon} of arrivals are over, serving the callers still waiting`, {
      id: 'runClock.draining',
    });
  return msg(str`Simulated ${at} of ${horizon}`, { id: 'runClock.of' });
}

/** The bar, the text and a Cancel button; nothing until the worker has reported a clock. */
export function runClockView(clock: RunClock | undefined, onCancel: () => void) {
  if (clock === undefined) return nothing;
  const label = msg('Simulated time of the run in progress', { id: 'runClock.label' });
  return html`<div class="run-clock" data-testid="run-clock">
    <progress max="1" .value=${clock.share} aria-label=${label} data-testid="run-clock-bar"></progress>
    <span class="run-clock-text" data-testid="run-clock-text">${runClockText(clock)}</span>
    <button type="button" class="run-clock-cancel" data-testid="run-clock-cancel" @click=${onCancel}>
      ${msg('Cancel run', { id: 'runClock.cancel' })}
    </button>
  </div>`;
}

export const runClockStyles = css`
  .run-clock {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.75rem;
    margin: 0.25rem 0 0.5rem;
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  .run-clock progress {
    flex: 1 1 10rem;
    min-inline-size: 8rem;
    max-inline-size: 20rem;
  }
  .run-clock-text {
    color: var(--sb-muted);
  }
  .run-clock-cancel {
    font: inherit;
    font-weight: 650;
    padding: 0.3rem 0.8rem;
    border-radius: 6px;
    border: 1px solid var(--sb-accent);
    background: var(--sb-surface);
    color: var(--sb-accent);
    cursor: pointer;
  }
`;
