// The calls in the system as a struct of arrays over reusable slots, so memory follows the calls present,
// never the calls simulated. A slot is reused only when its call has left and no scheduled event refers to it
// any more (`eventsPending`), so an event never meets a stranger in its slot. Pure, no DOM.

export class CallPool {
  type = new Int32Array(0);
  /** The queue the call is in or headed for. */
  queue = new Int32Array(0);
  arrivedAt = new Float64Array(0);
  /** When the caller reached the queue (after the IVR, if any): waits count from here. */
  queuedAt = new Float64Array(0);
  answeredAt = new Float64Array(0);
  talkSeconds = new Float64Array(0);
  wrapSeconds = new Float64Array(0);
  patienceSeconds = new Float64Array(0);
  ivrOutcome = new Uint8Array(0);
  misrouted = new Uint8Array(0);
  customer = new Float64Array(0);
  /** 1 for a customer's first contact, 2 for the first repeat, … */
  contact = new Int32Array(0);
  retrial = new Uint8Array(0);
  transferredIn = new Uint8Array(0);
  transferredOut = new Uint8Array(0);
  /** For a warm-transferred call: the agent holding for it, or -1; and the conference time. */
  holdingAgent = new Int32Array(0);
  conferenceSeconds = new Float64Array(0);
  /** 1 for a caller who took a callback (off the line, waiting for the agent to call). */
  callback = new Uint8Array(0);
  consulted = new Uint8Array(0);
  /**
   * Uniforms drawn when the call arrives for the decisions made during its handling (consult, transfer,
   * resolution, callback acceptance), so that two variants of a scenario decide the same caller alike.
   */
  consultU = new Float64Array(0);
  transferU = new Float64Array(0);
  resolveU = new Float64Array(0);
  callbackU = new Float64Array(0);
  /** Bumped when the call leaves: entries for it still in a queue's ring are then stale. */
  gen = new Int32Array(0);
  waiting = new Uint8Array(0);
  eventsPending = new Uint8Array(0);
  live = new Uint8Array(0);
  /** Offset of the call's statistics row (the interval it reached the queue, and the queue), or -1. */
  statsRow = new Int32Array(0);
  /** Serial number (1-based) of the call: a contact, or a transfer leg. */
  serial = new Float64Array(0);

  private freeSlots = new Int32Array(0);
  private freeCount = 0;

  constructor(initialCapacity = 256) {
    this.grow(initialCapacity);
  }

  get capacity(): number {
    return this.gen.length;
  }

  allocate(): number {
    if (this.freeCount === 0) this.grow(this.gen.length * 2);
    const slot = this.freeSlots[--this.freeCount] as number;
    this.live[slot] = 1;
    return slot;
  }

  /** The call has left the system; its slot is reused once no scheduled event refers to it. */
  release(slot: number): void {
    this.gen[slot]!++;
    this.waiting[slot] = 0;
    this.live[slot] = 0;
    if (this.eventsPending[slot] === 0) this.free(slot);
  }

  /** An event about the slot has fired; frees the slot if that was the last one and the call has left. */
  eventFired(slot: number): void {
    this.eventsPending[slot]!--;
    if (this.live[slot] === 0 && this.eventsPending[slot] === 0) this.free(slot);
  }

  private free(slot: number): void {
    this.freeSlots[this.freeCount++] = slot;
  }

  private grow(capacity: number): void {
    const old = this.gen.length;
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(a);
      return next;
    };
    const i32 = (n: number) => new Int32Array(n);
    const f64 = (n: number) => new Float64Array(n);
    const u8 = (n: number) => new Uint8Array(n);
    this.type = grow(this.type, i32);
    this.queue = grow(this.queue, i32);
    this.arrivedAt = grow(this.arrivedAt, f64);
    this.queuedAt = grow(this.queuedAt, f64);
    this.answeredAt = grow(this.answeredAt, f64);
    this.talkSeconds = grow(this.talkSeconds, f64);
    this.wrapSeconds = grow(this.wrapSeconds, f64);
    this.patienceSeconds = grow(this.patienceSeconds, f64);
    this.ivrOutcome = grow(this.ivrOutcome, u8);
    this.misrouted = grow(this.misrouted, u8);
    this.customer = grow(this.customer, f64);
    this.contact = grow(this.contact, i32);
    this.retrial = grow(this.retrial, u8);
    this.transferredIn = grow(this.transferredIn, u8);
    this.transferredOut = grow(this.transferredOut, u8);
    this.holdingAgent = grow(this.holdingAgent, i32);
    // The values a plain call keeps for life (see Simulation.plainCalls): no agent holds for it, a first contact.
    this.holdingAgent.fill(-1, old);
    this.contact.fill(1, old);
    this.conferenceSeconds = grow(this.conferenceSeconds, f64);
    this.callback = grow(this.callback, u8);
    this.consulted = grow(this.consulted, u8);
    this.consultU = grow(this.consultU, f64);
    this.transferU = grow(this.transferU, f64);
    this.resolveU = grow(this.resolveU, f64);
    this.callbackU = grow(this.callbackU, f64);
    this.gen = grow(this.gen, i32);
    this.waiting = grow(this.waiting, u8);
    this.eventsPending = grow(this.eventsPending, u8);
    this.live = grow(this.live, u8);
    this.statsRow = grow(this.statsRow, i32);
    this.serial = grow(this.serial, f64);
    const free = new Int32Array(capacity);
    free.set(this.freeSlots.subarray(0, this.freeCount));
    // New slots are pushed highest first so that the lowest is allocated first (a stable, readable order).
    for (let s = capacity - 1; s >= old; s--) free[this.freeCount++] = s;
    this.freeSlots = free;
  }
}
