// Agents on the phones by the schedule: the expected number of a shift plan's people logged in and not on a
// break or an off-phone activity, averaged over a stretch of the run. What the per-interval Erlang prediction
// staffs each interval with. Pure; depends on nothing (a shift is read through the structural type below).

/** A shift as the analytic models read it (the scenario's `schedule` entries satisfy it). */
export interface ScheduledShift {
  agents: number;
  /** Seconds from the start of each day of the run; endAt may pass midnight (up to two days). */
  startAt: number;
  endAt: number;
  breaks?: readonly { startAt: number; durationSeconds: number }[];
  activities?: readonly { startAt: number; durationSeconds: number }[];
  /** Probability that a scheduled agent does not show up on a given day. */
  absenceProbability?: number;
}

const DAY_SECONDS = 86_400;

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Seconds of [from, to) during which one agent of `shift` is on the phones, over every day it repeats. */
function onPhoneSeconds(shift: ScheduledShift, from: number, to: number): number {
  let seconds = 0;
  // A shift that started the day before may still run (endAt up to two days): look one day back.
  const firstDay = Math.floor(from / DAY_SECONDS) - 2;
  const lastDay = Math.floor(to / DAY_SECONDS);
  for (let day = Math.max(0, firstDay); day <= lastDay; day++) {
    const base = day * DAY_SECONDS;
    let on = overlap(from, to, base + shift.startAt, base + shift.endAt);
    if (on === 0) continue;
    for (const off of [...(shift.breaks ?? []), ...(shift.activities ?? [])])
      on -= overlap(from, to, base + off.startAt, base + off.startAt + off.durationSeconds);
    seconds += on;
  }
  return seconds;
}

/**
 * The mean number of agents on the phones over [fromSeconds, toSeconds): `fixedAgents` (logged in for the
 * whole run) plus each shift's people while on shift and not on a break or an activity, less the expected
 * absentees.
 */
export function scheduledAgents(
  fixedAgents: number,
  shifts: readonly ScheduledShift[],
  fromSeconds: number,
  toSeconds: number,
): number {
  const length = toSeconds - fromSeconds;
  if (!(length > 0)) throw new RangeError(`toSeconds must be after fromSeconds (got ${fromSeconds} to ${toSeconds})`);
  let personSeconds = 0;
  for (const shift of shifts)
    personSeconds +=
      shift.agents * (1 - (shift.absenceProbability ?? 0)) * onPhoneSeconds(shift, fromSeconds, toSeconds);
  return fixedAgents + personSeconds / length;
}
