// Styles shared by the Classroom tab's panels (prepare, play, class view). Colours from index.html.
import { css } from 'lit';

export const classroomStyles = css`
  :host {
    display: block;
  }
  .card {
    border: 1px solid var(--sb-border);
    border-radius: var(--sb-radius);
    background: var(--sb-surface);
    padding: 0.8rem 1rem;
    display: grid;
    gap: 0.6rem;
    min-inline-size: 0;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.2rem;
  }
  h3 {
    font-size: 1.02rem;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--sb-muted);
    font-size: 0.9rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.8rem;
    align-items: end;
  }
  label.field {
    display: grid;
    gap: 0.2rem;
    font-size: 0.9rem;
  }
  .code {
    font-family: ui-monospace, monospace;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  textarea.code-box {
    inline-size: 100%;
    box-sizing: border-box;
    font-family: ui-monospace, monospace;
    font-size: 0.8rem;
    font-weight: 400;
    letter-spacing: 0;
    overflow-wrap: anywhere;
  }
  [role='alert'],
  .bad {
    color: var(--sb-bad-ink, #9a4300);
    font-weight: 600;
  }
  .good {
    color: var(--sb-good-ink, #1d6b35);
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.3rem 0.55rem;
    border-block-end: 1px solid var(--sb-border);
    text-align: end;
    white-space: nowrap;
  }
  th:first-child,
  td.name {
    text-align: start;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
