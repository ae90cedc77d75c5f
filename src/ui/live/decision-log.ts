// The decision log of a live day: the scenario it plays, the seed, every intervention with the simulated
// instant it was made at, and how far the day has run. The engine is deterministic, so replaying the log
// (advance to each decision's instant, make it, advance to the end) rebuilds the same day. Kept per scenario in
// the tab's sessionStorage, so switching scenarios and reloading the page lose nothing. No lit, no worker.
import type { Intervention } from '../../sim/api';
import type { Scenario } from '../../sim/scenario/schema';

export interface Decision {
  /** The simulated instant the intervention was made at, seconds from the start. */
  atSeconds: number;
  intervention: Intervention;
}

export interface DecisionLog {
  /** The scenario's content key (see scenarioKey): the log replays only on the scenario it was made on. */
  scenarioKey: string;
  seed: string | number;
  decisions: Decision[];
  /** How far the day had run when last seen, seconds. */
  atSeconds: number;
  /** Simulated seconds per real second chosen by the trainer. */
  speed: number;
}

const LOG_PREFIX = 'sb-live-log:';
const MAX_KEPT_LOGS = 20;

/**
 * A short key of a scenario's content (FNV-1a over its JSON): an edited copy with the built-in's id gets
 * another key, so it never replays the built-in's day, and the same scenario reopened finds its own.
 */
export function scenarioKey(scenario: Scenario): string {
  const text = JSON.stringify(scenario);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${scenario.id}-${(hash >>> 0).toString(36)}-${text.length.toString(36)}`;
}

/** A fresh log of a scenario: no decisions, at the start. */
export function emptyLog(scenario: Scenario, speed: number): DecisionLog {
  return { scenarioKey: scenarioKey(scenario), seed: scenario.seed, decisions: [], atSeconds: 0, speed };
}

/** True when the log holds something worth replaying: a decision or time played. */
export function hasProgress(log: DecisionLog): boolean {
  return log.decisions.length > 0 || log.atSeconds > 0;
}

/**
 * The step that takes a clock at `nowSeconds` exactly to `targetSeconds` when the worker adds it
 * (`now + step`), so a replay lands on the recorded instant and not one rounding off it; 0 when there is no
 * way forward.
 */
export function exactStepSeconds(nowSeconds: number, targetSeconds: number): number {
  let step = targetSeconds - nowSeconds;
  if (!(step > 0)) return 0;
  const ulp = Math.max(Number.MIN_VALUE, Math.abs(step) * Number.EPSILON);
  for (let i = 0; i < 8 && nowSeconds + step !== targetSeconds; i++)
    step += nowSeconds + step > targetSeconds ? -ulp : ulp;
  return step > 0 ? step : 0;
}

function isDecisionLog(value: unknown): value is DecisionLog {
  if (typeof value !== 'object' || value === null) return false;
  const log = value as Partial<DecisionLog>;
  return (
    typeof log.scenarioKey === 'string' &&
    (typeof log.seed === 'string' || typeof log.seed === 'number') &&
    Array.isArray(log.decisions) &&
    log.decisions.every(
      (d: unknown) =>
        typeof d === 'object' &&
        d !== null &&
        Number.isFinite((d as Decision).atSeconds) &&
        typeof (d as Decision).intervention?.kind === 'string',
    ) &&
    Number.isFinite(log.atSeconds) &&
    typeof log.speed === 'number'
  );
}

/** The logs of this tab's live days, one per scenario, in sessionStorage (or any Storage, for tests). */
export class DecisionLogStore {
  constructor(private readonly storage: Storage | undefined = sessionStorageOrUndefined()) {}

  load(key: string): DecisionLog | undefined {
    const text = this.read(LOG_PREFIX + key);
    if (text === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(text, (_k, v: unknown) => (v === 'Infinity' ? Infinity : v));
      return isDecisionLog(value) && value.scenarioKey === key ? value : undefined;
    } catch {
      return undefined;
    }
  }

  save(log: DecisionLog): void {
    const text = JSON.stringify(log, (_k, v: unknown) => (v === Infinity ? 'Infinity' : v));
    if (!this.write(LOG_PREFIX + log.scenarioKey, text)) {
      // Full: the oldest other days make room (a tab rarely keeps more than a few).
      this.prune(log.scenarioKey, 0);
      this.write(LOG_PREFIX + log.scenarioKey, text);
    } else this.prune(log.scenarioKey, MAX_KEPT_LOGS);
  }

  remove(key: string): void {
    try {
      this.storage?.removeItem(LOG_PREFIX + key);
    } catch {
      // Storage refused: nothing was kept anyway.
    }
  }

  /** Drops logs other than `keep` beyond the `max` kept. */
  private prune(keep: string, max: number): void {
    const storage = this.storage;
    if (storage === undefined) return;
    const others: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (name !== null && name.startsWith(LOG_PREFIX) && name !== LOG_PREFIX + keep) others.push(name);
    }
    for (const name of others.slice(0, Math.max(0, others.length - max + 1))) storage.removeItem(name);
  }

  private read(name: string): string | undefined {
    try {
      return this.storage?.getItem(name) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private write(name: string, text: string): boolean {
    try {
      this.storage?.setItem(name, text);
      return this.storage !== undefined;
    } catch {
      return false;
    }
  }
}

function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
