// <sb-decision-panel>: the decisions the exercise allows, and only those: one small form per kind with its
// pickers (groups limited to those the exercise names), its delay, the cooldown left and its cost, and the last
// refusal with its reason. Properties: exercise, layout, callTypes (for a surge), state (cooldowns), problem,
// disabled, heading, currency. Event: sb-exercise-decide with the action.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { FloorLayout } from '../../sim/api';
import type { AllowedDecision, Exercise, ExerciseAction, ExerciseState } from '../../sim/exercise/types';
import { formatDuration, formatMoney } from '../format';
import { formStyles } from '../form-styles';
import { cardStyles } from './exercise-card-styles';
import { ExerciseDecideEvent } from './exercise-events';
import { actionKindName, groupName, structureName } from './exercise-labels';

/** Reads a form's fields into the action of its kind (numbers as typed; the simulator validates them). */
function actionOf(kind: AllowedDecision['kind'], form: FormData): ExerciseAction {
  const text = (name: string) => String(form.get(name) ?? '');
  const number = (name: string) => (text(name).trim() === '' ? Number.NaN : Number(text(name)));
  switch (kind) {
    case 'add-agents':
    case 'set-agents':
      return { kind, group: text('group'), agents: number('agents') };
    case 'move-agents':
      return { kind, from: text('from'), to: text('to'), agents: number('agents') };
    case 'arrival-surge': {
      const callType = text('callType');
      return {
        kind,
        ...(callType === '' ? {} : { callType }),
        factor: number('factor'),
        durationSeconds: number('minutes') * 60,
      };
    }
    case 'ivr-outage':
      return {
        kind,
        mode: text('mode') === 'busy-signal' ? 'busy-signal' : 'route-to-agents',
        durationSeconds: number('minutes') * 60,
      };
    case 'set-routing-policy':
      return { kind, policy: text('policy') === 'most-proficient' ? 'most-proficient' : 'longest-idle' };
    case 'set-structure': {
      const structure = text('structure');
      return {
        kind,
        department: text('department'),
        structure: structure === 'hierarchical' || structure === 'self-managed' ? structure : 'none',
      };
    }
  }
}

@customElement('sb-decision-panel')
@localized()
export class DecisionPanel extends LitElement {
  static override styles = [
    formStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      .forms {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(17rem, 100%), 1fr));
        gap: 0.6rem;
      }
      form {
        display: grid;
        gap: 0.4rem;
        padding: 0.6rem;
        border: 1px solid var(--sb-border);
        border-radius: 8px;
      }
      .fields {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 0.6rem;
        align-items: end;
      }
      .field {
        display: grid;
        gap: 0.15rem;
        font-size: 0.88rem;
      }
      .problem {
        margin: 0.5rem 0 0;
        padding: 0.4rem 0.7rem;
        border: 1px solid var(--sb-bad);
        border-radius: 6px;
        background: var(--sb-bad-bg);
      }
    `,
  ];

  @property({ attribute: false }) exercise: Exercise | undefined;
  @property({ attribute: false }) layout: FloorLayout | undefined;
  @property({ attribute: false }) callTypes: { id: string; name: string }[] = [];
  @property({ attribute: false }) state: ExerciseState | undefined;
  @property() problem = '';
  @property({ type: Boolean }) disabled = false;
  @property() heading = '';
  @property() currency = 'USD';

  private onSubmit(event: SubmitEvent, kind: AllowedDecision['kind']): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    this.dispatchEvent(new ExerciseDecideEvent(actionOf(kind, new FormData(form))));
  }

  private groupSelect(name: string, label: string, d: AllowedDecision, selectedIndex = 0) {
    const ids = d.groups ?? this.layout?.groups.map((g) => g.id) ?? [];
    return html`<div class="field"><label for="${d.kind}-${name}">${label}</label>
      <select id="${d.kind}-${name}" name=${name} data-testid="decide-${d.kind}-${name}">
        ${ids.map((id, i) => html`<option value=${id} ?selected=${i === selectedIndex}>${groupName(this.layout, id)}</option>`)}
      </select></div>`;
  }

  private number(d: AllowedDecision, name: string, label: string, value: number, min: number, step = 1) {
    return html`<div class="field"><label for="${d.kind}-${name}">${label}</label>
      <input id="${d.kind}-${name}" name=${name} type="number" min=${String(min)} step=${String(step)} value=${String(value)} data-testid="decide-${d.kind}-${name}" /></div>`;
  }

  private fields(d: AllowedDecision) {
    const group = msg('Group', { id: 'live.form.group' });
    const agents = msg('Agents', { id: 'live.form.agents' });
    const minutes = msg('For (min)', { id: 'live.form.forMin' });
    switch (d.kind) {
      case 'add-agents':
        return html`${this.groupSelect('group', group, d)}${this.number(d, 'agents', msg('More agents', { id: 'exercise.field.moreAgents' }), 2, 1)}`;
      case 'set-agents':
        return html`${this.groupSelect('group', group, d)}${this.number(d, 'agents', msg('Agents logged in', { id: 'live.form.agentsLoggedIn' }), 1, 0)}`;
      case 'move-agents':
        return html`${this.groupSelect('from', msg('From', { id: 'live.form.from' }), d)}${this.groupSelect('to', msg('To', { id: 'live.form.to' }), d, 1)}${this.number(d, 'agents', agents, 2, 1)}`;
      case 'arrival-surge':
        return html`<div class="field"><label for="surge-type">${msg('Calls', { id: 'live.form.calls' })}</label>
            <select id="surge-type" name="callType"><option value="">${msg('All call types', { id: 'live.form.allCallTypes' })}</option>
              ${this.callTypes.map((ct) => html`<option value=${ct.id}>${ct.name}</option>`)}</select></div>
          ${this.number(d, 'factor', msg('Rate ×', { id: 'live.form.rate' }), 1.5, 0.1, 0.1)}${this.number(d, 'minutes', minutes, 30, 1)}`;
      case 'ivr-outage':
        return html`<div class="field"><label for="outage-mode">${msg('Callers', { id: 'live.form.callers' })}</label>
            <select id="outage-mode" name="mode">
              <option value="route-to-agents">${msg('go straight to the agents', { id: 'live.form.goStraightToThe' })}</option>
              <option value="busy-signal">${msg('get a busy signal', { id: 'live.form.getABusySignal' })}</option>
            </select></div>${this.number(d, 'minutes', minutes, 30, 1)}`;
      case 'set-routing-policy':
        return html`<div class="field"><label for="policy">${msg('New calls go to the', { id: 'live.form.newCallsGoTo' })}</label>
          <select id="policy" name="policy">
            <option value="longest-idle">${msg('longest idle agent', { id: 'live.form.policy.longestIdle' })}</option>
            <option value="most-proficient">${msg('most proficient group first', { id: 'live.form.policy.mostProficient' })}</option>
          </select></div>`;
      case 'set-structure':
        return html`<div class="field"><label for="department">${msg('Department', { id: 'exercise.field.department' })}</label>
            <select id="department" name="department">${this.layout?.departments.map((dep) => html`<option value=${dep.id}>${dep.name}</option>`)}</select></div>
          <div class="field"><label for="structure">${msg('Structure', { id: 'exercise.field.structure' })}</label>
            <select id="structure" name="structure">${(['hierarchical', 'self-managed', 'none'] as const).map((s) => html`<option value=${s}>${structureName(s)}</option>`)}</select></div>`;
    }
  }

  private frictions(d: AllowedDecision) {
    const parts: string[] = [];
    const delay = formatDuration(d.delaySeconds);
    parts.push(
      d.delaySeconds === 0
        ? msg('takes effect at once', { id: 'exercise.friction.now' })
        : msg(str`takes effect after ${delay}`, { id: 'exercise.friction.delay' }),
    );
    const left = this.state?.cooldowns[d.kind] ?? 0;
    if (left > 0) {
      const wait = formatDuration(left);
      parts.push(msg(str`next one possible in ${wait}`, { id: 'exercise.friction.cooldownLeft' }));
    } else if (d.cooldownSeconds > 0) {
      const cooldown = formatDuration(d.cooldownSeconds);
      parts.push(msg(str`then ${cooldown} before the next`, { id: 'exercise.friction.cooldown' }));
    }
    if (d.costPerUse > 0) {
      const cost = formatMoney(d.costPerUse, this.currency, 0);
      parts.push(msg(str`costs ${cost}`, { id: 'exercise.friction.cost' }));
    }
    if (d.premiumPerAgentHour > 0) {
      const premium = formatMoney(d.premiumPerAgentHour, this.currency, 2);
      parts.push(msg(str`overtime ${premium} per agent-hour`, { id: 'exercise.friction.premium' }));
    }
    return { text: parts.join(' · '), isCooling: left > 0 };
  }

  override render() {
    const exercise = this.exercise;
    if (exercise === undefined) return nothing;
    const heading = this.heading || msg('Decide', { id: 'exercise.decide' });
    return html`<section class="card" data-testid="decision-panel" aria-label=${heading}>
      <h3>${heading}</h3>
      <div class="forms">
        ${exercise.decisions.map((d) => {
          const friction = this.frictions(d);
          return html`<form data-testid="decide-${d.kind}" @submit=${(e: SubmitEvent) => this.onSubmit(e, d.kind)}>
            <h4>${actionKindName(d.kind)}</h4>
            <div class="fields">${this.fields(d)}</div>
            <p class="muted" data-testid="decide-${d.kind}-friction">${friction.text}</p>
            <div><button class="primary" type="submit" data-testid="decide-${d.kind}-apply" ?disabled=${this.disabled}>${msg('Request', { id: 'exercise.request' })}</button></div>
          </form>`;
        })}
      </div>
      ${this.problem === '' ? nothing : html`<p class="problem" role="alert" data-testid="decision-problem">${this.problem}</p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-decision-panel': DecisionPanel;
  }
}
