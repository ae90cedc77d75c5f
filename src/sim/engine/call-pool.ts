// The calls in the system as records over reusable slots, so memory follows the calls present, never the
// calls simulated. A slot is reused only when its call has left and no scheduled event refers to it any more
// (CALL_EVENTS_PENDING), so an event never meets a stranger in its slot. Pure, no DOM.
//
// A call's fields are interleaved in two records rather than kept in one array per field: its integer fields
// are CALL_INTS consecutive entries of `ints` (one 64-byte cache line) and its times and durations
// CALL_REALS consecutive entries of `reals`, so handling a call touches two or three cache lines instead of one
// per field (about 30). Field i of the call in `slot` is `ints[slot * CALL_INTS + i]`. The uniforms of the
// decisions taken while a call is handled, read only for call types that take decisions, and the conference
// time of warm transfers stay in arrays of their own, out of the common path.

// ---- Integer fields (`ints`) ----------------------------------------------------------------------------------
export const CALL_TYPE = 0;
/** The queue the call is in or headed for. */
export const CALL_QUEUE = 1;
/** Offset of the call's statistics row (the interval it reached the queue, and the queue), or -1. */
export const CALL_STATS_ROW = 2;
/** Bumped when the call leaves: entries for it still in a queue's ring are then stale. */
export const CALL_GEN = 3;
/** 1 while the caller waits in a queue. */
export const CALL_WAITING = 4;
/** Scheduled events that refer to the slot and have not fired yet. */
export const CALL_EVENTS_PENDING = 5;
/** 1 from arrival until the call leaves. */
export const CALL_LIVE = 6;
/** 1 for a caller who took a callback (off the line, waiting for the agent to call). */
export const CALL_CALLBACK = 7;
/** For a warm-transferred call: the agent holding for it, or -1. */
export const CALL_HOLDING_AGENT = 8;
export const CALL_TRANSFERRED_IN = 9;
export const CALL_TRANSFERRED_OUT = 10;
/** 1 for a customer's first contact, 2 for the first repeat, … */
export const CALL_CONTACT = 11;
export const CALL_RETRIAL = 12;
export const CALL_CONSULTED = 13;
export const CALL_MISROUTED = 14;
export const CALL_IVR_OUTCOME = 15;
export const CALL_INTS = 16;

// ---- Real fields (`reals`): instants and durations in seconds, and numbers past the int32 range ------------
export const CALL_ARRIVED_AT = 0;
/** When the caller reached the queue (after the IVR, if any): waits count from here. */
export const CALL_QUEUED_AT = 1;
export const CALL_ANSWERED_AT = 2;
export const CALL_TALK_SECONDS = 3;
export const CALL_WRAP_SECONDS = 4;
export const CALL_PATIENCE_SECONDS = 5;
/** Serial number (1-based) of the call: a contact, or a transfer leg. */
export const CALL_SERIAL = 6;
/** The customer's number (the serial of its first contact). */
export const CALL_CUSTOMER = 7;
export const CALL_REALS = 8;

export class CallPool {
  ints = new Int32Array(0);
  reals = new Float64Array(0);
  /** For a warm-transferred call: the conference time with the agent who held for it. */
  conferenceSeconds = new Float64Array(0);
  /**
   * Uniforms drawn when the call arrives for the decisions made during its handling (consult, transfer,
   * resolution, callback acceptance), so that two variants of a scenario decide the same caller alike.
   */
  consultU = new Float64Array(0);
  transferU = new Float64Array(0);
  resolveU = new Float64Array(0);
  callbackU = new Float64Array(0);

  private freeSlots = new Int32Array(0);
  private freeCount = 0;
  private slots = 0;

  constructor(initialCapacity = 256) {
    this.grow(initialCapacity);
  }

  get capacity(): number {
    return this.slots;
  }

  allocate(): number {
    if (this.freeCount === 0) this.grow(this.slots * 2);
    const slot = this.freeSlots[--this.freeCount] as number;
    this.ints[slot * CALL_INTS + CALL_LIVE] = 1;
    return slot;
  }

  /** The call has left the system; its slot is reused once no scheduled event refers to it. */
  release(slot: number): void {
    const ints = this.ints;
    const base = slot * CALL_INTS;
    ints[base + CALL_GEN]!++;
    ints[base + CALL_WAITING] = 0;
    ints[base + CALL_LIVE] = 0;
    if (ints[base + CALL_EVENTS_PENDING] === 0) this.free(slot);
  }

  /** An event about the slot has fired; frees the slot if that was the last one and the call has left. */
  eventFired(slot: number): void {
    const ints = this.ints;
    const base = slot * CALL_INTS;
    const pending = --ints[base + CALL_EVENTS_PENDING]!;
    if (pending === 0 && ints[base + CALL_LIVE] === 0) this.free(slot);
  }

  private free(slot: number): void {
    this.freeSlots[this.freeCount++] = slot;
  }

  private grow(capacity: number): void {
    const old = this.slots;
    const ints = new Int32Array(capacity * CALL_INTS);
    ints.set(this.ints);
    // The values a plain call keeps for life (see Simulation.plainCalls): no agent holds for it, a first contact.
    for (let slot = old; slot < capacity; slot++) {
      ints[slot * CALL_INTS + CALL_HOLDING_AGENT] = -1;
      ints[slot * CALL_INTS + CALL_CONTACT] = 1;
    }
    this.ints = ints;
    const reals = new Float64Array(capacity * CALL_REALS);
    reals.set(this.reals);
    this.reals = reals;
    const grow = (a: Float64Array): Float64Array<ArrayBuffer> => {
      const next = new Float64Array(capacity);
      next.set(a);
      return next;
    };
    this.conferenceSeconds = grow(this.conferenceSeconds);
    this.consultU = grow(this.consultU);
    this.transferU = grow(this.transferU);
    this.resolveU = grow(this.resolveU);
    this.callbackU = grow(this.callbackU);
    const free = new Int32Array(capacity);
    free.set(this.freeSlots.subarray(0, this.freeCount));
    // New slots are pushed highest first so that the lowest is allocated first (a stable, readable order).
    for (let s = capacity - 1; s >= old; s--) free[this.freeCount++] = s;
    this.freeSlots = free;
    this.slots = capacity;
  }
}
