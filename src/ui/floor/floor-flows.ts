// Which calls moved between two snapshots: arrivals (IVR to a queue), answers (a queue to a desk), abandons
// (a queue to the exit) and transfers (desks to another queue), worked out from the snapshots' counters.
// Pure; no three, no DOM.
import { AGENT_STATES, type FloorLayout, type FloorSnapshot } from '../../sim/api';
import type { FlowKind } from './floor-palette';

export interface FlowSpawn {
  kind: FlowKind;
  queueIndex: number;
  /** The agent who answered, for answers; -1 otherwise. */
  agentIndex: number;
  /** The zone (group index) a transfer leaves from; -1 for other kinds. */
  groupIndex: number;
}

/** Where transferred calls are drawn going: from a zone's desks to a queue. */
export interface TransferRoute {
  groupIndex: number;
  queueIndex: number;
}

const BUSY_STATES = new Set([
  AGENT_STATES.indexOf('talking'),
  AGENT_STATES.indexOf('hold'),
  AGENT_STATES.indexOf('wrap-up'),
]);

/**
 * The counters say how many calls were transferred, not from where to where, so the route is a guess: to the
 * queue of an escalation department if there is one, from the busiest zone (most agents talking, on hold or
 * in after-call work) that does not answer it; without one, from the busiest zone to the first queue it does not
 * answer (or its second queue). Undefined when the layout has no queues or groups.
 */
export function transferRoute(layout: FloorLayout, snapshot: FloorSnapshot): TransferRoute | undefined {
  if (layout.queues.length === 0 || layout.groups.length === 0) return undefined;
  const escalationIds = new Set(layout.departments.filter((d) => d.kind === 'escalation').map((d) => d.id));
  const escalation = layout.queues.findIndex((q) => q.department !== undefined && escalationIds.has(q.department));
  const escalationId = layout.queues[escalation]?.id;
  const busy = layout.groups.map(() => 0);
  layout.agents.forEach((agent, i) => {
    if (BUSY_STATES.has(snapshot.agentStates[i] ?? -1)) busy[agent.group] = (busy[agent.group] ?? 0) + 1;
  });
  let candidates = layout.groups.map((_, g) => g);
  if (escalationId !== undefined) {
    const outside = candidates.filter((g) => !layout.groups[g]?.queues.includes(escalationId));
    if (outside.length > 0) candidates = outside;
  }
  const groupIndex = candidates.reduce((best, g) => ((busy[g] ?? 0) > (busy[best] ?? 0) ? g : best));
  if (escalation >= 0) return { groupIndex, queueIndex: escalation };
  const answered = layout.groups[groupIndex]?.queues ?? [];
  const other = layout.queues.findIndex((q) => !answered.includes(q.id));
  const second = layout.queues.findIndex((q) => q.id === answered[1]);
  return { groupIndex, queueIndex: other >= 0 ? other : Math.max(0, second) };
}

/** Keeps `count` of `items`, evenly spread, so a flood of flows is shown as a fair sample. */
function sample<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const kept: T[] = [];
  for (let k = 0; k < count; k++) {
    const item = items[Math.floor((k * items.length) / count)];
    if (item !== undefined) kept.push(item);
  }
  return kept;
}

function increase(next: number | undefined, prev: number | undefined): number {
  const d = (next ?? 0) - (prev ?? 0);
  return Number.isFinite(d) && d > 0 ? Math.round(d) : 0;
}

/**
 * Per-queue increases of a counter, topped up to the centre-wide increase: per-queue KPIs only count calls
 * after the warm-up, the flow counters count all of them, so the difference is spread over the queues,
 * busiest (most callers waiting) first.
 */
function perQueue(
  layout: FloorLayout,
  prev: FloorSnapshot,
  next: FloorSnapshot,
  field: 'offered' | 'abandoned',
  totalIncrease: number,
): number[] {
  const counts = layout.queues.map((queue) => increase(next.queues[queue.id]?.[field], prev.queues[queue.id]?.[field]));
  let missing = totalIncrease - counts.reduce((sum, n) => sum + n, 0);
  if (missing <= 0 || counts.length === 0) return counts;
  const order = layout.queues
    .map((_, q) => q)
    .sort((a, b) => (prev.queueWaiting[b] ?? 0) - (prev.queueWaiting[a] ?? 0) || a - b);
  for (let k = 0; missing > 0; k++, missing--) {
    const q = order[k % order.length] ?? 0;
    counts[q] = (counts[q] ?? 0) + 1;
  }
  return counts;
}

/** The queue an agent most likely took its new call from: its highest-priority queue that had callers waiting. */
function sourceQueue(
  layout: FloorLayout,
  agentIndex: number,
  prev: FloorSnapshot,
  queueIndexOf: Map<string, number>,
): number {
  const group = layout.groups[layout.agents[agentIndex]?.group ?? -1];
  if (group === undefined) return 0;
  let fallback = -1;
  for (const id of group.queues) {
    const q = queueIndexOf.get(id);
    if (q === undefined) continue;
    if (fallback < 0) fallback = q;
    if ((prev.queueWaiting[q] ?? 0) > 0) return q;
  }
  return Math.max(0, fallback);
}

/**
 * The flows between `prev` and `next`, at most `maxPerKind` of each kind (evenly sampled beyond that). Empty
 * when the snapshots are not consecutive states of one run (another layout version, or time went back).
 */
export function flowsBetween(
  layout: FloorLayout,
  prev: FloorSnapshot,
  next: FloorSnapshot,
  maxPerKind: number,
): FlowSpawn[] {
  if (prev.layoutVersion !== next.layoutVersion || next.layoutVersion !== layout.version) return [];
  if (next.atSeconds < prev.atSeconds) return [];
  const spawns: FlowSpawn[] = [];
  const expand = (kind: FlowKind, counts: number[]): void => {
    const all: FlowSpawn[] = [];
    counts.forEach((n, q) => {
      for (let k = 0; k < n; k++) all.push({ kind, queueIndex: q, agentIndex: -1, groupIndex: -1 });
    });
    // `all` is grouped by queue, so an even sample keeps each queue's share.
    spawns.push(...sample(all, maxPerKind));
  };
  expand('arrival', perQueue(layout, prev, next, 'offered', increase(next.flows.arrived, prev.flows.arrived)));

  const queueIndexOf = new Map(layout.queues.map((queue, q) => [queue.id, q]));
  const answers: FlowSpawn[] = [];
  const agentCount = Math.min(layout.agents.length, next.agentCalls.length, prev.agentCalls.length);
  for (let i = 0; i < agentCount; i++) {
    const call = next.agentCalls[i] ?? 0;
    if (call > 0 && call !== prev.agentCalls[i]) {
      const queueIndex = sourceQueue(layout, i, prev, queueIndexOf);
      answers.push({ kind: 'answer', queueIndex, agentIndex: i, groupIndex: -1 });
    }
  }
  spawns.push(...sample(answers, maxPerKind));

  expand('abandon', perQueue(layout, prev, next, 'abandoned', increase(next.flows.abandoned, prev.flows.abandoned)));

  const transferred = increase(next.flows.transferred, prev.flows.transferred);
  const route = transferred > 0 ? transferRoute(layout, next) : undefined;
  if (route !== undefined) {
    const count = Math.min(transferred, maxPerKind);
    for (let k = 0; k < count; k++) spawns.push({ kind: 'transfer', ...route, agentIndex: -1 });
  }
  return spawns;
}
