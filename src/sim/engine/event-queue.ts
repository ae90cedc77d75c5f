// The event calendar: a binary min-heap held in typed arrays, ordered by (time, sequence number). The sequence
// number makes events at equal times first-in-first-out, so a run is reproducible. Entries are stored by value
// (no per-event object): a time, a sequence number, and one Int32 packing the event kind (low 5 bits) with
// its payload (an entity index, above them), so a heap level moves three numbers. Popping writes the event
// into the queue's public fields instead of allocating. No DOM, no dependencies.

const KIND_BITS = 5;
const KIND_MASK = (1 << KIND_BITS) - 1;
/** Largest payload an event can carry (an agent, call slot, call type or interval index). */
export const MAX_EVENT_PAYLOAD = 2 ** (31 - KIND_BITS) - 1;
export const MAX_EVENT_KIND = KIND_MASK;

export class EventQueue {
  /** Fields of the event most recently popped. */
  time = 0;
  kind = 0;
  a = 0;

  private times: Float64Array;
  private seqs: Float64Array;
  private codes: Int32Array;
  private count = 0;
  private nextSeq = 0;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(16, initialCapacity);
    this.times = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.codes = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? (this.times[0] as number) : Infinity;
  }

  /** Schedules an event of `kind` (0..MAX_EVENT_KIND) with payload `a` (0..MAX_EVENT_PAYLOAD) at `time`. */
  push(time: number, kind: number, a: number): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const code = (a << KIND_BITS) | kind;
    const times = this.times;
    const seqs = this.seqs;
    const codes = this.codes;
    // Sift up: move parents down until the hole is where the new entry belongs.
    let hole = this.count++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < time || (pt === time && (seqs[parent] as number) < seq)) break;
      times[hole] = pt;
      seqs[hole] = seqs[parent] as number;
      codes[hole] = codes[parent] as number;
      hole = parent;
    }
    times[hole] = time;
    seqs[hole] = seq;
    codes[hole] = code;
  }

  /** Removes the earliest event into (time, kind, a); returns false when the queue is empty. */
  pop(): boolean {
    return this.popUntil(Infinity);
  }

  /**
   * Removes the earliest event into (time, kind, a) if it is due at or before `limit`; returns false, leaving
   * the queue as it was, when the queue is empty or its earliest event is later.
   */
  popUntil(limit: number): boolean {
    if (this.count === 0 || (this.times[0] as number) > limit) return false;
    const times = this.times;
    const seqs = this.seqs;
    const codes = this.codes;
    this.time = times[0] as number;
    const top = codes[0] as number;
    this.kind = top & KIND_MASK;
    this.a = top >> KIND_BITS;
    const n = --this.count;
    if (n === 0) return true;
    // Sift the old last entry down from the root.
    const time = times[n] as number;
    const seq = seqs[n] as number;
    const code = codes[n] as number;
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= n) break;
      let ct = times[child] as number;
      let cs = seqs[child] as number;
      const right = child + 1;
      if (right < n) {
        const rt = times[right] as number;
        const rs = seqs[right] as number;
        if (rt < ct || (rt === ct && rs < cs)) {
          child = right;
          ct = rt;
          cs = rs;
        }
      }
      if (time < ct || (time === ct && seq < cs)) break;
      times[hole] = ct;
      seqs[hole] = cs;
      codes[hole] = codes[child] as number;
      hole = child;
    }
    times[hole] = time;
    seqs[hole] = seq;
    codes[hole] = code;
    return true;
  }

  clear(): void {
    this.count = 0;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const seqs = new Float64Array(capacity);
    const codes = new Int32Array(capacity);
    times.set(this.times);
    seqs.set(this.seqs);
    codes.set(this.codes);
    this.times = times;
    this.seqs = seqs;
    this.codes = codes;
  }
}
