// A reactive controller that owns the simulator Web Worker: it starts the worker when its host connects,
// ends it when the host disconnects, and can restart it to abandon a run in progress. The page talks to
// the simulator only through `api` (Comlink's Remote of the worker's API); simulator code is type-only here.
// The fast runs and the live run each get their own controller (and worker), so cancelling one keeps the other.
// A worker that dies on its own (a crash, memory running out) is reported and replaced at once; the host may ask
// to hear of the replacement (the live view then reopens its day from its decision log).
import type * as Comlink from 'comlink';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WorkerApi } from '../worker/simulator.worker';
import { startSimulatorWorker, stopSimulatorWorker, type SimulatorWorker } from './simulator-worker';

export class SimulatorController implements ReactiveController {
  private started: SimulatorWorker | undefined;
  private readonly onWorkerError: (message: string) => void;
  private readonly onReplaced: (() => void) | undefined;

  /**
   * @param onWorkerError called when the worker itself fails (e.g. its script cannot load).
   * @param onReplaced called once a fresh worker has replaced one that died on its own (after onWorkerError).
   */
  constructor(host: ReactiveControllerHost, onWorkerError: (message: string) => void, onReplaced?: () => void) {
    this.onWorkerError = onWorkerError;
    this.onReplaced = onReplaced;
    host.addController(this);
  }

  get api(): Comlink.Remote<WorkerApi> {
    if (this.started === undefined) throw new Error('the simulator worker is not running');
    return this.started.remote;
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
    const started = startSimulatorWorker('simulator', this.onWorkerError);
    this.started = started;
    // The report itself comes through onWorkerError; here the dead worker is replaced.
    void started.died.then(() => {
      if (this.started !== started) return;
      this.start();
      this.onReplaced?.();
    });
  }

  private stop(): void {
    if (this.started !== undefined) stopSimulatorWorker(this.started);
    this.started = undefined;
  }
}
