// Starts one simulator Web Worker and wraps it with Comlink. Shared by the controller of the page's single
// worker and by the worker pool of fast runs; simulator code is type-only here.
import * as Comlink from 'comlink';
import type { WorkerApi } from '../worker/simulator.worker';

export interface SimulatorWorker {
  worker: Worker;
  remote: Comlink.Remote<WorkerApi>;
}

/** @param onError called when the worker itself fails (e.g. its script cannot load). */
export function startSimulatorWorker(name: string, onError: (message: string) => void): SimulatorWorker {
  // Vite recognises this exact `new Worker(new URL(..., import.meta.url))` form and bundles the worker.
  const worker = new Worker(new URL('../worker/simulator.worker.ts', import.meta.url), { type: 'module', name });
  worker.addEventListener('error', (event) => onError(event.message || 'the simulator worker failed to start'));
  return { worker, remote: Comlink.wrap<WorkerApi>(worker) };
}

/** Ends a worker and any run in it; calls still pending never settle. */
export function stopSimulatorWorker(started: SimulatorWorker): void {
  started.remote[Comlink.releaseProxy]();
  started.worker.terminate();
}
