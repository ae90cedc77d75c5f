// The agent panel's facts as text: the caller's path in words from the five numbers per agent (arrival
// instant, IVR seconds, queue index, wait seconds, flags), skills with proficiency, and time in each state.
import { describe, expect, it } from 'vitest';
import { AGENT_STATES, type FloorLayout } from '../../../src/sim/api';
import {
  CALL_FLAGS,
  formatCallPath,
  formatSkill,
  formatTimeOfDay,
  skillsOf,
  stateTimesOf,
} from '../../../src/ui/floor/agent-facts';

const queueNames = ['Sales', 'Billing'];

/** A call-path array for two agents: agent 0 has no call (NaN), agent 1 the given path. */
function paths(path: [number, number, number, number, number]): Float64Array {
  return Float64Array.from([NaN, NaN, NaN, NaN, NaN, ...path]);
}

describe('formatCallPath', () => {
  // 09:12:05 is 9 × 3600 + 12 × 60 + 5 = 33125 s after midnight.
  const arrivedAt = 33_125;

  it('says when the caller arrived, how long in the IVR, how long and where it waited, and what happened', () => {
    const flags = CALL_FLAGS.misrouted | CALL_FLAGS.transferredIn;
    expect(formatCallPath(paths([arrivedAt, 48, 1, 32, flags]), 1, queueNames)).toBe(
      'arrived 09:12:05 · 48 s in the IVR · waited 32 s in Billing (misrouted) · transferred',
    );
  });

  it('leaves out what did not happen', () => {
    expect(formatCallPath(paths([arrivedAt, 0, 0, 0, 0]), 1, queueNames)).toBe(
      'arrived 09:12:05 · waited 0 s in Sales',
    );
  });

  it('names callbacks, repeat contacts and retrials, and writes long waits in minutes', () => {
    const text = formatCallPath(
      paths([arrivedAt, 0, 0, 125, CALL_FLAGS.callback | CALL_FLAGS.repeatContact]),
      1,
      queueNames,
    );
    expect(text).toBe('arrived 09:12:05 (a repeat contact) · waited 2 min 05 s in Sales · took a callback');
    expect(formatCallPath(paths([arrivedAt, 0, 0, 1, CALL_FLAGS.retrial]), 1, queueNames)).toContain('(a retrial)');
  });

  it('is undefined for an agent without a call or without the data', () => {
    expect(formatCallPath(paths([arrivedAt, 0, 0, 0, 0]), 0, queueNames)).toBeUndefined();
    expect(formatCallPath(undefined, 1, queueNames)).toBeUndefined();
    expect(formatCallPath(paths([arrivedAt, 0, 0, 0, 0]), 7, queueNames)).toBeUndefined();
  });

  it('formats instants past midnight of the next day without wrapping', () => {
    expect(formatTimeOfDay(86_400 + 3_661)).toBe('25:01:01');
  });
});

describe('skills and state times', () => {
  const layout = {
    queues: [
      { id: 'sales', name: 'Sales', priority: 0 },
      { id: 'billing', name: 'Billing', priority: 0 },
    ],
    groups: [{ id: 'g', name: 'G', role: 'specialist', proficiency: { billing: 1.25 }, queues: ['billing', 'sales'] }],
    agents: [{ id: 'g-1', group: 0 }],
  } as unknown as FloorLayout;

  it('lists the group’s queues in priority order with proficiency, 1 when not given', () => {
    const skills = skillsOf(layout, 0);
    expect(skills).toEqual([
      { queueName: 'Billing', proficiency: 1.25 },
      { queueName: 'Sales', proficiency: 1 },
    ]);
    expect(skills.map(formatSkill)).toEqual(['Billing ×1.25', 'Sales ×1']);
  });

  it('reads agent i’s row of the state-seconds array', () => {
    const n = AGENT_STATES.length;
    const seconds = new Float64Array(2 * n);
    seconds[n + AGENT_STATES.indexOf('talking')] = 600;
    const times = stateTimesOf(seconds, 1);
    expect(times).toHaveLength(n);
    expect(times.find((t) => t.state === 'talking')?.seconds).toBe(600);
    expect(stateTimesOf(seconds, 0).every((t) => t.seconds === 0)).toBe(true);
    expect(stateTimesOf(seconds, 2)).toEqual([]);
  });
});
