// Tables of the exercise screens and the debrief: full width, a rule under each row, numbers (class "num") at
// the end of their cell in tabular figures, and a wrapper (class "table-wrap" or "scroll") that scrolls sideways
// when a table is wider than the page. Colours from index.html, with fallbacks for the printed debrief.
import { css } from 'lit';

export const tableStyles = css`
  .table-wrap,
  .scroll {
    overflow-x: auto;
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
    border-block-end: 1px solid var(--sb-border, #d8dde3);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.num {
    white-space: nowrap;
  }
`;
