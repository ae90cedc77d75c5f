import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue, MAX_EVENT_KIND, MAX_EVENT_PAYLOAD } from '../../../src/sim/engine/event-queue';

function drain(queue: EventQueue): [number, number][] {
  const out: [number, number][] = [];
  while (queue.pop()) out.push([queue.time, queue.a]);
  return out;
}

describe('EventQueue', () => {
  it('pops in time order and first-in-first-out among equal times', () => {
    const q = new EventQueue(16);
    q.push(5, 0, 1);
    q.push(1, 0, 2);
    q.push(5, 0, 3);
    q.push(1, 0, 4);
    q.push(3, 0, 5);
    expect(drain(q)).toEqual([
      [1, 2],
      [1, 4],
      [3, 5],
      [5, 1],
      [5, 3],
    ]);
    expect(q.pop()).toBe(false);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('matches a stable sort for any interleaving of pushes and pops, and grows past its capacity', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 20 }).map((t) => ({ push: t })),
            fc.constant({ push: -1 }),
          ),
          { maxLength: 400 },
        ),
        (ops) => {
          const q = new EventQueue(16);
          const model: { time: number; id: number }[] = [];
          let id = 0;
          for (const op of ops) {
            if (op.push >= 0) {
              q.push(op.push, 7, id);
              model.push({ time: op.push, id: id++ });
            } else if (model.length > 0) {
              model.sort((x, y) => x.time - y.time || x.id - y.id);
              const expected = model.shift()!;
              expect(q.pop()).toBe(true);
              expect([q.time, q.a, q.kind]).toEqual([expected.time, expected.id, 7]);
            }
          }
          model.sort((x, y) => x.time - y.time || x.id - y.id);
          expect(drain(q)).toEqual(model.map((m) => [m.time, m.id]));
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it('carries the largest kind and payload intact', () => {
    const q = new EventQueue(16);
    q.push(1, MAX_EVENT_KIND, MAX_EVENT_PAYLOAD);
    q.push(0, 0, 0);
    expect(q.pop() && [q.kind, q.a]).toEqual([0, 0]);
    expect(q.pop() && [q.kind, q.a]).toEqual([MAX_EVENT_KIND, MAX_EVENT_PAYLOAD]);
  });

  it('holds two million pending events and returns them in order', () => {
    const q = new EventQueue(16);
    let x = 12345;
    const n = 2_000_000;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648; // a fixed LCG: the test needs no randomness of quality
      q.push(x % 100_000, i % 16, i);
    }
    expect(q.size).toBe(n);
    let lastTime = -1;
    let lastSeq = -1;
    let popped = 0;
    while (q.pop()) {
      const ordered = q.time > lastTime || (q.time === lastTime && q.a > lastSeq);
      if (q.kind !== q.a % 16) throw new Error(`kind ${q.kind} does not belong to payload ${q.a}`);
      if (!ordered) throw new Error(`out of order at ${popped}: ${q.time}/${q.a} after ${lastTime}/${lastSeq}`);
      lastTime = q.time;
      lastSeq = q.a;
      popped++;
    }
    expect(popped).toBe(n);
  });
});
