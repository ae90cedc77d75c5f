// Replays a day's decision log into a freshly opened live run: advance to each decision's simulated instant
// (at most `chunkSeconds` at a time, so whoever watches gets a snapshot per interval), make it, then advance to
// where the day was. The engine is deterministic, so the run ends where the original was. Works on the worker's
// remote API or on the live service itself (tests). No DOM.
import type { FloorLayout, FloorSnapshot, Intervention, InterventionResponse } from '../../sim/api';
import { exactStepSeconds, type Decision, type DecisionLog } from './decision-log';

/** The two calls a replay makes on an open run, remote (promises) or local. */
export interface ReplayableRun {
  step(simulatedSeconds: number): Promise<FloorSnapshot> | FloorSnapshot;
  intervene(action: Intervention): Promise<InterventionResponse> | InterventionResponse;
}

export interface ReplayHooks {
  /** Each snapshot on the way; returning false stops the replay (the run was replaced meanwhile). */
  onSnapshot(snapshot: FloorSnapshot): boolean;
  /** Each decision made again, with the layout after it; returning false stops the replay. */
  onDecision(decision: Decision, layout: FloorLayout): boolean;
}

export interface ReplayOutcome {
  /** The decisions made again: all of them, unless one was refused (then those before it). */
  decisions: Decision[];
  /** Where the run is now, simulated seconds. */
  atSeconds: number;
  /** Why a decision was refused ('' when none was). */
  problem: string;
  /** True when a hook stopped the replay. */
  isStopped: boolean;
}

export async function replayLog(
  run: ReplayableRun,
  log: DecisionLog,
  chunkSeconds: number,
  hooks: ReplayHooks,
): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { decisions: [], atSeconds: 0, problem: '', isStopped: false };
  let isFinished = false;
  const advanceTo = async (targetSeconds: number): Promise<void> => {
    while (outcome.atSeconds < targetSeconds && !isFinished && !outcome.isStopped) {
      const step = exactStepSeconds(outcome.atSeconds, Math.min(targetSeconds, outcome.atSeconds + chunkSeconds));
      if (step <= 0) return;
      const snapshot = await run.step(step);
      outcome.atSeconds = snapshot.atSeconds;
      isFinished = snapshot.finished;
      outcome.isStopped = !hooks.onSnapshot(snapshot);
    }
  };
  for (const decision of log.decisions) {
    await advanceTo(decision.atSeconds);
    if (outcome.isStopped) return outcome;
    const response = await run.intervene(decision.intervention);
    if (!response.ok) {
      // Not with an unchanged engine; if it happens, the day is kept up to the decision that was refused.
      outcome.problem = response.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      return outcome;
    }
    outcome.decisions.push(decision);
    outcome.isStopped = !hooks.onDecision(decision, response.layout);
    if (outcome.isStopped) return outcome;
  }
  await advanceTo(log.atSeconds);
  return outcome;
}
