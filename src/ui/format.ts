// Formatting of numbers, KPI values with their 95% confidence intervals, money, clocks and dates for display,
// in the page's current language (Intl: `78.4%` in English, `78,4 %` in Spanish, `23 с` in Russian).
// Pure functions of their arguments and the current locale; no DOM.
import type { Estimate } from '../sim/results';
import { currentLocale } from './i18n/locale';

/** How a KPI reads: a share 0..1, a duration in seconds, a count of calls, or an average number of agents. */
export type KpiKind = 'percent' | 'seconds' | 'count' | 'agents';

const MISSING = '—';

// Intl formatters are costly to make and cheap to use: one per locale and option set.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = currentLocale();
  const cacheKey = `${locale}|${key}`;
  let format = formatters.get(cacheKey);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(cacheKey, format);
  }
  return format;
}

const integer = () => numberFormat('int', { maximumFractionDigits: 0 });
const oneDecimal = () => numberFormat('1dp', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A whole number with the locale's grouping, e.g. `12,345` (en), `12.345` (it), `12 345` (ru). */
export function formatInteger(value: number): string {
  return Number.isFinite(value) ? integer().format(value) : MISSING;
}

/** A number with `digits` decimals in the locale's notation. */
export function formatDecimal(value: number, digits: number): string {
  if (!Number.isFinite(value)) return MISSING;
  return numberFormat(`${digits}dp`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A share 0..1 as a percentage with one decimal, e.g. `78.4%`, `78,4 %`. */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return MISSING;
  return numberFormat(`pct${digits}`, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/** An amount of money in an ISO 4217 currency, with cents, e.g. `€1,234.50` or `1234,50 €`. */
export function formatMoney(amount: number, currency: string, digits = 2): string {
  if (!Number.isFinite(amount)) return MISSING;
  return numberFormat(`money-${currency}-${digits}`, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/** Formats a number without its unit. Means of counts over replications keep one decimal. */
export function formatNumber(value: number, kind: KpiKind): string {
  if (!Number.isFinite(value)) return MISSING;
  switch (kind) {
    case 'percent':
      return oneDecimal().format(value * 100);
    case 'seconds':
      return value < 10 ? oneDecimal().format(value) : integer().format(value);
    case 'count':
      // A decimal matters on 12.3 calls, not on 12,345.7.
      return Number.isInteger(value) || Math.abs(value) >= 1000 ? integer().format(value) : oneDecimal().format(value);
    case 'agents':
      return oneDecimal().format(value);
  }
}

/** The locale's short symbol of a second (`s`, `с`), read from Intl's unit formatting. */
export function secondsSymbol(): string {
  const parts = numberFormat('unit-s', { style: 'unit', unit: 'second', unitDisplay: 'narrow' }).formatToParts(1);
  const unit = parts.find((p) => p.type === 'unit')?.value.trim();
  // English's narrow `1s` is the SI symbol too; keep `s` wherever Intl offers nothing better.
  return unit === undefined || unit === '' ? 's' : unit;
}

export function unitOf(kind: KpiKind): string {
  switch (kind) {
    case 'percent':
      return '%';
    case 'seconds':
      return secondsSymbol();
    case 'count':
    case 'agents':
      return '';
  }
}

/** Whether the locale puts a space before `%` (es, ro, ru: `78,4 %`; en, it: `78.4%`). */
function percentSpace(): string {
  const parts = numberFormat('pct1', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
    .formatToParts(0.5)
    .map((p) => p.value);
  const sign = parts.indexOf('%');
  return sign > 0 && /\s/.test(parts[sign - 1] ?? '') ? ' ' : '';
}

function withUnit(text: string, kind: KpiKind): string {
  const unit = unitOf(kind);
  if (unit === '') return text;
  return kind === 'percent' ? `${text}${percentSpace()}${unit}` : `${text} ${unit}`;
}

/** A value with its unit, e.g. `78.4%` or `23 s`; `—` when undefined (NaN: e.g. ASA with nothing answered). */
export function formatValue(value: number, kind: KpiKind): string {
  const text = formatNumber(value, kind);
  return text === MISSING ? text : withUnit(text, kind);
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
  return withUnit(`${formatNumber(low, kind)}–${formatNumber(high, kind)}`, kind);
}

/** `±2.1` in the KPI's display unit, for compact table cells; '' without an interval or when every
 * replication gave the same value (a `±0.0` on each empty cell is noise). */
export function formatHalfWidth(estimate: Estimate, kind: KpiKind): string {
  if (!hasInterval(estimate) || estimate.halfWidth === 0) return '';
  // A half-width of a count is rarely whole: show it with one decimal, like an average.
  return `±${formatNumber(estimate.halfWidth, kind === 'count' ? 'agents' : kind)}`;
}

/** Seconds since the start of the run as `h:mm`, e.g. 5400 → `1:30` (the same digits in every language). */
export function formatClock(seconds: number): string {
  const totalMinutes = Math.round(seconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}`;
}

/** A simulated length such as `8 h` or `7 h 30 min`, with the locale's unit symbols (ru `8 ч`). */
export function formatDuration(seconds: number): string {
  const totalMinutes = Math.round(seconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  // English keeps the SI-style `8 h` it always showed; Intl's narrow English hour is `8h`.
  const isEnglish = currentLocale() === 'en';
  const h = numberFormat('unit-h', { style: 'unit', unit: 'hour', unitDisplay: 'narrow' });
  const min = numberFormat('unit-min', { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  const hoursText = isEnglish ? `${hours} h` : h.format(hours);
  const minutesText = isEnglish ? `${minutes} min` : min.format(minutes);
  if (hours === 0) return minutesText;
  return minutes === 0 ? hoursText : `${hoursText} ${minutesText}`;
}

/** A saved item's date and time, e.g. `4 Dec 2026, 18:34`, in the locale's order and words. */
export function formatDateTime(at: number | Date): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
