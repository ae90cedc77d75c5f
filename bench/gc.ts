// Finds a full-GC function for heap measurements: `global.gc` when node runs with --expose-gc, otherwise
// the flag is switched on at run time, so plain `npm run bench` measures the heap too. Node only.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  try {
    setFlagsFromString('--expose-gc');
    // A fresh context is created after the flag is set, so its global object carries `gc`.
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
