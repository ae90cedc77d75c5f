// The event calendar is a calendar queue whose bucket width adapts to the events it holds. These tests drive
// it through what changes the width or defeats it (time scales that shift by orders of magnitude, events a
// long way ahead, +Infinity, long runs of equal times) and check the order against a stable sort every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../../src/sim/engine/event-queue';

interface Entry {
  time: number;
  id: number;
}

const byTimeThenId = (x: Entry, y: Entry): number => (x.time === y.time ? x.id - y.id : x.time < y.time ? -1 : 1);

/** Pushes `times` (interleaved with pops where `popAfter` says so) and checks every pop against a sorted model. */
function checkAgainstModel(times: readonly number[], popAfter: (i: number) => number): void {
  const q = new EventQueue(16);
  const model: Entry[] = [];
  const expectPop = (): void => {
    model.sort(byTimeThenId);
    const expected = model.shift() as Entry;
    expect(q.peekTime()).toBe(expected.time);
    expect(q.pop()).toBe(true);
    expect([q.time, q.a]).toEqual([expected.time, expected.id]);
  };
  times.forEach((time, id) => {
    q.push(time, 3, id);
    model.push({ time, id });
    for (let k = popAfter(id); k > 0 && model.length > 0; k--) expectPop();
  });
  while (model.length > 0) expectPop();
  expect(q.pop()).toBe(false);
  expect(q.size).toBe(0);
}

describe('EventQueue as a calendar queue', () => {
  it('keeps (time, order of push) order for times spread over many orders of magnitude, pops interleaved', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 2 })), {
          maxLength: 600,
        }),
        (ops) =>
          checkAgainstModel(
            ops.map(([t]) => t),
            (i) => (ops[i] as [number, number])[1],
          ),
      ),
      { numRuns: 150, seed: 11 },
    );
  });

  it('follows a hold model whose time scale shrinks a thousandfold, then grows again (the width recalibrates)', () => {
    // A simulation-like pattern: pop the earliest, push it again a little later; the gaps change scale.
    const q = new EventQueue(16);
    let x = 7;
    const uniform = (): number => {
      x = (x * 48271) % 2147483647; // a fixed Lehmer generator: exact in doubles, no quality needed
      return x / 2147483647;
    };
    for (let i = 0; i < 500; i++) q.push(uniform() * 1000, 0, i);
    let last = -Infinity;
    let pops = 0;
    for (const scale of [1000, 1, 0.001, 50, 1e6]) {
      for (let k = 0; k < 8_000; k++) {
        expect(q.pop()).toBe(true);
        expect(q.time).toBeGreaterThanOrEqual(last);
        last = q.time;
        pops++;
        q.push(q.time + uniform() * scale, 0, q.a);
      }
    }
    expect(pops).toBe(40_000);
    expect(q.size).toBe(500);
  });

  it('puts +Infinity after every finite time, first in first out, and rejects NaN', () => {
    const q = new EventQueue(16);
    q.push(Infinity, 1, 1);
    q.push(5, 1, 2);
    q.push(Infinity, 1, 3);
    q.push(1e300, 1, 4);
    q.push(-1e300, 1, 5);
    const out: number[] = [];
    while (q.pop()) out.push(q.a);
    expect(out).toEqual([5, 2, 4, 1, 3]);
    expect(() => q.push(NaN, 0, 0)).toThrow(/event time/);
  });

  it('pops runs of equal times first in first out, whatever the order of the other times', () => {
    const times: number[] = [];
    for (let i = 0; i < 3000; i++) times.push(i % 3 === 0 ? 42 : (i * 7919) % 97);
    checkAgainstModel(times, (i) => (i % 5 === 0 ? 1 : 0));
  });

  it('stops at the limit without losing the earliest event, and starts afresh after clear()', () => {
    const q = new EventQueue(16);
    for (let i = 0; i < 100; i++) q.push(1000 - i * 10, 0, i);
    expect(q.popUntil(5)).toBe(false);
    expect(q.size).toBe(100);
    expect(q.popUntil(10)).toBe(true);
    expect([q.time, q.a]).toEqual([10, 99]);
    q.push(0, 0, 500); // earlier than the last pop: allowed
    expect(q.pop() && q.a).toBe(500);
    q.clear();
    expect(q.size).toBe(0);
    expect(q.peekTime()).toBe(Infinity);
    q.push(3, 2, 7);
    expect(q.pop() && [q.time, q.kind, q.a]).toEqual([3, 2, 7]);
  });
});
