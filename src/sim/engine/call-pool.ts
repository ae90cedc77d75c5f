// The calls in the system as records over reusable slots, so memory follows the calls present, never the
// calls simulated. A slot is reused only when its call has left and no scheduled event refers to it any more
// (CallInt.EventsPending), so an event never meets a stranger in its slot. Pure, no DOM.
//
// A call's fields are interleaved in two records rather than kept in one array per field: its integer fields
// are CallInt.Stride consecutive entries of `ints` (one 64-byte cache line) and its times and durations
// CallReal.Stride consecutive entries of `reals`, so handling a call touches two or three cache lines instead
// of one per field (about 30). Field f of the call in `slot` is `ints[slot * CallInt.Stride + f]`. The
// uniforms of the decisions taken while a call is handled (read only for call types that take decisions) and
// the conference time of warm transfers stay in arrays of their own, out of the common path.
import { grownTo } from './typed-arrays';

// The offsets are enum members rather than module constants so that a bundler writes them into the code as
// numbers: a module constant is read from the module's scope at every use, an extra load and check per field.

/** Integer fields of a call's record in `ints`; Stride is the record's length (one 64-byte cache line). */
export const enum CallInt {
  Type = 0,
  /** The queue the call is in or headed for. */
  Queue = 1,
  /** Offset of the call's statistics row (the interval it reached the queue, and the queue), or -1. */
  StatsRow = 2,
  /** Bumped when the call leaves: entries for it still in a queue's ring are then stale. */
  Gen = 3,
  /** 1 while the caller waits in a queue. */
  Waiting = 4,
  /** Scheduled events that refer to the slot and have not fired yet. */
  EventsPending = 5,
  /** 1 from arrival until the call leaves. */
  Live = 6,
  /** 1 for a caller who took a callback (off the line, waiting for the agent to call). */
  Callback = 7,
  /** For a warm-transferred call: the agent holding for it, or -1. */
  HoldingAgent = 8,
  TransferredIn = 9,
  TransferredOut = 10,
  /** 1 for a customer's first contact, 2 for the first repeat, … */
  Contact = 11,
  /** 0 for a first try of the contact, k for its k-th retrial (a transfer leg keeps its call's). */
  Retrial = 12,
  Consulted = 13,
  Misrouted = 14,
  IvrOutcome = 15,
  Stride = 16,
}

/** Real fields of a call's record in `reals`: instants and durations in seconds, numbers past the int32 range. */
export const enum CallReal {
  ArrivedAt = 0,
  /** When the caller reached the queue (after the IVR, if any): waits count from here. */
  QueuedAt = 1,
  AnsweredAt = 2,
  TalkSeconds = 3,
  WrapSeconds = 4,
  PatienceSeconds = 5,
  /** Serial number (1-based) of the call: a contact, or a transfer leg. */
  Serial = 6,
  /**
   * Who is calling: the customer's number among its call type's new customers (1-based), the same in every
   * variant of the run (the serial is not: retrials and transfer legs take serials too). Set unless plain.
   */
  Customer = 7,
  Stride = 8,
}

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
    this.ints[slot * CallInt.Stride + CallInt.Live] = 1;
    return slot;
  }

  /**
   * Fills the record of `leg`, a transfer leg of the call in `from` headed for `queue`: same caller, type,
   * arrival, customer, contact, retrial and after-call work; a fresh serial; no stats row yet; no flags.
   */
  startTransferLeg(from: number, leg: number, queue: number, serial: number): void {
    const ints = this.ints;
    const reals = this.reals;
    const i = from * CallInt.Stride;
    const r = from * CallReal.Stride;
    const j = leg * CallInt.Stride;
    const s = leg * CallReal.Stride;
    ints[j + CallInt.Type] = ints[i + CallInt.Type] as number;
    ints[j + CallInt.Queue] = queue;
    reals[s + CallReal.ArrivedAt] = reals[r + CallReal.ArrivedAt] as number;
    reals[s + CallReal.WrapSeconds] = reals[r + CallReal.WrapSeconds] as number;
    ints[j + CallInt.StatsRow] = -1;
    reals[s + CallReal.Serial] = serial;
    reals[s + CallReal.Customer] = reals[r + CallReal.Customer] as number;
    ints[j + CallInt.Contact] = ints[i + CallInt.Contact] as number;
    ints[j + CallInt.Retrial] = ints[i + CallInt.Retrial] as number;
    ints[j + CallInt.TransferredIn] = 1;
    ints[j + CallInt.TransferredOut] = 0;
    ints[j + CallInt.HoldingAgent] = -1;
    ints[j + CallInt.Callback] = 0;
    ints[j + CallInt.Consulted] = 0;
  }

  /** The call has left the system; its slot is reused once no scheduled event refers to it. */
  release(slot: number): void {
    const ints = this.ints;
    const base = slot * CallInt.Stride;
    ints[base + CallInt.Gen]!++;
    ints[base + CallInt.Waiting] = 0;
    ints[base + CallInt.Live] = 0;
    if (ints[base + CallInt.EventsPending] === 0) this.free(slot);
  }

  /** An event about the slot has fired; frees the slot if that was the last one and the call has left. */
  eventFired(slot: number): void {
    const ints = this.ints;
    const base = slot * CallInt.Stride;
    const pending = --ints[base + CallInt.EventsPending]!;
    if (pending === 0 && ints[base + CallInt.Live] === 0) this.free(slot);
  }

  private free(slot: number): void {
    this.freeSlots[this.freeCount++] = slot;
  }

  private grow(capacity: number): void {
    const old = this.slots;
    const ints = new Int32Array(capacity * CallInt.Stride);
    ints.set(this.ints);
    // The values a plain call keeps for life (see CallFlow.plainCalls): no agent holds for it, a first contact.
    for (let slot = old; slot < capacity; slot++) {
      ints[slot * CallInt.Stride + CallInt.HoldingAgent] = -1;
      ints[slot * CallInt.Stride + CallInt.Contact] = 1;
    }
    this.ints = ints;
    const reals = new Float64Array(capacity * CallReal.Stride);
    reals.set(this.reals);
    this.reals = reals;
    this.conferenceSeconds = grownTo(this.conferenceSeconds, capacity);
    this.consultU = grownTo(this.consultU, capacity);
    this.transferU = grownTo(this.transferU, capacity);
    this.resolveU = grownTo(this.resolveU, capacity);
    this.callbackU = grownTo(this.callbackU, capacity);
    const free = new Int32Array(capacity);
    free.set(this.freeSlots.subarray(0, this.freeCount));
    // New slots are pushed highest first so that the lowest is allocated first (a stable, readable order).
    for (let s = capacity - 1; s >= old; s--) free[this.freeCount++] = s;
    this.freeSlots = free;
    this.slots = capacity;
  }
}
