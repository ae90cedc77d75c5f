// Styles shared by the exercise screens' cards (briefing, notices, panels, timeline). Colours from index.html.
import { css } from 'lit';

export const cardStyles = css`
  .card {
    border: 1px solid var(--sb-border);
    border-radius: var(--sb-radius);
    background: var(--sb-surface);
    padding: 0.8rem 1rem;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.4rem;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  h4 {
    font-size: 0.95rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .muted {
    color: var(--sb-muted);
    font-size: 0.9rem;
  }
  .code {
    font-family: ui-monospace, monospace;
    font-weight: 600;
    letter-spacing: 0.05em;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.5rem;
    border-block-end: 1px solid var(--sb-border);
    vertical-align: top;
  }
  .table-wrap {
    overflow-x: auto;
  }
`;
