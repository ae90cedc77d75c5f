// <sb-session-open>: a trainer opens a trainee's session file (exercise, seed, decisions with their times) with
// the file picker or by dropping it; the file is size-checked before it is read, parsed, replayed by its own
// simulator worker (api.exercise.debriefSession) and the debrief of that day is shown. A file that is not JSON,
// has a wrong field or does not match its exercise gets an error naming the field; the debrief shown stays.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Debrief } from '../../sim/exercise/types';
import type { ValidationIssue } from '../../sim/scenario/validate';
import { formatDecimal, formatInteger } from '../format';
import { SimulatorController } from '../simulator-controller';
import './debrief-view';

/** A session file holds a few dozen decisions (a few kB); the replay refuses more than 1,000 anyway. */
export const MAX_SESSION_FILE_BYTES = 1_000_000;

@customElement('sb-session-open')
@localized()
export class SessionOpen extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-block-start: 1.5rem;
    }
    .drop {
      border: 2px dashed var(--sb-border-strong, #9aa4ae);
      border-radius: var(--sb-radius, 10px);
      padding: 1rem;
      background: var(--sb-surface, #fff);
    }
    .pick {
      display: inline-block;
      padding: 0.4rem 0.9rem;
      border: 1px solid var(--sb-accent, #1f5fa8);
      border-radius: 6px;
      color: var(--sb-accent, #1f5fa8);
      font-weight: 600;
      cursor: pointer;
    }
    input:focus-visible + .pick {
      outline: 2px solid var(--sb-focus, #1f5fa8);
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    sb-debrief {
      margin-block-start: 1.25rem;
    }
    .drop.over {
      border-color: var(--sb-accent, #1f5fa8);
      background: var(--sb-accent-bg, #eef4fb);
    }
    h2 {
      margin: 0 0 0.4rem;
      font-size: 1.1rem;
    }
    p {
      margin: 0.3rem 0;
    }
    .muted {
      color: var(--sb-muted, #56606b);
      font-size: 0.9rem;
    }
    [role='alert'] {
      color: var(--sb-bad-ink, #9a4300);
      font-weight: 600;
    }
    ul {
      margin: 0.3rem 0;
    }
    code {
      overflow-wrap: anywhere;
    }
    @media print {
      .drop {
        display: none;
      }
    }
  `;

  @state() private debrief: Debrief | undefined;
  @state() private busy = false;
  @state() private error = '';
  @state() private issues: ValidationIssue[] = [];
  @state() private warning = '';
  @state() private over = false;
  @state() private elapsedMs: number | undefined;

  private readonly worker = new SimulatorController(this, (message) => (this.error = message));

  override render() {
    const limit = formatInteger(MAX_SESSION_FILE_BYTES / 1000);
    return html`
      <div
        class="drop ${this.over ? 'over' : ''}"
        data-testid="session-drop"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.over = true;
        }}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <h2>${msg("Open a trainee's session", { id: 'session.heading' })}</h2>
        <p class="muted">
          ${msg(
            str`Choose or drop a session file (.json, at most ${limit} kB): its day is replayed on the same callers and debriefed.`,
            {
              id: 'session.hint',
            },
          )}
        </p>
        <input
          id="session-file"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          data-testid="session-file"
          ?disabled=${this.busy}
          @change=${this.onPick}
        />
        <label class="pick" for="session-file">${msg('Choose a session file…', { id: 'session.choose' })}</label>
        ${this.busy ? html`<p role="status">${msg('Replaying the session…', { id: 'session.busy' })}</p>` : nothing}
        ${this.renderError()}
        ${this.warning ? html`<p class="warning" data-testid="session-warning">${this.warning}</p>` : nothing}
      </div>
      ${
        this.debrief === undefined
          ? nothing
          : html`<sb-debrief data-testid="session-debrief" data-elapsed-ms=${this.elapsedMs ?? ''} .debrief=${this.debrief}></sb-debrief>`
      }
    `;
  }

  private renderError() {
    if (!this.error) return nothing;
    return html`<div role="alert" data-testid="session-error">
      <p>${this.error}</p>
      ${
        this.issues.length > 0
          ? html`<ul>
            ${this.issues.map(
              (i) => html`<li data-path=${i.path}>
                <code>${i.path || msg('(the file)', { id: 'session.issue.root' })}</code>: ${i.message}
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file !== undefined) void this.open(file);
    input.value = '';
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) void this.open(file);
  }

  private fail(error: string, issues: ValidationIssue[] = []): void {
    this.error = error;
    this.issues = issues;
  }

  /** Reads, checks and replays one file; on any failure the debrief shown before stays as it was. */
  async open(file: File): Promise<void> {
    const started = performance.now();
    this.fail('');
    this.warning = '';
    const name = file.name;
    if (file.size > MAX_SESSION_FILE_BYTES) {
      const size = formatDecimal(file.size / 1000, 0);
      const limit = formatInteger(MAX_SESSION_FILE_BYTES / 1000);
      this.fail(
        msg(str`"${name}" is ${size} kB; a session file may be at most ${limit} kB.`, { id: 'session.tooBig' }),
      );
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.fail(msg(str`"${name}" is not a JSON file: ${reason}`, { id: 'session.notJson' }));
      return;
    }
    this.busy = true;
    try {
      const result = await this.worker.api.exercise.debriefSession(data);
      if (!result.ok) {
        this.fail(msg(str`"${name}" does not match its exercise:`, { id: 'session.mismatch' }), result.issues);
        return;
      }
      if (result.matchesRecorded === false)
        this.warning = msg(
          'The replay differs from the results recorded in the file: the file was edited, or played on another version of Switchboard.',
          {
            id: 'session.kpisDiffer',
          },
        );
      this.debrief = result.debrief;
      await this.updateComplete;
      this.elapsedMs = performance.now() - started;
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-session-open': SessionOpen;
  }
}
