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
import { erlangA, erlangC, scheduledAgents, serviceLevelIn, type QueueMetrics } from './analytic/index';
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

function toPredicted(metrics: QueueMetrics, scenario: Scenario): PredictedKpis {
  return {
    serviceLevel: serviceLevelIn(metrics, scenario.serviceLevel.convention),
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

export function predictIntervals(scenario: Scenario): IntervalPrediction[] {
  const intervalSeconds = scenario.intervalMinutes * 60;
  // Staff: the groups' fixed agents plus, interval by interval, the shifts' people on the phones.
  const shifts = scenario.schedule ?? [];
  const rostered = new Set(shifts.filter((s) => s.agents > 0).map((s) => s.group));
  const servedQueues = new Set(
    scenario.agentGroups.filter((g) => g.agents > 0 || rostered.has(g.id)).flatMap((g) => g.queues),
  );
  const fixedAgents = scenario.agentGroups.reduce((sum, g) => sum + g.agents, 0);
  const types = scenario.callTypes.filter((ct) => servedQueues.has(ct.queue));
  // Callers the IVR contains or loses never reach an agent: only the rest load the queues.
  const ivrNodes = scenario.ivr?.nodes ?? [];
  const reachShare = types.map((ct) => (ct.ivr === undefined ? 1 : reachesQueue(ivrNodes, ct.ivr)));
  const handleSeconds = types.map(
    (ct) => distributionMean(ct.talk) + (ct.afterCallWork ? distributionMean(ct.afterCallWork) : 0),
  );
  const patienceSeconds = types.map((ct) => (ct.patience ? distributionMean(ct.patience) : Number.POSITIVE_INFINITY));
  const threshold = scenario.serviceLevel.thresholdSeconds;
  return Array.from({ length: intervalCount(scenario, intervalSeconds) }, (_, i) => {
    const rates = types.map((ct, k) => rateIn(ct.arrivals, i, intervalSeconds) * (reachShare[k] as number));
    const callsPerHour = rates.reduce((a, b) => a + b, 0);
    // Rate-weighted means: the pooled queue's handle time and patience.
    const weighted = (values: number[]) =>
      callsPerHour > 0 ? values.reduce((sum, v, k) => sum + v * (rates[k] ?? 0), 0) / callsPerHour : NaN;
    const ahtSeconds = weighted(handleSeconds);
    const patience = weighted(patienceSeconds);
    // Erlang's formulas count whole agents: the interval's mean head-count on the phones, rounded.
    const agents = Math.round(scheduledAgents(fixedAgents, shifts, i * intervalSeconds, (i + 1) * intervalSeconds));
    const base = {
      index: i,
      startSeconds: i * intervalSeconds,
      endSeconds: (i + 1) * intervalSeconds,
      callsPerHour,
      agents,
    };
    if (!(callsPerHour > 0) || !(ahtSeconds > 0))
      return { ...base, ahtSeconds, offeredLoadErlangs: 0, erlangC: null, erlangA: null };
    const input = { callsPerHour, ahtSeconds, agents, thresholdSeconds: threshold };
    const c = erlangC(input);
    let a: PredictedKpis | null = null;
    if (Number.isFinite(patience) && patience > 0) {
      try {
        a = toPredicted(erlangA({ ...input, patienceSeconds: patience }), scenario);
      } catch {
        a = null; // a huge overload with very long patience: too many queue states to sum
      }
    }
    return {
      ...base,
      ahtSeconds,
      offeredLoadErlangs: c.offeredLoadErlangs,
      erlangC: toPredicted(c, scenario),
      erlangA: a,
    };
  });
}
