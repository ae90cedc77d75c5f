// <sb-live-timeline>: what the trainer changed in a live day and what is still in force. Active conditions (a
// surge, an IVR outage, agents still logging in or out towards a head-count) are shown while they last; every
// intervention is an entry with its simulated time, newest first. Properties: decisions (the day's decision
// log), atSeconds (the clock), layout and snapshot (names and head-counts). No events.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { FloorLayout, FloorSnapshot, Intervention } from '../../sim/api';
import { formatDecimal, formatInteger } from '../format';
import { formatLiveClock } from '../live-controls';
import { loggedInPerGroup } from '../intervention-form';
import { structureName } from '../structure-form';
import type { Decision } from './decision-log';

/** A condition in force at one instant, as words; `untilSeconds` undefined for one that ends by itself. */
export interface ActiveCondition {
  kind: 'surge' | 'outage' | 'staffing';
  text: string;
  untilSeconds?: number;
}

function groupName(layout: FloorLayout | undefined, id: string): string {
  return layout?.groups.find((g) => g.id === id)?.name ?? id;
}

/** One intervention in words, in the language in force. */
export function describeIntervention(action: Intervention, layout: FloorLayout | undefined): string {
  switch (action.kind) {
    case 'set-agents': {
      const group = groupName(layout, action.group);
      const agents = formatInteger(action.agents);
      return msg(str`${group}: set to ${agents} agents`, { id: 'live.timeline.setAgents' });
    }
    case 'move-agents': {
      const from = groupName(layout, action.from);
      const to = groupName(layout, action.to);
      const agents = formatInteger(action.agents);
      return msg(str`Moved ${agents} agents from ${from} to ${to}`, { id: 'live.timeline.move' });
    }
    case 'arrival-surge': {
      const factor = formatDecimal(action.factor, 1);
      const minutes = formatInteger(action.durationSeconds / 60);
      return msg(str`Arrival surge ×${factor} for ${minutes} min`, { id: 'live.timeline.surge' });
    }
    case 'ivr-outage': {
      const minutes = formatInteger(action.durationSeconds / 60);
      return msg(str`IVR down for ${minutes} min`, { id: 'live.timeline.outage' });
    }
    case 'set-routing-policy':
      return action.policy === 'most-proficient'
        ? msg('Routing: most proficient group first', { id: 'live.timeline.routingProficient' })
        : msg('Routing: longest idle agent', { id: 'live.timeline.routingIdle' });
    case 'set-structure': {
      const department = layout?.departments.find((d) => d.id === action.department)?.name ?? action.department;
      const structure = structureName(action.structure);
      return msg(str`${department}: structure set to ${structure}`, { id: 'live.timeline.structure' });
    }
  }
}

/**
 * The conditions in force at `atSeconds`: surges and outages until they end, and for each group whose latest
 * head-count change is not yet reached, the agents still on their way in or out.
 */
export function activeConditions(
  decisions: readonly Decision[],
  atSeconds: number,
  layout: FloorLayout | undefined,
  snapshot: FloorSnapshot | undefined,
): ActiveCondition[] {
  const conditions: ActiveCondition[] = [];
  const latestTarget = new Map<string, number>();
  for (const { atSeconds: at, intervention: action } of decisions) {
    if (action.kind === 'set-agents') latestTarget.set(action.group, action.agents);
    if (action.kind !== 'arrival-surge' && action.kind !== 'ivr-outage') continue;
    const untilSeconds = at + action.durationSeconds;
    if (at <= atSeconds && atSeconds < untilSeconds)
      conditions.push({
        kind: action.kind === 'arrival-surge' ? 'surge' : 'outage',
        text: describeIntervention(action, layout),
        untilSeconds,
      });
  }
  if (layout !== undefined && snapshot !== undefined && snapshot.layoutVersion === layout.version) {
    const counts = loggedInPerGroup(layout, snapshot);
    for (const [id, target] of latestTarget) {
      const index = layout.groups.findIndex((g) => g.id === id);
      const now = counts[index];
      if (index < 0 || now === undefined || now === target) continue;
      const group = groupName(layout, id);
      const current = formatInteger(now);
      const wanted = formatInteger(target);
      conditions.push({
        kind: 'staffing',
        text: msg(str`${group}: ${current} agents logged in, on the way to ${wanted}`, {
          id: 'live.timeline.onTheWay',
        }),
      });
    }
  }
  return conditions;
}

@customElement('sb-live-timeline')
@localized()
export class LiveTimeline extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-size: 0.85rem;
    }
    :host([hidden]) {
      display: none;
    }
    ul,
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .conditions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem;
      margin-block-end: 0.4rem;
    }
    .condition {
      padding: 0.15rem 0.5rem;
      border-radius: 999px;
      border: 1px solid var(--sb-accent);
      background: var(--sb-accent-bg);
      font-weight: 600;
    }
    .condition small {
      font-weight: 400;
      color: var(--sb-muted);
    }
    h4 {
      margin: 0 0 0.2rem;
      font-size: 0.8rem;
      color: var(--sb-muted);
    }
    ol {
      max-block-size: 5.4rem;
      overflow-y: auto;
    }
    li {
      display: flex;
      gap: 0.5rem;
      line-height: 1.35;
    }
    time {
      font-variant-numeric: tabular-nums;
      color: var(--sb-muted);
    }
  `;

  @property({ attribute: false }) decisions: readonly Decision[] = [];
  @property({ type: Number }) atSeconds = 0;
  @property({ attribute: false }) layout: FloorLayout | undefined;
  @property({ attribute: false }) snapshot: FloorSnapshot | undefined;
  /** The scenario's time of day at t = 0 (seconds after midnight), if it has one: instants read as 09:40:00. */
  @property({ attribute: false }) clockStartAt: number | undefined;

  private clockText(atSeconds: number): string {
    return formatLiveClock(atSeconds, this.clockStartAt);
  }

  override render() {
    const conditions = activeConditions(this.decisions, this.atSeconds, this.layout, this.snapshot);
    if (this.decisions.length === 0) return nothing;
    return html`
      ${
        conditions.length === 0
          ? nothing
          : html`<ul class="conditions" data-testid="live-conditions" aria-label=${msg('In force now', { id: 'live.timeline.inForce' })}>
            ${conditions.map(
              (c) => html`<li class="condition" data-kind=${c.kind}>
                ${c.text}${c.untilSeconds === undefined ? nothing : html` <small>${msg(str`until ${this.clockText(c.untilSeconds)}`, { id: 'live.timeline.until' })}</small>`}
              </li>`,
            )}
          </ul>`
      }
      <h4 id="timeline-h">${msg('Changes so far', { id: 'live.timeline.heading' })}</h4>
      <ol data-testid="live-timeline" aria-labelledby="timeline-h" reversed>
        ${[...this.decisions].reverse().map(
          (d) => html`<li>
            <time>${this.clockText(d.atSeconds)}</time><span>${describeIntervention(d.intervention, this.layout)}</span>
          </li>`,
        )}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-live-timeline': LiveTimeline;
  }
}
