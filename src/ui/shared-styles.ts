// Styles shared by several elements: focus rings, status marks and data tables. Colours come from the
// custom properties declared in index.html (they cross shadow roots), so the palette lives in one place.
import { css } from 'lit';

export const focusStyles = css`
  :focus-visible {
    outline: 3px solid var(--sb-focus);
    outline-offset: 2px;
  }
`;

/** Status marks pair a colour-blind-safe hue (Okabe–Ito blue / vermillion) with an icon and words. */
export const statusStyles = css`
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .status-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    border-radius: 50%;
    font-size: 0.8em;
    line-height: 1;
    color: #fff;
    background: var(--sb-neutral);
  }
  .good .status-icon {
    background: var(--sb-good);
  }
  .bad .status-icon {
    background: var(--sb-bad);
  }
  .good.status {
    color: var(--sb-good-ink);
  }
  .bad.status {
    color: var(--sb-bad-ink);
  }
  .uncertain.status {
    color: var(--sb-muted);
  }
`;

export const tableStyles = css`
  :host {
    display: block;
  }
  .scroller {
    /* Positioned, so absolutely placed children (visually hidden text) are clipped with the table. */
    position: relative;
    overflow-x: auto;
    border: 1px solid var(--sb-border);
    border-radius: var(--sb-radius);
    background: var(--sb-surface);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    font-size: 0.875rem;
  }
  caption {
    text-align: start;
    font-weight: 650;
    font-size: 1rem;
    padding: 0.75rem 0.9rem 0.5rem;
  }
  th,
  td {
    padding: 0.45rem 0.55rem;
    text-align: end;
    white-space: nowrap;
    border-block-start: 1px solid var(--sb-border);
  }
  th:first-child,
  td:first-child {
    text-align: start;
    padding-inline-start: 0.9rem;
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0.9rem;
  }
  thead th {
    font-weight: 600;
    font-size: 0.8rem;
    color: var(--sb-muted);
    background: var(--sb-surface-alt);
  }
  tbody tr:hover {
    background: var(--sb-surface-alt);
  }
  .ci {
    display: block;
    font-size: 0.75rem;
    color: var(--sb-muted);
  }
`;
