// Streaming call statistics in constant memory: rows of counters and sums in one Float64Array, a row per queue
// or per (interval, queue). Rows grow only with the number of intervals, never with the number of calls.
// Pure, no DOM.
import type { CallKpis, AgentKpis } from '../results';
import type { ServiceLevelConvention } from '../scenario/schema';

// Field offsets within a row.
export const OFFERED = 0;
export const ANSWERED = 1;
export const ABANDONED = 2;
export const ABANDONED_SHORT = 3;
export const ANSWERED_WITHIN = 4;
export const WAIT_ANSWERED_SUM = 5;
export const WAIT_ABANDONED_SUM = 6;
export const MAX_WAIT = 7;
export const HANDLED = 8;
export const TALK_SUM = 9;
export const ACW_SUM = 10;
/** ∫ queue length dt over observed time. */
export const QUEUE_AREA = 11;
export const MAX_QUEUE = 12;
export const WAITING_AT_END = 13;
/** Handled here, then sent to another queue (transfers include escalations). */
export const TRANSFERRED_OUT = 14;
export const ESCALATED = 15;
/** Entered this queue by a transfer. */
export const TRANSFERRED_IN = 16;
/** First contacts of a customer that ended here, and those of them resolved (without a transfer). */
export const FIRST_CONTACTS = 17;
export const FIRST_CONTACTS_RESOLVED = 18;
/** Entries that were a customer's repeat contact, or a retrial after an abandon or a busy signal. */
export const REPEAT_CONTACTS = 19;
export const RETRIALS = 20;
/** Callers who got a busy signal (all trunk lines taken), counted against the queue they wanted. */
export const BLOCKED = 21;
/** Time handled calls spent on hold: consults, and an agent holding for a warm transfer. */
export const HOLD_SUM = 22;
/** Callers offered a callback (expected wait above the queue's threshold), and those who took it. */
export const CALLBACKS_OFFERED = 23;
export const CALLBACKS_ACCEPTED = 24;
/** Handled calls during which the agent consulted a colleague (caller on hold). */
export const CONSULTS = 25;
/** Entries that found no idle agent and joined the queue (they waited at all). */
export const DELAYED = 26;
export const CALL_FIELDS = 27;

/** A table of rows of CALL_FIELDS numbers that grows by doubling. */
export class CallTable {
  data: Float64Array;
  constructor(rows: number) {
    this.data = new Float64Array(Math.max(1, rows) * CALL_FIELDS);
  }
  get rows(): number {
    return this.data.length / CALL_FIELDS;
  }
  ensureRows(rows: number): void {
    if (rows * CALL_FIELDS <= this.data.length) return;
    let capacity = this.rows;
    while (capacity < rows) capacity *= 2;
    const next = new Float64Array(capacity * CALL_FIELDS);
    next.set(this.data);
    this.data = next;
  }
  /** Offset of field 0 of a row. */
  static base(row: number): number {
    return row * CALL_FIELDS;
  }
}

/** Sums rows into a fresh row; max fields take the maximum. */
export function combineRows(source: Float64Array, rows: readonly number[]): Float64Array {
  const out = new Float64Array(CALL_FIELDS);
  for (const row of rows) {
    const b = row * CALL_FIELDS;
    for (let f = 0; f < CALL_FIELDS; f++) {
      const v = source[b + f] as number;
      out[f] = f === MAX_WAIT || f === MAX_QUEUE ? Math.max(out[f] as number, v) : (out[f] as number) + v;
    }
  }
  return out;
}

/** num ÷ den, or NaN when the denominator is empty (a KPI undefined for this population). */
export const ratio = (num: number, den: number): number => (den > 0 ? num / den : NaN);

/**
 * KPIs of one row. `observedSeconds` turns the queue-length area into a mean; `maxQueueOverride` replaces the
 * row's max queue length (the centre-wide maximum is not the maximum of the queues' maxima).
 */
export function callKpis(
  row: Float64Array,
  offset: number,
  observedSeconds: number,
  convention: ServiceLevelConvention,
): CallKpis {
  const f = (i: number): number => row[offset + i] as number;
  const answered = f(ANSWERED);
  const abandoned = f(ABANDONED);
  const within = f(ANSWERED_WITHIN);
  const abandonedAfter = abandoned - f(ABANDONED_SHORT);
  const handled = f(HANDLED);
  const sl = {
    excludeShortAbandons: ratio(within, answered + abandonedAfter),
    offered: ratio(within, f(OFFERED)),
    answered: ratio(within, answered),
  };
  return {
    offered: f(OFFERED),
    answered,
    abandoned,
    abandonedShort: f(ABANDONED_SHORT),
    abandonedAfterThreshold: abandonedAfter,
    answeredWithinThreshold: within,
    waitingAtEnd: f(WAITING_AT_END),
    serviceLevel: sl[convention],
    serviceLevelExcludeShortAbandons: sl.excludeShortAbandons,
    serviceLevelOffered: sl.offered,
    serviceLevelAnswered: sl.answered,
    asaSeconds: ratio(f(WAIT_ANSWERED_SUM), answered),
    meanWaitSeconds: ratio(f(WAIT_ANSWERED_SUM) + f(WAIT_ABANDONED_SUM), answered + abandoned),
    maxWaitSeconds: f(MAX_WAIT),
    ahtSeconds: ratio(f(TALK_SUM) + f(HOLD_SUM) + f(ACW_SUM), handled),
    talkSeconds: ratio(f(TALK_SUM), handled),
    afterCallWorkSeconds: ratio(f(ACW_SUM), handled),
    meanHoldSeconds: ratio(f(HOLD_SUM), handled),
    abandonRate: ratio(abandoned, f(OFFERED)),
    meanQueueLength: ratio(f(QUEUE_AREA), observedSeconds),
    maxQueueLength: f(MAX_QUEUE),
    transferredOut: f(TRANSFERRED_OUT),
    escalated: f(ESCALATED),
    transferredIn: f(TRANSFERRED_IN),
    transferRate: ratio(f(TRANSFERRED_OUT), handled),
    escalationRate: ratio(f(ESCALATED), handled),
    firstContactResolution: ratio(f(FIRST_CONTACTS_RESOLVED), f(FIRST_CONTACTS)),
    repeatContacts: f(REPEAT_CONTACTS),
    repeatRate: ratio(f(REPEAT_CONTACTS), f(OFFERED)),
    retrials: f(RETRIALS),
    blocked: f(BLOCKED),
    delayed: f(DELAYED),
    shareDelayed: ratio(f(DELAYED), f(OFFERED)),
    callbacksOffered: f(CALLBACKS_OFFERED),
    callbacksAccepted: f(CALLBACKS_ACCEPTED),
    consultRate: ratio(f(CONSULTS), handled),
  };
}

export function agentKpis(
  staffedArea: number,
  busyArea: number,
  answered: number,
  observedSeconds: number,
): Pick<AgentKpis, 'staffedAgents' | 'busyAgents' | 'occupancy' | 'answered'> {
  return {
    staffedAgents: ratio(staffedArea, observedSeconds),
    busyAgents: ratio(busyArea, observedSeconds),
    occupancy: ratio(busyArea, staffedArea),
    answered,
  };
}
