// The shape of a user's saved work (in IndexedDB and in exported files), its version, and the pure
// migrations from older versions. Scenarios are kept as raw JSON: the worker validates (and migrates their
// own schemaVersion) when one is opened, so nothing a user saved is dropped for failing today's rules.
// Saved results are listed here; their bodies live under keys of their own (saved-result.ts). No DOM.
import { jsonNestingExceeds, LINK_LIMITS } from './share-link';
import {
  checkResultBody,
  checkResultInfo,
  nonFiniteReplacer,
  nonFiniteReviver,
  type SavedResultBody,
  type SavedResultInfo,
} from './saved-result';

/** 1: scenarios by id; 2: scenarios with key, name and time of saving; 3: adds saved results. */
export const SAVED_WORK_VERSION = 3;
export const SAVED_WORK_FORMAT = 'switchboard-saved-work';
/** Nesting a file may have: a scenario's own limit (32, as a link's) plus the few levels of an export around it. */
export const MAX_FILE_DEPTH = LINK_LIMITS.maxDepth + 8;
/**
 * The largest saved-work file the page reads (bytes), checked before reading it: an export of many saved
 * results with their per-interval tables stays well under it, and parsing a larger one would hold the page.
 */
export const MAX_IMPORT_BYTES = 50_000_000;

export interface SavedScenario {
  /** Unique within the saved work; `saved:<key>` in the scenario list. */
  key: string;
  /** Shown in the list; the scenario's own name when it was saved. */
  name: string;
  /** ISO 8601 instant of the last save. */
  savedAt: string;
  /** The scenario as JSON data (validated when opened, not when loaded). */
  scenario: unknown;
}

export interface SavedWork {
  version: typeof SAVED_WORK_VERSION;
  scenarios: SavedScenario[];
  results: SavedResultInfo[];
}

/** Result bodies by result key. */
export type ResultBodies = Record<string, SavedResultBody>;

/** Saved work read from a file: the index and the bodies of its results. */
export type ReadFile = { ok: true; work: SavedWork; bodies: ResultBodies } | { ok: false; reason: string };

export type MigrationResult =
  { ok: true; work: SavedWork; migratedFrom: number | null } | { ok: false; reason: string };

export function emptySavedWork(): SavedWork {
  return { version: SAVED_WORK_VERSION, scenarios: [], results: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameOf(scenario: unknown, fallback: string): string {
  return isRecord(scenario) && typeof scenario['name'] === 'string' && scenario['name'] !== ''
    ? scenario['name']
    : fallback;
}

/** Version 1 (the first release of saved work): `{ version: 1, scenarios: [{ id, scenario }] }`. */
function fromVersion1(data: Record<string, unknown>): SavedWork | string {
  const items = data['scenarios'];
  if (!Array.isArray(items)) return 'version 1: "scenarios" must be a list';
  const scenarios: SavedScenario[] = [];
  for (const [i, item] of items.entries()) {
    if (!isRecord(item) || typeof item['id'] !== 'string') return `version 1: scenarios[${i}] has no id`;
    // Version 1 kept no time of saving: the epoch marks "unknown" and sorts such items last.
    scenarios.push({
      key: uniqueKey(item['id'], scenarios),
      name: nameOf(item['scenario'], item['id']),
      savedAt: new Date(0).toISOString(),
      scenario: item['scenario'],
    });
  }
  return { version: SAVED_WORK_VERSION, scenarios, results: [] };
}

/** An item of stored saved work that cannot be read: set aside (kept in storage) and reported, never dropped. */
export interface QuarantinedItem {
  /** Where it was, e.g. `scenarios[3]`. */
  where: string;
  reason: string;
  item: unknown;
}

/** Items checked one by one: the readable ones, and the others with why (strict callers refuse on the first). */
interface Checked<T> {
  items: T[];
  bad: QuarantinedItem[];
}

/** Version 2 had scenarios only: they are kept as they are and the result list starts empty. */
function fromVersion2(data: Record<string, unknown>): { work: SavedWork; bad: QuarantinedItem[] } | string {
  const scenarios = checkScenarios(data);
  if (typeof scenarios === 'string') return scenarios;
  return { work: { version: SAVED_WORK_VERSION, scenarios: scenarios.items, results: [] }, bad: scenarios.bad };
}

function checkVersion3(data: Record<string, unknown>): { work: SavedWork; bad: QuarantinedItem[] } | string {
  const scenarios = checkScenarios(data);
  if (typeof scenarios === 'string') return scenarios;
  const list = data['results'];
  if (!Array.isArray(list)) return '"results" must be a list';
  const results: SavedResultInfo[] = [];
  const bad = [...scenarios.bad];
  for (const [i, item] of list.entries()) {
    const problem = checkResultInfo(item, `results[${i}]`);
    if (problem === undefined) results.push(item as SavedResultInfo);
    else bad.push({ where: `results[${i}]`, reason: problem, item });
  }
  return { work: { version: SAVED_WORK_VERSION, scenarios: scenarios.items, results }, bad };
}

function checkScenarios(data: Record<string, unknown>): Checked<SavedScenario> | string {
  const items = data['scenarios'];
  if (!Array.isArray(items)) return '"scenarios" must be a list';
  const checked: Checked<SavedScenario> = { items: [], bad: [] };
  for (const [i, item] of items.entries()) {
    let problem: string | undefined;
    if (!isRecord(item)) problem = `scenarios[${i}] must be an object`;
    else {
      for (const field of ['key', 'name', 'savedAt'] as const)
        if (problem === undefined && typeof item[field] !== 'string')
          problem = `scenarios[${i}].${field} must be a text`;
      if (problem === undefined && !('scenario' in item)) problem = `scenarios[${i}].scenario is missing`;
    }
    if (problem === undefined) checked.items.push(item as unknown as SavedScenario);
    else checked.bad.push({ where: `scenarios[${i}]`, reason: problem, item });
  }
  return checked;
}

/**
 * Brings saved work of any known version to the current one. Unknown or newer versions are refused (the
 * caller keeps the stored data untouched, so an older app never overwrites a newer app's work). Strict: one
 * unreadable item refuses the whole (an import is all or nothing); the store reads with readStoredWork.
 */
export function migrateSavedWork(data: unknown): MigrationResult {
  const read = readStoredWork(data);
  if (!read.ok) return read;
  const first = read.quarantined[0];
  if (first !== undefined) return { ok: false, reason: first.reason };
  return { ok: true, work: read.work, migratedFrom: read.migratedFrom };
}

export type StoredRead =
  | { ok: true; work: SavedWork; migratedFrom: number | null; quarantined: QuarantinedItem[] }
  | { ok: false; reason: string };

/**
 * Reads the stored record leniently: an item that cannot be read is set aside in `quarantined` and the rest
 * loads and saves as usual. A record that is not saved work at all comes back whole as one quarantined item
 * (the caller keeps it and starts empty); a newer version is refused (the store keeps it untouched).
 */
export function readStoredWork(data: unknown): StoredRead {
  if (data === undefined || data === null)
    return { ok: true, work: emptySavedWork(), migratedFrom: null, quarantined: [] };
  const whole = (reason: string): StoredRead => ({
    ok: true,
    work: emptySavedWork(),
    migratedFrom: null,
    quarantined: [{ where: '', reason, item: data }],
  });
  if (!isRecord(data) || typeof data['version'] !== 'number') return whole('not saved work: no version');
  const version = data['version'];
  let outcome: { work: SavedWork; bad: QuarantinedItem[] } | string;
  if (version === 1) {
    const work = fromVersion1(data);
    outcome = typeof work === 'string' ? work : { work, bad: [] };
  } else if (version === 2) outcome = fromVersion2(data);
  else if (version === SAVED_WORK_VERSION) outcome = checkVersion3(data);
  else if (version > SAVED_WORK_VERSION)
    return { ok: false, reason: `saved by a newer version of Switchboard (format ${version}); update the app` };
  else return whole(`unknown saved-work version ${version}`);
  if (typeof outcome === 'string') return whole(outcome);
  return {
    ok: true,
    work: outcome.work,
    migratedFrom: version === SAVED_WORK_VERSION ? null : version,
    quarantined: outcome.bad,
  };
}

/** `base`, or `base-2`, `base-3`… so that no two saved items share a key. */
export function uniqueKey(base: string, existing: readonly { key: string }[]): string {
  const taken = new Set(existing.map((s) => s.key));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Saves (or replaces, same key) one scenario; returns new saved work, leaving the input untouched. */
export function putScenario(work: SavedWork, item: SavedScenario): SavedWork {
  const others = work.scenarios.filter((s) => s.key !== item.key);
  return { ...work, scenarios: [...others, item] };
}

export function removeScenario(work: SavedWork, key: string): SavedWork {
  return { ...work, scenarios: work.scenarios.filter((s) => s.key !== key) };
}

/** Saves one result's index entry (its body is stored beside it); the same key replaces the earlier one. */
export function putResult(work: SavedWork, item: SavedResultInfo): SavedWork {
  return { ...work, results: [...work.results.filter((r) => r.key !== item.key), item] };
}

export function removeResult(work: SavedWork, key: string): SavedWork {
  return { ...work, results: work.results.filter((r) => r.key !== key) };
}

/**
 * Adds imported scenarios and results beside the existing ones; a clashing key gets a suffix, nothing is
 * overwritten. Returns the bodies under the keys their results got.
 */
export function mergeSavedWork(
  work: SavedWork,
  imported: SavedWork,
  bodies: ResultBodies = {},
): { work: SavedWork; bodies: ResultBodies } {
  const scenarios = [...work.scenarios];
  for (const item of imported.scenarios) scenarios.push({ ...item, key: uniqueKey(item.key, scenarios) });
  const results = [...work.results];
  const kept: ResultBodies = {};
  for (const item of imported.results) {
    const key = uniqueKey(item.key, results);
    results.push({ ...item, key });
    const body = bodies[item.key];
    if (body !== undefined) kept[key] = body;
  }
  return { work: { ...work, scenarios, results }, bodies: kept };
}

/** The export file's text: saved work with a format tag, each result with its body. */
export function savedWorkToFile(work: SavedWork, bodies: ResultBodies = {}): string {
  const results = work.results.map((info) => ({ ...info, body: bodies[info.key] }));
  return JSON.stringify({ format: SAVED_WORK_FORMAT, ...work, results }, nonFiniteReplacer, 2);
}

/**
 * Splits the results of an export file into index entries and bodies; every result must have its body. Two
 * results of one file under one key get distinct keys here, so each keeps its own body.
 */
function splitBodies(work: SavedWork, fileResults: unknown): ReadFile {
  const bodies: ResultBodies = {};
  const items = Array.isArray(fileResults) ? fileResults : [];
  const results: SavedResultInfo[] = [];
  for (const [i, info] of work.results.entries()) {
    const body = checkResultBody((items[i] as { body?: unknown } | undefined)?.body, `results[${i}].body`);
    if (typeof body === 'string') return { ok: false, reason: body };
    const { body: _body, ...entry } = info as SavedResultInfo & { body?: unknown };
    const key = uniqueKey(entry.key, results);
    results.push({ ...entry, key });
    bodies[key] = body;
  }
  return { ok: true, work: { ...work, results }, bodies };
}

/**
 * Reads an export file, or a single scenario file, into saved work and result bodies. Throws nothing: a
 * problem comes back as a reason and the caller changes nothing.
 */
export function savedWorkFromFile(text: string, nowIso: string): ReadFile {
  // Measured before JSON.parse, whose reviver would overflow the stack on a deep nest ("Maximum call stack").
  if (jsonNestingExceeds(text, MAX_FILE_DEPTH))
    return { ok: false, reason: `nested too deeply (at most ${MAX_FILE_DEPTH} levels of lists and objects)` };
  let data: unknown;
  try {
    data = JSON.parse(text, nonFiniteReviver);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (isRecord(data) && 'schemaVersion' in data && !('format' in data)) {
    const id = typeof data['id'] === 'string' ? data['id'] : 'imported';
    const scenarios = [{ key: id, name: nameOf(data, id), savedAt: nowIso, scenario: data }];
    return { ok: true, work: { version: SAVED_WORK_VERSION, scenarios, results: [] }, bodies: {} };
  }
  if (!isRecord(data) || data['format'] !== SAVED_WORK_FORMAT)
    return { ok: false, reason: 'not a Switchboard saved-work file or scenario' };
  const { format: _format, ...rest } = data;
  const migrated = migrateSavedWork(rest);
  if (!migrated.ok) return migrated;
  return splitBodies(migrated.work, rest['results']);
}

/** The saved item a tab is replacing: its key and the time of saving this tab last read for it. */
export interface Replacing {
  key: string;
  savedAt: string;
}

/** A change refused because another tab changed the item since this tab read it: names the item. */
export interface Conflict {
  conflict: string;
}

/**
 * Saves `item` into `stored` (the saved work as stored now). Replacing an item: only if it is still the
 * version this tab read (`replacing.savedAt`); another tab's newer save is never overwritten (a conflict
 * naming it), and an item deleted elsewhere is saved again under its key. A new item gets a key of its own
 * (`base`, or `base-2`…), so saving never replaces an item the user did not open (e.g. an imported copy
 * stored as `help-desk-2` saved again never lands on the user's own `help-desk`).
 */
export function saveScenarioInto(
  stored: SavedWork,
  item: Omit<SavedScenario, 'key'>,
  base: string,
  replacing: Replacing | undefined,
): { work: SavedWork; value: string } | Conflict {
  if (replacing !== undefined) {
    const current = stored.scenarios.find((s) => s.key === replacing.key);
    if (current !== undefined && current.savedAt !== replacing.savedAt) return { conflict: current.name };
    return { work: putScenario(stored, { ...item, key: replacing.key }), value: replacing.key };
  }
  const key = uniqueKey(base, stored.scenarios);
  return { work: putScenario(stored, { ...item, key }), value: key };
}

/** Deletes a scenario, unless another tab saved it again since this tab read it. */
export function removeScenarioFrom(
  stored: SavedWork,
  replacing: Replacing,
): { work: SavedWork; value: string } | Conflict {
  const current = stored.scenarios.find((s) => s.key === replacing.key);
  if (current !== undefined && current.savedAt !== replacing.savedAt) return { conflict: current.name };
  return { work: removeScenario(stored, replacing.key), value: replacing.key };
}

/** What an export file holds: the results whose bodies could be read, and the names of those left out. */
export function exportContent(work: SavedWork, bodies: ResultBodies): { work: SavedWork; leftOut: string[] } {
  return {
    work: { ...work, results: work.results.filter((r) => bodies[r.key] !== undefined) },
    leftOut: work.results.filter((r) => bodies[r.key] === undefined).map((r) => r.name),
  };
}
