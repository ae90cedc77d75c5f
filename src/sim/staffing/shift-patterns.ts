// Allowed shift patterns: their shape, the checks that name the exact field of a bad one, and their expansion
// into every concrete position (a start time, a break slot and a lunch slot). Pure data; no solver here.
import type { Scenario, ShiftSpec } from '../scenario/schema';
import { StaffingInputError } from './target';

/** A break placed anywhere from `earliestSeconds` to `latestSeconds` after the shift starts (on a 15-min grid). */
export interface BreakWindow {
  durationSeconds: number;
  earliestSeconds: number;
  latestSeconds: number;
}

export interface ShiftPattern {
  id: string;
  /** Groups whose people may work it; default every group. */
  groups?: string[];
  /** Allowed start times, seconds from the start of the day (t = 0 of the scenario). */
  startsAt: number[];
  /** Logged-in length, breaks and lunch included, seconds. */
  lengthSeconds: number;
  /** A paid break: counts in paid hours, off the phones. */
  break?: BreakWindow;
  /** An unpaid lunch: neither paid nor on the phones. */
  lunch?: BreakWindow;
  /** Days a week the pattern is worked: weekly paid hours = daily paid hours × daysOn. Default 5. */
  daysOn?: number;
  /** The most people on this pattern, all starts together; default unlimited. */
  maxAgents?: number;
}

/** One concrete position: a pattern, a group, a start, and where its break and lunch fall. */
export interface Position {
  pattern: string;
  group: string;
  startAt: number;
  endAt: number;
  breakAt?: number;
  lunchAt?: number;
  paidHours: number;
  daysOn: number;
}

export const PLACEMENT_STEP_SECONDS = 900;
const DAY = 86_400;

function fail(path: string, reason: string, got: unknown): never {
  throw new StaffingInputError(path, `${reason} (got ${JSON.stringify(got)})`);
}

function checkWindow(path: string, w: unknown, lengthSeconds: number): BreakWindow {
  if (typeof w !== 'object' || w === null || Array.isArray(w)) fail(path, 'must be an object', w);
  const known = ['durationSeconds', 'earliestSeconds', 'latestSeconds'];
  for (const key of Object.keys(w)) if (!known.includes(key)) fail(`${path}.${key}`, 'is not a known field', key);
  const { durationSeconds: d, earliestSeconds: e, latestSeconds: l } = w as Record<string, unknown>;
  if (typeof d !== 'number' || !(d > 0 && d < lengthSeconds))
    fail(`${path}.durationSeconds`, 'must be above 0 and shorter than the shift', d);
  if (typeof e !== 'number' || !(e >= 0)) fail(`${path}.earliestSeconds`, 'must be a number of seconds ≥ 0', e);
  if (typeof l !== 'number' || !(l >= e)) fail(`${path}.latestSeconds`, `must be ≥ earliestSeconds (${e})`, l);
  if (l + d > lengthSeconds)
    fail(`${path}.latestSeconds`, `a break starting then would end after the shift (${lengthSeconds} s)`, l);
  return { durationSeconds: d, earliestSeconds: e, latestSeconds: l };
}

/** Checks patterns read from a file against the scenario; throws naming the exact field, e.g. `patterns[1].startsAt[0]`. */
export function checkPatterns(input: unknown, scenario: Scenario): ShiftPattern[] {
  if (!Array.isArray(input) || input.length === 0)
    fail('patterns', 'must be a non-empty list of shift patterns', input);
  const groupIds = new Set(scenario.agentGroups.map((g) => g.id));
  const seen = new Set<string>();
  const dayEnd = scenario.horizon.kind === 'duration' ? scenario.horizon.seconds : DAY;
  return input.map((raw: unknown, k) => {
    const path = `patterns[${k}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(path, 'must be an object', raw);
    const known = ['id', 'groups', 'startsAt', 'lengthSeconds', 'break', 'lunch', 'daysOn', 'maxAgents'];
    for (const key of Object.keys(raw)) if (!known.includes(key)) fail(`${path}.${key}`, 'is not a known field', key);
    const p = raw as Record<string, unknown>;
    if (typeof p.id !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(p.id))
      fail(`${path}.id`, 'must be a lowercase id', p.id);
    if (seen.has(p.id)) fail(`${path}.id`, 'is used by an earlier pattern', p.id);
    seen.add(p.id);
    const length = p.lengthSeconds;
    if (typeof length !== 'number' || !(length >= PLACEMENT_STEP_SECONDS && length <= DAY))
      fail(`${path}.lengthSeconds`, `must be from ${PLACEMENT_STEP_SECONDS} to ${DAY} seconds`, length);
    if (!Array.isArray(p.startsAt) || p.startsAt.length === 0)
      fail(`${path}.startsAt`, 'must be a non-empty list of seconds', p.startsAt);
    p.startsAt.forEach((s: unknown, j) => {
      if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s + length > dayEnd)
        fail(
          `${path}.startsAt[${j}]`,
          `the shift must start at 0 or later and end by the end of the day (${dayEnd} s)`,
          s,
        );
    });
    if (p.groups !== undefined) {
      if (!Array.isArray(p.groups) || p.groups.length === 0)
        fail(`${path}.groups`, 'must be a non-empty list of group ids', p.groups);
      p.groups.forEach((g: unknown, j) => {
        if (typeof g !== 'string' || !groupIds.has(g))
          fail(`${path}.groups[${j}]`, 'is not an agent group of the scenario', g);
      });
    }
    const breakWindow = p.break === undefined ? undefined : checkWindow(`${path}.break`, p.break, length);
    const lunch = p.lunch === undefined ? undefined : checkWindow(`${path}.lunch`, p.lunch, length);
    if (
      p.daysOn !== undefined &&
      !(Number.isInteger(p.daysOn) && (p.daysOn as number) >= 1 && (p.daysOn as number) <= 7)
    )
      fail(`${path}.daysOn`, 'must be a whole number from 1 to 7', p.daysOn);
    if (p.maxAgents !== undefined && !(Number.isInteger(p.maxAgents) && (p.maxAgents as number) >= 0))
      fail(`${path}.maxAgents`, 'must be a whole number ≥ 0', p.maxAgents);
    return {
      id: p.id,
      ...(p.groups === undefined ? {} : { groups: p.groups as string[] }),
      startsAt: p.startsAt as number[],
      lengthSeconds: length,
      ...(breakWindow === undefined ? {} : { break: breakWindow }),
      ...(lunch === undefined ? {} : { lunch }),
      ...(p.daysOn === undefined ? {} : { daysOn: p.daysOn as number }),
      ...(p.maxAgents === undefined ? {} : { maxAgents: p.maxAgents as number }),
    };
  });
}

/** The default patterns: full-time 8.5 h (paid 15-min break, unpaid 30-min lunch) and part-time 4 h (a break), every 30 min. */
export function defaultPatterns(scenario: Scenario): ShiftPattern[] {
  const dayEnd = scenario.horizon.kind === 'duration' ? scenario.horizon.seconds : DAY;
  const starts = (length: number): number[] => {
    const list: number[] = [];
    for (let s = 0; s + length <= dayEnd; s += 1800) list.push(s);
    return list.length > 0 ? list : [0];
  };
  const full = Math.min(30_600, dayEnd);
  const part = Math.min(14_400, dayEnd);
  return [
    {
      id: 'full-time',
      startsAt: starts(full),
      lengthSeconds: full,
      break: { durationSeconds: 900, earliestSeconds: 5400, latestSeconds: 10_800 },
      lunch: { durationSeconds: 1800, earliestSeconds: 12_600, latestSeconds: 18_000 },
      daysOn: 5,
    },
    {
      id: 'part-time',
      startsAt: starts(part),
      lengthSeconds: part,
      break: { durationSeconds: 900, earliestSeconds: 5400, latestSeconds: 9000 },
      daysOn: 5,
    },
  ];
}

function slots(window: BreakWindow | undefined): (number | undefined)[] {
  if (window === undefined) return [undefined];
  const list: number[] = [];
  for (let t = window.earliestSeconds; t <= window.latestSeconds; t += PLACEMENT_STEP_SECONDS) list.push(t);
  return list;
}

/** Every concrete position the patterns allow, for every group that may work them. */
export function expandPositions(patterns: readonly ShiftPattern[], scenario: Scenario): Position[] {
  const positions: Position[] = [];
  for (const p of patterns) {
    const groups = p.groups ?? scenario.agentGroups.map((g) => g.id);
    for (const group of groups)
      for (const start of p.startsAt)
        for (const b of slots(p.break))
          for (const l of slots(p.lunch)) {
            if (
              b !== undefined &&
              l !== undefined &&
              b < l + (p.lunch?.durationSeconds ?? 0) &&
              l < b + (p.break?.durationSeconds ?? 0)
            )
              continue; // the break and the lunch would overlap
            positions.push({
              pattern: p.id,
              group,
              startAt: start,
              endAt: start + p.lengthSeconds,
              ...(b === undefined ? {} : { breakAt: start + b }),
              ...(l === undefined ? {} : { lunchAt: start + l }),
              paidHours: (p.lengthSeconds - (p.lunch?.durationSeconds ?? 0)) / 3600,
              daysOn: p.daysOn ?? 5,
            });
          }
  }
  return positions;
}

/** Share of [from, to) one agent of the position is on the phones. */
export function coverage(position: Position, patterns: readonly ShiftPattern[], from: number, to: number): number {
  const overlap = (a: number, b: number): number => Math.max(0, Math.min(b, to) - Math.max(a, from));
  const pattern = patterns.find((p) => p.id === position.pattern);
  let on = overlap(position.startAt, position.endAt);
  if (position.breakAt !== undefined)
    on -= overlap(position.breakAt, position.breakAt + (pattern?.break?.durationSeconds ?? 0));
  if (position.lunchAt !== undefined)
    on -= overlap(position.lunchAt, position.lunchAt + (pattern?.lunch?.durationSeconds ?? 0));
  return on / (to - from);
}

/** The scenario shift for `agents` people on a position. */
export function shiftOf(position: Position, agents: number, patterns: readonly ShiftPattern[]): ShiftSpec {
  const pattern = patterns.find((p) => p.id === position.pattern);
  const breaks: NonNullable<ShiftSpec['breaks']> = [];
  if (position.breakAt !== undefined && pattern?.break)
    breaks.push({ kind: 'break', startAt: position.breakAt, durationSeconds: pattern.break.durationSeconds });
  if (position.lunchAt !== undefined && pattern?.lunch)
    breaks.push({ kind: 'lunch', startAt: position.lunchAt, durationSeconds: pattern.lunch.durationSeconds });
  breaks.sort((a, b) => a.startAt - b.startAt);
  return {
    group: position.group,
    agents,
    startAt: position.startAt,
    endAt: position.endAt,
    ...(breaks.length > 0 ? { breaks } : {}),
  };
}
