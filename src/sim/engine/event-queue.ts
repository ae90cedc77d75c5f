// The event calendar: a binary min-heap held in typed arrays, ordered by (time, sequence number). The sequence
// number makes events at equal times first-in-first-out, so a run is reproducible. Entries are stored by value
// (no per-event object), and popping writes the event into the queue's public fields instead of allocating.
// No DOM, no dependencies.

export class EventQueue {
  /** Fields of the event most recently popped. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private as: Int32Array;
  private bs: Int32Array;
  private count = 0;
  private nextSeq = 0;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(16, initialCapacity);
    this.times = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.kinds = new Int32Array(capacity);
    this.as = new Int32Array(capacity);
    this.bs = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? (this.times[0] as number) : Infinity;
  }

  push(time: number, kind: number, a: number, b: number): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const times = this.times;
    const seqs = this.seqs;
    // Sift up: move parents down until the hole is where the new entry belongs.
    let hole = this.count++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < time || (pt === time && (seqs[parent] as number) < seq)) break;
      this.moveEntry(parent, hole);
      hole = parent;
    }
    times[hole] = time;
    seqs[hole] = seq;
    this.kinds[hole] = kind;
    this.as[hole] = a;
    this.bs[hole] = b;
  }

  /** Removes the earliest event into (time, kind, a, b); returns false when the queue is empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    this.time = this.times[0] as number;
    this.kind = this.kinds[0] as number;
    this.a = this.as[0] as number;
    this.b = this.bs[0] as number;
    const last = --this.count;
    if (last > 0) this.siftDownFrom(last);
    return true;
  }

  clear(): void {
    this.count = 0;
  }

  /** Places the entry at index `from` (the old last entry) by sifting a hole down from the root. */
  private siftDownFrom(from: number): void {
    const times = this.times;
    const seqs = this.seqs;
    const time = times[from] as number;
    const seq = seqs[from] as number;
    const kind = this.kinds[from] as number;
    const a = this.as[from] as number;
    const b = this.bs[from] as number;
    const n = this.count;
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= n) break;
      let ct = times[child] as number;
      const right = child + 1;
      if (right < n) {
        const rt = times[right] as number;
        if (rt < ct || (rt === ct && (seqs[right] as number) < (seqs[child] as number))) {
          child = right;
          ct = rt;
        }
      }
      if (time < ct || (time === ct && seq < (seqs[child] as number))) break;
      this.moveEntry(child, hole);
      hole = child;
    }
    times[hole] = time;
    seqs[hole] = seq;
    this.kinds[hole] = kind;
    this.as[hole] = a;
    this.bs[hole] = b;
  }

  private moveEntry(from: number, to: number): void {
    this.times[to] = this.times[from] as number;
    this.seqs[to] = this.seqs[from] as number;
    this.kinds[to] = this.kinds[from] as number;
    this.as[to] = this.as[from] as number;
    this.bs[to] = this.bs[from] as number;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const grown = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.times = grown(this.times, (n) => new Float64Array(n));
    this.seqs = grown(this.seqs, (n) => new Float64Array(n));
    this.kinds = grown(this.kinds, (n) => new Int32Array(n));
    this.as = grown(this.as, (n) => new Int32Array(n));
    this.bs = grown(this.bs, (n) => new Int32Array(n));
  }
}
