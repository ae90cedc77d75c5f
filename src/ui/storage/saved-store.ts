// Saved work in IndexedDB (idb-keyval): one index record per app, and one record per saved result's body.
// Loading migrates older versions and keeps a copy of what it migrated from; data it cannot read (newer or
// damaged) is left untouched and reported. A change to the index and to result bodies is one transaction.
import { createStore, get, promisifyRequest, set } from 'idb-keyval';
import { checkResultBody, type SavedResultBody } from './saved-result';
import { emptySavedWork, migrateSavedWork, type ResultBodies, type SavedWork } from './saved-work';

const KEY = 'switchboard:saved-work';
const BACKUP_PREFIX = 'switchboard:saved-work-backup-v';
const RESULT_PREFIX = 'switchboard:result:';

// idb-keyval's own database and store, opened here too for transactions over several keys.
const store = createStore('keyval-store', 'keyval');

export type LoadedWork = { ok: true; work: SavedWork } | { ok: false; reason: string };

export async function loadSavedWork(): Promise<LoadedWork> {
  const raw: unknown = await get(KEY, store);
  const migrated = migrateSavedWork(raw);
  if (!migrated.ok) return { ok: false, reason: migrated.reason };
  if (migrated.migratedFrom !== null) {
    // Keep the old record before writing the migrated one: an upgrade never loses what was saved.
    await set(`${BACKUP_PREFIX}${migrated.migratedFrom}`, raw, store);
    await set(KEY, migrated.work, store);
  }
  return { ok: true, work: migrated.work };
}

/**
 * Writes the index, the result bodies in `put` and deletes those in `remove`, all or nothing: a result is
 * never listed without its body.
 */
export async function storeSavedWork(
  work: SavedWork,
  put: ResultBodies = {},
  remove: readonly string[] = [],
): Promise<void> {
  await store('readwrite', (objects) => {
    for (const [key, body] of Object.entries(put)) objects.put(body, RESULT_PREFIX + key);
    for (const key of remove) objects.delete(RESULT_PREFIX + key);
    objects.put(work, KEY);
    return promisifyRequest(objects.transaction);
  });
}

/** A saved result's body, or why it cannot be read. */
export async function loadResultBody(key: string): Promise<SavedResultBody | string> {
  const raw: unknown = await get(RESULT_PREFIX + key, store);
  if (raw === undefined) return 'its data is missing from this browser';
  return checkResultBody(raw);
}

/** The bodies of the given results (for an export); a missing or unreadable one is left out. */
export async function loadResultBodies(keys: readonly string[]): Promise<ResultBodies> {
  const bodies: ResultBodies = {};
  for (const key of keys) {
    const body = await loadResultBody(key);
    if (typeof body !== 'string') bodies[key] = body;
  }
  return bodies;
}

export { emptySavedWork };
