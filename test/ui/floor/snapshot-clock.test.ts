// The clock that interpolates between snapshots: progress runs from 0 to 1 over the typical real-time gap
// between snapshots, which it learns from their arrivals and keeps within 16 ms .. 1 s.
import { describe, expect, it } from 'vitest';
import { SnapshotClock } from '../../../src/ui/floor/snapshot-clock';

describe('the snapshot clock', () => {
  it('is at the end (1) before any snapshot', () => {
    expect(new SnapshotClock().progress(0)).toBe(1);
  });

  it('learns the gap between snapshots and runs from 0 to 1 across it', () => {
    const clock = new SnapshotClock();
    for (let t = 0; t <= 4000; t += 100) clock.receive(t);
    expect(clock.intervalMs).toBeCloseTo(100, 0);
    expect(clock.progress(4000)).toBe(0);
    expect(clock.progress(4050)).toBeCloseTo(0.5, 1);
    expect(clock.progress(4200)).toBe(1);
  });

  it('keeps the gap between 16 ms and 1 s', () => {
    const fast = new SnapshotClock();
    for (let t = 0; t < 100; t += 1) fast.receive(t);
    expect(fast.intervalMs).toBe(16);
    const slow = new SnapshotClock();
    for (let t = 0; t < 100_000; t += 10_000) slow.receive(t);
    expect(slow.intervalMs).toBe(1000);
  });
});
