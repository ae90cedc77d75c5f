// Input checks shared by the analytic models: each failure is an Error whose message names the field and
// the reason, e.g. `ahtSeconds: must be > 0 (got -3)`. Pure; depends on nothing.

function fail(field: string, reason: string, value: unknown): never {
  throw new Error(`${field}: ${reason} (got ${String(value)})`);
}

/** A finite number; NaN, ±Infinity and non-numbers are rejected. */
export function checkFinite(field: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(field, 'must be a finite number', value);
  return value;
}

export function checkPositive(field: string, value: number): number {
  checkFinite(field, value);
  if (!(value > 0)) fail(field, 'must be > 0', value);
  return value;
}

export function checkNonNegative(field: string, value: number): number {
  checkFinite(field, value);
  if (!(value >= 0)) fail(field, 'must be >= 0', value);
  return value;
}

/** A whole number ≥ 0, e.g. a number of agents or lines. */
export function checkCount(field: string, value: number): number {
  checkNonNegative(field, value);
  if (!Number.isInteger(value)) fail(field, 'must be a whole number', value);
  return value;
}

/** A share in [0, 1) — a target that is reachable with finitely many agents. */
export function checkTargetShare(field: string, value: number): number {
  checkFinite(field, value);
  if (!(value >= 0 && value < 1)) fail(field, 'must be in [0, 1)', value);
  return value;
}

/** A share in (0, 1] — a cap that some finite staffing can meet. */
export function checkPositiveShare(field: string, value: number): number {
  checkFinite(field, value);
  if (!(value > 0 && value <= 1)) fail(field, 'must be in (0, 1]', value);
  return value;
}

export function checkOneOf<T extends string>(field: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) fail(field, `must be one of ${allowed.join(', ')}`, value);
  return value;
}
