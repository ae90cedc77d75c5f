// Times of a run as people read them: the clock time of day (08:30) when the scenario says what time it is at
// t = 0 (`clockStartAt`), else hours from the start (0:30). Pure, no DOM.

const DAY_SECONDS = 86_400;

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * `seconds` from the start of the run as `08:30` (the day's clock, wrapping at midnight) with `clockStartAt`,
 * or as `h:mm` from the start without it (`26:15` on a second day).
 */
export function runTimeLabel(seconds: number, clockStartAt: number | undefined): string {
  const totalMinutes = Math.round(seconds / 60);
  if (clockStartAt === undefined) return `${Math.floor(totalMinutes / 60)}:${twoDigits(totalMinutes % 60)}`;
  const ofDay = (((Math.round(clockStartAt / 60) + totalMinutes) * 60) % DAY_SECONDS) / 60;
  return `${twoDigits(Math.floor(ofDay / 60))}:${twoDigits(ofDay % 60)}`;
}

/** The same for a chart's x value, in hours from the start. */
export function hoursLabel(hours: number, clockStartAt: number | undefined): string {
  return runTimeLabel(hours * 3600, clockStartAt);
}
