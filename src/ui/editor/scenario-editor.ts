// <sb-scenario-editor>: a form over a scenario's main fields plus a JSON view of the whole document. Every
// change goes up as sb-scenario-draft; the shell validates it in the worker and sends the issues back down,
// and each field shows the issue that names its path. Properties: scenario (starts a new draft), issues.
// Events: sb-scenario-draft, sb-scenario-commit (use / save).
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Scenario } from '../../sim/scenario/schema';
import type { ValidationIssue } from '../../sim/scenario/validate';
import { ScenarioCommitEvent, ScenarioDraftEvent } from '../events';
import { formStyles } from '../form-styles';
import { getAt, numberFromText, numberListFromText, pathText, setAt, type PathPart } from './draft-path';
import { editorStyles } from './editor-styles';

type Kind = 'text' | 'number' | 'list' | 'ids';

interface FieldSpec {
  label: string;
  path: PathPart[];
  kind: Kind;
  /** Display unit = stored value ÷ scale (hours for seconds: 3600; percent for a share: 0.01). */
  scale?: number;
  hint?: string;
}

@customElement('sb-scenario-editor')
export class ScenarioEditor extends LitElement {
  static override styles = [formStyles, editorStyles];

  @property({ attribute: false }) scenario: Scenario | undefined;
  @property({ attribute: false }) issues: readonly ValidationIssue[] | undefined;

  @state() private draft: unknown;
  @state() private jsonText = '';
  @state() private jsonProblem = '';
  @state() private view: 'form' | 'json' = 'form';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenario') && this.scenario !== undefined) {
      this.draft = structuredClone(this.scenario);
      this.jsonText = JSON.stringify(this.draft, null, 2);
      this.jsonProblem = '';
    }
  }

  private change(draft: unknown): void {
    this.draft = draft;
    this.jsonText = JSON.stringify(draft, null, 2);
    this.dispatchEvent(new ScenarioDraftEvent(draft));
  }

  private onField(spec: FieldSpec, text: string): void {
    let value: unknown;
    if (spec.kind === 'number') value = numberFromText(text, spec.scale ?? 1);
    else if (spec.kind === 'list') value = numberListFromText(text);
    else if (spec.kind === 'ids') value = text.split(/[,\s]+/).filter((t) => t !== '');
    else value = text;
    this.change(setAt(this.draft, spec.path, value));
  }

  private onJsonInput(event: Event): void {
    this.jsonText = (event.target as HTMLTextAreaElement).value;
    try {
      const parsed: unknown = JSON.parse(this.jsonText);
      this.jsonProblem = '';
      this.draft = parsed;
      this.dispatchEvent(new ScenarioDraftEvent(parsed));
    } catch (error) {
      this.jsonProblem = `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private issueFor(path: PathPart[]): ValidationIssue | undefined {
    const text = pathText(path);
    return this.issues?.find((i) => i.path === text);
  }

  private displayed(spec: FieldSpec): string {
    const value = getAt(this.draft, spec.path);
    if (value === undefined) return '';
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'number' && spec.scale !== undefined)
      return String(Math.round((value / spec.scale) * 1e6) / 1e6);
    return String(value);
  }

  private field(spec: FieldSpec) {
    const id = `f-${pathText(spec.path).replace(/[^a-zA-Z0-9]+/g, '-')}`;
    const issue = this.issueFor(spec.path);
    const wide = spec.kind === 'list' || spec.kind === 'ids' || pathText(spec.path) === 'name';
    return html`<div class="field ${wide ? 'wide' : ''}">
      <label for=${id}>${spec.label}</label>
      <input
        id=${id}
        data-path=${pathText(spec.path)}
        type="text"
        inputmode=${spec.kind === 'number' ? 'decimal' : 'text'}
        aria-invalid=${issue === undefined ? 'false' : 'true'}
        aria-describedby=${issue === undefined ? nothing : `${id}-error`}
        .value=${this.displayed(spec)}
        @change=${(e: Event) => this.onField(spec, (e.target as HTMLInputElement).value)}
      />
      ${spec.hint ? html`<span class="hint">${spec.hint}</span>` : nothing}
      ${
        issue === undefined
          ? nothing
          : html`<span class="problem" id="${id}-error" data-testid="field-error" data-path=${issue.path}>${issue.message}</span>`
      }
    </div>`;
  }

  private list(key: 'queues' | 'callTypes' | 'agentGroups'): unknown[] {
    const value = getAt(this.draft, [key]);
    return Array.isArray(value) ? value : [];
  }

  private renderForm() {
    const horizonKind = getAt(this.draft, ['horizon', 'kind']);
    return html`
      <fieldset class="card">
        <legend>Scenario</legend>
        <div class="grid">
          ${this.field({ label: 'Name', path: ['name'], kind: 'text' })}
          ${this.field({ label: 'Id', path: ['id'], kind: 'text', hint: 'lowercase letters, digits, - or _' })}
          ${this.field({ label: 'Seed', path: ['seed'], kind: 'text', hint: 'same seed, same day' })}
          ${this.field({ label: 'Interval (minutes)', path: ['intervalMinutes'], kind: 'number', hint: '15, 30 or 60' })}
          ${
            horizonKind === 'duration'
              ? this.field({ label: 'Length (hours)', path: ['horizon', 'seconds'], kind: 'number', scale: 3600 })
              : this.field({ label: 'Length (calls)', path: ['horizon', 'count'], kind: 'number' })
          }
          ${this.field({ label: 'Service-level threshold (s)', path: ['serviceLevel', 'thresholdSeconds'], kind: 'number' })}
          ${this.field({ label: 'Service-level target (%)', path: ['serviceLevel', 'target'], kind: 'number', scale: 0.01 })}
        </div>
      </fieldset>
      <fieldset class="card">
        <legend>Queues</legend>
        ${this.list('queues').map(
          (_, i) => html`<div class="grid item">
          ${this.field({ label: `Queue ${i + 1} id`, path: ['queues', i, 'id'], kind: 'text' })}
          ${this.field({ label: 'Name', path: ['queues', i, 'name'], kind: 'text' })}
          ${this.field({ label: 'Priority', path: ['queues', i, 'priority'], kind: 'number', hint: 'higher is served first' })}
        </div>`,
        )}
      </fieldset>
      <fieldset class="card">
        <legend>Call types</legend>
        ${this.list('callTypes').map(
          (ct, i) => html`<div class="grid item">
          ${this.field({ label: `Call type ${i + 1} name`, path: ['callTypes', i, 'name'], kind: 'text' })}
          ${this.field({ label: 'Queue', path: ['callTypes', i, 'queue'], kind: 'text' })}
          ${
            getAt(ct, ['arrivals', 'callsPerHour']) === undefined
              ? html`<p class="hint wide">Scripted arrivals: edit them in the JSON view.</p>`
              : this.field({
                  label: 'Calls per hour, per interval',
                  path: ['callTypes', i, 'arrivals', 'callsPerHour'],
                  kind: 'list',
                  hint: 'comma-separated; the profile repeats',
                })
          }
          ${this.distributionField('Mean talk time (s)', ['callTypes', i, 'talk'], ct)}
          ${this.distributionField('Mean after-call work (s)', ['callTypes', i, 'afterCallWork'], ct)}
          ${this.distributionField('Mean patience (s)', ['callTypes', i, 'patience'], ct)}
        </div>`,
        )}
      </fieldset>
      ${this.renderDepartments()}
      <fieldset class="card">
        <legend>Agent groups</legend>
        ${this.list('agentGroups').map(
          (_, i) => html`<div class="grid item">
          ${this.field({ label: `Group ${i + 1} name`, path: ['agentGroups', i, 'name'], kind: 'text' })}
          ${this.field({ label: 'Agents', path: ['agentGroups', i, 'agents'], kind: 'number' })}
          ${this.field({ label: 'Queues answered', path: ['agentGroups', i, 'queues'], kind: 'ids', hint: 'queue ids, comma-separated' })}
        </div>`,
        )}
      </fieldset>
    `;
  }

  /**
   * How each department is organised, read-only: its structure and the mechanisms switched on. The structure's
   * parameters are edited in the JSON view (docs/scenario-format.md, "Organisation"); the Live tab can switch it.
   */
  private renderDepartments() {
    const departments = getAt(this.draft, ['departments']);
    if (!Array.isArray(departments) || departments.length === 0) return nothing;
    const mechanisms = [
      'teamLeads',
      'supervisors',
      'review',
      'pooling',
      'peerConsult',
      'breakShifting',
      'knowledgeSharing',
      'meetings',
    ];
    return html`<fieldset class="card" data-testid="editor-departments">
      <legend>Departments and how they are organised</legend>
      <ul class="departments">
        ${departments.map((d) => {
          const structure = getAt(d, ['structure']);
          const kind = getAt(structure, ['kind']);
          const on = mechanisms.filter((m) => getAt(structure, [m]) !== undefined);
          return html`<li>
            <strong>${String(getAt(d, ['name']) ?? getAt(d, ['id']))}</strong>:
            ${kind === undefined ? 'no structure (groups fixed to their queues)' : `${String(kind)}${on.length > 0 ? ` — ${on.join(', ')}` : ''}`}
          </li>`;
        })}
      </ul>
      <p class="hint">Structures, coaching, QA, staff and fatigue are edited in the JSON view (their fields are in
        docs/scenario-format.md, "Organisation"); a live run can switch a department's structure.</p>
    </fieldset>`;
  }

  /** The mean of a distribution when it has one; other kinds are edited in the JSON view. */
  private distributionField(label: string, path: PathPart[], callType: unknown) {
    const dist = getAt(this.draft, path);
    if (dist === undefined) return html`<p class="hint">${label.replace('Mean ', '')}: none (edit in JSON to add)</p>`;
    void callType;
    if (getAt(dist, ['valueSeconds']) !== undefined)
      return this.field({ label: label.replace('Mean', 'Fixed'), path: [...path, 'valueSeconds'], kind: 'number' });
    if (getAt(dist, ['meanSeconds']) === undefined)
      return html`<p class="hint">${label}: ${String(getAt(dist, ['kind']))} (JSON view)</p>`;
    return this.field({ label, path: [...path, 'meanSeconds'], kind: 'number', hint: String(getAt(dist, ['kind'])) });
  }

  private renderSummary() {
    const issues = this.issues;
    if (issues === undefined) return html`<p class="status" data-testid="editor-status">Checking…</p>`;
    if (issues.length === 0)
      return html`<p class="status good" data-testid="editor-status" data-valid="true">✓ Valid scenario</p>`;
    return html`<div class="status bad" role="alert" data-testid="editor-status" data-valid="false">
      <strong>${issues.length === 1 ? '1 problem' : `${issues.length} problems`}: this scenario cannot run until fixed.</strong>
      <ul>${issues.map((i) => html`<li><code>${i.path || '(scenario)'}</code>: ${i.message}</li>`)}</ul>
    </div>`;
  }

  override render() {
    if (this.draft === undefined) return html`<p>Pick a scenario to edit.</p>`;
    const commit = (action: 'use' | 'save') => this.dispatchEvent(new ScenarioCommitEvent(this.draft, action));
    return html`
      <div class="toolbar">
        <div role="tablist" aria-label="Editor view">
          <button role="tab" aria-selected=${this.view === 'form'} data-testid="editor-form-tab" @click=${() => (this.view = 'form')}>Form</button>
          <button role="tab" aria-selected=${this.view === 'json'} data-testid="editor-json-tab" @click=${() => (this.view = 'json')}>JSON</button>
        </div>
        <div class="actions">
          <button class="primary" data-testid="editor-use" @click=${() => commit('use')}>Use this scenario</button>
          <button data-testid="editor-save" @click=${() => commit('save')}>Save to this browser</button>
        </div>
      </div>
      ${this.renderSummary()}
      ${
        this.view === 'form'
          ? this.renderForm()
          : html`<label for="json">Scenario as JSON (format: docs/scenario-format.md)</label>
            <textarea id="json" data-testid="editor-json" spellcheck="false" aria-invalid=${this.jsonProblem === '' ? 'false' : 'true'}
              .value=${this.jsonText} @input=${this.onJsonInput}></textarea>
            ${this.jsonProblem === '' ? nothing : html`<p class="problem" role="alert">${this.jsonProblem}</p>`}`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-scenario-editor': ScenarioEditor;
  }
}
