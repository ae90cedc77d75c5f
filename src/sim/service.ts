// The simulator behind the page: implements SimulatorApi (src/sim/api.ts) over the built-in scenarios, the
// validator and the replication runner, plus RangeApi (range-service.ts: the shares of a run spread over the
// page's worker pool, and their merge). Pure: no DOM, no worker code, so Node tests use it directly and the
// worker entry only exposes it.
import type {
  CompareOptions,
  IntervalPrediction,
  PredictedKpis,
  PredictionApi,
  PredictionResponse,
  CompareResponse,
  ProgressCallback,
  RunOptions,
  RunResponse,
  ScenarioInfo,
  SimulatorApi,
  RangeApi,
} from './api';
import type { Scenario } from './scenario/schema';
import { tryLoadScenario } from './scenario/migrate';
import { compareVariants } from './compare';
import { runReplications } from './replications';
import { checkBudget, largeRunOf } from './budget';
import { refuseRunaway } from './run-guard';
import { createRangeService } from './range-service';
import { loadCompareRequest, validateRunOptions } from './run-requests';
import {
  agentsPerQueue,
  combineQueues,
  erlangA,
  erlangC,
  scheduledAgents,
  serviceLevelIn,
  type QueueMetrics,
} from './analytic/index';
import { distributionMean } from './random/distributions';

export { validateRunOptions } from './run-requests';
export type { IntervalPrediction, PredictedKpis, PredictionApi, PredictionResponse } from './api';

function toInfo(scenario: Scenario): ScenarioInfo {
  const info: ScenarioInfo = { id: scenario.id, name: scenario.name, description: scenario.description ?? '' };
  if (scenario.translations !== undefined) info.translations = scenario.translations;
  return info;
}

/** The service over `builtIns`, the scenarios the page lists (the caller loads them: src/sim never imports them). */
export function createSimulatorService(builtIns: readonly Scenario[]): SimulatorApi & RangeApi & PredictionApi {
  return {
    ...createRangeService(),

    listScenarios(): ScenarioInfo[] {
      return builtIns.map(toInfo);
    },

    getScenario(id: string): Scenario | undefined {
      const scenario = builtIns.find((s) => s.id === id);
      // A copy, so a caller in the same thread (Node, tests) cannot edit the shipped scenario.
      return scenario === undefined ? undefined : structuredClone(scenario);
    },

    validate(input: unknown) {
      const result = tryLoadScenario(input);
      return result.ok ? { ok: true } : { ok: false, issues: result.issues };
    },

    compare(inputs: unknown[], options?: CompareOptions, onProgress?: ProgressCallback): CompareResponse {
      const request = loadCompareRequest(inputs, options);
      if (!request.ok) return request;
      const budget = checkBudget(request.scenarios, { replications: request.replications, ...largeRunOf(options) });
      if (budget.length > 0) return { ok: false, issues: budget };
      return refuseRunaway(() => {
        const comparison = compareVariants(request.scenarios, {
          replications: request.replications,
          ...(options?.seed === undefined ? {} : { seed: options.seed }),
          ...(onProgress === undefined ? {} : { onRun: onProgress }),
        });
        return { ok: true, comparison } as const;
      });
    },

    run(input: unknown, options?: RunOptions, onProgress?: ProgressCallback): RunResponse {
      // Saved scenarios of an older schema version are migrated, not refused.
      const validated = tryLoadScenario(input);
      const optionIssues = validateRunOptions(options);
      const issues = [...(validated.ok ? [] : validated.issues), ...optionIssues];
      if (!validated.ok || issues.length > 0) return { ok: false, issues };
      const replications = options?.replications ?? 1;
      const budget = checkBudget([validated.scenario], { replications, ...largeRunOf(options) });
      if (budget.length > 0) return { ok: false, issues: budget };
      return refuseRunaway(() => {
        const result = runReplications(validated.scenario, {
          replications,
          ...(options?.seed === undefined ? {} : { seed: options.seed }),
          ...(onProgress === undefined ? {} : { onReplication: onProgress }),
        });
        return { ok: true, result } as const;
      });
    },

    predict(input: unknown): PredictionResponse {
      const validated = tryLoadScenario(input);
      if (!validated.ok) return { ok: false, issues: validated.issues };
      return { ok: true, intervals: predictIntervals(validated.scenario) };
    },
  };
}

// ---- Analytic prediction per interval (its types are in api.ts) ---------------------------------------------

function toPredicted(metrics: QueueMetrics, convention: Scenario['serviceLevel']['convention']): PredictedKpis {
  return {
    serviceLevel: serviceLevelIn(metrics, convention),
    asaSeconds: metrics.asaSeconds,
    abandonRate: metrics.abandonRate,
    occupancy: metrics.occupancy,
    meanQueueLength: metrics.meanQueueLength,
    stable: metrics.stable,
  };
}

/** Calls per hour of one call type in interval i: its profile (repeating), or its scripted arrivals. */
export function rateIn(
  arrivals: Scenario['callTypes'][number]['arrivals'],
  i: number,
  intervalSeconds: number,
): number {
  if (arrivals.callsPerHour !== undefined) return arrivals.callsPerHour[i % arrivals.callsPerHour.length] ?? 0;
  const start = i * intervalSeconds;
  const count = (arrivals.atSeconds ?? []).filter((t) => t >= start && t < start + intervalSeconds).length;
  return (count * 3600) / intervalSeconds;
}

type IvrNodes = NonNullable<Scenario['ivr']>['nodes'];

/**
 * Share of the callers entering the IVR at `nodeId` who come out at a queue: neither hanging up nor served in
 * self-service at any node on the way (the menu has no loops: the validator refuses them).
 */
export function reachesQueue(nodes: IvrNodes, nodeId: string, memo = new Map<string, number>()): number {
  const known = memo.get(nodeId);
  if (known !== undefined) return known;
  const node = nodes.find((n) => n.id === nodeId);
  if (node === undefined) return 1;
  const goesOn = Math.max(0, 1 - (node.hangUpProbability ?? 0) - (node.selfService?.probability ?? 0));
  const onward =
    node.options === undefined
      ? 1
      : node.options.reduce((sum, o) => sum + o.probability * reachesQueue(nodes, o.next, memo), 0);
  memo.set(nodeId, goesOn * onward);
  return goesOn * onward;
}

function intervalCount(scenario: Scenario, intervalSeconds: number): number {
  if (scenario.horizon.kind === 'duration') return Math.max(1, Math.ceil(scenario.horizon.seconds / intervalSeconds));
  const profileLength = Math.max(1, ...scenario.callTypes.map((ct) => ct.arrivals.callsPerHour?.length ?? 1));
  return Math.min(profileLength, 10_000);
}

/** The call types of one queue with what the per-interval prediction reads of them. */
interface QueueTypes {
  queue: string;
  /** Indices into the prediction's call types. */
  types: number[];
}

/**
 * One interval of one queue, or of the whole centre pooled: Erlang C and (when every caller has a patience)
 * Erlang A for `agents` agents, with the rate-weighted handle time and patience of its call types.
 */
function predictPart(
  rates: readonly number[],
  handleSeconds: readonly number[],
  patienceSeconds: readonly number[],
  agents: number,
  thresholdSeconds: number,
): { callsPerHour: number; ahtSeconds: number; c: QueueMetrics; a: QueueMetrics | null } | null {
  const callsPerHour = rates.reduce((a, b) => a + b, 0);
  const weighted = (values: readonly number[]) =>
    callsPerHour > 0 ? values.reduce((sum, v, k) => sum + v * (rates[k] ?? 0), 0) / callsPerHour : NaN;
  const ahtSeconds = weighted(handleSeconds);
  if (!(callsPerHour > 0) || !(ahtSeconds > 0)) return null;
  const patience = weighted(patienceSeconds);
  const input = { callsPerHour, ahtSeconds, agents, thresholdSeconds };
  let a: QueueMetrics | null = null;
  if (Number.isFinite(patience) && patience > 0) {
    try {
      a = erlangA({ ...input, patienceSeconds: patience });
    } catch {
      a = null; // a huge overload with very long patience: too many queue states to sum
    }
  }
  return { callsPerHour, ahtSeconds, c: erlangC(input), a };
}

/**
 * Erlang C and Erlang A per interval, per agent pool: each group's agents on the phones by the schedule are
 * shared among its queues in proportion to their offered loads (analytic/queue-pools.ts), each queue is
 * predicted with its share, and the queues are combined weighted by their calls. `callsPerHour`, `agents`,
 * `ahtSeconds` and `offeredLoadErlangs` are the centre's totals.
 */
export function predictIntervals(scenario: Scenario): IntervalPrediction[] {
  const intervalSeconds = scenario.intervalMinutes * 60;
  const shifts = scenario.schedule ?? [];
  const rostered = new Set(shifts.filter((s) => s.agents > 0).map((s) => s.group));
  const servedQueues = new Set(
    scenario.agentGroups.filter((g) => g.agents > 0 || rostered.has(g.id)).flatMap((g) => g.queues),
  );
  const types = scenario.callTypes.filter((ct) => servedQueues.has(ct.queue));
  const queues: QueueTypes[] = [...new Set(types.map((ct) => ct.queue))].map((queue) => ({
    queue,
    types: types.flatMap((ct, k) => (ct.queue === queue ? [k] : [])),
  }));
  // Callers the IVR contains or loses never reach an agent: only the rest load the queues.
  const ivrNodes = scenario.ivr?.nodes ?? [];
  const reachShare = types.map((ct) => (ct.ivr === undefined ? 1 : reachesQueue(ivrNodes, ct.ivr)));
  const handleSeconds = types.map(
    (ct) => distributionMean(ct.talk) + (ct.afterCallWork ? distributionMean(ct.afterCallWork) : 0),
  );
  const patienceSeconds = types.map((ct) => (ct.patience ? distributionMean(ct.patience) : Number.POSITIVE_INFINITY));
  const shiftsOf = new Map(scenario.agentGroups.map((g) => [g.id, shifts.filter((s) => s.group === g.id)]));
  const threshold = scenario.serviceLevel.thresholdSeconds;
  const convention = scenario.serviceLevel.convention;
  const kpis = (metrics: QueueMetrics): PredictedKpis => toPredicted(metrics, convention);
  return Array.from({ length: intervalCount(scenario, intervalSeconds) }, (_, i) => {
    const from = i * intervalSeconds;
    const to = from + intervalSeconds;
    const rates = types.map((ct, k) => rateIn(ct.arrivals, i, intervalSeconds) * (reachShare[k] as number));
    // Staff: each group's fixed agents plus its shifts' people on the phones over the interval.
    const pools = scenario.agentGroups.map((g) => ({
      agents: scheduledAgents(g.agents, shiftsOf.get(g.id) ?? [], from, to),
      queues: g.queues,
    }));
    const totalAgents = pools.reduce((sum, p) => sum + p.agents, 0);
    const pick = (values: readonly number[], q: QueueTypes) => q.types.map((k) => values[k] as number);
    const loads = new Map(
      queues.map((q) => {
        const r = pick(rates, q);
        const calls = r.reduce((a, b) => a + b, 0);
        const aht = calls > 0 ? pick(handleSeconds, q).reduce((sum, h, j) => sum + h * (r[j] ?? 0), 0) / calls : 0;
        return [q.queue, (calls * aht) / 3600];
      }),
    );
    const staff = agentsPerQueue(pools, loads);
    // Erlang's formulas count whole agents: each queue's share of the mean head-count on the phones, rounded.
    const parts = queues.flatMap((q) => {
      const part = predictPart(
        pick(rates, q),
        pick(handleSeconds, q),
        pick(patienceSeconds, q),
        Math.round(staff.get(q.queue) ?? 0),
        threshold,
      );
      return part === null ? [] : [part];
    });
    const callsPerHour = parts.reduce((sum, p) => sum + p.callsPerHour, 0);
    const base = {
      index: i,
      startSeconds: from,
      endSeconds: to,
      callsPerHour,
      agents: Math.round(totalAgents),
    };
    if (parts.length === 0) return { ...base, ahtSeconds: NaN, offeredLoadErlangs: 0, erlangC: null, erlangA: null };
    const c = combineQueues(parts.map((p) => ({ callsPerHour: p.callsPerHour, metrics: p.c })));
    const withA = parts.every((p) => p.a !== null);
    return {
      ...base,
      ahtSeconds: parts.reduce((sum, p) => sum + p.ahtSeconds * p.callsPerHour, 0) / callsPerHour,
      offeredLoadErlangs: c.offeredLoadErlangs,
      erlangC: kpis(c),
      erlangA: withA ? kpis(combineQueues(parts.map((p) => ({ callsPerHour: p.callsPerHour, metrics: p.a! })))) : null,
    };
  });
}
