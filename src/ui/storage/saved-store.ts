// Saved work in IndexedDB (idb-keyval): one index record per app, and one record per saved result's body.
// Loading migrates older versions and keeps a copy of what it migrated from, under a key never used before (a
// second migration never overwrites an earlier backup); an item it cannot read is moved to a quarantine
// record and reported, and the rest loads and saves as usual; data of a newer app is left untouched.
//
// Several tabs share the store: every change reads the stored index and applies itself to that, in one
// transaction with its writes, so a tab never writes back its own stale copy over another tab's saves; a
// change that would replace an item another tab changed since this tab read it is refused (saved-work.ts).
import { createStore, get, promisifyRequest } from 'idb-keyval';
import { checkResultBody, type SavedResultBody } from './saved-result';
import { emptySavedWork, readStoredWork, type QuarantinedItem, type ResultBodies, type SavedWork } from './saved-work';

const KEY = 'switchboard:saved-work';
const BACKUP_PREFIX = 'switchboard:saved-work-backup-v';
const QUARANTINE_PREFIX = 'switchboard:saved-work-quarantine:';
const RESULT_PREFIX = 'switchboard:result:';

// idb-keyval's own database and store, opened here too for transactions over several keys.
const store = createStore('keyval-store', 'keyval');

export type LoadedWork = { ok: true; work: SavedWork; quarantined: QuarantinedItem[] } | { ok: false; reason: string };

/** `prefix + stamp`, or with `-2`, `-3`… appended: a key none of `taken` has, so nothing is overwritten. */
export function freshKey(prefix: string, stamp: string, taken: readonly IDBValidKey[]): string {
  const used = new Set(taken.filter((k): k is string => typeof k === 'string'));
  const base = prefix + stamp;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function loadSavedWork(nowIso = new Date().toISOString()): Promise<LoadedWork> {
  return store('readwrite', async (objects) => {
    const raw: unknown = await promisifyRequest(objects.get(KEY));
    const read = readStoredWork(raw);
    if (!read.ok) return read;
    if (read.migratedFrom !== null || read.quarantined.length > 0) {
      const taken = await promisifyRequest(objects.getAllKeys());
      // The old record is kept before the new one is written: an upgrade or a repair never loses what was saved.
      if (read.migratedFrom !== null)
        objects.put(raw, freshKey(`${BACKUP_PREFIX}${read.migratedFrom}-`, nowIso, taken));
      if (read.quarantined.length > 0) objects.put(read.quarantined, freshKey(QUARANTINE_PREFIX, nowIso, taken));
      objects.put(read.work, KEY);
      await promisifyRequest(objects.transaction);
    }
    return { ok: true, work: read.work, quarantined: read.quarantined };
  });
}

/** What a change writes: the new index, result bodies to put and result keys to delete. */
export interface Update<T> {
  work: SavedWork;
  put?: ResultBodies;
  remove?: readonly string[];
  /** What the change gives back (e.g. the key it saved under). */
  value: T;
}

export type Change<T> = (stored: SavedWork) => Update<T> | { conflict: string };

export type Changed<T> = { ok: true; work: SavedWork; value: T } | { ok: false; conflict: string };

/**
 * Applies `change` to the saved work as stored now (not as this tab last read it) and writes the result, the
 * index and the bodies all or nothing: a result is never listed without its body. A conflict writes nothing.
 */
export async function updateSavedWork<T>(change: Change<T>, nowIso = new Date().toISOString()): Promise<Changed<T>> {
  return store('readwrite', async (objects) => {
    const read = readStoredWork(await promisifyRequest(objects.get(KEY)));
    if (!read.ok) throw new Error(read.reason);
    if (read.quarantined.length > 0) {
      // Another app wrote an item this one cannot read since the page loaded: it is set aside, not lost.
      const taken = await promisifyRequest(objects.getAllKeys());
      objects.put(read.quarantined, freshKey(QUARANTINE_PREFIX, nowIso, taken));
    }
    const update = change(read.work);
    if ('conflict' in update) return { ok: false, conflict: update.conflict };
    for (const [key, body] of Object.entries(update.put ?? {})) objects.put(body, RESULT_PREFIX + key);
    for (const key of update.remove ?? []) objects.delete(RESULT_PREFIX + key);
    objects.put(update.work, KEY);
    await promisifyRequest(objects.transaction);
    return { ok: true, work: update.work, value: update.value };
  });
}

/** A saved result's body, or why it cannot be read. */
export async function loadResultBody(key: string): Promise<SavedResultBody | string> {
  const raw: unknown = await get(RESULT_PREFIX + key, store);
  if (raw === undefined) return 'its data is missing from this browser';
  return checkResultBody(raw);
}

/** The bodies of the given results (for an export) and why each of the others cannot be read. */
export async function loadResultBodies(
  keys: readonly string[],
): Promise<{ bodies: ResultBodies; unreadable: Record<string, string> }> {
  const bodies: ResultBodies = {};
  const unreadable: Record<string, string> = {};
  for (const key of keys) {
    const body = await loadResultBody(key);
    if (typeof body === 'string') unreadable[key] = body;
    else bodies[key] = body;
  }
  return { bodies, unreadable };
}

export { emptySavedWork };
