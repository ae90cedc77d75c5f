// A centre of several queues, each answered by its own agent pool, predicted queue by queue and combined.
// Pooling every queue into one M/M/c (every agent taking every call) is too optimistic for a centre split into
// departments: economies of scale it does not have. Here a group that answers one queue gives it all its
// agents on the phones; a group of several queues (multi-skilled) shares its agents among them in proportion to
// the load each queue has left once its own single-queue groups are counted (skills-based routing sends the
// shared agents where the dedicated ones fall short); each queue is then an M/M/c of its staff (rounded to
// whole agents) and the queues' figures are combined weighted by their calls.
// Pure math; see docs/analytic-models.md (Per queue, per pool).
import { checkFinite, checkNonNegative } from './check-input';
import type { QueueMetrics } from './queue-metrics';

/** One agent group as the split reads it: its agents on the phones and the queues it answers. */
export interface PoolGroup {
  agents: number;
  queues: readonly string[];
}

/**
 * The agents each queue gets. A single-queue group gives its queue all its agents. A multi-queue group shares
 * its agents among its queues in proportion to each queue's load (erlangs) less its single-queue groups'
 * agents (never below 0); where its queues are all covered so, in proportion to their loads. A group whose
 * queues bring no load gives nobody (it has nothing of theirs to do). Not rounded: the caller rounds per
 * queue, as Erlang's formulas count whole agents.
 */
export function agentsPerQueue(
  groups: readonly PoolGroup[],
  loadByQueue: ReadonlyMap<string, number>,
): Map<string, number> {
  const loadOf = (q: string) => checkNonNegative(`load of queue "${q}"`, loadByQueue.get(q) ?? 0);
  groups.forEach((group, g) => checkNonNegative(`groups[${g}].agents`, group.agents));
  const dedicated = new Map<string, number>();
  for (const group of groups)
    if (group.queues.length === 1) {
      const q = group.queues[0] as string;
      if (loadOf(q) > 0) dedicated.set(q, (dedicated.get(q) ?? 0) + group.agents);
    }
  const share = new Map<string, number>();
  for (const queue of loadByQueue.keys()) share.set(queue, dedicated.get(queue) ?? 0);
  for (const group of groups) {
    if (group.queues.length < 2) continue;
    const loads = group.queues.map(loadOf);
    const shortfalls = group.queues.map((q, k) => Math.max(0, (loads[k] ?? 0) - (dedicated.get(q) ?? 0)));
    const weights = shortfalls.some((w) => w > 0) ? shortfalls : loads;
    const total = weights.reduce((a, b) => a + b, 0);
    if (!(total > 0)) continue;
    group.queues.forEach((q, k) => share.set(q, (share.get(q) ?? 0) + (group.agents * (weights[k] ?? 0)) / total));
  }
  return share;
}

/** One queue's prediction and the calls per hour it is for. */
export interface QueuePart {
  callsPerHour: number;
  metrics: QueueMetrics;
}

/** Σ weight·value ÷ Σ weight over the parts (NaN when the weights are all 0). */
function weightedMean(
  parts: readonly QueuePart[],
  weight: (p: QueuePart) => number,
  value: (m: QueueMetrics) => number,
) {
  let sum = 0;
  let weights = 0;
  for (const part of parts) {
    const w = weight(part);
    if (!(w > 0)) continue;
    sum += w * value(part.metrics);
    weights += w;
  }
  return weights > 0 ? sum / weights : NaN;
}

/**
 * The centre's figures from its queues': probabilities per offered call weighted by calls, the ASA and the
 * answered service level weighted by answered calls, the service level without short abandons as the ratio
 * of the summed counts, queue lengths and loads summed, occupancy as busy agents over agents. Stable only if
 * every queue is. Throws on no parts or negative calls.
 */
export function combineQueues(parts: readonly QueuePart[]): QueueMetrics {
  if (parts.length === 0) throw new RangeError('combineQueues needs at least one queue');
  parts.forEach((p, i) =>
    checkNonNegative(`parts[${i}].callsPerHour`, checkFinite(`parts[${i}].callsPerHour`, p.callsPerHour)),
  );
  const calls = (p: QueuePart) => p.callsPerHour;
  const answered = (p: QueuePart) => p.callsPerHour * p.metrics.answeredProbability;
  const byCalls = (value: (m: QueueMetrics) => number) => weightedMean(parts, calls, value);
  let withinT = 0;
  let countedForSl = 0;
  let agents = 0;
  let busy = 0;
  for (const { callsPerHour: c, metrics: m } of parts) {
    withinT += c * m.answeredWithinThresholdProbability;
    countedForSl += c * (m.answeredProbability + m.abandonRate - m.abandonedWithinThresholdProbability);
    agents += m.agents;
    busy += m.occupancy * m.agents;
  }
  const sum = (value: (m: QueueMetrics) => number) => parts.reduce((s, p) => s + value(p.metrics), 0);
  return {
    offeredLoadErlangs: sum((m) => m.offeredLoadErlangs),
    agents,
    stable: parts.every((p) => p.metrics.stable || !(p.callsPerHour > 0)),
    waitProbability: byCalls((m) => m.waitProbability),
    answeredProbability: byCalls((m) => m.answeredProbability),
    abandonRate: byCalls((m) => m.abandonRate),
    answeredWithinThresholdProbability: byCalls((m) => m.answeredWithinThresholdProbability),
    abandonedWithinThresholdProbability: byCalls((m) => m.abandonedWithinThresholdProbability),
    serviceLevelExcludeShortAbandons: countedForSl > 0 ? withinT / countedForSl : NaN,
    serviceLevelOffered: byCalls((m) => m.serviceLevelOffered),
    serviceLevelAnswered: weightedMean(parts, answered, (m) => m.serviceLevelAnswered),
    asaSeconds: weightedMean(parts, answered, (m) => m.asaSeconds),
    meanWaitSeconds: byCalls((m) => m.meanWaitSeconds),
    meanQueueLength: sum((m) => m.meanQueueLength),
    occupancy: agents > 0 ? busy / agents : 0,
  };
}
