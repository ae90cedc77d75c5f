// The one-line status of the fast runs under the page heading: starting, running, cancelled, failed, or what
// the shown result is (replications, simulated time, seed, events, and when it was saved). Pure, no DOM.
import type { ReplicatedResult } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import { formatDuration } from './format';

export type RunState = 'starting' | 'running' | 'done' | 'error' | 'cancelled';

/** A result on show: from a run just finished, or reopened from this browser. */
export interface CompletedRun {
  scenario: Scenario;
  result: ReplicatedResult;
  /** How long the run took, ms; NaN when unknown. */
  elapsedMs: number;
  /** How many workers ran it (undefined for a reopened result). */
  workers?: number;
  /** Set when the result was saved in (or reopened from) this browser: its key and when it was saved. */
  saved?: { key: string; savedAt: string };
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

export function runStatusText(
  runState: RunState,
  running: { name: string; replications: number; workers?: number },
  completed: CompletedRun | undefined,
): string {
  switch (runState) {
    case 'starting':
      return 'Starting the simulator…';
    case 'running': {
      const on = running.workers === undefined || running.workers < 2 ? '' : ` on ${plural(running.workers, 'worker')}`;
      return `Running ${running.name} (${plural(running.replications, 'replication')}${on})…`;
    }
    case 'cancelled':
      return 'Run cancelled. The results below are from the previous run.';
    case 'error':
      return 'The run failed.';
    case 'done': {
      if (completed === undefined) return '';
      const { scenario, result, elapsedMs, saved, workers } = completed;
      const events = result.runs.reduce((sum, run) => sum + run.events, 0).toLocaleString('en-US');
      const horizon =
        scenario.horizon.kind === 'duration'
          ? `${formatDuration(scenario.horizon.seconds)} simulated`
          : `${plural(scenario.horizon.count, 'call')} simulated`;
      const on = workers === undefined ? '' : ` on ${plural(workers, 'worker')}`;
      const took = Number.isFinite(elapsedMs)
        ? `${events} events in ${(elapsedMs / 1000).toFixed(2)} s${on}`
        : `${events} events`;
      const savedNote = saved === undefined ? '' : ` · saved ${new Date(saved.savedAt).toLocaleString()}`;
      // The scenario is named: the result on show may be of another scenario than the one now selected.
      return `${plural(result.replications, 'replication')} of ${scenario.name} · ${horizon} · seed ${result.seed} · ${took}${savedNote}`;
    }
  }
}
