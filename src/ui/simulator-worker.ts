// Starts one simulator Web Worker and wraps it with Comlink. Shared by the controller of the page's single
// worker and by the worker pool of fast runs; simulator code is type-only here.
//
// A worker can die without a word: an uncaught error, memory running out, the browser closing it. Comlink's
// pending calls then never settle, and the page would show "Running…" forever. So each worker holds a Web
// Lock named after it for its whole life (src/worker/simulator.worker.ts); the page queues for the same lock,
// which the browser grants the moment the worker is gone, even while it was busy in a run. `died` settles
// then (and on an 'error' event), with why; a worker the page ended itself never reports.
import * as Comlink from 'comlink';
import { msg, str } from '@lit/localize';
import type { WorkerApi } from '../worker/simulator.worker';

export interface SimulatorWorker {
  worker: Worker;
  remote: Comlink.Remote<WorkerApi>;
  /** Resolves with what happened when the worker dies on its own; never for a worker ended by the page. */
  died: Promise<string>;
  /** Set when the page ends the worker. */
  isStopped: boolean;
}

/** The prefix of the lock each worker holds while it lives (the worker adds its own name). */
export const LIFE_LOCK_PREFIX = 'switchboard-worker-life:';

/** What the page says when a worker died: what happened and what to do. */
export function workerDiedText(detail: string): string {
  return msg(
    str`The simulator stopped unexpectedly (${detail}). A fresh one has been started and nothing you made was lost: press Run simulation to try again; if it happens again, use fewer replications or a shorter horizon.`,
    { id: 'worker.died' },
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the worker that holds `name` lets it go (it ended); never if locks are unavailable. */
async function lockReleased(name: string, isStopped: () => boolean): Promise<void> {
  const locks = navigator.locks as LockManager | undefined;
  if (locks === undefined) return new Promise(() => undefined);
  // Wait until the worker holds its lock (it takes it as its script starts), then queue behind it. A worker
  // that never takes it (its script failed, which the 'error' event reports) is not watched: a lock free from
  // the start says nothing about the worker.
  for (let tries = 0; tries < 600 && !isStopped(); tries++) {
    const state = await locks.query();
    if (state.held?.some((lock) => lock.name === name)) {
      await locks.request(name, () => undefined);
      return;
    }
    await sleep(tries < 20 ? 50 : 500);
  }
  return new Promise(() => undefined);
}

let started = 0;

/** @param onError called when the worker itself fails (e.g. its script cannot load). */
export function startSimulatorWorker(name: string, onError: (message: string) => void): SimulatorWorker {
  // A name unique in this browser, so that two tabs' workers never share a lock.
  const unique = `${name}#${Date.now().toString(36)}-${(started++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  // Vite recognises this exact `new Worker(new URL(..., import.meta.url))` form and bundles the worker.
  const worker = new Worker(new URL('../worker/simulator.worker.ts', import.meta.url), {
    type: 'module',
    name: unique,
  });
  let report: (detail: string) => void = () => undefined;
  const died = new Promise<string>((resolve) => {
    report = resolve;
  });
  const started_: SimulatorWorker = { worker, remote: Comlink.wrap<WorkerApi>(worker), died, isStopped: false };
  const dead = (detail: string) => {
    if (started_.isStopped) return;
    stopSimulatorWorker(started_);
    report(detail);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const detail = event.message || msg('its script could not be loaded', { id: 'worker.loadFailed' });
    dead(detail);
    onError(workerDiedText(detail));
  });
  void lockReleased(LIFE_LOCK_PREFIX + unique, () => started_.isStopped).then(() => {
    if (started_.isStopped) return;
    const detail = msg('its worker ended: a crash, memory running out, or the browser closed it', {
      id: 'worker.ended',
    });
    dead(detail);
    onError(workerDiedText(detail));
  });
  return started_;
}

/** Ends a worker and any run in it; calls still pending never settle. */
export function stopSimulatorWorker(started: SimulatorWorker): void {
  if (started.isStopped) return;
  started.isStopped = true;
  started.remote[Comlink.releaseProxy]();
  started.worker.terminate();
}

/** A call abandoned because its worker died; the message is the page's. */
export class WorkerDiedError extends Error {
  constructor(detail: string) {
    super(workerDiedText(detail));
    this.name = 'WorkerDiedError';
  }
}

/** Settles like `work`, or rejects with a WorkerDiedError when one of `workers` dies first. */
export async function unlessDied<T>(work: Promise<T>, workers: readonly SimulatorWorker[]): Promise<T> {
  const death = Promise.race(workers.map((w) => w.died)).then((detail) => {
    throw new WorkerDiedError(detail);
  });
  return Promise.race([work, death]);
}
