// The yardstick for `npm run bench`: a minimal M/M/c+M simulator written as one tight loop (a binary heap in
// typed arrays keyed by (time, sequence), integer event kinds, a typed ring-buffer queue with lazy deletion).
// It does the same work per call as the engine and nothing more, so the ratio of the two is honest.
// Depends only on seedrandom; never imports the engine.
import seedrandom from 'seedrandom';

const ARRIVAL = 0;
const SERVICE_END = 1;
const ABANDON = 2;

/** `alea` is the engine's generator; `arc4` is seedrandom's default; `xor128` is another fast one. */
export type GeneratorName = 'alea' | 'arc4' | 'xor128';

export interface BaselineConfig {
  agents: number;
  arrivalsPerSecond: number;
  meanServiceSeconds: number;
  /** Mean of the exponential patience; Infinity means callers never abandon (Erlang C). */
  meanPatienceSeconds: number;
  /** Arrivals stop after this many calls; the run then drains until the system is empty. */
  calls: number;
  seed: string;
  generator?: GeneratorName;
}

function createGenerator(name: GeneratorName, seed: string): () => number {
  if (name === 'alea') return seedrandom.alea(seed);
  if (name === 'xor128') return seedrandom.xor128(seed);
  return seedrandom(seed);
}

/** Places (t, seq, code) by moving a hole up from `index`. Small enough for V8 to inline. */
function siftUp(
  times: Float64Array,
  seqs: Float64Array,
  codes: Int32Array,
  index: number,
  t: number,
  seq: number,
  code: number,
): void {
  let hole = index;
  while (hole > 0) {
    const parent = (hole - 1) >> 1;
    const pt = times[parent]!;
    if (pt < t || (pt === t && seqs[parent]! < seq)) break;
    times[hole] = pt;
    seqs[hole] = seqs[parent]!;
    codes[hole] = codes[parent]!;
    hole = parent;
  }
  times[hole] = t;
  seqs[hole] = seq;
  codes[hole] = code;
}

/** Places (t, seq, code) in a heap of `size` entries by moving a hole down from the root. */
function siftDown(
  times: Float64Array,
  seqs: Float64Array,
  codes: Int32Array,
  size: number,
  t: number,
  seq: number,
  code: number,
): void {
  let hole = 0;
  for (;;) {
    let child = 2 * hole + 1;
    if (child >= size) break;
    let ct = times[child]!;
    let cs = seqs[child]!;
    const right = child + 1;
    if (right < size) {
      const rt = times[right]!;
      const rs = seqs[right]!;
      if (rt < ct || (rt === ct && rs < cs)) {
        child = right;
        ct = rt;
        cs = rs;
      }
    }
    if (t < ct || (t === ct && seq < cs)) break;
    times[hole] = ct;
    seqs[hole] = cs;
    codes[hole] = codes[child]!;
    hole = child;
  }
  times[hole] = t;
  seqs[hole] = seq;
  codes[hole] = code;
}

export class BaselineSimulation {
  nowSeconds = 0;
  eventCount = 0;
  offered = 0;
  answered = 0;
  abandoned = 0;
  /** Callers who found every agent busy and joined the queue. */
  queued = 0;
  waitSecondsAnswered = 0;
  waitSecondsAbandoned = 0;

  private readonly agents: number;
  private readonly meanInterarrivalSeconds: number;
  private readonly meanServiceSeconds: number;
  private readonly meanPatienceSeconds: number;
  private readonly calls: number;
  private readonly arrivalRng: () => number;
  private readonly serviceRng: () => number;
  private readonly patienceRng: () => number;

  private freeAgents: number;
  // Event heap: parallel typed arrays, `size` live entries; `nextSeq` breaks time ties first-in-first-out.
  private times: Float64Array;
  private seqs: Float64Array;
  /**
   * Event kind in the low 2 bits; above them, for ABANDON, the caller's absolute queue position. Packing the
   * two into one Int32 saves an array move per heap level (why calls are limited to 2^29).
   */
  private codes: Int32Array;
  private size = 0;
  private nextSeq = 0;
  // Queue: positions head..tail-1 (absolute, masked into the ring); abandoned entries stay until they reach the head.
  private ringArrivedAt: Float64Array;
  private ringAbandoned: Uint8Array;
  private head = 0;
  private tail = 0;

  constructor(config: BaselineConfig) {
    if (!(config.agents >= 1 && config.arrivalsPerSecond > 0 && config.meanServiceSeconds > 0))
      throw new RangeError('baseline: needs agents ≥ 1 and positive rates');
    if (!(config.meanPatienceSeconds > 0)) throw new RangeError('baseline: meanPatienceSeconds must be > 0');
    if (!(Number.isInteger(config.calls) && config.calls >= 1 && config.calls < 2 ** 29))
      throw new RangeError('baseline: calls must be an integer in [1, 2^29)');
    this.agents = config.agents;
    this.freeAgents = config.agents;
    this.meanInterarrivalSeconds = 1 / config.arrivalsPerSecond;
    this.meanServiceSeconds = config.meanServiceSeconds;
    this.meanPatienceSeconds = config.meanPatienceSeconds;
    this.calls = config.calls;
    const generator = config.generator ?? 'alea';
    // Three named streams, as the engine has, so arrivals do not shift when service draws change.
    this.arrivalRng = createGenerator(generator, `${config.seed}/arrivals`);
    this.serviceRng = createGenerator(generator, `${config.seed}/service`);
    this.patienceRng = createGenerator(generator, `${config.seed}/patience`);
    const capacity = 2 * config.agents + 1024;
    this.times = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.codes = new Int32Array(capacity);
    this.ringArrivedAt = new Float64Array(1024);
    this.ringAbandoned = new Uint8Array(1024);
    const firstAt = -Math.log(1 - this.arrivalRng()) * this.meanInterarrivalSeconds;
    siftUp(this.times, this.seqs, this.codes, 0, firstAt, this.nextSeq++, ARRIVAL);
    this.size = 1;
  }

  /** Agents serving a caller now. */
  get busyAgents(): number {
    return this.agents - this.freeAgents;
  }

  /** Callers in the queue now (counts the ring; for tests and checks, not for the hot loop). */
  get waiting(): number {
    const mask = this.ringAbandoned.length - 1;
    let count = 0;
    for (let p = this.head; p < this.tail; p++) if (this.ringAbandoned[p & mask] === 0) count++;
    return count;
  }

  /** Runs every event up to and including `untilSeconds`; false once the system is empty. */
  runUntil(untilSeconds: number): boolean {
    // Hot state lives in locals for the loop and is written back at the end.
    let times = this.times;
    let seqs = this.seqs;
    let codes = this.codes;
    let ringArrivedAt = this.ringArrivedAt;
    let ringAbandoned = this.ringAbandoned;
    let ringMask = ringArrivedAt.length - 1;
    let size = this.size;
    let seq = this.nextSeq;
    let head = this.head;
    let tail = this.tail;
    let freeAgents = this.freeAgents;
    let events = this.eventCount;
    let offered = this.offered;
    let answered = this.answered;
    let abandoned = this.abandoned;
    let queued = this.queued;
    let waitAnswered = this.waitSecondsAnswered;
    let waitAbandoned = this.waitSecondsAbandoned;
    let now = this.nowSeconds;
    const calls = this.calls;
    const meanInterarrival = this.meanInterarrivalSeconds;
    const meanService = this.meanServiceSeconds;
    const meanPatience = this.meanPatienceSeconds;
    const isPatient = meanPatience === Infinity;
    const arrivalRng = this.arrivalRng;
    const serviceRng = this.serviceRng;
    const patienceRng = this.patienceRng;

    while (size > 0) {
      const t = times[0]!;
      if (t > untilSeconds) break;
      const code = codes[0]!;
      const kind = code & 3;
      size--;
      if (size > 0) siftDown(times, seqs, codes, size, times[size]!, seqs[size]!, codes[size]!);
      now = t;
      events++;
      // An event pushes at most two more, so one capacity check per event covers every push below.
      if (size + 2 > times.length) {
        this.size = size;
        this.growHeap();
        times = this.times;
        seqs = this.seqs;
        codes = this.codes;
      }

      if (kind === ARRIVAL) {
        offered++;
        if (offered < calls) {
          const at = t - Math.log(1 - arrivalRng()) * meanInterarrival;
          siftUp(times, seqs, codes, size++, at, seq++, ARRIVAL);
        }
        if (freeAgents > 0) {
          freeAgents--;
          answered++;
          const endAt = t - Math.log(1 - serviceRng()) * meanService;
          siftUp(times, seqs, codes, size++, endAt, seq++, SERVICE_END);
        } else {
          queued++;
          if (tail - head > ringMask) {
            this.head = head;
            this.tail = tail;
            this.growRing();
            ringArrivedAt = this.ringArrivedAt;
            ringAbandoned = this.ringAbandoned;
            ringMask = ringArrivedAt.length - 1;
          }
          ringArrivedAt[tail & ringMask] = t;
          ringAbandoned[tail & ringMask] = 0;
          if (!isPatient) {
            const leaveAt = t - Math.log(1 - patienceRng()) * meanPatience;
            siftUp(times, seqs, codes, size++, leaveAt, seq++, (tail << 2) | ABANDON);
          }
          tail++;
        }
      } else if (kind === SERVICE_END) {
        // Lazy deletion: callers who abandoned are skipped only when they reach the head.
        while (head < tail && ringAbandoned[head & ringMask] === 1) head++;
        if (head < tail) {
          waitAnswered += t - ringArrivedAt[head & ringMask]!;
          head++;
          answered++;
          const endAt = t - Math.log(1 - serviceRng()) * meanService;
          siftUp(times, seqs, codes, size++, endAt, seq++, SERVICE_END);
        } else {
          freeAgents++;
        }
      } else {
        // ABANDON: stale when the caller already left the queue (answered: position below head).
        const position = code >> 2;
        if (position >= head && ringAbandoned[position & ringMask] === 0) {
          ringAbandoned[position & ringMask] = 1;
          abandoned++;
          waitAbandoned += t - ringArrivedAt[position & ringMask]!;
        }
      }
    }

    this.size = size;
    this.nextSeq = seq;
    this.head = head;
    this.tail = tail;
    this.freeAgents = freeAgents;
    this.eventCount = events;
    this.offered = offered;
    this.answered = answered;
    this.abandoned = abandoned;
    this.queued = queued;
    this.waitSecondsAnswered = waitAnswered;
    this.waitSecondsAbandoned = waitAbandoned;
    this.nowSeconds = now;
    return size > 0;
  }

  /** Runs to the end (arrivals stop after `calls`, then the system drains). */
  run(): this {
    this.runUntil(Infinity);
    return this;
  }

  private growHeap(): void {
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

  /** Doubles the ring; entries keep their absolute positions, so pending ABANDON events stay valid. */
  private growRing(): void {
    const oldMask = this.ringArrivedAt.length - 1;
    const capacity = this.ringArrivedAt.length * 2;
    const mask = capacity - 1;
    const arrivedAt = new Float64Array(capacity);
    const isAbandoned = new Uint8Array(capacity);
    for (let p = this.head; p < this.tail; p++) {
      arrivedAt[p & mask] = this.ringArrivedAt[p & oldMask]!;
      isAbandoned[p & mask] = this.ringAbandoned[p & oldMask]!;
    }
    this.ringArrivedAt = arrivedAt;
    this.ringAbandoned = isAbandoned;
  }
}
