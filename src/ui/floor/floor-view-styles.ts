// Styles of <sb-floor-view>: the canvas with its toolbar beside the legend and details. Colours come from the
// app's custom properties, with fallbacks so that the element also looks right on its own (the floor lab).
import { css } from 'lit';

export const floorViewStyles = css`
  :host {
    display: block;
    --floor-height: var(--sb-floor-height, 560px);
  }
  .floor {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 17.5rem;
    gap: 1rem;
    align-items: start;
  }
  @media (max-width: 820px) {
    .floor {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .viewport {
    position: relative;
  }
  .canvas-host {
    block-size: var(--floor-height);
    border: 1px solid var(--sb-border, #d8dde3);
    border-radius: var(--sb-radius, 10px);
    overflow: hidden;
    background: #f0eee8;
    touch-action: none;
  }
  .canvas-host {
    position: relative;
  }
  /* The scene's labels: page text over the canvas, sharp at any pixel ratio (floor-label.ts). The stage sets
     --pixels-per-metre from the camera; a label's size follows it between 11 and 17 px, so it stays readable
     from far away and does not cover the floor from close up. */
  .label-layer {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .floor-label {
    --label-pixels: calc(var(--pixels-per-metre, 20) * var(--label-metres, 1) * 0.8px);
    font:
      600 clamp(11px, var(--label-pixels), 17px) / 1.25 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      Arial,
      sans-serif;
    color: #1a1f26;
    background: rgba(255, 255, 255, 0.92);
    border: 1px solid rgba(26, 31, 38, 0.35);
    border-radius: 6px;
    padding: 0.1em 0.5em;
    white-space: pre;
    text-align: center;
  }
  /* A label that would overlap another is hidden until the camera makes room (floor-label.ts). */
  .floor-label.crowded {
    visibility: hidden;
  }
  .floor-label.zone {
    font-weight: 700;
    /* No wider than the zone it names (at least 9 em): a long name wraps rather than covering its neighbour. */
    white-space: normal;
    max-inline-size: max(9em, calc(var(--pixels-per-metre, 20) * var(--label-max-metres, 100) * 1px));
    inline-size: max-content;
  }
  .canvas-host canvas {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .canvas-host:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fa8);
    outline-offset: 2px;
  }
  .toolbar {
    position: absolute;
    /* Bottom left: the near corner of the floor is empty, the far edge carries the departments' labels. */
    inset-block-end: 0.6rem;
    inset-inline-start: 0.6rem;
    display: flex;
    gap: 0.4rem;
  }
  button {
    font: inherit;
    font-size: 0.85rem;
    padding: 0.35rem 0.7rem;
    border: 1px solid var(--sb-border-strong, #9aa4ae);
    border-radius: 6px;
    background: var(--sb-surface, #fff);
    color: var(--sb-text, #1a1f26);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--sb-accent-bg, #eef4fb);
    border-color: var(--sb-accent, #1f5fa8);
    font-weight: 600;
  }
  .keys {
    margin: 0.4rem 0 0;
    font-size: 0.8rem;
    color: var(--sb-muted, #56606b);
  }
  aside {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--sb-border, #d8dde3);
    border-radius: var(--sb-radius, 10px);
    background: var(--sb-surface, #fff);
    font-size: 0.85rem;
  }
  h3 {
    margin: 0 0 0.35rem;
    font-size: 0.85rem;
    color: var(--sb-muted, #56606b);
  }
  .departments {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin-block-end: 0.5rem;
  }
  .details {
    position: relative;
    border-block-end: 1px solid var(--sb-border, #d8dde3);
    padding-block-end: 0.6rem;
    margin-block-end: 0.5rem;
  }
  .details h3 {
    color: var(--sb-text, #1a1f26);
    font-size: 1rem;
    padding-inline-end: 2rem;
  }
  .details h4 {
    margin: 0.6rem 0 0.25rem;
    font-size: 0.85rem;
  }
  .close {
    position: absolute;
    inset-block-start: -0.15rem;
    inset-inline-end: 0;
    padding: 0.1rem 0.5rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.6rem;
    margin: 0;
  }
  dt {
    color: var(--sb-muted, #56606b);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.8rem;
    block-size: 0.8rem;
    border-radius: 50%;
    border: 1px solid rgb(0 0 0 / 0.25);
    vertical-align: -0.1rem;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.15rem 0.3rem 0.15rem 0;
    font-weight: normal;
  }
  thead th {
    color: var(--sb-muted, #56606b);
    font-size: 0.78rem;
  }
  .state-times {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .note {
    margin: 0.5rem 0 0;
    font-size: 0.78rem;
    color: var(--sb-muted, #56606b);
  }
  .unavailable {
    margin: 0;
    padding: 1rem 1.2rem;
    border: 1px solid var(--sb-border, #d8dde3);
    border-radius: var(--sb-radius, 10px);
    background: var(--sb-surface-alt, #f9fafb);
    color: var(--sb-text, #1a1f26);
  }
`;
