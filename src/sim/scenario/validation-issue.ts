// One problem found in a user's input: the field's path and the reason. A leaf, so that the checks that run
// before the schema (input-limits.ts) and the validator share it without an import loop.
export interface ValidationIssue {
  /** Path of the offending field, e.g. `agentGroups[0].queues[1]`; empty for the document itself. */
  path: string;
  message: string;
}
