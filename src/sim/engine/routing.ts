// Routing: which idle agent takes a new call, which waiting call a freed agent takes, and the overflow rings
// that let other groups take callers who waited too long. Reads the agents and the queues; changes no agent's
// state (the workforce does that). No DOM.
import type { Scenario } from '../scenario/schema';
import type { AgentPool } from './agent-pool';
import { CallInt, CallReal, type CallPool } from './call-pool';
import { CallQueue } from './call-queue';
import type { EngineStats } from './engine-stats';
import { Route } from './event-kinds';

interface GroupModel {
  id: string;
  /** Queues served (overflow rings included), highest priority first (ties keep the listed order). */
  queues: Int32Array;
  priorities: Int32Array;
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

  constructor(
    scenario: Scenario,
    queueIds: readonly string[],
    groupIds: readonly string[],
    agents: AgentPool,
    stats: EngineStats,
    calls: CallPool,
  ) {
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
      g.queues
        .map((id, listed) => ({
          queue: queueIndex.get(id) as number,
          priority: priorityOf[queueIndex.get(id) as number] as number,
          listed,
        }))
        .sort((x, y) => y.priority - x.priority || x.listed - y.listed),
    );
    // Overflow: queue q's late callers also sit in ring nQ + r, which the overflow groups read as a queue of
    // the same priority.
    this.overflowGroups = {};
    (scenario.routing?.overflow ?? []).forEach((rule, r) => {
      const priority = priorityOf[queueIndex.get(rule.queue) as number] as number;
      for (const groupId of rule.groups) {
        const gi = groupIndex.get(groupId) as number;
        const list = entries[gi] as { queue: number; priority: number; listed: number }[];
        list.push({ queue: nQ + r, priority, listed: list.length });
        list.sort((x, y) => y.priority - x.priority || x.listed - y.listed);
        this.overflowGroups[nQ + r] = [...(this.overflowGroups[nQ + r] ?? []), gi];
      }
    });
    this.groups = scenario.agentGroups.map((g, gi) => ({
      id: g.id,
      queues: Int32Array.from(entries[gi] ?? [], (e) => e.queue),
      priorities: Int32Array.from(entries[gi] ?? [], (e) => e.priority),
    }));
    this.queueGroups = this.queueIds.map((_, q) =>
      Int32Array.from(this.groups.flatMap((g, gi) => (g.queues.includes(q) ? [gi] : []))),
    );
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
   * The agent who takes a new call of queue q among the groups that serve it: the longest idle, or with the
   * most-proficient policy the longest idle of the most proficient group. -1 if nobody is idle.
   */
  findIdleAgent(q: number): number {
    const groups = this.queueGroups[q] as Int32Array;
    const idleSince = this.agents.idleSince;
    const nQ = this.queueIds.length;
    let best = -1;
    let bestSince = Infinity;
    let bestProficiency = -Infinity;
    for (let i = 0; i < groups.length; i++) {
      const gi = groups[i] as number;
      const agent = this.agents.longestIdle(gi);
      if (agent < 0) continue;
      const since = idleSince[agent] as number;
      if (this.mostProficientFirst) {
        const p = this.proficiency[gi * nQ + q] as number;
        if (p < bestProficiency || (p === bestProficiency && since >= bestSince)) continue;
        bestProficiency = p;
      } else if (since >= bestSince) continue;
      best = agent;
      bestSince = since;
    }
    return best;
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
    if (bestQueue < 0) return -1;
    (this.queues[bestQueue] as CallQueue).shift();
    this.lastRoute = bestQueue < waiting.length ? Route.Queue : Route.Overflow;
    this.stats.queueLeft(ints[bestSlot * CallInt.Stride + CallInt.Queue] as number, t);
    ints[bestSlot * CallInt.Stride + CallInt.Waiting] = 0;
    return bestSlot;
  }
}
