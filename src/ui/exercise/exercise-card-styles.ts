// Styles shared by the exercise screens' cards (briefing, notices, panels, timeline) and their tables. Colours
// from index.html.
import { css } from 'lit';
import { tableStyles } from './table-styles';

export const cardStyles = [
  tableStyles,
  css`
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
`,
];

/** A question asked in the page before something that cannot be undone (end or leave the exercise). */
export const confirmStyles = css`
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding: 0.3rem 0.6rem;
    border: 1px solid var(--sb-bad);
    border-radius: 6px;
    background: var(--sb-bad-bg);
  }
`;
