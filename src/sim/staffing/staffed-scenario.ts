// A scenario whose agents are given interval by interval: each group's head-count per interval becomes
// "level" shifts (the k-th agent works every run of intervals that needs at least k), so people stay logged in
// across intervals instead of being swapped at every boundary. Pure; builds plain scenario data.
import type { Scenario, ShiftSpec } from '../scenario/schema';

/** staff[group index][interval index]: agents on the phones, in scenario.agentGroups order. */
export type StaffGrid = readonly (readonly number[])[];

export interface StaffedOptions {
  /** Stop the arrivals at the end of this interval (inclusive) and drain: its callers all finish. */
  throughInterval: number;
  /** Seconds the last interval's staff stay on to serve the callers still waiting (at least 1 agent per group). */
  drainSeconds?: number;
}

const DEFAULT_DRAIN_SECONDS = 4 * 3_600;

/** Level shifts of one group's head-counts over intervals 0…last; the last one runs on for the drain. */
function levelShifts(
  group: string,
  counts: readonly number[],
  last: number,
  intervalSeconds: number,
  drainSeconds: number,
): ShiftSpec[] {
  const byWindow = new Map<string, ShiftSpec>();
  const top = Math.max(0, ...counts.slice(0, last + 1));
  for (let level = 1; level <= top; level++) {
    let start = -1;
    for (let i = 0; i <= last + 1; i++) {
      const needed = i <= last && (counts[i] ?? 0) >= level;
      if (needed && start < 0) start = i;
      if (!needed && start >= 0) {
        const startAt = start * intervalSeconds;
        // A shift lasts at most a day (the schema's rule): the drain is cut short for a day-long level.
        const endAt = Math.min(
          i * intervalSeconds + (i > last ? drainSeconds : 0),
          Math.max(i * intervalSeconds, startAt + 86_400),
        );
        const key = `${startAt}-${endAt}`;
        const shift = byWindow.get(key);
        if (shift) shift.agents += 1;
        else byWindow.set(key, { group, agents: 1, startAt, endAt });
        start = -1;
      }
    }
  }
  // Nobody on in the last interval: one agent after it all the same, so its waiting callers are served.
  if (!((counts[last] ?? 0) > 0)) {
    const startAt = (last + 1) * intervalSeconds;
    byWindow.set('drain', { group, agents: 1, startAt, endAt: startAt + drainSeconds });
  }
  return [...byWindow.values()];
}

/**
 * The scenario with every group's fixed agents and shifts replaced by `staff`, arrivals up to the end of
 * interval `throughInterval`, then drained. Intervals wholly inside the warm-up take the first measured
 * interval's staffing, so the warm-up brings the queue to that interval's steady state.
 */
export function staffedScenario(scenario: Scenario, staff: StaffGrid, options: StaffedOptions): Scenario {
  const intervalSeconds = scenario.intervalMinutes * 60;
  const last = options.throughInterval;
  const drainSeconds = options.drainSeconds ?? DEFAULT_DRAIN_SECONDS;
  const schedule = scenario.agentGroups.flatMap((group, g) =>
    levelShifts(group.id, staff[g] ?? [], last, intervalSeconds, drainSeconds),
  );
  const horizonSeconds =
    scenario.horizon.kind === 'duration'
      ? Math.min(scenario.horizon.seconds, (last + 1) * intervalSeconds)
      : (last + 1) * intervalSeconds;
  return {
    ...scenario,
    horizon: { kind: 'duration', seconds: horizonSeconds, drain: true },
    agentGroups: scenario.agentGroups.map((group) => ({ ...group, agents: 0 })),
    schedule,
  };
}

/** Intervals before the first one that ends after the warm-up copy that interval's staffing. */
export function firstMeasuredInterval(scenario: Scenario): number {
  const intervalSeconds = scenario.intervalMinutes * 60;
  return Math.floor((scenario.warmupSeconds ?? 0) / intervalSeconds);
}
