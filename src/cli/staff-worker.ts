// A worker thread of `sim staff`: runs the replications it is sent and answers on its port, then bumps the
// shared counter the main thread waits on (staff-workers.ts). Node only; no state between jobs.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { runGuarded } from '../sim/run-guard';
import type { Scenario } from '../sim/scenario/schema';

interface Job {
  id: number;
  scenario: Scenario;
  seed: string | number;
  first: number;
  count: number;
}

parentPort?.once('message', ({ port, done }: { port: MessagePort; done: SharedArrayBuffer }) => {
  const counter = new Int32Array(done);
  port.postMessage('ready');
  port.on('message', (job: Job) => {
    try {
      const runs = Array.from({ length: job.count }, (_, k) =>
        runGuarded(job.scenario, { seed: job.seed, replication: job.first + k }),
      );
      port.postMessage({ id: job.id, runs });
    } catch (error) {
      port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    }
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
  });
});
