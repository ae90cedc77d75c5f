// The work a run would take, estimated from the scenario before it starts (calls, events, result memory), and
// the refusal of a run too large to start without the user's say-so. Pure: no engine, no DOM; cheap enough to
// run on every request (a loop over one profile cycle per call type, never over the run's intervals).
import type { Scenario } from './scenario/schema';
import type { ValidationIssue } from './scenario/validate';

/**
 * Measured on the built-ins (npm run bench, docs/benchmark.md): 2 to 5 events per call, and 0.3 to 1 million
 * events per second on one core of a modest laptop; a result keeps about 1.2 kB per interval and per run.
 * The estimate counts 4 events per contact (an IVR, a transfer or a consult add some) and 1.5 kB per interval.
 */
export const WORK_MODEL = {
  eventsPerCall: 4,
  eventsPerSecond: 500_000,
  bytesPerInterval: 1_500,
  bytesPerAgent: 400,
} as const;

/**
 * Above either limit a run needs an explicit override (`allowLargeRun`, `--allow-large`): about two minutes of
 * one core, or a result of half a gigabyte, which a phone's browser tab cannot hold.
 */
export const BUDGET = {
  maxEvents: 60_000_000,
  maxBytes: 512 * 1024 * 1024,
} as const;

export interface WorkEstimate {
  /** Contacts per replication: arrivals plus the retrials, repeats and transfers they may cause (an upper estimate). */
  callsPerRun: number;
  events: number;
  /** Statistics intervals per replication. */
  intervalsPerRun: number;
  agents: number;
  /** Memory the results and the engine's agent records take, bytes. */
  bytes: number;
  /** At WORK_MODEL.eventsPerSecond on one core. */
  seconds: number;
}

/** Expected arrivals of one call type up to `horizonSeconds` (the profile repeats; scripted instants counted). */
function expectedArrivals(
  arrivals: Scenario['callTypes'][number]['arrivals'],
  intervalSeconds: number,
  horizonSeconds: number,
): number {
  if (arrivals.atSeconds !== undefined) return arrivals.atSeconds.filter((t) => t < horizonSeconds).length;
  const profile = arrivals.callsPerHour ?? [];
  const perInterval = profile.map((rate) => (rate * intervalSeconds) / 3600);
  const cycleCalls = perInterval.reduce((a, b) => a + b, 0);
  const cycleSeconds = profile.length * intervalSeconds;
  const fullCycles = Math.floor(horizonSeconds / cycleSeconds);
  let calls = fullCycles * cycleCalls;
  let rest = horizonSeconds - fullCycles * cycleSeconds;
  for (let i = 0; rest > 0 && i < perInterval.length; i++, rest -= intervalSeconds)
    calls += (perInterval[i] as number) * Math.min(1, rest / intervalSeconds);
  return calls;
}

/**
 * How many contacts one arrival becomes on average. A repeat follows an unresolved contact, whose share is
 * known ((1 − resolution) at proficiency 1); a retrial follows an abandon or a busy signal, whose share is not
 * known before the run, so half the callers are assumed to abandon (pessimistic for a staffed centre). A
 * transfer adds a leg with its probability. The run's guard allows 100 times this estimate, which covers a
 * centre where everyone abandons and retries with probability 0.99.
 */
function contactsPerArrival(ct: Scenario['callTypes'][number]): number {
  const unresolved = 1 - (ct.resolution?.probability ?? 1);
  const r = ct.retrial;
  // The largest probability any retry rule gives (after abandoning or a busy signal, at any attempt).
  const retryProbability = r
    ? Math.max(
        r.probability,
        ...(r.probabilityByAttempt ?? []),
        r.afterBusy?.probability ?? 0,
        ...(r.afterBusy?.probabilityByAttempt ?? []),
      )
    : 0;
  const retrial = 1 / (1 - Math.min(retryProbability, 0.99) * 0.5);
  const repeat = 1 / (1 - Math.min((ct.repeat?.probability ?? 0) * unresolved, 0.99));
  return retrial * repeat * (1 + (ct.transfer?.probability ?? 0));
}

/** Simulated seconds the arrivals cover: the horizon, or the time the call count takes at the mean rate. */
function arrivalSeconds(scenario: Scenario, intervalSeconds: number): number {
  if (scenario.horizon.kind === 'duration') return scenario.horizon.seconds;
  const perDay = scenario.callTypes.reduce((n, ct) => n + expectedArrivals(ct.arrivals, intervalSeconds, 86_400), 0);
  return perDay > 0 ? (scenario.horizon.count / perDay) * 86_400 : 0;
}

export function estimateWork(scenario: Scenario, replications = 1): WorkEstimate {
  const intervalSeconds = scenario.intervalMinutes * 60;
  const seconds = arrivalSeconds(scenario, intervalSeconds);
  // Each call type's arrivals times the contacts each may become; a call-count horizon is shared out in
  // proportion to the types' arrivals.
  const perType = scenario.callTypes.map((ct) => expectedArrivals(ct.arrivals, intervalSeconds, seconds));
  const contacts = perType.reduce((n, a, i) => n + a * contactsPerArrival(scenario.callTypes[i]!), 0);
  const arrivals = perType.reduce((a, b) => a + b, 0);
  const callsPerRun =
    scenario.horizon.kind === 'calls' ? scenario.horizon.count * (arrivals > 0 ? contacts / arrivals : 1) : contacts;
  const agents =
    scenario.agentGroups.reduce((n, g) => n + g.agents, 0) +
    (scenario.schedule ?? []).reduce((n, s) => n + s.agents, 0);
  const intervalsPerRun = Math.ceil(seconds / intervalSeconds) + 1;
  // Shift starts, ends, breaks and activities: a few events per scheduled agent and day.
  const days = Math.ceil(seconds / 86_400);
  const shiftEvents = (scenario.schedule ?? []).reduce(
    (n, s) => n + s.agents * days * (2 + (s.breaks?.length ?? 0) * 2 + (s.activities?.length ?? 0) * 2),
    0,
  );
  const events = replications * (callsPerRun * WORK_MODEL.eventsPerCall + intervalsPerRun + shiftEvents);
  const bytes = replications * intervalsPerRun * WORK_MODEL.bytesPerInterval + agents * WORK_MODEL.bytesPerAgent;
  return { callsPerRun, events, intervalsPerRun, agents, bytes, seconds: events / WORK_MODEL.eventsPerSecond };
}

/** The override flag of any options object (run, compare, a share), read without trusting its type. */
export function largeRunOf(options: unknown): { allowLargeRun?: boolean } {
  const flag = (options as { allowLargeRun?: unknown } | null | undefined)?.allowLargeRun;
  return flag === true ? { allowLargeRun: true } : {};
}

function round(n: number): string {
  return Math.round(n).toLocaleString('en');
}

/**
 * The budget's verdict: no issues, or one issue saying what the run would take and how to go ahead anyway.
 * `variants` scenarios run `replications` each (a comparison).
 */
export function checkBudget(
  scenarios: readonly Scenario[],
  options: { replications?: number; allowLargeRun?: boolean } = {},
): ValidationIssue[] {
  if (options.allowLargeRun === true) return [];
  const replications = options.replications ?? 1;
  const work = scenarios.map((s) => estimateWork(s, replications));
  const events = work.reduce((n, w) => n + w.events, 0);
  const bytes = work.reduce((n, w) => n + w.bytes, 0);
  if (events <= BUDGET.maxEvents && bytes <= BUDGET.maxBytes) return [];
  const calls = work.reduce((n, w) => n + w.callsPerRun * replications, 0);
  const minutes = events / WORK_MODEL.eventsPerSecond / 60;
  const megabytes = bytes / 1024 / 1024;
  return [
    {
      path: '',
      message:
        `this run is too large to start without asking: about ${round(calls)} calls and ${round(events)} events ` +
        `(${minutes < 1 ? 'under a minute' : `about ${round(minutes)} minutes`} on one core) and ${round(megabytes)} MB ` +
        `of results; the limits are ${round(BUDGET.maxEvents)} events and ${round(BUDGET.maxBytes / 1024 / 1024)} MB. ` +
        `Shorten the horizon, lower the call rate or the replications, or allow a large run explicitly`,
    },
  ];
}
