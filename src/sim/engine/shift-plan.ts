// The day plan of the schedule: at the start of each day, every shift agent's log-in, breaks, activities and
// log-out go on the calendar, unless the agent is drawn absent. Pushes events only; the workforce handles them.
// No DOM.
import type { Rng } from '../random/streams';
import type { ShiftSpec } from '../scenario/schema';
import { EventKind } from './event-kinds';
import type { EventQueue } from './event-queue';
import type { Organisation } from './organisation';
import type { OrganisationRunner } from './organisation-runner';

export const SECONDS_PER_DAY = 86_400;

export interface ShiftModel {
  spec: ShiftSpec;
  agents: number[];
}

/**
 * Schedules one day of every shift: each agent of a shift shows up unless drawn absent (one draw per agent per
 * day, always made, so staffing changes elsewhere leave absences unchanged; fatigue adds to the probability),
 * then logs in, takes the breaks and activities, and logs out. With `nextDay`, the next DAY_START follows.
 */
export function scheduleDay(
  calendar: EventQueue,
  shifts: readonly ShiftModel[],
  day: number,
  nextDay: boolean,
  absenceRng: Rng,
  organisation: Organisation | null,
  orgRunner: OrganisationRunner | null,
): void {
  const dayAt = day * SECONDS_PER_DAY;
  for (const shift of shifts) {
    const spec = shift.spec;
    const absence = spec.absenceProbability ?? 0;
    for (const agent of shift.agents) {
      const tired = organisation === null ? 0 : organisation.absenceBoost(agent);
      if (absenceRng() < absence + tired) continue;
      calendar.push(dayAt + spec.startAt, EventKind.ShiftStart, agent);
      for (const b of spec.breaks ?? []) {
        calendar.push(dayAt + b.startAt, EventKind.BreakStart, agent);
        calendar.push(dayAt + b.startAt + b.durationSeconds, EventKind.AwayEnd, agent);
      }
      (spec.activities ?? []).forEach((a, j) => {
        calendar.push(dayAt + a.startAt, EventKind.ActivityStart, agent);
        // A training credit fires just before the activity's end (pushed first, so it comes first at a tie).
        if ((a.experienceCalls ?? 0) > 0)
          orgRunner?.scheduleTrainingCredit(dayAt + a.startAt + a.durationSeconds, agent, j);
        calendar.push(dayAt + a.startAt + a.durationSeconds, EventKind.AwayEnd, agent);
      });
      calendar.push(dayAt + spec.endAt, EventKind.ShiftEnd, agent);
    }
  }
  if (nextDay) calendar.push(dayAt + SECONDS_PER_DAY, EventKind.DayStart, day + 1);
}
