// A reactive controller that owns a pool of simulator workers for fast runs and comparisons: one per core
// (poolSize), each running a share of the replication indices; the first worker then merges the shares in
// replication order, which gives exactly what one worker running them all gives. Workers start on first use
// and stay for the next run; cancel() ends every one of them, and the next run starts fresh ones. A worker
// that dies on its own is dropped (the next run starts a fresh one) and a run waiting on it fails with the
// page's message instead of waiting forever; the run's other workers are ended with it.
import * as Comlink from 'comlink';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompareResponse, ProgressCallback, RunClock, RunResponse } from '../../sim/api';
import type { VariantRuns } from '../../sim/compare';
import type { RunResult } from '../../sim/results';
import {
  WorkerDiedError,
  startSimulatorWorker,
  stopSimulatorWorker,
  unlessDied,
  type SimulatorWorker,
} from '../simulator-worker';
import {
  MAX_REPLICATIONS,
  PooledProgress,
  poolSize,
  splitReplications,
  type ReplicationShare,
} from './replication-shares';

export interface PoolRunOptions {
  replications: number;
  seed?: string | number;
  /** The user agreed to a run larger than the work budget (src/sim/budget.ts). */
  allowLargeRun?: boolean;
}

function shareOptions(options: PoolRunOptions, share: ReplicationShare) {
  return {
    replications: options.replications,
    ...share,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.allowLargeRun === true ? { allowLargeRun: true } : {}),
  };
}

/** A pooled answer and how many workers made it. */
export interface Pooled<T> {
  response: T;
  workers: number;
}

export class WorkerPool implements ReactiveController {
  private workers: SimulatorWorker[] = [];
  private readonly name: string;
  private readonly onWorkerError: (message: string) => void;

  /** @param name the workers' names (for the browser's task manager): `<name>-1`, `<name>-2`, … */
  constructor(host: ReactiveControllerHost, name: string, onWorkerError: (message: string) => void) {
    this.name = name;
    this.onWorkerError = onWorkerError;
    host.addController(this);
  }

  hostConnected(): void {
    // Workers start on first use: most visits never run a long fast run.
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The workers a run of `workItems` replications will use on this machine. */
  sizeFor(workItems: number): number {
    return poolSize(navigator.hardwareConcurrency, workItems);
  }

  /** The pool's first worker, started if need be, for small requests around a pooled run. */
  first(): SimulatorWorker['remote'] {
    return this.ensure(1)[0]!;
  }

  /** `count` workers of the pool (started if need be) for work the caller shares out itself, e.g. hand-ins. */
  workersFor(count: number): SimulatorWorker['remote'][] {
    return this.ensure(count);
  }

  /** Ends every worker of the pool and any run in them; pending calls never settle. */
  cancel(): void {
    for (const started of this.workers) stopSimulatorWorker(started);
    this.workers = [];
  }

  private ensure(count: number): SimulatorWorker['remote'][] {
    while (this.workers.length < count) {
      const started = startSimulatorWorker(`${this.name}-${this.workers.length + 1}`, this.onWorkerError);
      this.workers.push(started);
      void started.died.then(() => {
        this.workers = this.workers.filter((w) => w !== started);
      });
    }
    return this.workers.slice(0, count).map((w) => w.remote);
  }

  /** `work` on the first `count` workers, or the page's message if one of them dies first (then all are ended). */
  private async guarded<T>(count: number, work: Promise<T>): Promise<T> {
    try {
      return await unlessDied(work, this.workers.slice(0, count));
    } catch (error) {
      // The run's other shares are worthless without the dead one's: their workers end too.
      if (error instanceof WorkerDiedError) this.cancel();
      throw error;
    }
  }

  /** The shares of a run; replications the worker will refuse go to one worker, which names the problem. */
  private sharesFor(replications: number): ReplicationShare[] {
    const isValid = Number.isInteger(replications) && replications >= 1 && replications <= MAX_REPLICATIONS;
    return isValid ? splitReplications(replications, this.sizeFor(replications)) : [{ first: 0, count: 1 }];
  }

  /** A fast run of `scenario` spread over the pool; the result equals a single worker's `run`. */
  async run(scenario: unknown, options: PoolRunOptions, onProgress: ProgressCallback): Promise<Pooled<RunResponse>> {
    const shares = this.sharesFor(options.replications);
    const remotes = this.ensure(shares.length);
    const progress = new PooledProgress(shares.length, options.replications, onProgress);
    const answers = await this.guarded(
      shares.length,
      Promise.all(
        shares.map((share, i) =>
          remotes[i]!.runRange(
            scenario,
            shareOptions(options, share),
            Comlink.proxy((done: number, _total: number, clock?: RunClock) => progress.update(i, done, clock)),
          ),
        ),
      ),
    );
    const failed = answers.find((a) => !a.ok);
    if (failed !== undefined && !failed.ok) return { response: failed, workers: shares.length };
    const runs = answers.flatMap((a) => (a.ok ? a.runs : [])) as RunResult[];
    return { response: await this.guarded<RunResponse>(1, remotes[0]!.mergeRuns(runs)), workers: shares.length };
  }

  /** A comparison of `scenarios` (A first) spread over the pool; the result equals a single worker's `compare`. */
  async compare(
    scenarios: unknown[],
    options: PoolRunOptions,
    onProgress: ProgressCallback,
  ): Promise<Pooled<CompareResponse>> {
    const shares = this.sharesFor(options.replications);
    const remotes = this.ensure(shares.length);
    const progress = new PooledProgress(shares.length, options.replications * scenarios.length, onProgress);
    const answers = await this.guarded(
      shares.length,
      Promise.all(
        shares.map((share, i) =>
          remotes[i]!.compareRange(
            scenarios,
            shareOptions(options, share),
            Comlink.proxy((done: number) => progress.update(i, done)),
          ),
        ),
      ),
    );
    const failed = answers.find((a) => !a.ok);
    if (failed !== undefined && !failed.ok) return { response: failed, workers: shares.length };
    const shareVariants = answers.map((a) => (a.ok ? a.variants : [])) as VariantRuns[][];
    const variants: VariantRuns[] = (shareVariants[0] ?? []).map((v, k) => ({
      ...v,
      runs: shareVariants.flatMap((share) => share[k]?.runs ?? []),
    }));
    return {
      response: await this.guarded<CompareResponse>(1, remotes[0]!.mergeComparison(scenarios, variants)),
      workers: shares.length,
    };
  }
}
