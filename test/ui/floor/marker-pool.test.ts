// The pool of travelling markers: a marker leaves its start, arcs over the floor and lands on its target in
// its duration; starts can lie in the future; a full pool reuses its oldest marker; clear() empties it.
import { describe, expect, it } from 'vitest';
import type { FlowKind } from '../../../src/ui/floor/floor-palette';
import { MarkerPool, type MarkerPosition } from '../../../src/ui/floor/marker-pool';

function travelling(pool: MarkerPool, now: number): { kind: FlowKind; x: number; y: number; z: number }[] {
  const seen: { kind: FlowKind; x: number; y: number; z: number }[] = [];
  const position: MarkerPosition = { x: 0, y: 0, z: 0 };
  pool.forEachTravelling(now, position, (kind, at) => seen.push({ kind, ...at }));
  return seen;
}

describe('a marker pool', () => {
  it('moves a marker from its start to its target over its duration, above the floor', () => {
    const pool = new MarkerPool(4);
    pool.spawn('answer', 0, 0, 10, -20, 1000, 500);
    expect(travelling(pool, 999)).toEqual([]);
    const start = travelling(pool, 1000)[0]!;
    expect([start.x, start.z]).toEqual([0, 0]);
    const middle = travelling(pool, 1250)[0]!;
    expect(middle.x).toBeCloseTo(5);
    expect(middle.z).toBeCloseTo(-10);
    // Mid-trip it is at the top of its arc, higher than where it started.
    expect(middle.y).toBeGreaterThan(start.y + 0.5);
    const nearEnd = travelling(pool, 1499)[0]!;
    expect(nearEnd.x).toBeCloseTo(10, 1);
    expect(nearEnd.z).toBeCloseTo(-20, 1);
    expect(travelling(pool, 1500)).toEqual([]);
  });

  it('is busy until its last marker lands', () => {
    const pool = new MarkerPool(4);
    expect(pool.isBusy(0)).toBe(false);
    pool.spawn('arrival', 0, 0, 1, 1, 100, 1000);
    pool.spawn('abandon', 0, 0, 1, 1, 600, 1000);
    expect(pool.isBusy(1500)).toBe(true);
    expect(pool.isBusy(1600)).toBe(false);
  });

  it('reuses the oldest marker when full, so memory stays fixed', () => {
    const pool = new MarkerPool(2);
    pool.spawn('arrival', 0, 0, 1, 0, 0, 1000);
    pool.spawn('answer', 0, 0, 1, 0, 0, 1000);
    pool.spawn('abandon', 0, 0, 1, 0, 0, 1000);
    expect(
      travelling(pool, 500)
        .map((m) => m.kind)
        .sort(),
    ).toEqual(['abandon', 'answer']);
  });

  it('forgets every marker on clear()', () => {
    const pool = new MarkerPool(3);
    pool.spawn('arrival', 0, 0, 1, 0, 0, 1000);
    pool.clear();
    expect(travelling(pool, 500)).toEqual([]);
    expect(pool.isBusy(500)).toBe(false);
  });
});
