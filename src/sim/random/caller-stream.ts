// A caller's own random numbers: every draw a customer makes after its first arrival (whether and when it
// retries or calls again, the talk and patience of those later contacts, consult and transfer times) comes
// from a stream keyed by who the caller is, not from a stream shared with other callers. A decision that
// changes one caller's fate (answered here, abandoned there) then changes no other caller's draws: a forked
// day keeps every caller (issue 10). Pure, no DOM, no allocation per draw.
import type { Rng } from './streams';

/** What a keyed stream is for; one stream per (caller, contact, retrial, purpose), each read from its start. */
export const enum CallerDraw {
  /** The attributes of a retrial or repeat contact: talk, after-call work, patience, decisions, the IVR walk. */
  Arrival = 1,
  /** The consult of the call with its first agent, and of its transfer leg. */
  Consult = 2,
  LegConsult = 3,
  /** The transfer leg: conference, talk, patience and the leg's decisions. */
  Transfer = 4,
  /** After the contact: whether (and after how long) the caller retries or calls again. */
  Next = 5,
  /** Whether the caller balks on hearing the queue. */
  Balk = 6,
}

const TWO_POW_32 = 4_294_967_296;
const INVERSE_TWO_POW_32 = 1 / TWO_POW_32;

/**
 * A 32-bit finaliser with full avalanche (each input bit flips each output bit with probability ≈ ½; the
 * constants are those of Wellons' "lowbias32" search). Two rounds per draw make the stream of consecutive
 * counters as good as a hash of independent inputs. Works in signed 32-bit integers throughout (`| 0`, never
 * `>>> 0`, and constants below 2³¹), which V8 keeps unboxed: a value past 2³¹ would become a heap number.
 */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x21f0aaad);
  h ^= h >>> 15;
  h = Math.imul(h, 0x735a2d97);
  h ^= h >>> 15;
  return h;
}

/** A key for the call type's callers from the run's stream of that name (seed, replication and type). */
export function callerTypeKey(stream: Rng): number {
  return Math.floor(stream() * TWO_POW_32) | 0;
}

/**
 * A counter-based generator over reusable state: `open` keys it to one caller and purpose and returns `rng`,
 * whose n-th call gives the n-th uniform of that key, in [0, 1) with 32-bit resolution. Opening again starts
 * another key; the engine reads one key at a time (every caller draw is made where the stream is opened).
 */
export class CallerStream {
  /** The key and the draws made from it, as int32s in a typed array (unboxed, no allocation per draw). */
  private readonly state = new Int32Array(2);

  readonly rng: Rng;

  constructor() {
    const state = this.state;
    this.rng = () => {
      const counter = (state[1] = ((state[1] as number) + 1) | 0);
      // 0x9e3779b9 (the golden ratio's 32 bits) as a signed 32-bit constant.
      const h = mix32(mix32(((state[0] as number) + Math.imul(counter, -0x61c88647)) | 0) ^ 0x5bd1e995);
      return (h >>> 0) * INVERSE_TWO_POW_32;
    };
  }

  /**
   * Keys the stream to the `customer`-th new customer of the call type keyed `typeKey`, on its `contact`-th
   * contact (1: the first, 2: the first repeat…) and `retrial`-th retrial of it (0: not a retrial).
   */
  open(typeKey: number, customer: number, contact: number, retrial: number, purpose: CallerDraw): Rng {
    let h = mix32(typeKey ^ customer); // customer's low 32 bits (ToInt32)
    if (customer >= TWO_POW_32) h = mix32(h ^ Math.floor(customer * INVERSE_TWO_POW_32));
    h = mix32(h ^ contact);
    h = mix32(h ^ (retrial << 3) ^ purpose);
    this.state[0] = h;
    this.state[1] = 0;
    return this.rng;
  }
}
