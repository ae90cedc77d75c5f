// The kinds of event on the calendar and what each one's integer payload means: a leaf that every engine module
// may import and that imports nothing. Enums rather than module constants so that the bundler writes them into
// the code as numbers (a module constant is read from the module's scope at every use) and the dispatch switch
// in simulation.ts compares with literals. docs/architecture.md §3 lists them (test/sim/engine/docs-events.test.ts).

export const enum EventKind {
  Arrival = 0, // a: call type
  Abandon = 1, // a: call slot (never reused while its abandonment is pending)
  TalkEnd = 2, // a: agent
  WrapEnd = 3, // a: agent
  IntervalEnd = 4, // a: unused
  Horizon = 5, // arrivals stop
  WarmupEnd = 6, // statistics start
  SurgeEnd = 7, // a: call type
  DayStart = 8, // a: day index: the day's shifts are scheduled
  ShiftStart = 9, // a: agent
  ShiftEnd = 10, // a: agent
  BreakStart = 11, // a: agent
  ActivityStart = 12, // a: agent
  AwayEnd = 13, // a: agent (end of a break or an activity)
  IvrEnd = 14, // a: call slot
  FutureContact = 15, // a: index into the future-contacts table (a retrial or a repeat contact)
  WarmTimeout = 16, // a: agent holding for a warm transfer gives up
  ConferenceEnd = 17, // a: agent whose warm transfer has been taken over
  Overflow = 18, // a: call slot (its queue's overflow groups may now take it)
  ConsultEnd = 19, // a: agent back from consulting a colleague, the caller on hold meanwhile
  Org = 20, // a: an organisation event (sub-kind in the low 4 bits, see organisation.ts)
  PeerEnd = 21, // a: agent whose consult of a peer (before an escalation) ends
}

/** Which routing rule gave a call to an agent (recorded in the event log so a caller's path can be explained). */
export const enum Route {
  IdleAgent = 0, // an idle agent took the call on arrival (by the routing policy)
  Queue = 1, // a freed agent took the head of its highest-priority queue
  Overflow = 2, // an overflow group took a caller who had waited past the threshold
}
