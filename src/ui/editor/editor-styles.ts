// Layout of the scenario editor: field grids per section, the toolbar and the validation summary.
import { css } from 'lit';

export const editorStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.8rem;
  }
  fieldset {
    margin: 0;
  }
  legend {
    font-weight: 650;
    padding: 0 0.3rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: 0.6rem 0.8rem;
  }
  .grid.item + .grid.item {
    margin-block-start: 0.8rem;
    padding-block-start: 0.8rem;
    border-block-start: 1px solid var(--sb-border);
  }
  .wide {
    grid-column: 1 / -1;
  }
  .hint {
    font-size: 0.75rem;
    color: var(--sb-muted);
    margin: 0;
  }
  .problem {
    margin: 0;
    font-size: 0.8rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
  }
  [role='tablist'],
  .actions {
    display: flex;
    gap: 0.4rem;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--sb-accent-bg);
  }
  .status {
    margin: 0;
    padding: 0.5rem 0.8rem;
    border-radius: var(--sb-radius);
    border: 1px solid var(--sb-border);
  }
  .status.good {
    border-color: var(--sb-good);
    background: var(--sb-good-bg);
    color: var(--sb-good-ink);
    font-weight: 600;
  }
  .status.bad {
    border-color: var(--sb-bad);
    background: var(--sb-bad-bg);
  }
  .status ul {
    margin: 0.3rem 0 0;
    padding-inline-start: 1.2rem;
    font-size: 0.85rem;
  }
  .departments {
    margin: 0 0 0.4rem;
    padding-inline-start: 1.2rem;
    font-size: 0.9rem;
  }
  textarea {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8rem;
    min-block-size: 28rem;
    inline-size: 100%;
    box-sizing: border-box;
  }
`;
