// <sb-scenario-editor>: a form over a scenario's main fields plus a JSON view of the whole document. Every
// change goes up as sb-scenario-draft; the shell validates it in the worker and sends the issues back down,
// and each field shows the issue that names its path. Properties: scenario (starts a new draft), issues.
// Events: sb-scenario-draft, sb-scenario-commit (use / save).
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Scenario } from '../../sim/scenario/schema';
import type { ValidationIssue } from '../../sim/scenario/validate';
import { ScenarioCommitEvent, ScenarioDraftEvent } from '../events';
import { formStyles } from '../form-styles';
import { formatInteger } from '../format';
import { pluralMsg } from '../i18n/plural';
import { structureName } from '../structure-form';
import { getAt, numberFromText, numberListFromText, pathText, setAt, type PathPart } from './draft-path';
import { distributionKindName, MECHANISMS, mechanismName } from './editor-labels';
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

type DistributionKey = 'talk' | 'afterCallWork' | 'patience';

/** The words of a distribution's field: its mean, its fixed value, and its name alone. */
function distributionWords(key: DistributionKey): { mean: string; fixed: string; name: string } {
  switch (key) {
    case 'talk':
      return {
        mean: msg('Mean talk time (s)', { id: 'editor.talk.mean' }),
        fixed: msg('Fixed talk time (s)', { id: 'editor.talk.fixed' }),
        name: msg('Talk time', { id: 'editor.talk.name' }),
      };
    case 'afterCallWork':
      return {
        mean: msg('Mean after-call work (s)', { id: 'editor.acw.mean' }),
        fixed: msg('Fixed after-call work (s)', { id: 'editor.acw.fixed' }),
        name: msg('After-call work', { id: 'editor.acw.name' }),
      };
    case 'patience':
      return {
        mean: msg('Mean patience (s)', { id: 'editor.patience.mean' }),
        fixed: msg('Fixed patience (s)', { id: 'editor.patience.fixed' }),
        name: msg('Patience', { id: 'editor.patience.name' }),
      };
  }
}

@customElement('sb-scenario-editor')
// @localized before @customElement (decorators apply bottom-up), as in the app shell.
@localized()
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
      const reason = error instanceof Error ? error.message : String(error);
      this.jsonProblem = msg(str`Not valid JSON: ${reason}`, { id: 'editor.notJson' });
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
        <legend>${msg('Scenario', { id: 'editor.scenario' })}</legend>
        <div class="grid">
          ${this.field({ label: msg('Name', { id: 'editor.name' }), path: ['name'], kind: 'text' })}
          ${this.field({ label: msg('Id', { id: 'editor.id' }), path: ['id'], kind: 'text', hint: msg('lowercase letters, digits, - or _', { id: 'editor.id.hint' }) })}
          ${this.field({ label: msg('Seed', { id: 'editor.seed' }), path: ['seed'], kind: 'text', hint: msg('same seed, same day', { id: 'editor.seed.hint' }) })}
          ${this.field({ label: msg('Interval (minutes)', { id: 'editor.interval' }), path: ['intervalMinutes'], kind: 'number', hint: msg('15, 30 or 60', { id: 'editor.interval.hint' }) })}
          ${
            horizonKind === 'duration'
              ? this.field({
                  label: msg('Length (hours)', { id: 'editor.lengthHours' }),
                  path: ['horizon', 'seconds'],
                  kind: 'number',
                  scale: 3600,
                })
              : this.field({
                  label: msg('Length (calls)', { id: 'editor.lengthCalls' }),
                  path: ['horizon', 'count'],
                  kind: 'number',
                })
          }
          ${this.field({ label: msg('Service-level threshold (s)', { id: 'editor.slThreshold' }), path: ['serviceLevel', 'thresholdSeconds'], kind: 'number' })}
          ${this.field({ label: msg('Service-level target (%)', { id: 'editor.slTarget' }), path: ['serviceLevel', 'target'], kind: 'number', scale: 0.01 })}
        </div>
      </fieldset>
      <fieldset class="card">
        <legend>${msg('Queues', { id: 'editor.queues' })}</legend>
        ${this.list('queues').map(
          (_, i) => html`<div class="grid item">
          ${this.field({ label: msg(str`Queue ${i + 1} id`, { id: 'editor.queue.id' }), path: ['queues', i, 'id'], kind: 'text' })}
          ${this.field({ label: msg('Name', { id: 'editor.name' }), path: ['queues', i, 'name'], kind: 'text' })}
          ${this.field({ label: msg('Priority', { id: 'editor.priority' }), path: ['queues', i, 'priority'], kind: 'number', hint: msg('higher is served first', { id: 'editor.priority.hint' }) })}
        </div>`,
        )}
      </fieldset>
      <fieldset class="card">
        <legend>${msg('Call types', { id: 'editor.callTypes' })}</legend>
        ${this.list('callTypes').map(
          (ct, i) => html`<div class="grid item">
          ${this.field({ label: msg(str`Call type ${i + 1} name`, { id: 'editor.callType.name' }), path: ['callTypes', i, 'name'], kind: 'text' })}
          ${this.field({ label: msg('Queue', { id: 'editor.callType.queue' }), path: ['callTypes', i, 'queue'], kind: 'text' })}
          ${
            getAt(ct, ['arrivals', 'callsPerHour']) === undefined
              ? html`<p class="hint wide">${msg('Scripted arrivals: edit them in the JSON view.', { id: 'editor.scripted' })}</p>`
              : this.field({
                  label: msg('Calls per hour, per interval', { id: 'editor.callsPerHour' }),
                  path: ['callTypes', i, 'arrivals', 'callsPerHour'],
                  kind: 'list',
                  hint: msg('comma-separated; the profile repeats', { id: 'editor.callsPerHour.hint' }),
                })
          }
          ${this.distributionField('talk', i)} ${this.distributionField('afterCallWork', i)}
          ${this.distributionField('patience', i)}
        </div>`,
        )}
      </fieldset>
      ${this.renderDepartments()}
      <fieldset class="card">
        <legend>${msg('Agent groups', { id: 'editor.groups' })}</legend>
        ${this.list('agentGroups').map(
          (_, i) => html`<div class="grid item">
          ${this.field({ label: msg(str`Group ${i + 1} name`, { id: 'editor.group.name' }), path: ['agentGroups', i, 'name'], kind: 'text' })}
          ${this.field({ label: msg('Agents', { id: 'editor.group.agents' }), path: ['agentGroups', i, 'agents'], kind: 'number' })}
          ${this.field({ label: msg('Queues answered', { id: 'editor.group.queues' }), path: ['agentGroups', i, 'queues'], kind: 'ids', hint: msg('queue ids, comma-separated', { id: 'editor.group.queues.hint' }) })}
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
    return html`<fieldset class="card" data-testid="editor-departments">
      <legend>${msg('Departments and how they are organised', { id: 'editor.departments' })}</legend>
      <ul class="departments">
        ${departments.map((d) => {
          const structure = getAt(d, ['structure']);
          const kind = getAt(structure, ['kind']);
          const on = MECHANISMS.filter((m) => getAt(structure, [m]) !== undefined).map(mechanismName);
          return html`<li>
            <strong>${String(getAt(d, ['name']) ?? getAt(d, ['id']))}</strong>:
            ${
              kind === 'hierarchical' || kind === 'self-managed'
                ? `${structureName(kind)}${on.length > 0 ? ` — ${on.join(', ')}` : ''}`
                : msg('no structure (groups fixed to their queues)', { id: 'editor.noStructure' })
            }
          </li>`;
        })}
      </ul>
      <p class="hint">${msg('Structures, coaching, QA, staff and fatigue are edited in the JSON view (their fields are in docs/scenario-format.md, "Organisation"); a live run can switch a department\'s structure.', { id: 'editor.departments.hint' })}</p>
    </fieldset>`;
  }

  /** The mean of a distribution when it has one; other kinds are edited in the JSON view. */
  private distributionField(key: DistributionKey, callType: number) {
    const path: PathPart[] = ['callTypes', callType, key];
    const words = distributionWords(key);
    const dist = getAt(this.draft, path);
    const name = words.name;
    if (dist === undefined)
      return html`<p class="hint">${msg(str`${name}: none (edit in JSON to add)`, { id: 'editor.dist.none' })}</p>`;
    if (getAt(dist, ['valueSeconds']) !== undefined)
      return this.field({ label: words.fixed, path: [...path, 'valueSeconds'], kind: 'number' });
    const kind = distributionKindName(String(getAt(dist, ['kind'])));
    if (getAt(dist, ['meanSeconds']) === undefined)
      return html`<p class="hint">${msg(str`${name}: ${kind} (JSON view)`, { id: 'editor.dist.other' })}</p>`;
    return this.field({ label: words.mean, path: [...path, 'meanSeconds'], kind: 'number', hint: kind });
  }

  private renderSummary() {
    const issues = this.issues;
    if (issues === undefined)
      return html`<p class="status" data-testid="editor-status">${msg('Checking…', { id: 'editor.checking' })}</p>`;
    if (issues.length === 0)
      return html`<p class="status good" data-testid="editor-status" data-valid="true">✓ ${msg('Valid scenario', { id: 'editor.valid' })}</p>`;
    const count = issues.length;
    const problems = pluralMsg('app.problems', count, formatInteger(count), {
      one: (n) => str`${n} problem`,
      other: (n) => str`${n} problems`,
    });
    return html`<div class="status bad" role="alert" data-testid="editor-status" data-valid="false">
      <strong>${msg(str`${problems}: this scenario cannot run until fixed.`, { id: 'editor.problems' })}</strong>
      <ul>${issues.map((i) => html`<li><code>${i.path || msg('(scenario)', { id: 'failure.wholeScenario' })}</code>: ${i.message}</li>`)}</ul>
    </div>`;
  }

  override render() {
    if (this.draft === undefined) return html`<p>${msg('Pick a scenario to edit.', { id: 'editor.pick' })}</p>`;
    const commit = (action: 'use' | 'save') => this.dispatchEvent(new ScenarioCommitEvent(this.draft, action));
    return html`
      <div class="toolbar">
        <div role="tablist" aria-label=${msg('Editor view', { id: 'editor.views' })}>
          <button role="tab" aria-selected=${this.view === 'form'} data-testid="editor-form-tab" @click=${() => (this.view = 'form')}>${msg('Form', { id: 'editor.form' })}</button>
          <button role="tab" aria-selected=${this.view === 'json'} data-testid="editor-json-tab" @click=${() => (this.view = 'json')}>${msg('JSON', { id: 'editor.json' })}</button>
        </div>
        <div class="actions">
          <button class="primary" data-testid="editor-use" @click=${() => commit('use')}>${msg('Use this scenario', { id: 'editor.use' })}</button>
          <button data-testid="editor-save" @click=${() => commit('save')}>${msg('Save to this browser', { id: 'editor.save' })}</button>
        </div>
      </div>
      ${this.renderSummary()}
      ${
        this.view === 'form'
          ? this.renderForm()
          : html`<label for="json">${msg('Scenario as JSON (format: docs/scenario-format.md)', { id: 'editor.jsonLabel' })}</label>
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
