// Layout and look of the app shell <sb-app>: under the header, settings beside results on wide screens and
// stacked on narrow ones. Colours are custom properties from index.html.
import { css } from 'lit';
import { focusStyles } from './shared-styles';

export const appStyles = [
  focusStyles,
  css`
    :host {
      display: block;
      min-block-size: 100vh;
    }
    .layout {
      box-sizing: border-box;
      max-inline-size: 84rem;
      margin-inline: auto;
      padding: 1.5rem clamp(1rem, 3vw, 2rem) 3rem;
      display: grid;
      grid-template-columns: minmax(15rem, 19rem) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    .controls {
      padding: 1.1rem;
      background: var(--sb-surface-alt);
      border: 1px solid var(--sb-border);
      border-radius: var(--sb-radius);
    }
    .results {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      min-inline-size: 0;
    }
    .results-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.25rem 1rem;
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    .run-status {
      margin: 0;
      color: var(--sb-muted);
      font-size: 0.9rem;
      font-variant-numeric: tabular-nums;
    }
    .placeholder {
      display: grid;
      place-items: center;
      min-block-size: 9rem;
      border: 2px dashed var(--sb-border);
      border-radius: var(--sb-radius);
      color: var(--sb-muted);
      font-size: 0.9rem;
    }
    .placeholder p {
      margin: 0;
    }
    [hidden] {
      display: none !important;
    }
    .controls {
      display: flex;
      flex-direction: column;
      gap: 1.2rem;
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-block-end: 1px solid var(--sb-border);
    }
    /* Four tabs side by side on a phone: tighter, and never wider than the screen. */
    @media (max-width: 30rem) {
      .tabs button {
        padding-inline: 0.55rem;
      }
    }
    .tabs button {
      font: inherit;
      font-weight: 600;
      padding: 0.5rem 1rem;
      border: 1px solid transparent;
      border-radius: 6px 6px 0 0;
      background: none;
      color: var(--sb-muted);
      cursor: pointer;
      white-space: nowrap;
    }
    .tabs button[aria-selected='true'] {
      color: var(--sb-accent);
      border-color: var(--sb-border);
      border-block-end-color: var(--sb-bg);
      background: var(--sb-bg);
      margin-block-end: -1px;
    }
    .failure {
      padding: 0.8rem 1rem;
      border: 1px solid var(--sb-bad);
      border-inline-start-width: 5px;
      border-radius: var(--sb-radius);
      background: var(--sb-bad-bg);
    }
    .failure p {
      margin: 0;
    }
    .failure ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.2rem;
    }
    @media (max-width: 52rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
];
