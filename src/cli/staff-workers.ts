// Replications of `sim staff` spread over worker threads, one per core, behind the optimiser's synchronous
// ReplicationRunner: the main thread posts contiguous ranges of replication indices, sleeps on a shared counter
// (Atomics.wait) until every range is done, and reads the answers with receiveMessageOnPort. Replication r is
// fixed by (seed, r), so the merged runs are exactly those of a single-thread run, in the same order. Node only.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { RunGuardError } from '../sim/run-guard';
import type { RunResult } from '../sim/results';
import type { ReplicationRunner } from '../sim/staffing/requirements';

export interface WorkerPool {
  run: ReplicationRunner;
  close(): Promise<void>;
}

type Answer = { id: number; runs: RunResult[] } | { id: number; error: string };

/** A worker that loads staff-worker.ts through tsx's loader (the CLI runs TypeScript sources, as `npm run sim` does). */
function startWorker(): Worker {
  const source = new URL('./staff-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}

/**
 * Starts `threads` workers and resolves once each has loaded (a worker that fails to load rejects here, before
 * the main thread ever blocks waiting for it).
 */
export async function createWorkerPool(threads: number): Promise<WorkerPool> {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const workers: { worker: Worker; port: MessagePort }[] = [];
  const ready: Promise<void>[] = [];
  for (let k = 0; k < threads; k++) {
    const worker = startWorker();
    const { port1, port2 } = new MessageChannel();
    ready.push(
      new Promise<void>((resolve, reject) => {
        port1.once('message', () => resolve());
        worker.once('error', reject);
      }),
    );
    worker.postMessage({ port: port2, done: done.buffer }, [port2]);
    workers.push({ worker, port: port1 });
  }
  try {
    await Promise.all(ready);
  } catch (error) {
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
    throw error;
  }
  // From here on the ports are read synchronously only.
  for (const { port } of workers) port.removeAllListeners('message');
  let nextId = 0;
  const run: ReplicationRunner = (scenario, seed, count) => {
    const share = Math.ceil(count / workers.length);
    const jobs: { id: number; port: MessagePort }[] = [];
    const start = Atomics.load(done, 0);
    for (let k = 0, first = 0; k < workers.length && first < count; k++, first += share) {
      const id = nextId++;
      const { port } = workers[k] as (typeof workers)[number];
      port.postMessage({ id, scenario, seed, first, count: Math.min(share, count - first) });
      jobs.push({ id, port });
    }
    for (let now = start; now - start < jobs.length; now = Atomics.load(done, 0)) Atomics.wait(done, 0, now);
    const runs: RunResult[] = [];
    for (const job of jobs) {
      const answer = receiveMessageOnPort(job.port)?.message as Answer | undefined;
      if (answer === undefined || answer.id !== job.id) throw new Error('a staffing worker answered out of turn');
      if ('error' in answer) throw new RunGuardError(answer.error);
      runs.push(...answer.runs);
    }
    return runs;
  };
  const close = async (): Promise<void> => {
    await Promise.all(workers.map(({ worker, port }) => (port.close(), worker.terminate())));
  };
  return { run, close };
}
