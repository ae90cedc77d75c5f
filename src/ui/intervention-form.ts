// <sb-intervention-form>: a trainer's levers on a live run: set a group's logged-in agents, move agents
// between groups, an arrival surge (a marketing spike), a wave of sick calls (agents of a group go home), and
// an IVR outage (for scenarios with an IVR), the routing rule (where some queue has several groups), and the
// structure of a department (<sb-structure-form>, for scenarios with departments).
// Properties: layout, snapshot (for the current head-counts), callTypes, routingPolicy (the rule in force),
// problem (the worker's answer to the last change). Event: sb-intervene.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { AGENT_STATES, type FloorLayout, type FloorSnapshot, type Intervention, type RoutingPolicy } from '../sim/api';
import { InterventionEvent } from './events';
import { formStyles } from './form-styles';
import './structure-form';

const LOGGED_OUT = AGENT_STATES.indexOf('logged-out');

/** Agents logged in per group index, from a snapshot and its layout. */
export function loggedInPerGroup(layout: FloorLayout, snapshot: FloorSnapshot | undefined): number[] {
  const counts = layout.groups.map(() => 0);
  if (snapshot === undefined) return counts;
  layout.agents.forEach((agent, i) => {
    if (snapshot.agentStates[i] !== undefined && snapshot.agentStates[i] !== LOGGED_OUT)
      counts[agent.group] = (counts[agent.group] ?? 0) + 1;
  });
  return counts;
}

/** True when some queue is served by two or more groups: only then does the routing rule pick between them. */
export function hasSharedQueues(layout: FloorLayout): boolean {
  const servedBy = new Map<string, number>();
  for (const group of layout.groups)
    for (const queue of group.queues) servedBy.set(queue, (servedBy.get(queue) ?? 0) + 1);
  return [...servedBy.values()].some((groups) => groups > 1);
}

const POLICIES: readonly RoutingPolicy[] = ['longest-idle', 'most-proficient'];

function policyName(policy: RoutingPolicy): string {
  return policy === 'longest-idle'
    ? msg('longest idle agent', { id: 'live.form.policy.longestIdle' })
    : msg('most proficient group first', { id: 'live.form.policy.mostProficient' });
}

@customElement('sb-intervention-form')
@localized()
export class InterventionForm extends LitElement {
  static override styles = [
    formStyles,
    css`
      :host {
        display: block;
      }
      .forms {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
        gap: 0.75rem;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      .now {
        margin: 0;
        font-size: 0.8rem;
        color: var(--sb-muted);
      }
    `,
  ];

  @property({ attribute: false }) layout: FloorLayout | undefined;
  @property({ attribute: false }) snapshot: FloorSnapshot | undefined;
  @property({ attribute: false }) callTypes: readonly { id: string; name: string }[] = [];
  @property() routingPolicy: RoutingPolicy = 'longest-idle';
  @property() problem = '';
  @property({ type: Boolean }) disabled = false;

  @state() private group = '';
  /** What the user typed for the head-count; until then the field follows the live count. */
  @state() private staffText: string | undefined;
  /** A sick-call wave that cannot be sent (more agents than are logged in); cleared by the next change. */
  @state() private sickProblem = '';

  private send(intervention: Intervention): void {
    this.dispatchEvent(new InterventionEvent(intervention));
  }

  private value(form: HTMLFormElement, name: string): string {
    return (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  }

  private onSetAgents(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.send({ kind: 'set-agents', group: this.value(form, 'group'), agents: Number(this.value(form, 'agents')) });
    this.staffText = undefined;
  }

  private onMove(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.send({
      kind: 'move-agents',
      from: this.value(form, 'from'),
      to: this.value(form, 'to'),
      agents: Number(this.value(form, 'agents')),
    });
  }

  private onSurge(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const callType = this.value(form, 'callType');
    this.send({
      kind: 'arrival-surge',
      ...(callType === '' ? {} : { callType }),
      factor: Number(this.value(form, 'factor')),
      durationSeconds: Number(this.value(form, 'minutes')) * 60,
    });
  }

  private onOutage(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.send({
      kind: 'ivr-outage',
      mode: this.value(form, 'mode') === 'busy-signal' ? 'busy-signal' : 'route-to-agents',
      durationSeconds: Number(this.value(form, 'minutes')) * 60,
    });
  }

  private onRouting(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const policy = this.value(form, 'policy') === 'most-proficient' ? 'most-proficient' : 'longest-idle';
    this.send({ kind: 'set-routing-policy', policy });
  }

  private renderRouting() {
    const policies = POLICIES;
    const now = policyName(this.routingPolicy);
    const other = policies.find((p) => p !== this.routingPolicy) ?? 'longest-idle';
    return html`<form class="card" novalidate @submit=${this.onRouting} aria-labelledby="routing-h">
      <h3 id="routing-h">${msg('Routing rule', { id: 'live.form.routingRule' })}</h3>
      <div class="row">
        <div class="field"><label for="routing-policy">${msg('New calls go to the', { id: 'live.form.newCallsGoTo' })}</label>
          <select id="routing-policy" name="policy" data-testid="routing-policy">
            ${policies.map((p) => html`<option value=${p} ?selected=${p === other}>${policyName(p)}</option>`)}
          </select></div>
      </div>
      <p class="now" data-testid="routing-now">${msg(str`Now: ${now}. Calls already answered keep their agent.`, { id: 'live.form.routingNow' })}</p>
      <div><button type="submit" data-testid="routing-apply" ?disabled=${this.disabled}>${msg('Change the rule', { id: 'live.form.changeTheRule' })}</button></div>
    </form>`;
  }

  private onSick(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const group = this.value(form, 'group');
    const sick = Number(this.value(form, 'agents'));
    const index = this.layout?.groups.findIndex((g) => g.id === group) ?? -1;
    const loggedIn = this.layout === undefined ? 0 : (loggedInPerGroup(this.layout, this.snapshot)[index] ?? 0);
    if (!Number.isInteger(sick) || sick < 1 || sick > loggedIn) {
      this.sickProblem = msg(
        str`Agents off sick: enter a whole number from 1 to ${loggedIn} (the group's agents logged in now).`,
        { id: 'live.form.sickProblem' },
      );
      return;
    }
    this.sickProblem = '';
    // Sick agents are agents who log out and do not come back: the group's head-count drops for the rest of
    // the day. Those on a call finish it first.
    this.send({ kind: 'set-agents', group, agents: loggedIn - sick });
  }

  override render() {
    const layout = this.layout;
    if (layout === undefined) return nothing;
    const counts = loggedInPerGroup(layout, this.snapshot);
    const groupIndex = Math.max(
      0,
      layout.groups.findIndex((g) => g.id === this.group),
    );
    const current = counts[groupIndex] ?? 0;
    const groupOptions = (selected?: string) =>
      layout.groups.map(
        (g, i) => html`<option value=${g.id} ?selected=${g.id === selected}>${g.name} (${counts[i]})</option>`,
      );
    return html`
      <div class="forms">
        <form class="card" novalidate @submit=${this.onSetAgents} aria-labelledby="staff-h">
          <h3 id="staff-h">${msg('Staff a group', { id: 'live.form.staffAGroup' })}</h3>
          <div class="row">
            <div class="field">
              <label for="staff-group">${msg('Group', { id: 'live.form.group' })}</label>
              <select id="staff-group" name="group" data-testid="staff-group"
                @change=${(e: Event) => {
                  this.group = (e.target as HTMLSelectElement).value;
                  this.staffText = undefined;
                }}>
                ${groupOptions(layout.groups[groupIndex]?.id)}
              </select>
            </div>
            <div class="field">
              <label for="staff-agents">${msg('Agents logged in', { id: 'live.form.agentsLoggedIn' })}</label>
              <input id="staff-agents" name="agents" type="number" min="0" step="1" data-testid="staff-agents"
                .value=${this.staffText ?? String(current)}
                @input=${(e: Event) => (this.staffText = (e.target as HTMLInputElement).value)} />
            </div>
          </div>
          <p class="now">${msg(str`Now ${current} logged in. Busy agents finish their call before logging out.`, { id: 'live.form.staffNow' })}</p>
          <div><button class="primary" type="submit" data-testid="staff-apply" ?disabled=${this.disabled}>${msg('Set agents', { id: 'live.form.setAgents' })}</button></div>
        </form>
        ${
          layout.groups.length < 2
            ? nothing
            : html`<form class="card" novalidate @submit=${this.onMove} aria-labelledby="move-h">
              <h3 id="move-h">${msg('Move agents', { id: 'live.form.moveAgents' })}</h3>
              <div class="row">
                <div class="field"><label for="move-from">${msg('From', { id: 'live.form.from' })}</label>
                  <select id="move-from" name="from">${groupOptions(layout.groups[0]?.id)}</select></div>
                <div class="field"><label for="move-to">${msg('To', { id: 'live.form.to' })}</label>
                  <select id="move-to" name="to">${groupOptions(layout.groups[1]?.id)}</select></div>
                <div class="field"><label for="move-agents">${msg('Agents', { id: 'live.form.agents' })}</label>
                  <input id="move-agents" name="agents" type="number" min="1" step="1" value="1" /></div>
              </div>
              <div><button type="submit" data-testid="move-apply" ?disabled=${this.disabled}>${msg('Move', { id: 'live.form.move' })}</button></div>
            </form>`
        }
        <form class="card" novalidate @submit=${this.onSick} aria-labelledby="sick-h" @input=${() => (this.sickProblem = '')}>
          <h3 id="sick-h">${msg('Wave of sick calls', { id: 'live.form.waveOfSickCalls' })}</h3>
          <div class="row">
            <div class="field"><label for="sick-group">${msg('Group', { id: 'live.form.group' })}</label>
              <select id="sick-group" name="group" data-testid="sick-group">${groupOptions(layout.groups[0]?.id)}</select></div>
            <div class="field"><label for="sick-agents">${msg('Agents off sick', { id: 'live.form.agentsOffSick' })}</label>
              <input id="sick-agents" name="agents" type="number" min="1" step="1" value="2" data-testid="sick-agents"
                aria-invalid=${this.sickProblem === '' ? 'false' : 'true'} aria-describedby="sick-note" /></div>
          </div>
          <p class="now" id="sick-note">${msg('They go home for the rest of the day; those on a call finish it first.', { id: 'live.form.theyGoHomeFor' })}</p>
          ${this.sickProblem === '' ? nothing : html`<p class="problem" role="alert" data-testid="sick-problem">${this.sickProblem}</p>`}
          <div><button type="submit" data-testid="sick-apply" ?disabled=${this.disabled}>${msg('Send them home', { id: 'live.form.sendThemHome' })}</button></div>
        </form>
        <form class="card" novalidate @submit=${this.onSurge} aria-labelledby="surge-h">
          <h3 id="surge-h">${msg('Arrival surge', { id: 'live.form.arrivalSurge' })}</h3>
          <div class="row">
            <div class="field"><label for="surge-type">${msg('Calls', { id: 'live.form.calls' })}</label>
              <select id="surge-type" name="callType">
                <option value="">${msg('All call types', { id: 'live.form.allCallTypes' })}</option>
                ${this.callTypes.map((ct) => html`<option value=${ct.id}>${ct.name}</option>`)}
              </select></div>
            <div class="field"><label for="surge-factor">${msg('Rate ×', { id: 'live.form.rate' })}</label>
              <input id="surge-factor" name="factor" type="number" min="0" max="100" step="0.1" value="2" data-testid="surge-factor" /></div>
            <div class="field"><label for="surge-minutes">${msg('For (min)', { id: 'live.form.forMin' })}</label>
              <input id="surge-minutes" name="minutes" type="number" min="1" step="1" value="60" /></div>
          </div>
          <p class="now">${msg('A marketing spike: arrivals multiplied from now for that long.', { id: 'live.form.aMarketingSpikeArrivals' })}</p>
          <div><button type="submit" data-testid="surge-apply" ?disabled=${this.disabled}>${msg('Start surge', { id: 'live.form.startSurge' })}</button></div>
        </form>
        ${
          layout.hasIvr
            ? html`<form class="card" novalidate @submit=${this.onOutage} aria-labelledby="outage-h">
              <h3 id="outage-h">${msg('IVR outage', { id: 'live.form.ivrOutage' })}</h3>
              <div class="row">
                <div class="field"><label for="outage-mode">${msg('Callers', { id: 'live.form.callers' })}</label>
                  <select id="outage-mode" name="mode" data-testid="outage-mode">
                    <option value="route-to-agents">${msg('go straight to the agents', { id: 'live.form.goStraightToThe' })}</option>
                    <option value="busy-signal">${msg('get a busy signal', { id: 'live.form.getABusySignal' })}</option>
                  </select></div>
                <div class="field"><label for="outage-minutes">${msg('For (min)', { id: 'live.form.forMin' })}</label>
                  <input id="outage-minutes" name="minutes" type="number" min="1" step="1" value="30" data-testid="outage-minutes" /></div>
              </div>
              <p class="now">${msg('The menu is down: no self-service, so every caller needs an agent (or cannot get in).', { id: 'live.form.theMenuIsDown' })}</p>
              <div><button type="submit" data-testid="outage-apply" ?disabled=${this.disabled}>${msg('Take the IVR down', { id: 'live.form.takeTheIvrDown' })}</button></div>
            </form>`
            : nothing
        }
        ${hasSharedQueues(layout) ? this.renderRouting() : nothing}
        ${layout.departments.length > 0 ? html`<sb-structure-form .layout=${layout} ?disabled=${this.disabled}></sb-structure-form>` : nothing}
      </div>
      ${this.problem === '' ? nothing : html`<p class="problem" role="alert" data-testid="intervention-problem">${this.problem}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-intervention-form': InterventionForm;
  }
}
