// Reads a scenario into the baseline's parameters when the scenario is one the baseline can simulate exactly
// (a single M/M/c or M/M/c+M queue); otherwise the bench measures the engine alone for that case.
import type { Scenario } from '../src/sim/scenario/schema';
import type { BaselineConfig, GeneratorName } from './baseline';

export function baselineConfigFor(scenario: Scenario, generator: GeneratorName = 'alea'): BaselineConfig | undefined {
  const [callType, ...otherTypes] = scenario.callTypes;
  const [group, ...otherGroups] = scenario.agentGroups;
  if (callType === undefined || group === undefined || otherTypes.length > 0 || otherGroups.length > 0)
    return undefined;
  if (group.agents < 1 || !group.queues.includes(callType.queue)) return undefined;
  if (scenario.horizon.kind !== 'calls' || (scenario.busyness?.cv ?? 0) > 0) return undefined;
  if (callType.talk.kind !== 'exponential' || callType.afterCallWork !== undefined) return undefined;
  if (callType.patience !== undefined && callType.patience.kind !== 'exponential') return undefined;
  const rates = callType.arrivals.callsPerHour;
  if (rates === undefined) return undefined;
  const callsPerHour = rates[0] ?? 0;
  if (callsPerHour <= 0 || rates.some((r) => r !== callsPerHour)) return undefined;
  return {
    agents: group.agents,
    arrivalsPerSecond: callsPerHour / 3600,
    meanServiceSeconds: callType.talk.meanSeconds,
    meanPatienceSeconds: callType.patience?.meanSeconds ?? Infinity,
    calls: scenario.horizon.count,
    seed: String(scenario.seed),
    generator,
  };
}

/** Seconds until the last arrival is expected: calls ÷ the long-run arrival rate of all call types. */
export function expectedArrivalsEndSeconds(scenario: Scenario): number {
  if (scenario.horizon.kind === 'duration') return scenario.horizon.seconds;
  // Each call type's profile repeats, so its long-run rate is the mean of its intervals.
  let callsPerSecond = 0;
  for (const callType of scenario.callTypes) {
    const rates = callType.arrivals.callsPerHour;
    if (rates !== undefined) callsPerSecond += rates.reduce((sum, r) => sum + r, 0) / rates.length / 3600;
    // Scripted arrivals (atSeconds) add a finite number of calls and no long-run rate.
  }
  return scenario.horizon.count / callsPerSecond;
}
