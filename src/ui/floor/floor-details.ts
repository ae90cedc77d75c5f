// The details panel of <sb-floor-view>: what is known about the selected agent or department, read from the
// layout and the latest snapshot. Lit templates only; no three.
import { html, nothing, type TemplateResult } from 'lit';
import { AGENT_STATES, type FloorLayout, type FloorSnapshot } from '../../sim/api';
import { formatValue } from '../format';
import { formatCallPath, formatShortDuration, formatSkill, skillsOf, stateTimesOf } from './agent-facts';
import { STATE_COLORS, STATE_LABELS, cssHex } from './floor-palette';
import { ROLE_MARKS, ROLE_NOUNS, departmentNameOf } from './floor-roles';

export type FloorSelection = { kind: 'agent'; index: number } | { kind: 'department'; groupIndex: number };

function agentDetails(layout: FloorLayout, snapshot: FloorSnapshot | undefined, index: number): TemplateResult {
  const agent = layout.agents[index];
  const group = layout.groups[agent?.group ?? -1];
  if (agent === undefined || group === undefined) return html`<p>No such agent.</p>`;
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
  return html`
    <h3 data-testid="floor-details-title">Agent ${agent.id}</h3>
    <dl>
      <dt>Department</dt>
      <dd>${department === undefined ? group.name : `${department} · ${group.name}`}</dd>
      <dt>Role</dt>
      <dd data-testid="floor-details-role">
        ${ROLE_NOUNS[group.role][0]}${ROLE_MARKS[group.role] === '' ? '' : ` (${ROLE_MARKS[group.role]})`}
      </dd>
      <dt title="Queues this agent answers, highest priority first, with proficiency (×1 = the nominal agent)">
        Skills
      </dt>
      <dd data-testid="floor-details-skills">${skillsOf(layout, index).map(formatSkill).join(', ')}</dd>
      <dt>State</dt>
      <dd data-testid="floor-details-state">
        ${
          stateName === undefined
            ? '–'
            : html`<span class="swatch" style="background:${cssHex(STATE_COLORS[stateName])}"></span>
              ${STATE_LABELS[stateName]}`
        }
      </dd>
      <dt>Answered</dt>
      <dd data-testid="floor-details-answered">${snapshot?.agentAnswered[index] ?? '–'}</dd>
      <dt>Current call</dt>
      <dd data-testid="floor-details-call">${call > 0 ? `call #${call}` : 'none'}</dd>
      <dt title="What happened to the caller before reaching this agent">Caller's path</dt>
      <dd data-testid="floor-details-path">${path ?? '–'}</dd>
      <dt title="Busy time ÷ available time (idle or busy) so far">Occupancy</dt>
      <dd data-testid="floor-details-occupancy">${formatValue(occupancy, 'percent')}</dd>
      <dt title="Busy time ÷ available time of the agent's group so far">Group occupancy</dt>
      <dd>${formatValue(groupOccupancy, 'percent')}</dd>
    </dl>
    <h4>Time in each state</h4>
    ${
      stateTimes.length === 0
        ? html`<p class="note">Not measured yet.</p>`
        : html`<ul class="state-times" data-testid="floor-details-state-times">
          ${stateTimes.map(
            (t) => html`<li>
              <span class="swatch" style="background:${cssHex(STATE_COLORS[t.state])}"></span>
              ${STATE_LABELS[t.state]}: ${formatShortDuration(t.seconds)}
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
  if (group === undefined) return html`<p>No such department.</p>`;
  const kpis = snapshot?.groups[group.id];
  const agents = layout.agents.filter((agent) => agent.group === groupIndex).length;
  return html`
    <h3 data-testid="floor-details-title">${group.name}</h3>
    <dl>
      <dt>Agents</dt>
      <dd>${agents}</dd>
      <dt title="Time-averaged agents logged in">Logged in</dt>
      <dd>${formatValue(kpis?.staffedAgents ?? Number.NaN, 'agents')}</dd>
      <dt title="Time-averaged agents talking or in after-call work">Busy</dt>
      <dd>${formatValue(kpis?.busyAgents ?? Number.NaN, 'agents')}</dd>
      <dt>Occupancy</dt>
      <dd data-testid="floor-details-occupancy">${formatValue(kpis?.occupancy ?? Number.NaN, 'percent')}</dd>
      <dt>Answered</dt>
      <dd>${formatValue(kpis?.answered ?? Number.NaN, 'count')}</dd>
    </dl>
    <h4>Queues it answers</h4>
    <table>
      <thead>
        <tr>
          <th scope="col">Queue</th>
          <th scope="col">Waiting</th>
          <th scope="col">Service level</th>
          <th scope="col">Abandoned</th>
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
