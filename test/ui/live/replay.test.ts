// Replaying a decision log rebuilds the same day: a run played in uneven chunks (as the player does) with
// interventions at the instants it happened to be at, and the same scenario replayed from the log alone,
// end with equal KPIs, head-counts and clocks. Uses the live service itself, in Node.
import { describe, expect, it } from 'vitest';
import helpDesk from '../../../src/scenarios/help-desk.json';
import type { Scenario } from '../../../src/sim/scenario/schema';
import type { Intervention } from '../../../src/sim/api';
import { createLiveService } from '../../../src/sim/live/live-service';
import { emptyLog } from '../../../src/ui/live/decision-log';
import { replayLog } from '../../../src/ui/live/replay';

const scenario = helpDesk as unknown as Scenario;

const changes: Intervention[] = [
  { kind: 'set-agents', group: 'agents', agents: 9 },
  { kind: 'arrival-surge', factor: 2.5, durationSeconds: 3600 },
  { kind: 'set-agents', group: 'agents', agents: 4 },
];

/** Plays the day in uneven steps (0.1 s to 7 min), making a change every few steps; returns its log. */
function playOriginal() {
  const live = createLiveService();
  expect(live.openLive(scenario).ok).toBe(true);
  const log = emptyLog(scenario, 60);
  let steps = 0;
  let change = 0;
  while (live.snapshot().atSeconds < 5 * 3600) {
    live.step(0.1 + ((steps * 137.3) % 420));
    steps++;
    if (steps % 9 === 0 && change < changes.length) {
      const atSeconds = live.snapshot().atSeconds;
      const intervention = changes[change++]!;
      expect(live.intervene(intervention).ok).toBe(true);
      log.decisions.push({ atSeconds, intervention });
    }
  }
  const end = live.snapshot();
  log.atSeconds = end.atSeconds;
  return { log, end };
}

describe('replayLog', () => {
  it('rebuilds the same day from the log alone', async () => {
    const { log, end } = playOriginal();
    expect(log.decisions).toHaveLength(3);
    const replay = createLiveService();
    expect(replay.openLive(scenario).ok).toBe(true);
    const seen: number[] = [];
    const outcome = await replayLog(replay, log, 900, {
      onSnapshot: (s) => (seen.push(s.atSeconds), true),
      onDecision: () => true,
    });
    expect(outcome).toMatchObject({ atSeconds: end.atSeconds, problem: '', isStopped: false });
    expect(outcome.decisions).toEqual(log.decisions);
    const again = replay.snapshot();
    expect(again.atSeconds).toBe(end.atSeconds);
    expect(again.total).toEqual(end.total);
    expect(again.intervals).toEqual(end.intervals);
    expect(Array.from(again.agentStates)).toEqual(Array.from(end.agentStates));
    // One snapshot per 15-minute interval at most apart, for the charts.
    for (let i = 1; i < seen.length; i++) expect(seen[i]! - seen[i - 1]!).toBeLessThanOrEqual(900);
  });

  it('stops when a hook says the run was replaced, and keeps what was made before a refused change', async () => {
    const { log } = playOriginal();
    const live = createLiveService();
    live.openLive(scenario);
    const stopped = await replayLog(live, log, 900, { onSnapshot: () => false, onDecision: () => true });
    expect(stopped.isStopped).toBe(true);
    expect(stopped.decisions).toEqual([]);

    const bad = {
      ...log,
      decisions: [
        log.decisions[0]!,
        { atSeconds: 7200, intervention: { kind: 'set-agents', group: 'nobody', agents: 3 } as Intervention },
      ],
    };
    const fresh = createLiveService();
    fresh.openLive(scenario);
    const refused = await replayLog(fresh, bad, 900, { onSnapshot: () => true, onDecision: () => true });
    expect(refused.decisions).toEqual([log.decisions[0]]);
    expect(refused.problem).toMatch(/group/);
    expect(refused.atSeconds).toBe(7200);
  });
});
