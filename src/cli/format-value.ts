// Formats one KPI cell for the terminal: a single run's number, or `mean ± half-width` over replications.
// Undefined values (NaN: e.g. ASA when nothing was answered) show as "—". Pure string functions.
import type { Cell } from './report';

export const MISSING = '—';

function fixed(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : MISSING;
}

function withHalfWidth(cell: Cell, scale: number, decimals: number, unit: string): string {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? `${fixed(cell * scale, decimals)}${unit}` : MISSING;
  }
  if (!Number.isFinite(cell.mean)) return MISSING;
  return `${fixed(cell.mean * scale, decimals)}${unit} ± ${fixed(cell.halfWidth * scale, decimals)}`;
}

/** Calls and other counts: whole numbers for one run, one decimal for a mean over replications. */
export function formatCount(cell: Cell): string {
  return withHalfWidth(cell, 1, typeof cell === 'number' ? 0 : 1, '');
}

/** A share 0..1 as a percentage with one decimal; the half-width is in percentage points. */
export function formatPercent(cell: Cell): string {
  return withHalfWidth(cell, 100, 1, '%');
}

/** Seconds with one decimal, no unit (the column header carries it). */
export function formatSeconds(cell: Cell): string {
  return withHalfWidth(cell, 1, 1, '');
}

/** Time-averaged numbers of agents or callers, with two decimals. */
export function formatLevel(cell: Cell): string {
  return withHalfWidth(cell, 1, 2, '');
}

/** Simulated time as hh:mm from the start of the run; later days are prefixed, e.g. `d2 08:30`. */
export function formatClock(seconds: number): string {
  if (!Number.isFinite(seconds)) return MISSING;
  const totalMinutes = Math.floor(seconds / 60);
  const day = Math.floor(totalMinutes / 1440);
  const minutesOfDay = totalMinutes - day * 1440;
  const hh = String(Math.floor(minutesOfDay / 60)).padStart(2, '0');
  const mm = String(minutesOfDay % 60).padStart(2, '0');
  return day === 0 ? `${hh}:${mm}` : `d${day + 1} ${hh}:${mm}`;
}
