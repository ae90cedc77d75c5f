// The gate that holds the live panels to ~4 updates a second: one update per interval, a forced update
// restarts the interval, and it says how long until the next may pass.
import { describe, expect, it } from 'vitest';
import { UpdateGate } from '../../src/ui/update-gate';

describe('UpdateGate', () => {
  it('lets the first update through, then one per interval', () => {
    const gate = new UpdateGate(250);
    const passed = [0, 33, 66, 100, 249, 250, 251, 480, 500, 520].filter((t) => gate.tryPass(t));
    expect(passed).toEqual([0, 250, 500]);
  });

  it('restarts the interval on a forced update and tells the wait', () => {
    const gate = new UpdateGate(250);
    gate.force(1000);
    expect(gate.tryPass(1100)).toBe(false);
    expect(gate.waitMs(1100)).toBe(150);
    expect(gate.waitMs(1300)).toBe(0);
    gate.reset();
    expect(gate.tryPass(1101)).toBe(true);
  });

  it('refuses a negative interval', () => {
    expect(() => new UpdateGate(-1)).toThrow(RangeError);
  });
});
