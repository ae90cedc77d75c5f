// What the details panel says about one agent, as plain text: skills with proficiency, time in each state, and
// the path of the caller the agent is serving. Pure; reads the layout and snapshot arrays; no three, no DOM.
import { msg, str } from '@lit/localize';
import { AGENT_STATES, type AgentStateName, type FloorLayout } from '../../sim/api';

/** Values per agent in FloorSnapshot.agentCallPath, and the meaning of its flags. */
export const CALL_PATH_FIELDS = 5;
export const CALL_FLAGS = { misrouted: 1, transferredIn: 2, callback: 4, repeatContact: 8, retrial: 16 } as const;

export interface SkillFact {
  queueName: string;
  /** 1 = the call type's nominal agent. */
  proficiency: number;
}

/** The agent's group's queues, highest priority first, each with the group's proficiency (1 when not given). */
export function skillsOf(layout: FloorLayout, agentIndex: number): SkillFact[] {
  const group = layout.groups[layout.agents[agentIndex]?.group ?? -1];
  if (group === undefined) return [];
  return group.queues.map((id) => ({
    queueName: layout.queues.find((queue) => queue.id === id)?.name ?? id,
    proficiency: group.proficiency[id] ?? 1,
  }));
}

/** `Billing ×1.2` style: the proficiency as a multiple of the nominal agent. */
export function formatSkill(skill: SkillFact): string {
  return `${skill.queueName} ×${Number(skill.proficiency.toFixed(2))}`;
}

/** Seconds of simulated time as `h:mm:ss` (hours not padded past 24: a run may cross midnight). */
export function formatTimeOfDay(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = whole % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${String(secs).padStart(2, '0')}`;
}

/** A short length: `48 s`, `3 min 05 s`, `1 h 02 min`. */
export function formatShortDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}

export interface StateTime {
  state: AgentStateName;
  seconds: number;
}

/** Agent i's time in each state since the warm-up, in AGENT_STATES order; empty without the data. */
export function stateTimesOf(stateSeconds: Float64Array | undefined, agentIndex: number): StateTime[] {
  if (stateSeconds === undefined) return [];
  const base = agentIndex * AGENT_STATES.length;
  if (base < 0 || base + AGENT_STATES.length > stateSeconds.length) return [];
  return AGENT_STATES.map((state, k) => ({ state, seconds: stateSeconds[base + k] ?? 0 }));
}

/**
 * The current caller's path in words, e.g. `arrived 09:12:05 · 48 s in the IVR · waited 32 s in Billing
 * (misrouted) · transferred`; undefined when the agent has no call (NaN) or the data is missing.
 */
export function formatCallPath(
  callPath: Float64Array | undefined,
  agentIndex: number,
  queueNames: readonly string[],
): string | undefined {
  if (callPath === undefined || agentIndex < 0) return undefined;
  const base = agentIndex * CALL_PATH_FIELDS;
  const arrivedAt = callPath[base] ?? Number.NaN;
  if (!Number.isFinite(arrivedAt)) return undefined;
  const ivrSeconds = callPath[base + 1] ?? Number.NaN;
  const queueIndex = callPath[base + 2] ?? Number.NaN;
  const waitSeconds = callPath[base + 3] ?? Number.NaN;
  const flags = callPath[base + 4] ?? 0;
  const has = (flag: number): boolean => Number.isFinite(flags) && (flags & flag) !== 0;
  const at = formatTimeOfDay(arrivedAt);
  const parts = [msg(str`arrived ${at}`, { id: 'path.arrived' })];
  if (has(CALL_FLAGS.repeatContact)) parts[0] += ` ${msg('(a repeat contact)', { id: 'path.repeat' })}`;
  else if (has(CALL_FLAGS.retrial)) parts[0] += ` ${msg('(a retrial)', { id: 'path.retrial' })}`;
  if (Number.isFinite(ivrSeconds) && ivrSeconds > 0) {
    const ivr = formatShortDuration(ivrSeconds);
    parts.push(msg(str`${ivr} in the IVR`, { id: 'path.ivr' }));
  }
  const queueName = Number.isInteger(queueIndex) ? queueNames[queueIndex] : undefined;
  if (Number.isFinite(waitSeconds)) {
    const wait = formatShortDuration(waitSeconds);
    let waited =
      queueName === undefined
        ? msg(str`waited ${wait}`, { id: 'path.waited' })
        : msg(str`waited ${wait} in ${queueName}`, { id: 'path.waitedIn' });
    if (has(CALL_FLAGS.misrouted)) waited += ` ${msg('(misrouted)', { id: 'path.misroutedNote' })}`;
    parts.push(waited);
  } else if (has(CALL_FLAGS.misrouted)) {
    parts.push(msg('misrouted', { id: 'path.misrouted' }));
  }
  if (has(CALL_FLAGS.callback)) parts.push(msg('took a callback', { id: 'path.callback' }));
  if (has(CALL_FLAGS.transferredIn)) parts.push(msg('transferred', { id: 'path.transferred' }));
  return parts.join(' · ');
}
