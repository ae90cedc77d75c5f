// The play bar's look, shared by the live run (<sb-live-controls>), an exercise (<sb-exercise-controls>) and a
// forked live day (<sb-live-fork>): one wrapping row, the simulated clock large with a small line under it.
import { css } from 'lit';

export const clockBarStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6rem 1rem;
  }
  .clock {
    margin: 0;
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
`;
