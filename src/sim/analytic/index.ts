// The analytic queueing models, for showing theory next to simulated results (UI, CLI). Pure math: no DOM,
// no randomness. Formulas, assumptions and limits: docs/analytic-models.md.
export { erlangB, erlangBStep, linesForBlocking, offeredLoadErlangs } from './erlang-b';
export { erlangC, erlangCWaitProbability, type ErlangCInput, type ErlangCResult } from './erlang-c';
export { erlangA, type ErlangAInput, type ErlangAResult } from './erlang-a';
export { serviceLevelIn, type QueueMetrics } from './queue-metrics';
export { requiredAgents, type StaffingInput, type StaffingResult } from './staffing';
export { scheduledAgents, type ScheduledShift } from './scheduled-staff';
export { agentsPerQueue, combineQueues, type PoolGroup, type QueuePart } from './queue-pools';
