// Scales a scenario to another number of agents for the floor lab and its benchmark: agents are shared out
// over the groups in proportion to their size, and arrival rates (and a horizon given in calls) grow by the
// same factor, so each agent stays about as busy as in the original. Pure; no DOM.
import type { Scenario } from '../../../sim/scenario/schema';

/** Splits `total` over `weights` in proportion (largest remainder), at least 1 each where total allows. */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) return [];
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const shares = exact.map((x) => Math.floor(x));
  let left = total - shares.reduce((s, n) => s + n, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) {
    const i = byRemainder[k % byRemainder.length]?.[1] ?? 0;
    shares[i] = (shares[i] ?? 0) + 1;
  }
  return shares;
}

/** A copy of `scenario` with `totalAgents` agents and proportionally more (or fewer) calls. */
export function scaleScenario(scenario: Scenario, totalAgents: number): Scenario {
  const originalAgents = scenario.agentGroups.reduce((s, g) => s + g.agents, 0);
  const factor = originalAgents > 0 ? totalAgents / originalAgents : 1;
  const agents = shareOut(
    totalAgents,
    scenario.agentGroups.map((g) => g.agents),
  );
  return {
    ...scenario,
    horizon:
      scenario.horizon.kind === 'calls'
        ? { ...scenario.horizon, count: Math.max(1, Math.round(scenario.horizon.count * factor)) }
        : scenario.horizon,
    callTypes: scenario.callTypes.map((callType) => ({
      ...callType,
      arrivals:
        callType.arrivals.callsPerHour === undefined
          ? callType.arrivals
          : { ...callType.arrivals, callsPerHour: callType.arrivals.callsPerHour.map((rate) => rate * factor) },
    })),
    agentGroups: scenario.agentGroups.map((group, g) => ({ ...group, agents: agents[g] ?? 0 })),
  };
}
