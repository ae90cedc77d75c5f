// The details panel of <sb-floor-view>: what is known about the selected agent or department, read from the
// layout and the latest snapshot. Lit templates only; no three.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { AGENT_STATES, type FloorLayout, type FloorSnapshot } from '../../sim/api';
import { formatValue } from '../format';
import { kpiName } from '../i18n/kpi-terms';
import { formatCallPath, formatShortDuration, formatSkill, skillsOf, stateTimesOf } from './agent-facts';
import { STATE_COLORS, cssHex } from './floor-palette';
import { stateLabel } from './floor-labels';
import { departmentNameOf, roleMark, roleName } from './floor-roles';

export type FloorSelection = { kind: 'agent'; index: number } | { kind: 'department'; groupIndex: number };

function agentDetails(layout: FloorLayout, snapshot: FloorSnapshot | undefined, index: number): TemplateResult {
  const agent = layout.agents[index];
  const group = layout.groups[agent?.group ?? -1];
  if (agent === undefined || group === undefined)
    return html`<p>${msg('No such agent.', { id: 'details.noAgent' })}</p>`;
  const stateName = AGENT_STATES[snapshot?.agentStates[index] ?? -1];
  const call = snapshot?.agentCalls[index] ?? 0;
  const occupancy = snapshot?.agentOccupancy?.[index] ?? Number.NaN;
  const groupOccupancy = snapshot?.groups[group.id]?.occupancy ?? Number.NaN;
  const department = departmentNameOf(layout, group);
  const stateTimes = stateTimesOf(snapshot?.agentStateSeconds, index).filter((t) => t.seconds > 0);
  const path = formatCallPath(
    snapshot?.agentCallPath,
    index,
    layout.queues.map((queue) => queue.name),
  );
  const mark = roleMark(group.role);
  const callNumber = `#${call}`;
  return html`
    <h3 data-testid="floor-details-title">${msg(str`Agent ${agent.id}`, { id: 'details.agent' })}</h3>
    <dl>
      <dt>${msg('Department', { id: 'details.department' })}</dt>
      <dd>${department === undefined ? group.name : `${department} · ${group.name}`}</dd>
      <dt>${msg('Role', { id: 'details.role' })}</dt>
      <dd data-testid="floor-details-role">${roleName(group.role)}${mark === '' ? '' : ` (${mark})`}</dd>
      <dt title=${msg('Queues this agent answers, highest priority first, with proficiency (×1 = the nominal agent)', { id: 'details.skills.title' })}>
        ${msg('Skills', { id: 'details.skills' })}
      </dt>
      <dd data-testid="floor-details-skills">${skillsOf(layout, index).map(formatSkill).join(', ')}</dd>
      <dt>${msg('State', { id: 'details.state' })}</dt>
      <dd data-testid="floor-details-state">
        ${
          stateName === undefined
            ? '–'
            : html`<span class="swatch" style="background:${cssHex(STATE_COLORS[stateName])}"></span>
              ${stateLabel(stateName)}`
        }
      </dd>
      <dt>${msg('Answered', { id: 'details.answered' })}</dt>
      <dd data-testid="floor-details-answered">${snapshot?.agentAnswered[index] ?? '–'}</dd>
      <dt>${msg('Current call', { id: 'details.call' })}</dt>
      <dd data-testid="floor-details-call">
        ${call > 0 ? msg(str`call ${callNumber}`, { id: 'details.callNumber' }) : msg('none', { id: 'details.noCall' })}
      </dd>
      <dt title=${msg('What happened to the caller before reaching this agent', { id: 'details.path.title' })}>
        ${msg("Caller's path", { id: 'details.path' })}
      </dt>
      <dd data-testid="floor-details-path">${path ?? '–'}</dd>
      <dt title=${msg('Busy time ÷ available time (idle or busy) so far', { id: 'details.occupancy.title' })}>
        ${msg('Occupancy', { id: 'details.occupancy' })}
      </dt>
      <dd data-testid="floor-details-occupancy">${formatValue(occupancy, 'percent')}</dd>
      <dt title=${msg("Busy time ÷ available time of the agent's group so far", { id: 'details.groupOccupancy.title' })}>
        ${msg('Group occupancy', { id: 'details.groupOccupancy' })}
      </dt>
      <dd>${formatValue(groupOccupancy, 'percent')}</dd>
    </dl>
    <h4>${msg('Time in each state', { id: 'details.stateTimes' })}</h4>
    ${
      stateTimes.length === 0
        ? html`<p class="note">${msg('Not measured yet.', { id: 'details.notMeasured' })}</p>`
        : html`<ul class="state-times" data-testid="floor-details-state-times">
          ${stateTimes.map(
            (t) => html`<li>
              <span class="swatch" style="background:${cssHex(STATE_COLORS[t.state])}"></span>
              ${stateLabel(t.state)}: ${formatShortDuration(t.seconds)}
            </li>`,
          )}
        </ul>`
    }
  `;
}

function departmentDetails(
  layout: FloorLayout,
  snapshot: FloorSnapshot | undefined,
  groupIndex: number,
): TemplateResult {
  const group = layout.groups[groupIndex];
  if (group === undefined) return html`<p>${msg('No such department.', { id: 'details.noDepartment' })}</p>`;
  const kpis = snapshot?.groups[group.id];
  const agents = layout.agents.filter((agent) => agent.group === groupIndex).length;
  return html`
    <h3 data-testid="floor-details-title">${group.name}</h3>
    <dl>
      <dt>${msg('Agents', { id: 'details.agents' })}</dt>
      <dd>${agents}</dd>
      <dt title=${msg('Time-averaged agents logged in', { id: 'details.loggedIn.title' })}>
        ${msg('Logged in', { id: 'details.loggedIn' })}
      </dt>
      <dd>${formatValue(kpis?.staffedAgents ?? Number.NaN, 'agents')}</dd>
      <dt title=${msg('Time-averaged agents talking or in after-call work', { id: 'details.busy.title' })}>
        ${msg('Busy', { id: 'details.busy' })}
      </dt>
      <dd>${formatValue(kpis?.busyAgents ?? Number.NaN, 'agents')}</dd>
      <dt>${msg('Occupancy', { id: 'details.occupancy' })}</dt>
      <dd data-testid="floor-details-occupancy">${formatValue(kpis?.occupancy ?? Number.NaN, 'percent')}</dd>
      <dt>${msg('Answered', { id: 'details.answered' })}</dt>
      <dd>${formatValue(kpis?.answered ?? Number.NaN, 'count')}</dd>
    </dl>
    <h4>${msg('Queues it answers', { id: 'details.queues' })}</h4>
    <table>
      <thead>
        <tr>
          <th scope="col">${msg('Queue', { id: 'details.queue' })}</th>
          <th scope="col">${msg('Waiting', { id: 'details.waiting' })}</th>
          <th scope="col">${kpiName('serviceLevel')}</th>
          <th scope="col">${msg('Abandoned', { id: 'details.abandoned' })}</th>
        </tr>
      </thead>
      <tbody>
        ${group.queues.map((id) => {
          const q = layout.queues.findIndex((queue) => queue.id === id);
          const queueKpis = snapshot?.queues[id];
          return html`<tr>
            <th scope="row">${layout.queues[q]?.name ?? id}</th>
            <td>${snapshot?.queueWaiting[q] ?? '–'}</td>
            <td>${formatValue(queueKpis?.serviceLevel ?? Number.NaN, 'percent')}</td>
            <td>${formatValue(queueKpis?.abandonRate ?? Number.NaN, 'percent')}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  `;
}

/** The panel's content for `selection`, or nothing when nothing is selected. */
export function selectionDetails(
  layout: FloorLayout | undefined,
  snapshot: FloorSnapshot | undefined,
  selection: FloorSelection | undefined,
): TemplateResult | typeof nothing {
  if (layout === undefined || selection === undefined) return nothing;
  return selection.kind === 'agent'
    ? agentDetails(layout, snapshot, selection.index)
    : departmentDetails(layout, snapshot, selection.groupIndex);
}
