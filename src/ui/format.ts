// Formatting of KPI values and their 95% confidence intervals for display. Pure functions, no DOM.
import type { Estimate } from '../sim/results';

/** How a KPI reads: a share 0..1, a duration in seconds, a count of calls, or an average number of agents. */
export type KpiKind = 'percent' | 'seconds' | 'count' | 'agents';

const MISSING = '—';
const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimalFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Formats a number without its unit. Means of counts over replications keep one decimal. */
export function formatNumber(value: number, kind: KpiKind): string {
  if (!Number.isFinite(value)) return MISSING;
  switch (kind) {
    case 'percent':
      return oneDecimalFormat.format(value * 100);
    case 'seconds':
      return value < 10 ? oneDecimalFormat.format(value) : integerFormat.format(value);
    case 'count':
      // A decimal matters on 12.3 calls, not on 12,345.7.
      return Number.isInteger(value) || Math.abs(value) >= 1000
        ? integerFormat.format(value)
        : oneDecimalFormat.format(value);
    case 'agents':
      return oneDecimalFormat.format(value);
  }
}

export function unitOf(kind: KpiKind): string {
  switch (kind) {
    case 'percent':
      return '%';
    case 'seconds':
      return 's';
    case 'count':
    case 'agents':
      return '';
  }
}

/** A value with its unit, e.g. `78.4%` or `23 s`; `—` when undefined (NaN: e.g. ASA with nothing answered). */
export function formatValue(value: number, kind: KpiKind): string {
  const text = formatNumber(value, kind);
  if (text === MISSING) return text;
  const unit = unitOf(kind);
  if (unit === '') return text;
  return kind === 'percent' ? `${text}${unit}` : `${text} ${unit}`;
}

export function hasInterval(estimate: Estimate): boolean {
  return estimate.n > 1 && Number.isFinite(estimate.halfWidth);
}

/**
 * The 95% interval as `lo–hi unit`, or '' without one. Bounds are clipped to the KPI's possible range
 * (shares in [0, 1], counts and durations ≥ 0): the Student-t interval is symmetric and can cross them.
 */
export function formatInterval(estimate: Estimate, kind: KpiKind): string {
  if (!hasInterval(estimate)) return '';
  const upperLimit = kind === 'percent' ? 1 : Number.POSITIVE_INFINITY;
  const low = Math.max(0, estimate.mean - estimate.halfWidth);
  const high = Math.min(upperLimit, estimate.mean + estimate.halfWidth);
  const unit = unitOf(kind);
  const suffix = unit === '' ? '' : kind === 'percent' ? unit : ` ${unit}`;
  return `${formatNumber(low, kind)}–${formatNumber(high, kind)}${suffix}`;
}

/** `±2.1` in the KPI's display unit, for compact table cells; '' without an interval or when every
 * replication gave the same value (a `±0.0` on each empty cell is noise). */
export function formatHalfWidth(estimate: Estimate, kind: KpiKind): string {
  if (!hasInterval(estimate) || estimate.halfWidth === 0) return '';
  // A half-width of a count is rarely whole: show it with one decimal, like an average.
  return `±${formatNumber(estimate.halfWidth, kind === 'count' ? 'agents' : kind)}`;
}

/** Seconds since the start of the run as `h:mm`, e.g. 5400 → `1:30`. */
export function formatClock(seconds: number): string {
  const totalMinutes = Math.round(seconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}`;
}

/** A simulated length such as `8 h` or `7 h 30 min`. */
export function formatDuration(seconds: number): string {
  const totalMinutes = Math.round(seconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
