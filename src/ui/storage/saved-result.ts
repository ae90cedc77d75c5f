// A finished run kept in this browser: a small entry in the saved-work index (name, when, headline KPIs) and
// a body stored under its own key (the scenario it came from and the full ReplicatedResult), so that listing
// and saving scenarios never rewrites megabytes of results. Also the JSON coding that keeps NaN and
// Infinity (a result has many: a half-width with one replication) through export files. Pure, no DOM.
import type { ReplicatedResult } from '../../sim/results';

export const RESULT_BODY_VERSION = 1;

/** The index entry of a saved result. */
export interface SavedResultInfo {
  /** Unique among saved results. */
  key: string;
  name: string;
  /** ISO 8601 instant of the save. */
  savedAt: string;
  scenarioId: string;
  scenarioName: string;
  replications: number;
  seed: string;
  /** Means over the replications, shown in the list. */
  serviceLevel: number;
  asaSeconds: number;
  abandonRate: number;
}

/** What a saved result holds: the scenario (raw JSON, validated when reopened) and the complete result. */
export interface SavedResultBody {
  version: typeof RESULT_BODY_VERSION;
  scenario: unknown;
  result: ReplicatedResult;
  /** How long the run took, ms (shown again when reopened). */
  elapsedMs: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The name a saved result is stored under, e.g. `Small help desk · 10 replications`: English in every language,
 * as a stored record is never rewritten (the page says it in its language at display time, i18n/saved-result-text).
 */
export function storedResultName(scenarioName: string, replications: number): string {
  return `${scenarioName} · ${replications} ${replications === 1 ? 'replication' : 'replications'}`;
}

export function describeResult(
  key: string,
  scenario: { id: string; name: string },
  result: ReplicatedResult,
  savedAt: string,
): SavedResultInfo {
  return {
    key,
    name: storedResultName(scenario.name, result.replications),
    savedAt,
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    replications: result.replications,
    seed: result.seed,
    serviceLevel: result.total.serviceLevel.mean,
    asaSeconds: result.total.asaSeconds.mean,
    abandonRate: result.total.abandonRate.mean,
  };
}

const INFO_TEXTS = ['key', 'name', 'savedAt', 'scenarioId', 'scenarioName', 'seed'] as const;
const INFO_NUMBERS = ['replications', 'serviceLevel', 'asaSeconds', 'abandonRate'] as const;

/** Why `item` is not a result index entry (`where` names it in the reason), or undefined if it is one. */
export function checkResultInfo(item: unknown, where: string): string | undefined {
  if (!isRecord(item)) return `${where} must be an object`;
  for (const field of INFO_TEXTS) if (typeof item[field] !== 'string') return `${where}.${field} must be a text`;
  for (const field of INFO_NUMBERS) if (typeof item[field] !== 'number') return `${where}.${field} must be a number`;
  return undefined;
}

/** The body as stored or imported, or why it is not one (it is never half-read). */
export function checkResultBody(data: unknown, where = 'result'): SavedResultBody | string {
  if (!isRecord(data)) return `${where} must be an object`;
  if (data['version'] !== RESULT_BODY_VERSION)
    return typeof data['version'] === 'number' && data['version'] > RESULT_BODY_VERSION
      ? `${where} was saved by a newer version of Switchboard`
      : `${where} has an unknown version`;
  if (!('scenario' in data)) return `${where}.scenario is missing`;
  const result = data['result'];
  if (!isRecord(result)) return `${where}.result must be an object`;
  if (typeof result['scenarioId'] !== 'string' || typeof result['seed'] !== 'string')
    return `${where}.result has no scenario id or seed`;
  if (typeof result['replications'] !== 'number') return `${where}.result.replications must be a number`;
  for (const field of ['total', 'queues', 'groups'] as const)
    if (!isRecord(result[field])) return `${where}.result.${field} must be an object`;
  for (const field of ['intervals', 'runs'] as const)
    if (!Array.isArray(result[field])) return `${where}.result.${field} must be a list`;
  const elapsedMs = typeof data['elapsedMs'] === 'number' ? data['elapsedMs'] : Number.NaN;
  return {
    version: RESULT_BODY_VERSION,
    scenario: data['scenario'],
    result: result as unknown as ReplicatedResult,
    elapsedMs,
  };
}

/** JSON has no NaN or Infinity: in files they are written as `{ "nonFinite": "NaN" }` and read back. */
export function nonFiniteReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? { nonFinite: String(value) } : value;
}

export function nonFiniteReviver(_key: string, value: unknown): unknown {
  if (!isRecord(value) || Object.keys(value).length !== 1) return value;
  const tag = value['nonFinite'];
  if (tag === 'NaN') return Number.NaN;
  if (tag === 'Infinity') return Number.POSITIVE_INFINITY;
  if (tag === '-Infinity') return Number.NEGATIVE_INFINITY;
  return value;
}
