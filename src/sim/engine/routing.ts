// Routing: which idle agent takes a new call, which waiting call a freed agent takes, and the overflow rings
// that let other groups take callers who waited too long. Reads the agents and the queues; changes no agent's
// state (the workforce does that). No DOM.
import type { Rng } from '../random/streams';
import type { Scenario } from '../scenario/schema';
import type { AgentPool } from './agent-pool';
import { CallInt, CallReal, type CallPool } from './call-pool';
import { CallQueue } from './call-queue';
import type { EngineStats } from './engine-stats';
import { Route } from './event-kinds';

interface GroupModel {
  id: string;
  /** Queues served (overflow rings included), highest base first (ties keep the listed order). */
  queues: Int32Array;
  /** Each queue's base: its priority, or with a queueOrder its rank (the first listed highest). */
  priorities: Int32Array;
  /** The waiting-time score's weight (0: strict order by base). */
  waitWeight: number;
}

/** A queue's rule for choosing among idle agents (schema `agentSelection`); Global follows `routing.policy`. */
const enum Selection {
  Global = -1,
  LongestIdle = 0,
  MostProficient = 1,
  RandomAgent = 2,
  RandomGroup = 3,
}

const SELECTION_CODES = {
  'longest-idle': Selection.LongestIdle,
  'most-proficient': Selection.MostProficient,
  'random-agent': Selection.RandomAgent,
  'random-group': Selection.RandomGroup,
} as const;

interface QueueEntry {
  queue: number;
  priority: number;
  listed: number;
}

/**
 * A group's queues in the order a freed agent takes them. Without a queueOrder: by priority (base = the
 * priority). With one: the listed queues first, in order, then the rest by priority, each base a dense rank so
 * that equal priorities stay ties.
 */
function orderEntries(entries: QueueEntry[], order: readonly number[] | undefined): QueueEntry[] {
  const byPriority = (x: QueueEntry, y: QueueEntry) => y.priority - x.priority || x.listed - y.listed;
  if (order === undefined) return entries.sort(byPriority);
  const rest = entries.filter((e) => !order.includes(e.queue)).sort(byPriority);
  const ranks = [...new Set(rest.map((e) => e.priority))];
  const top = ranks.length + order.length;
  const listed = order.flatMap((queue, k) => {
    const e = entries.find((x) => x.queue === queue);
    return e === undefined ? [] : [{ ...e, priority: top - k }];
  });
  return [...listed, ...rest.map((e) => ({ ...e, priority: ranks.length - ranks.indexOf(e.priority) }))];
}

export class Routing {
  /** One ring per queue, then one per overflow rule (index queue count + r), which overflow groups also read. */
  readonly queues: CallQueue[];
  /** Per queue: the extra ring its late callers also join (-1: none), and after how long. */
  readonly overflowQueue: Int32Array;
  readonly overflowAfterSeconds: Float64Array;
  /** Per queue: the groups that serve it. */
  queueGroups: Int32Array[] = [];
  /** Per (group, queue): proficiency, dividing talk time. */
  proficiency: Float64Array = new Float64Array(0);
  mostProficientFirst: boolean;
  /** Per queue: its own agent-selection rule (Selection), and how many of queueGroups[q] lead as its groupOrder. */
  private selection: Int8Array = new Int8Array(0);
  private orderedGroups: Int32Array = new Int32Array(0);
  /** The rule by which nextCallFor found its call (queue priority, or an overflow ring). */
  lastRoute = Route.Queue;
  /** Per overflow ring (index ≥ queue count): the groups that read it. */
  private overflowGroups: Record<number, number[]> = {};
  private groups: GroupModel[] = [];
  readonly queueCount: number;
  private readonly queueIds: readonly string[];
  private readonly groupIds: readonly string[];
  private readonly agents: AgentPool;
  private readonly stats: EngineStats;
  private readonly calls: CallPool;
  /** Draws for the random selection rules only (no draw otherwise, so other rules keep their results). */
  private readonly rng: Rng | undefined;
  /** The head's slot found by bestScored. */
  private scoredSlot = -1;

  constructor(
    scenario: Scenario,
    queueIds: readonly string[],
    groupIds: readonly string[],
    agents: AgentPool,
    stats: EngineStats,
    calls: CallPool,
    rng?: Rng,
  ) {
    this.rng = rng;
    this.queueIds = queueIds;
    this.queueCount = queueIds.length;
    this.groupIds = groupIds;
    this.agents = agents;
    this.stats = stats;
    this.calls = calls;
    this.configure(scenario);
    this.mostProficientFirst = scenario.routing?.policy === 'most-proficient';
    const nQ = queueIds.length;
    const queueIndex = new Map(queueIds.map((id, i) => [id, i]));
    this.queues = queueIds.map(() => new CallQueue());
    this.overflowQueue = new Int32Array(nQ).fill(-1);
    this.overflowAfterSeconds = new Float64Array(nQ);
    (scenario.routing?.overflow ?? []).forEach((rule, r) => {
      const q = queueIndex.get(rule.queue) as number;
      this.overflowQueue[q] = nQ + r;
      this.overflowAfterSeconds[q] = rule.afterSeconds;
      this.queues.push(new CallQueue());
    });
  }

  /**
   * What each group answers, from a (compiled) scenario: its queues by priority, with the overflow rings it
   * reads; the groups of each queue; proficiency. Called again when a structure changes during a run.
   */
  configure(scenario: Scenario): void {
    const queueIndex = new Map(this.queueIds.map((id, i) => [id, i]));
    const priorityOf = scenario.queues.map((q) => q.priority ?? 0);
    const nQ = this.queueIds.length;
    const groupIndex = new Map(this.groupIds.map((id, i) => [id, i]));
    const entries = scenario.agentGroups.map((g) =>
      g.queues.map((id, listed) => ({
        queue: queueIndex.get(id) as number,
        priority: priorityOf[queueIndex.get(id) as number] as number,
        listed,
      })),
    );
    // Overflow: queue q's late callers also sit in ring nQ + r, which the overflow groups read as a queue of
    // the same priority.
    this.overflowGroups = {};
    (scenario.routing?.overflow ?? []).forEach((rule, r) => {
      const priority = priorityOf[queueIndex.get(rule.queue) as number] as number;
      for (const groupId of rule.groups) {
        const gi = groupIndex.get(groupId) as number;
        const list = entries[gi] as QueueEntry[];
        list.push({ queue: nQ + r, priority, listed: list.length });
        this.overflowGroups[nQ + r] = [...(this.overflowGroups[nQ + r] ?? []), gi];
      }
    });
    this.groups = scenario.agentGroups.map((g, gi) => {
      const order = g.queueOrder?.flatMap((id) => (queueIndex.has(id) ? [queueIndex.get(id) as number] : []));
      const sorted = orderEntries(entries[gi] ?? [], order);
      return {
        id: g.id,
        queues: Int32Array.from(sorted, (e) => e.queue),
        priorities: Int32Array.from(sorted, (e) => e.priority),
        waitWeight: g.waitWeightPerSecond ?? 0,
      };
    });
    this.selection = Int8Array.from(scenario.queues, (q) =>
      q.agentSelection === undefined ? Selection.Global : SELECTION_CODES[q.agentSelection],
    );
    this.orderedGroups = new Int32Array(nQ);
    this.queueGroups = this.queueIds.map((_, q) => {
      const serving = this.groups.flatMap((g, gi) => (g.queues.includes(q) ? [gi] : []));
      const order = (scenario.queues[q]?.groupOrder ?? []).flatMap((id) => {
        const gi = groupIndex.get(id);
        return gi !== undefined && serving.includes(gi) ? [gi] : [];
      });
      this.orderedGroups[q] = order.length;
      return Int32Array.from([...order, ...serving.filter((gi) => !order.includes(gi))]);
    });
    this.proficiency = new Float64Array(this.groups.length * nQ).fill(1);
    scenario.agentGroups.forEach((g, gi) => {
      for (const [queue, p] of Object.entries(g.proficiency ?? {}))
        this.proficiency[gi * nQ + (queueIndex.get(queue) as number)] = p;
    });
  }

  get groupCount(): number {
    return this.groups.length;
  }

  servesQueue(gi: number, queue: number): boolean {
    return (this.groups[gi] as GroupModel).queues.includes(queue);
  }

  /**
   * The agent who takes a new call of queue q among the groups that serve it: the first group of its
   * groupOrder with an idle agent; otherwise by the queue's rule (default `routing.policy`): the longest idle,
   * the longest idle of the most proficient group, or a drawn group's longest idle. -1 if nobody is idle.
   */
  findIdleAgent(q: number): number {
    const groups = this.queueGroups[q] as Int32Array;
    const ordered = this.orderedGroups[q] as number;
    for (let i = 0; i < ordered; i++) {
      const agent = this.agents.longestIdle(groups[i] as number);
      if (agent >= 0) return agent;
    }
    let rule = this.selection[q] as Selection;
    if (rule === Selection.Global) rule = this.mostProficientFirst ? Selection.MostProficient : Selection.LongestIdle;
    if (rule >= Selection.RandomAgent) return this.drawIdleAgent(groups, ordered, rule === Selection.RandomAgent);
    const idleSince = this.agents.idleSince;
    const nQ = this.queueIds.length;
    let best = -1;
    let bestSince = Infinity;
    let bestProficiency = -Infinity;
    for (let i = ordered; i < groups.length; i++) {
      const gi = groups[i] as number;
      const agent = this.agents.longestIdle(gi);
      if (agent < 0) continue;
      const since = idleSince[agent] as number;
      if (rule === Selection.MostProficient) {
        const p = this.proficiency[gi * nQ + q] as number;
        if (p < bestProficiency || (p === bestProficiency && since >= bestSince)) continue;
        bestProficiency = p;
      } else if (since >= bestSince) continue;
      best = agent;
      bestSince = since;
    }
    return best;
  }

  /**
   * A drawn group's longest-idle agent, among groups[from..]: each group with an idle agent weighted by its
   * idle agents (byAgents) or equally. One uniform draw, and only when some group has an idle agent.
   */
  private drawIdleAgent(groups: Int32Array, from: number, byAgents: boolean): number {
    let total = 0;
    for (let i = from; i < groups.length; i++) {
      const idle = this.agents.idleCount(groups[i] as number);
      total += byAgents ? idle : Math.min(idle, 1);
    }
    if (total === 0) return -1;
    let pick = Math.floor((this.rng as Rng)() * total);
    for (let i = from; i < groups.length; i++) {
      const gi = groups[i] as number;
      const idle = this.agents.idleCount(gi);
      const weight = byAgents ? idle : Math.min(idle, 1);
      if (pick < weight) return this.agents.longestIdle(gi);
      pick -= weight;
    }
    return -1;
  }

  /** The longest-idle agent of the groups that read overflow ring `ring`, or -1. */
  findOverflowAgent(ring: number): number {
    const idleSince = this.agents.idleSince;
    let best = -1;
    for (const gi of this.overflowGroups[ring] ?? []) {
      const agent = this.agents.longestIdle(gi);
      if (agent >= 0 && (best < 0 || (idleSince[agent] as number) < (idleSince[best] as number))) best = agent;
    }
    return best;
  }

  /**
   * Takes the next waiting call for an agent of group gi: the highest-priority queue with callers; among
   * queues of equal priority, the one whose head has waited longest. Returns the call slot or -1.
   */
  nextCallFor(gi: number, t: number): number {
    const g = this.groups[gi] as GroupModel;
    if (g.waitWeight > 0) return this.take(this.bestScored(g, t), this.scoredSlot, t);
    const waiting = this.stats.waiting;
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    let bestQueue = -1;
    let bestSlot = -1;
    let bestPriority = 0;
    let bestArrivedAt = Infinity;
    for (let i = 0; i < g.queues.length; i++) {
      const priority = g.priorities[i] as number;
      if (bestQueue >= 0 && priority < bestPriority) break;
      const q = g.queues[i] as number;
      if (q < waiting.length && waiting[q] === 0) continue; // overflow rings (q ≥ queue count) keep no count
      const slot = (this.queues[q] as CallQueue).peekLive(ints);
      if (slot < 0) continue;
      const arrivedAt = reals[slot * CallReal.Stride + CallReal.QueuedAt] as number;
      if (arrivedAt < bestArrivedAt) {
        bestQueue = q;
        bestSlot = slot;
        bestPriority = priority;
        bestArrivedAt = arrivedAt;
      }
    }
    return this.take(bestQueue, bestSlot, t);
  }

  /** The queue (or overflow ring) whose head has the highest base + weight × wait, ties to the longest wait; -1 if none. */
  private bestScored(g: GroupModel, t: number): number {
    const waiting = this.stats.waiting;
    const ints = this.calls.ints;
    const reals = this.calls.reals;
    let bestQueue = -1;
    let bestScore = -Infinity;
    let bestArrivedAt = Infinity;
    for (let i = 0; i < g.queues.length; i++) {
      const q = g.queues[i] as number;
      if (q < waiting.length && waiting[q] === 0) continue;
      const slot = (this.queues[q] as CallQueue).peekLive(ints);
      if (slot < 0) continue;
      const arrivedAt = reals[slot * CallReal.Stride + CallReal.QueuedAt] as number;
      const score = (g.priorities[i] as number) + g.waitWeight * (t - arrivedAt);
      if (score > bestScore || (score === bestScore && arrivedAt < bestArrivedAt)) {
        bestQueue = q;
        this.scoredSlot = slot;
        bestScore = score;
        bestArrivedAt = arrivedAt;
      }
    }
    return bestQueue;
  }

  /** Takes `slot`, the head of queue (or ring) q, off it for an agent; returns the slot, or -1 when q is -1. */
  private take(q: number, slot: number, t: number): number {
    if (q < 0) return -1;
    const ints = this.calls.ints;
    (this.queues[q] as CallQueue).shift();
    this.lastRoute = q < this.queueCount ? Route.Queue : Route.Overflow;
    this.stats.queueLeft(ints[slot * CallInt.Stride + CallInt.Queue] as number, t);
    ints[slot * CallInt.Stride + CallInt.Waiting] = 0;
    return slot;
  }
}
