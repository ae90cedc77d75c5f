// The one-line status of the fast runs under the page heading: starting, running, cancelled, failed, or what
// the shown result is (replications, simulated time, seed, events, and when it was saved). Pure, no DOM.
import type { ReplicatedResult } from '../sim/results';
import type { Scenario } from '../sim/scenario/schema';
import { msg, str } from '@lit/localize';
import { formatDateTime, formatDecimal, formatDuration, formatInteger } from './format';
import { pluralMsg } from './i18n/plural';
import { scenarioName } from './i18n/scenario-text';

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

export const replicationsText = (count: number) =>
  pluralMsg('status.replications', count, formatInteger(count), {
    one: (n) => str`${n} replication`,
    other: (n) => str`${n} replications`,
  });

export const workersText = (count: number) =>
  pluralMsg('status.workers', count, formatInteger(count), {
    one: (n) => str`on ${n} worker`,
    other: (n) => str`on ${n} workers`,
  });

export function runStatusText(
  runState: RunState,
  running: { name: string; replications: number; workers?: number },
  completed: CompletedRun | undefined,
): string {
  switch (runState) {
    case 'starting':
      return msg('Starting the simulator…', { id: 'status.starting' });
    case 'running': {
      const on = running.workers === undefined || running.workers < 2 ? '' : ` ${workersText(running.workers)}`;
      const what = `${replicationsText(running.replications)}${on}`;
      return msg(str`Running ${running.name} (${what})…`, { id: 'status.running' });
    }
    case 'cancelled':
      return msg('Run cancelled. The results below are from the previous run.', { id: 'status.cancelled' });
    case 'error':
      return msg('The run failed.', { id: 'status.failed' });
    case 'done': {
      if (completed === undefined) return '';
      const { scenario, result, elapsedMs, saved, workers } = completed;
      const eventCount = result.runs.reduce((sum, run) => sum + run.events, 0);
      const events = pluralMsg('status.events', eventCount, formatInteger(eventCount), {
        one: (n) => str`${n} event`,
        other: (n) => str`${n} events`,
      });
      const horizon =
        scenario.horizon.kind === 'duration'
          ? msg(str`${formatDuration(scenario.horizon.seconds)} simulated`, { id: 'status.simulated' })
          : pluralMsg('status.callsSimulated', scenario.horizon.count, formatInteger(scenario.horizon.count), {
              one: (n) => str`${n} call simulated`,
              other: (n) => str`${n} calls simulated`,
            });
      const on = workers === undefined ? '' : ` ${workersText(workers)}`;
      const seconds = formatDecimal(elapsedMs / 1000, 2);
      const took = Number.isFinite(elapsedMs)
        ? msg(str`${events} in ${seconds} s`, { id: 'status.took' }) + on
        : events;
      const when = saved === undefined ? '' : formatDateTime(new Date(saved.savedAt));
      const savedNote = saved === undefined ? '' : ` · ${msg(str`saved ${when}`, { id: 'status.savedAt' })}`;
      const replications = replicationsText(result.replications);
      const name = scenarioName(scenario);
      const seed = msg(str`seed ${result.seed}`, { id: 'status.seed' });
      // The scenario is named: the result on show may be of another scenario than the one now selected.
      return `${msg(str`${replications} of ${name}`, { id: 'status.of' })} · ${horizon} · ${seed} · ${took}${savedNote}`;
    }
  }
}
