// Layout and look of the app shell <sb-app>: under the header, settings beside results on wide screens; on
// narrow ones the settings fold under one button above the tabs. Colours are custom properties from index.html.
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
      padding: 1rem clamp(1rem, 3vw, 2rem) 3rem;
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
    .tabs button:disabled {
      cursor: not-allowed;
      opacity: 0.45;
    }
    .tabs-locked {
      margin: 0;
      color: var(--sb-muted);
      font-size: 0.9rem;
    }
    aside.controls[inert] {
      opacity: 0.5;
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
    .controls-toggle {
      display: none;
    }
    .controls-body {
      display: flex;
      flex-direction: column;
      gap: 1.2rem;
    }
    .other-result {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      margin-block-end: 1rem;
      padding: 0.6rem 0.9rem;
      border: 1px solid var(--sb-accent);
      border-inline-start-width: 5px;
      border-radius: var(--sb-radius);
      background: var(--sb-accent-bg);
    }
    .other-result p {
      margin: 0;
    }
    .other-result button {
      font: inherit;
      font-weight: 650;
      padding: 0.4rem 0.9rem;
      border: 1px solid var(--sb-accent);
      border-radius: 6px;
      background: var(--sb-accent);
      color: #fff;
      cursor: pointer;
    }
    /* Folded (narrow screens, and the Live view, whose floor wants the width): one column, the settings under
       one button above the tabs. */
    .layout.folded {
      grid-template-columns: minmax(0, 1fr);
      padding-block-start: 0.75rem;
      gap: 0.75rem;
    }
    .folded .controls {
      padding: 0;
      gap: 0;
    }
    .folded .controls-toggle {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
      inline-size: 100%;
      padding: 0.5rem 0.9rem;
      font: inherit;
      text-align: start;
      color: inherit;
      background: none;
      border: 0;
      border-radius: var(--sb-radius);
      cursor: pointer;
    }
    .folded .controls-toggle strong {
      overflow-wrap: anywhere;
    }
    .folded .controls:not([data-open]) .controls-body {
      display: none;
    }
    .folded .controls[data-open] .controls-body {
      padding: 0 1rem 1rem;
    }
  `,
];
