// The result of a run as of an instant: the statistics' KPIs, the agents' time in each state, the organisation's
// counts and costs, learning. Read-only over the engine's parts; called at the end and for live frames. No DOM.
import type { AgentStateTimes, RunResult } from '../results';
import { BREAK, HOLD, IDLE, OFF_PHONE, TALKING, WRAP_UP, type AgentPool } from './agent-pool';
import type { Arrivals } from './arrivals';
import type { EngineStats } from './engine-stats';
import { noOrganisationKpis } from './organisation';
import type { Workforce } from './workforce';
import { sumStateTimes } from './engine-stats';

export interface RunIdentity {
  scenarioId: string;
  seed: string;
  replication: number;
  events: number;
  groupIds: readonly string[];
  queueIds: readonly string[];
  departmentQueues: Map<string, number[]>;
}

/** The KPIs as of t. `waitingRows`: the statistics rows of counted callers still waiting. */
export function collectResult(
  run: RunIdentity,
  t: number,
  stats: EngineStats,
  workforce: Workforce,
  arrivals: Arrivals,
  waitingRows: number[],
): RunResult {
  const kpis = stats.kpis(
    t,
    { groups: run.groupIds, queues: run.queueIds, departments: run.departmentQueues },
    waitingRows,
    run.groupIds.map((_, gi) => groupStateTimes(workforce.agents, gi, t)),
  );
  const org = workforce.orgRunner?.kpis(t) ?? noOrganisationKpis();
  // People who take no calls are paid too: their cost joins the agents' in the cost per handled call.
  const agentCost = kpis.total.cost;
  const cost = agentCost + org.supportStaffCost;
  const perCall = kpis.total.costPerHandledCall;
  const costPerHandledCall = org.supportStaffCost === 0 ? perCall : agentCost > 0 ? (perCall * cost) / agentCost : NaN;
  return {
    scenarioId: run.scenarioId,
    seed: run.seed,
    replication: run.replication,
    endSeconds: t,
    events: run.events,
    busyness: [...arrivals.dayFactors],
    ...kpis,
    total: { ...kpis.total, ...org, meanEfficiency: meanEfficiency(workforce), cost, costPerHandledCall },
  };
}

/** Mean learning-curve efficiency of the agents in groups with a learning curve; NaN if there are none. */
function meanEfficiency(workforce: Workforce): number {
  const agents = workforce.agents;
  let learners = 0;
  let sum = 0;
  for (let agent = 0; agent < agents.count; agent++) {
    if (!workforce.hasLearningCurve(agents.group[agent] as number)) continue;
    learners++;
    sum += workforce.learningEfficiency(agent);
  }
  return learners > 0 ? sum / learners : NaN;
}

/** Person-seconds in each state (after the warm-up) of the agents of group gi, as of t. */
function groupStateTimes(agents: AgentPool, gi: number, t: number): AgentStateTimes {
  const times = sumStateTimes([]);
  for (const agent of agents.membersOf(gi)) {
    times.idleSeconds += agents.secondsIn(agent, IDLE, t);
    times.talkingSeconds += agents.secondsIn(agent, TALKING, t);
    times.holdSeconds += agents.secondsIn(agent, HOLD, t);
    times.wrapUpSeconds += agents.secondsIn(agent, WRAP_UP, t);
    times.breakSeconds += agents.secondsIn(agent, BREAK, t);
    times.offPhoneSeconds += agents.secondsIn(agent, OFF_PHONE, t);
  }
  return times;
}
