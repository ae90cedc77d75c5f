// The structure a department takes when a trainer switches it during a live run: the scenario's own structure
// of that kind if the department has one, otherwise the defaults below. Each number is a stated assumption,
// not a measured value (docs/organisation.md); edit the scenario to test others. Pure data, no DOM.
import type { StructureSpec } from './organisation-schema';
import type { Scenario } from './schema';

export type StructureKind = StructureSpec['kind'];

/** What a live change may ask for: one of the two structures, or none (a plain floor, groups fixed to queues). */
export const STRUCTURE_CHOICES = ['hierarchical', 'self-managed', 'none'] as const;
export type StructureChoice = (typeof STRUCTURE_CHOICES)[number];

/**
 * A self-managed department when the scenario gives none. No team-lead or supervisor fields: headcounts never
 * change during a run, and a live change hires nobody.
 */
export const DEFAULT_SELF_MANAGED: StructureSpec = {
  kind: 'self-managed',
  // Agents answer their department's other queues about 11% slower (talk ÷ 0.9): skilled for the work but
  // out of practice on it. Near 1, because pooling only spans queues the team is skilled for (DOMAIN.md).
  pooling: { crossQueueProficiency: 0.9 },
  peerConsult: {
    // No source gives the share of escalations a peer can solve: one half is the neutral guess.
    resolveProbability: 0.5,
    // A short consult hold, about 2.5 minutes on average; exponential, the least-informed shape.
    duration: { kind: 'exponential', meanSeconds: 150 },
  },
  // A break is put off only while more than 2 callers wait (one or two clear on their own within a call or
  // so), and for at most 15 minutes, one WFM interval: the team adjusts its breaks without skipping them.
  breakShifting: { waitingAbove: 2, maxDelayMinutes: 15 },
  // No knowledge sharing (its speedup has no source) and no meetings (a daily meeting at a time the trainer
  // did not choose would take the whole team off the phones): the scenario can add both.
};

/** A hierarchical department when the scenario gives none: a supervisor's reviews and moves. */
export const DEFAULT_HIERARCHICAL: StructureSpec = {
  kind: 'hierarchical',
  review: {
    // A supervisor or WFM planner looks at the queues every half hour, the usual interval of intraday
    // management (DOMAIN.md: 30-minute intervals).
    everyMinutes: 30,
    // Deciding and telling the agents takes a quarter of an hour: "changes wait for a supervisor's or WFM's
    // decision" (DOMAIN.md). This delay is the price of control the comparison shows.
    reactionDelayMinutes: 15,
    // A queue needs attention when more than 5 callers wait.
    waitingAbove: 5,
    // Two agents at a time: a small step, so one review does not strip the group they come from.
    moveAgents: 2,
  },
};

/**
 * The structure a department gets when switched to `choice` during a run: undefined for none; the scenario's
 * own parameters when the department (as the scenario gives it) already has a structure of that kind;
 * otherwise the defaults. The supervisors of the structure it has `now` stay (a live change dismisses nobody,
 * so their cost goes on), unless the choice is none: a plain floor has no supervisors.
 */
export function structureFor(
  scenario: Scenario,
  departmentId: string,
  choice: StructureChoice,
  now?: StructureSpec,
): StructureSpec | undefined {
  if (choice === 'none') return undefined;
  const own = scenario.departments?.find((d) => d.id === departmentId)?.structure;
  const chosen = own?.kind === choice ? own : choice === 'self-managed' ? DEFAULT_SELF_MANAGED : DEFAULT_HIERARCHICAL;
  return now?.supervisors !== undefined ? { ...chosen, supervisors: now.supervisors } : chosen;
}
