// One line of the engine's event log, produced only when a tracer is given: what a caller's path was, for
// tests worked out by hand and for explaining a run. Plain data, no DOM.

export type TraceType =
  | 'arrived'
  | 'left-ivr'
  | 'routed'
  | 'answered'
  | 'abandoned'
  | 'talk-ended'
  | 'completed'
  /** A new call leg, in the target queue of a transfer (its agent is the one who transferred it). */
  | 'transferred';

/** One line of the event log, produced only when a tracer is given. */
export interface TraceEvent {
  atSeconds: number;
  type: TraceType;
  /** Serial number of the call (a contact, or a transfer leg), 1-based in order of creation. */
  call: number;
  callType: string;
  /** The queue the call is in or headed for (after a misroute, the wrong one). */
  queue: string;
  /** Agent id, `<group id>-<n>` (1-based), for answered, talk-ended and completed. */
  agent?: string;
  /** For answered and abandoned. */
  waitSeconds?: number;
  /**
   * Who is calling, the same in every variant of the run (a fork, another staffing): the customer's number
   * among its call type's new customers, its contact (1 first, 2 first repeat…) and retrial of that contact
   * (0: first try). Given when the scenario has mechanisms beyond a plain call (retrials, repeats, transfers,
   * consults, callbacks, an IVR); in a plain scenario the serials are already in the customers' order.
   */
  customer?: number;
  contact?: number;
  retrial?: number;
  /** For answered: the routing rule that gave the call to the agent. */
  route?: 'longest-idle' | 'most-proficient' | 'queue-priority' | 'overflow';
}

export type Tracer = (event: TraceEvent) => void;
