// The live interventions a trainer or manager can make, as plain data: a leaf of the contract (api.ts re-exports
// it) that the exercise format also reads. Imports types only, from leaves.
import type { StructureChoice } from './scenario/default-structures';

/** A change a trainer or manager makes to a live run; the simulation continues from that instant. */
export type Intervention =
  /** Log agents in or out until the group has `agents` logged in; busy agents finish their call first. */
  | { kind: 'set-agents'; group: string; agents: number }
  /** Move agents from one group to another (they finish their current call first). */
  | { kind: 'move-agents'; from: string; to: string; agents: number }
  /** Multiply the arrival rate of one call type (or all, if absent) for a while: a marketing spike. */
  | { kind: 'arrival-surge'; callType?: string; factor: number; durationSeconds: number }
  /**
   * The IVR is down for a while: callers who would enter it go straight to their own queue
   * (`route-to-agents`), or get a busy signal (`busy-signal`; they may retry).
   */
  | { kind: 'ivr-outage'; mode: 'route-to-agents' | 'busy-signal'; durationSeconds: number }
  /**
   * Change the routing rule from now on: a new call goes to the longest-idle agent of the groups serving its
   * queue, or (`most-proficient`) to the longest idle of the most proficient of them. Calls already answered
   * keep their agent.
   */
  | { kind: 'set-routing-policy'; policy: RoutingPolicy }
  /**
   * Reorganise a department from now on: `hierarchical` or `self-managed` take the department's own parameters
   * of that kind when the scenario gives them, otherwise documented defaults
   * (src/sim/scenario/default-structures.ts); `none` removes its structure. Headcounts stay as they are; calls
   * in progress finish as they started.
   */
  | { kind: 'set-structure'; department: string; structure: StructureChoice };

/** How a new call picks among idle agents of the groups that serve its queue (scenario field `routing.policy`). */
export type RoutingPolicy = 'longest-idle' | 'most-proficient';
