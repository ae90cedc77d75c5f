// The engine's own guard against runaway runs: a calendar that refuses an event at a time that is not a finite
// number (naming the kind of event that asked for it), and the limit on events in a row at one simulated
// instant (a loop that takes no time would otherwise hang the page). Engine-internal; no DOM.
import type { Scenario } from '../scenario/schema';
import { EventKind } from './event-kinds';
import { EventQueue } from './event-queue';

/**
 * A run that cannot go on; the message says why in a trainer's words. The one error of every guard, this one
 * inside the engine and run-guard.ts around it (which re-exports it), so that the page, the CLI and the live
 * player show any of them as a refusal.
 */
export class RunGuardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunGuardError';
  }
}

/** What each kind of event is, in words, for the guard's messages. */
const KIND_NAMES: Record<EventKind, string> = {
  [EventKind.Arrival]: 'the next arrival',
  [EventKind.Abandon]: "a caller's abandonment (patience)",
  [EventKind.TalkEnd]: 'the end of a talk time',
  [EventKind.WrapEnd]: 'the end of after-call work',
  [EventKind.IntervalEnd]: 'the end of a statistics interval',
  [EventKind.Horizon]: 'the end of arrivals',
  [EventKind.WarmupEnd]: 'the end of the warm-up',
  [EventKind.SurgeEnd]: 'the end of an arrival surge',
  [EventKind.DayStart]: 'the start of a day',
  [EventKind.ShiftStart]: 'the start of a shift',
  [EventKind.ShiftEnd]: 'the end of a shift',
  [EventKind.BreakStart]: 'the start of a break',
  [EventKind.ActivityStart]: 'the start of an off-phone activity',
  [EventKind.AwayEnd]: 'the end of a break or an activity',
  [EventKind.IvrEnd]: 'the end of an IVR walk',
  [EventKind.FutureContact]: 'a retrial or a repeat contact',
  [EventKind.WarmTimeout]: 'the end of a warm-transfer hold',
  [EventKind.ConferenceEnd]: 'the end of a warm-transfer conference',
  [EventKind.Overflow]: "a waiting caller's overflow",
  [EventKind.ConsultEnd]: 'the end of a consult',
  [EventKind.Org]: 'an organisation event (review, coaching, meeting)',
  [EventKind.PeerEnd]: 'the end of a peer consult',
};

export function eventKindName(kind: number): string {
  return KIND_NAMES[kind as EventKind] ?? `event kind ${kind}`;
}

/** The engine's calendar: an EventQueue that refuses NaN and infinite times, naming what asked for them. */
export class GuardedCalendar extends EventQueue {
  constructor(initialCapacity: number) {
    super(initialCapacity);
    this.finiteOnly = true;
    // Off the hot path: EventQueue.push calls this only for a time that is not a finite number.
    this.refuseTime = (time, kind) => {
      throw new RunGuardError(
        `the run stopped: ${eventKindName(kind)} was due at ${String(time)} s of simulated time (at ` +
          `${Math.round(this.time)} s); a duration or a rate of the scenario gave no finite number (an engine ` +
          `error if the scenario is valid: please report it with the scenario)`,
      );
    };
  }
}

/**
 * Why this many: at one instant a run legitimately handles every scripted arrival due then and, at a shift
 * start, a few events per agent (log in, answer, the caller's events); a million events at one instant is
 * ~0.3 s of work, beyond any such burst in a scenario the budget allows, yet short enough not to freeze a page.
 */
export const MIN_EVENTS_AT_ONE_INSTANT = 1_000_000;

/** The most events in a row at one simulated instant before the run counts as stuck in a loop that takes no time. */
export function eventsAtOneInstantLimit(scenario: Scenario): number {
  let agents = 0;
  for (const g of scenario.agentGroups) agents += g.agents;
  for (const s of scenario.schedule ?? []) agents += s.agents;
  let scripted = 0;
  for (const ct of scenario.callTypes) scripted += ct.arrivals.atSeconds?.length ?? 0;
  return Math.max(MIN_EVENTS_AT_ONE_INSTANT, 20 * (agents + scripted));
}

/** The error for a run whose clock stopped: `events` in a row at `atSeconds`. */
export function stuckClockError(events: number, atSeconds: number): RunGuardError {
  return new RunGuardError(
    `the run stopped: ${events.toLocaleString('en')} events in a row at ${Math.round(atSeconds)} s of simulated ` +
      `time without the clock moving on, a loop that takes no time: look for retrials or repeat contacts with ` +
      `a delay of 0 and a probability near 1, patience or durations of 0, or a busyness near 0`,
  );
}
