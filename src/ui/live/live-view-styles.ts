// Layout and look of <sb-live-view>: one screen at 1280×800 (the clock, one row of KPI tiles, then the floor
// beside the levers, as tall as the room left), stacked in one column when the view is narrow. Colours are
// custom properties from index.html.
import { css } from 'lit';

export const liveViewStyles = css`
  /* One screen: the clock, the KPI row, then the floor beside the levers, both as tall as the room left
     under them (at least 20rem), the levers scrolling inside their column. Narrow: stacked. */
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    container-type: inline-size;
  }
  .top {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .stage {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(17rem, 21rem);
    gap: 0.75rem;
    block-size: max(20rem, calc(100vh - 25.5rem));
  }
  .floor {
    display: block;
    min-block-size: 0;
    block-size: 100%;
    border: 1px solid var(--sb-border);
    border-radius: var(--sb-radius);
    overflow: hidden;
    background: var(--sb-surface);
  }
  /* What is in force and the timeline stay in sight; the levers under them scroll in their column. */
  .levers {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-block-size: 0;
    padding: 0.5rem 0.6rem;
    border: 1px solid var(--sb-border);
    border-radius: var(--sb-radius);
    background: var(--sb-surface-alt);
  }
  .lever-forms {
    flex: 1;
    min-block-size: 0;
    overflow-y: auto;
  }
  .note {
    margin: 0;
    color: var(--sb-muted);
    font-size: 0.9rem;
  }
  @container (max-width: 46rem) {
    .stage {
      grid-template-columns: minmax(0, 1fr);
      block-size: auto;
    }
    .floor {
      block-size: 22rem;
    }
    .lever-forms {
      overflow: visible;
    }
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
    gap: 0.75rem;
  }
  .failure {
    margin: 0;
    padding: 0.6rem 0.9rem;
    border: 1px solid var(--sb-bad);
    border-radius: var(--sb-radius);
    background: var(--sb-bad-bg);
  }
  .failure p {
    margin: 0 0 0.5rem;
  }
  .failure button {
    font: inherit;
    font-weight: 600;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--sb-border-strong);
    border-radius: 6px;
    background: var(--sb-surface);
    cursor: pointer;
  }
  h3 {
    margin: 0.25rem 0 0;
    font-size: 1.05rem;
  }
`;
