// Styles of form controls shared by the live controls, the intervention form, the editor and the export
// bar: buttons, inputs and selects with visible focus and an invalid state. Colours from index.html.
import { css } from 'lit';

export const formStyles = css`
  :focus-visible {
    outline: 3px solid var(--sb-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    font-weight: 600;
    padding: 0.45rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--sb-accent);
    background: var(--sb-surface);
    color: var(--sb-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--sb-accent);
    color: #fff;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--sb-border-strong);
    border-radius: 6px;
    background: var(--sb-surface);
    color: inherit;
    min-inline-size: 0;
  }
  input[type='number'] {
    inline-size: 6rem;
  }
  [aria-invalid='true'] {
    border-color: var(--sb-bad);
    box-shadow: inset 0 0 0 1px var(--sb-bad);
  }
  label {
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--sb-muted);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.6rem;
  }
  .problem {
    margin: 0.3rem 0 0;
    color: var(--sb-bad-ink);
    font-size: 0.85rem;
    font-weight: 600;
  }
  .card {
    padding: 0.8rem 1rem;
    border: 1px solid var(--sb-border);
    border-radius: var(--sb-radius);
    background: var(--sb-surface);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
`;
