// A reactive controller that owns the simulator Web Worker: it starts the worker when its host connects,
// ends it when the host disconnects, and can restart it to abandon a run in progress. The page talks to
// the simulator only through `api` (Comlink's Remote of the worker's API); simulator code is type-only here.
// The fast runs and the live run each get their own controller (and worker), so cancelling one keeps the other.
import * as Comlink from 'comlink';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WorkerApi } from '../worker/simulator.worker';

export class SimulatorController implements ReactiveController {
  private worker: Worker | undefined;
  private remote: Comlink.Remote<WorkerApi> | undefined;
  private readonly onWorkerError: (message: string) => void;

  /** @param onWorkerError called when the worker itself fails (e.g. its script cannot load). */
  constructor(host: ReactiveControllerHost, onWorkerError: (message: string) => void) {
    this.onWorkerError = onWorkerError;
    host.addController(this);
  }

  get api(): Comlink.Remote<WorkerApi> {
    if (this.remote === undefined) throw new Error('the simulator worker is not running');
    return this.remote;
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Ends the worker (and any run in it) and starts a fresh one. Pending calls never settle. */
  restart(): void {
    this.stop();
    this.start();
  }

  private start(): void {
    // Vite recognises this exact `new Worker(new URL(..., import.meta.url))` form and bundles the worker.
    const worker = new Worker(new URL('../worker/simulator.worker.ts', import.meta.url), {
      type: 'module',
      name: 'simulator',
    });
    worker.addEventListener('error', (event) => {
      this.onWorkerError(event.message || 'the simulator worker failed to start');
    });
    this.worker = worker;
    this.remote = Comlink.wrap<WorkerApi>(worker);
  }

  private stop(): void {
    this.remote?.[Comlink.releaseProxy]();
    this.worker?.terminate();
    this.remote = undefined;
    this.worker = undefined;
  }
}
