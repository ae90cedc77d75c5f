// The event calendar, ordered by (time, sequence number): the sequence number makes events at equal times
// first-in-first-out, so a run is reproducible. It is a calendar queue (R. Brown, "Calendar queues", CACM 1988):
// time is cut into buckets of one width, laid round a ring like the days of a year; each bucket holds its events
// in a sorted list, and the earliest event is found by walking the ring from the current bucket. With a width
// near the spacing of the next events, a push and a pop each touch a bucket or two instead of the log₂(n)
// levels of a binary heap, whose mispredicted comparisons were a third of the engine's time. The width only
// affects speed, never the order: the queue recalibrates it from the events it holds when it grows or when
// walks get long.
//
// Everything lives in typed arrays (no per-event object): per record a time, a sequence number, one Int32
// packing the event kind (low 5 bits) with its payload (an entity index, above them), and the next record of
// its bucket. Popping writes the event into the queue's public fields instead of allocating. Events at
// +Infinity wait in their own first-in-first-out list, after every finite one. No DOM.

import { grownTo } from './typed-arrays';

// Enums rather than module constants so that the bundler writes them into the hot code as numbers (a module
// constant is read from the module's scope at every use).
const enum Code {
  /** Low bits of a record's code that hold the event kind; the payload sits above them. */
  KindBits = 5,
  KindMask = (1 << 5) - 1,
}
/** No record: the end of a bucket's list, an empty bucket. */
const enum Link {
  None = -1,
}
/** Largest payload an event can carry (an agent, call slot, call type or interval index). */
export const MAX_EVENT_PAYLOAD = 2 ** (31 - Code.KindBits) - 1;
export const MAX_EVENT_KIND = Code.KindMask;

const MIN_BUCKETS = 16;
/**
 * Pops between two looks at how far pops walk the ring and pushes walk a bucket; doubled (up to the maximum)
 * each time a recalibration did not help, so that events that no width spreads well do not cost a rebuild
 * every look.
 */
const CHECK_EVERY_POPS = 1024;
const MAX_CHECK_EVERY_POPS = 65_536;
/** Mean steps per pop or per push above which the width is recalibrated. */
const MAX_MEAN_STEPS = 4;
/** Events at the front whose spacing sets the width, and the width as a multiple of that spacing (Brown's 3). */
const WIDTH_SAMPLE = 32;
const WIDTH_PER_SPACING = 3;

export class EventQueue {
  /** Fields of the event most recently popped. */
  time = 0;
  kind = 0;
  a = 0;

  // Records: an event each, in a pool with a free list.
  private times: Float64Array;
  private seqs: Float64Array;
  private codes: Int32Array;
  /** Next record in the same bucket (or in the +Infinity list), or Link.None. */
  private links: Int32Array;
  private freeRecords: Int32Array;
  private freeCount: number;

  /** Per bucket: its earliest record, or Link.None. The bucket of time t is ⌊t ÷ width⌋ modulo the bucket count. */
  private heads: Int32Array;
  /** Per bucket: its latest record (a push at the same or a later time appends there at once), or Link.None. */
  private tails: Int32Array;
  private mask: number;
  /** 1 ÷ the bucket width (only its inverse is used: a multiplication per push and pop). */
  private inverseWidth = 1;
  /** ⌊t ÷ width⌋ of the current bucket: no finite event is earlier than this bucket. */
  private cursor = 0;
  /** Finite events held, and all events held. */
  private finiteCount = 0;
  private count = 0;
  private infiniteHead = Link.None;
  private infiniteTail = Link.None;
  private nextSeq = 0;

  // Walk lengths since the last look (see CHECK_EVERY_POPS).
  private pops = 0;
  private checkEveryPops = CHECK_EVERY_POPS;
  private popSteps = 0;
  private pushSteps = 0;

  /**
   * Called instead of scheduling an event whose time is NaN, −Infinity or (when `finiteOnly`) +Infinity; it
   * throws. The checks sit on branches a finite time never takes, so they cost the hot path nothing.
   */
  refuseTime: (time: number, kind: number) => never = (time) => {
    throw new RangeError(`event time: must be a number (got ${time})`);
  };
  /** Refuse +Infinity too (the engine's calendar, see engine-guard.ts); by default it waits at the end. */
  finiteOnly = false;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(16, initialCapacity);
    this.times = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.codes = new Int32Array(capacity);
    this.links = new Int32Array(capacity);
    this.freeRecords = new Int32Array(capacity);
    this.freeCount = 0;
    this.addFreeRecords(0, capacity);
    this.heads = new Int32Array(MIN_BUCKETS).fill(Link.None);
    this.tails = new Int32Array(MIN_BUCKETS).fill(Link.None);
    this.mask = MIN_BUCKETS - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    const r = this.findEarliest();
    return r === Link.None ? Infinity : (this.times[r] as number);
  }

  /** Schedules an event of `kind` (0..MAX_EVENT_KIND) with payload `a` (0..MAX_EVENT_PAYLOAD) at `time`. */
  push(time: number, kind: number, a: number): void {
    // Finite times take the first branch and one comparison more (the one insertFinite used to make for NaN).
    if (time < Infinity) {
      if (time === -Infinity) this.refuseTime(time, kind);
    } else if (this.finiteOnly || time !== Infinity) this.refuseTime(time, kind);
    if (this.freeCount === 0) this.growRecords();
    const r = this.freeRecords[--this.freeCount] as number;
    this.times[r] = time;
    this.seqs[r] = this.nextSeq++;
    this.codes[r] = (a << Code.KindBits) | kind;
    this.count++;
    if (time < Infinity) this.insertFinite(r, time);
    else this.appendInfinite(r, time);
  }

  /** Removes the earliest event into (time, kind, a); returns false when the queue is empty. */
  pop(): boolean {
    return this.popUntil(Infinity);
  }

  /**
   * Removes the earliest event into (time, kind, a) if it is due at or before `limit`; returns false, leaving
   * the queue's contents as they were, when the queue is empty or its earliest event is later.
   */
  popUntil(limit: number): boolean {
    const r = this.findEarliest();
    if (r === Link.None) return false;
    const time = this.times[r] as number;
    if (time > limit) return false;
    if (time < Infinity) {
      const b = this.cursor & this.mask;
      const next = this.links[r] as number;
      this.heads[b] = next;
      if (next === Link.None) this.tails[b] = Link.None;
      this.finiteCount--;
      if (++this.pops === this.checkEveryPops) this.checkWidth();
    } else {
      this.infiniteHead = this.links[r] as number;
      if (this.infiniteHead === Link.None) this.infiniteTail = Link.None;
    }
    this.count--;
    this.freeRecords[this.freeCount++] = r;
    this.time = time;
    const code = this.codes[r] as number;
    this.kind = code & Code.KindMask;
    this.a = code >> Code.KindBits;
    return true;
  }

  clear(): void {
    this.heads.fill(Link.None);
    this.tails.fill(Link.None);
    this.freeCount = 0;
    this.addFreeRecords(0, this.times.length);
    this.finiteCount = 0;
    this.count = 0;
    this.infiniteHead = Link.None;
    this.infiniteTail = Link.None;
    this.cursor = 0;
  }

  /** Places a finite record in its bucket, after every event at the same or an earlier time (all older). */
  private insertFinite(r: number, time: number): void {
    const bucketNumber = Math.floor(time * this.inverseWidth);
    if (bucketNumber < this.cursor) this.cursor = bucketNumber;
    const times = this.times;
    const links = this.links;
    const b = bucketNumber & this.mask;
    const tail = this.tails[b] as number;
    // Every record held is older (smaller sequence number), so equal times go first: a push at or after the
    // bucket's latest time (the common case, and any run of equal times) appends.
    if (tail === Link.None) {
      links[r] = Link.None;
      this.heads[b] = r;
      this.tails[b] = r;
    } else if ((times[tail] as number) <= time) {
      links[r] = Link.None;
      links[tail] = r;
      this.tails[b] = r;
    } else {
      let previous = Link.None;
      let next = this.heads[b] as number;
      while ((times[next] as number) <= time) {
        previous = next;
        next = links[next] as number;
        this.pushSteps++;
      }
      links[r] = next;
      if (previous === Link.None) this.heads[b] = r;
      else links[previous] = r;
    }
    if (++this.finiteCount > 2 * (this.mask + 1)) this.rebuild(2 * (this.mask + 1));
  }

  private appendInfinite(r: number, time: number): void {
    this.links[r] = Link.None;
    if (this.infiniteTail === Link.None) this.infiniteHead = r;
    else this.links[this.infiniteTail] = r;
    this.infiniteTail = r;
  }

  /**
   * The earliest record (moving the cursor to its bucket), or Link.None when empty. Walks the ring from the cursor
   * for at most one year; if no bucket holds an event of the year, searches every bucket's head.
   */
  private findEarliest(): number {
    if (this.finiteCount === 0) return this.infiniteHead;
    const heads = this.heads;
    const times = this.times;
    const mask = this.mask;
    const inverseWidth = this.inverseWidth;
    let bucketNumber = this.cursor;
    for (let steps = 0; steps <= mask; steps++) {
      const r = heads[bucketNumber & mask] as number;
      // A bucket's head is its earliest event: if it belongs to a later year, so does the rest of the bucket.
      if (r !== Link.None && Math.floor((times[r] as number) * inverseWidth) === bucketNumber) {
        this.cursor = bucketNumber;
        this.popSteps += steps;
        return r;
      }
      bucketNumber++;
    }
    this.popSteps += mask + 1;
    let earliest = Link.None;
    for (let b = 0; b <= mask; b++) {
      const r = heads[b] as number;
      if (r !== Link.None && (earliest === Link.None || this.isBefore(r, earliest))) earliest = r;
    }
    this.cursor = Math.floor((times[earliest] as number) * inverseWidth);
    return earliest;
  }

  private isBefore(r: number, other: number): boolean {
    const t = this.times[r] as number;
    const u = this.times[other] as number;
    return t < u || (t === u && (this.seqs[r] as number) < (this.seqs[other] as number));
  }

  /** Every checkEveryPops pops: recalibrates the width if pops or pushes walked far on average. */
  private checkWidth(): void {
    const walkedFar = this.popSteps > MAX_MEAN_STEPS * this.pops || this.pushSteps > MAX_MEAN_STEPS * this.pops;
    if (!walkedFar) this.checkEveryPops = CHECK_EVERY_POPS;
    else if (this.checkEveryPops < MAX_CHECK_EVERY_POPS) this.checkEveryPops *= 2;
    this.pops = 0;
    this.popSteps = 0;
    this.pushSteps = 0;
    if (walkedFar) this.rebuild(this.mask + 1);
  }

  /**
   * Lays the finite records out again over `buckets` buckets, with the width set from the spacing of the
   * earliest events. Only speed depends on it: every bucket stays sorted by (time, sequence number).
   */
  private rebuild(buckets: number): void {
    const order = new Int32Array(this.finiteCount);
    let n = 0;
    for (let b = 0; b <= this.mask; b++)
      for (let r = this.heads[b] as number; r !== Link.None; r = this.links[r] as number) order[n++] = r;
    const times = this.times;
    const seqs = this.seqs;
    order.sort((x, y) => (times[x] as number) - (times[y] as number) || (seqs[x] as number) - (seqs[y] as number));
    const width = this.widthFor(order);
    if (width > 0 && width < Infinity) this.inverseWidth = 1 / width;
    this.heads = new Int32Array(buckets).fill(Link.None);
    this.tails = new Int32Array(buckets).fill(Link.None);
    this.mask = buckets - 1;
    const tails = this.tails;
    const links = this.links;
    for (let k = 0; k < n; k++) {
      const r = order[k] as number;
      const b = Math.floor((times[r] as number) * this.inverseWidth) & this.mask;
      links[r] = Link.None;
      const tail = tails[b] as number;
      if (tail === Link.None) this.heads[b] = r;
      else links[tail] = r;
      tails[b] = r;
    }
    this.cursor = n > 0 ? Math.floor((times[order[0] as number] as number) * this.inverseWidth) : 0;
    this.pops = 0;
    this.popSteps = 0;
    this.pushSteps = 0;
  }

  /** WIDTH_PER_SPACING × the mean spacing of the earliest distinct event times (0 if they are all equal). */
  private widthFor(sorted: Int32Array): number {
    if (sorted.length < 2) return 0;
    const times = this.times;
    const first = times[sorted[0] as number] as number;
    let last = Math.min(sorted.length - 1, WIDTH_SAMPLE);
    while (last < sorted.length - 1 && (times[sorted[last] as number] as number) === first) last++;
    return (WIDTH_PER_SPACING * ((times[sorted[last] as number] as number) - first)) / last;
  }

  private addFreeRecords(from: number, to: number): void {
    // Pushed highest first, so that the lowest record is used first.
    for (let r = to - 1; r >= from; r--) this.freeRecords[this.freeCount++] = r;
  }

  private growRecords(): void {
    const old = this.times.length;
    const capacity = old * 2;
    this.times = grownTo(this.times, capacity);
    this.seqs = grownTo(this.seqs, capacity);
    this.codes = grownTo(this.codes, capacity);
    this.links = grownTo(this.links, capacity);
    this.freeRecords = new Int32Array(capacity);
    this.freeCount = 0;
    this.addFreeRecords(old, capacity);
  }
}
