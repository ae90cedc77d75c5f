// What a staffing must achieve in every interval, and how sure the simulation must be of it; the checks that
// turn user input into these settings with an exact field path. Pure: no engine, no I/O.
import type { Scenario } from '../scenario/schema';

/** The goals of one interval. Shares are 0..1. */
export interface StaffingTarget {
  /** Service-level target in the scenario's convention, a share in [0, 1). */
  serviceLevel: number;
  /** Answered within this many seconds counts as in service level. */
  thresholdSeconds: number;
  /** One-sided confidence that the interval meets every goal, in [0.5, 1): 0.95 means the 95% lower bound. */
  confidence: number;
  /** Optional cap on abandoned ÷ offered, in (0, 1]. */
  maxAbandonRate?: number;
  /** Optional ceiling on occupancy (busy ÷ available), in (0, 1]. */
  maxOccupancy?: number;
}

/** A RangeError whose message starts with the field path, like the scenario validator's. */
export class StaffingInputError extends RangeError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'StaffingInputError';
  }
}

export function checkShare(path: string, value: unknown, low: number, high: number, openLow: boolean): number {
  const inRange =
    typeof value === 'number' && Number.isFinite(value) && (openLow ? value > low : value >= low) && value < high;
  const lowText = openLow ? `above ${low}` : `from ${low}`;
  if (!inRange)
    throw new StaffingInputError(path, `must be a number ${lowText} and below ${high} (got ${String(value)})`);
  return value;
}

export function checkCap(path: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1))
    throw new StaffingInputError(path, `must be a share above 0 and at most 1 (got ${String(value)})`);
  return value;
}

export function checkWhole(path: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new StaffingInputError(path, `must be a whole number from ${min} to ${max} (got ${String(value)})`);
  return value;
}

/** Checks every field of a target; throws a StaffingInputError naming the first bad one. */
export function checkTarget(target: StaffingTarget): StaffingTarget {
  checkShare('target', target.serviceLevel, 0, 1, false);
  if (
    typeof target.thresholdSeconds !== 'number' ||
    !(target.thresholdSeconds >= 0 && target.thresholdSeconds <= 86_400)
  )
    throw new StaffingInputError(
      'seconds',
      `must be a number of seconds from 0 to 86400 (got ${target.thresholdSeconds})`,
    );
  checkShare('confidence', target.confidence, 0.5, 1, false);
  if (target.maxAbandonRate !== undefined) checkCap('maxAbandonRate', target.maxAbandonRate);
  if (target.maxOccupancy !== undefined) checkCap('maxOccupancy', target.maxOccupancy);
  return target;
}

/** The scenario counting service level against the target's threshold and target (its convention kept). */
export function withTarget(scenario: Scenario, target: StaffingTarget): Scenario {
  return {
    ...scenario,
    serviceLevel: { ...scenario.serviceLevel, target: target.serviceLevel, thresholdSeconds: target.thresholdSeconds },
  };
}
