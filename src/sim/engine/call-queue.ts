// A FIFO of waiting calls in a typed ring buffer. Abandonment does not search the ring: the call's slot is
// freed and its generation bumped, and the stale entry is skipped when it reaches the head (lazy deletion).
// Memory is bounded by the calls that arrive during the longest wait, never by the length of the run.
import { CallInt } from './call-pool';

export class CallQueue {
  private slots: Int32Array;
  private gens: Int32Array;
  private head = 0;
  /** Entries in the ring, stale ones included. */
  private entries = 0;

  /** Capacity − 1; the capacity is a power of two so that wrapping is a mask, not a division. */
  private mask: number;

  constructor(initialCapacity = 64) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.gens = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  push(slot: number, gen: number): void {
    if (this.entries === this.slots.length) this.grow();
    const i = (this.head + this.entries) & this.mask;
    this.slots[i] = slot;
    this.gens[i] = gen;
    this.entries++;
  }

  /**
   * Drops stale entries from the head (the call's generation moved on, or it no longer waits) and returns the
   * slot of the first live call, or -1 if none is waiting. The live head stays in place. `calls` holds the
   * calls' integer records (CallPool.ints).
   */
  peekLive(calls: Int32Array): number {
    while (this.entries > 0) {
      const slot = this.slots[this.head] as number;
      const base = slot * CallInt.Stride;
      if (calls[base + CallInt.Gen] === this.gens[this.head] && calls[base + CallInt.Waiting] === 1) return slot;
      this.head = (this.head + 1) & this.mask;
      this.entries--;
    }
    return -1;
  }

  /** Removes the head entry (call after peekLive returned a slot). */
  shift(): void {
    this.head = (this.head + 1) & this.mask;
    this.entries--;
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    const slots = new Int32Array(capacity);
    const gens = new Int32Array(capacity);
    for (let k = 0; k < this.entries; k++) {
      const i = (this.head + k) & this.mask;
      slots[k] = this.slots[i] as number;
      gens[k] = this.gens[i] as number;
    }
    this.slots = slots;
    this.gens = gens;
    this.mask = capacity - 1;
    this.head = 0;
  }
}
