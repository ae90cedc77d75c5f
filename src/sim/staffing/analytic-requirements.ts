// The two-step plan's first step: per interval and agent group, the Erlang C and Erlang A staffing (agents on
// the phones) and the same with shrinkage (people to schedule). A multi-skill floor is cut into one queue per
// group: each queue's load goes to its primary group (the group that lists it earliest; ties to the group with
// fewer skills), the way a two-step WFM plan does it. Pure; uses the analytic models only.
import { requiredAgents } from '../analytic/staffing';
import { distributionMean } from '../random/distributions';
import type { Scenario } from '../scenario/schema';
import { rateIn, reachesQueue } from '../service';
import type { StaffingTarget } from './target';

/** One group's analytic answer in one interval; null where the model has none (no load, or unreachable). */
export interface AnalyticRequirement {
  callsPerHour: number;
  ahtSeconds: number;
  /** Erlang C agents on the phones, and people to schedule: ceil(agents ÷ (1 − shrinkage)). */
  erlangC: number | null;
  erlangCScheduled: number | null;
  /** Erlang A (exponential patience with the queues' mean patience); null without patience. */
  erlangA: number | null;
  erlangAScheduled: number | null;
}

export interface IntervalWindow {
  index: number;
  startSeconds: number;
  endSeconds: number;
}

/** The intervals of the day the optimiser plans: the horizon cut into intervalMinutes slices. */
export function intervalsOf(scenario: Scenario): IntervalWindow[] {
  const horizon = scenario.horizon;
  if (horizon.kind !== 'duration') return [];
  const length = scenario.intervalMinutes * 60;
  const count = Math.ceil(horizon.seconds / length);
  return Array.from({ length: count }, (_, index) => ({
    index,
    startSeconds: index * length,
    endSeconds: Math.min((index + 1) * length, horizon.seconds),
  }));
}

/** For each queue, the group that plans for it (see the header); queues no group serves are left out. */
export function primaryGroups(scenario: Scenario): Map<string, string> {
  const primary = new Map<string, string>();
  for (const queue of scenario.queues) {
    let best: { id: string; rank: number; skills: number } | undefined;
    for (const group of scenario.agentGroups) {
      const rank = group.queues.indexOf(queue.id);
      if (rank < 0) continue;
      if (best === undefined || rank < best.rank || (rank === best.rank && group.queues.length < best.skills))
        best = { id: group.id, rank, skills: group.queues.length };
    }
    if (best !== undefined) primary.set(queue.id, best.id);
  }
  return primary;
}

/** requirements[interval][group index], in scenario.agentGroups order. */
export function analyticRequirements(
  scenario: Scenario,
  target: StaffingTarget,
  shrinkage: number,
): AnalyticRequirement[][] {
  const primary = primaryGroups(scenario);
  const nodes = scenario.ivr?.nodes ?? [];
  const intervalSeconds = scenario.intervalMinutes * 60;
  const types = scenario.callTypes.map((ct) => ({
    group: primary.get(ct.queue),
    reach: ct.ivr === undefined ? 1 : reachesQueue(nodes, ct.ivr),
    handleSeconds: distributionMean(ct.talk) + (ct.afterCallWork ? distributionMean(ct.afterCallWork) : 0),
    patienceSeconds: ct.patience ? distributionMean(ct.patience) : Infinity,
    arrivals: ct.arrivals,
  }));
  const scheduled = (agents: number | null): number | null =>
    agents === null ? null : Math.ceil(agents / (1 - shrinkage) - 1e-9);
  return intervalsOf(scenario).map((interval) =>
    scenario.agentGroups.map((group) => {
      let callsPerHour = 0;
      let handle = 0;
      let patience = 0;
      for (const type of types) {
        if (type.group !== group.id) continue;
        const rate = rateIn(type.arrivals, interval.index, intervalSeconds) * type.reach;
        callsPerHour += rate;
        handle += rate * type.handleSeconds;
        patience += rate * type.patienceSeconds;
      }
      const ahtSeconds = callsPerHour > 0 ? handle / callsPerHour : 0;
      if (!(callsPerHour > 0))
        return { callsPerHour, ahtSeconds, erlangC: 0, erlangCScheduled: 0, erlangA: 0, erlangAScheduled: 0 };
      const base = {
        callsPerHour,
        ahtSeconds,
        thresholdSeconds: target.thresholdSeconds,
        target: target.serviceLevel,
        convention: scenario.serviceLevel.convention ?? 'excludeShortAbandons',
      };
      const c = requiredAgents(base);
      const meanPatience = patience / callsPerHour;
      let a: number | null = null;
      if (Number.isFinite(meanPatience)) {
        try {
          const answer = requiredAgents({
            ...base,
            patienceSeconds: meanPatience,
            ...(target.maxAbandonRate === undefined ? {} : { maxAbandonRate: target.maxAbandonRate }),
          });
          a = answer.agents;
        } catch {
          a = null; // a huge overload with very long patience: too many queue states to sum
        }
      }
      return {
        callsPerHour,
        ahtSeconds,
        erlangC: c.agents,
        erlangCScheduled: scheduled(c.agents),
        erlangA: a,
        erlangAScheduled: scheduled(a),
      };
    }),
  );
}
