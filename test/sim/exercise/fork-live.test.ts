// Forking a plain live run (the Live tab): the free-play replay of the live day's interventions is that live
// day (every KPI equal at the fork instant), both branches then advance together on the same callers, an
// unchanged fork ends with identical KPIs, and a different decision on one branch shows in the comparison.
import { describe, expect, it } from 'vitest';
import { builtInExercises } from '../../../src/scenarios/exercises/index';
import { builtInScenarios } from '../../../src/scenarios/index';
import type { Intervention } from '../../../src/sim/api';
import { createExerciseService } from '../../../src/sim/exercise/exercise-service';
import { createLiveService } from '../../../src/sim/live/live-service';

const scenario = builtInScenarios.find((s) => s.id === 'help-desk');
if (scenario === undefined) throw new Error('help-desk');
const service = () => createExerciseService({ exercises: builtInExercises, scenarios: builtInScenarios });
const decisions: { atSeconds: number; intervention: Intervention }[] = [
  { atSeconds: 1800, intervention: { kind: 'set-agents', group: scenario.agentGroups[0]?.id ?? '', agents: 7 } },
];

/** The live day as the Live tab plays it: open, step to each intervention, make it, step on. */
function liveDay(untilSeconds: number) {
  const live = createLiveService();
  expect(live.openLive(scenario).ok).toBe(true);
  live.step(1800);
  expect(live.intervene(decisions[0]?.intervention as Intervention).ok).toBe(true);
  return live.step(untilSeconds - 1800);
}

describe('fork a live run', () => {
  it('branch 0 is the live day at the fork, both branches advance together, an unchanged fork ends identical', () => {
    const s = service();
    const opened = s.forkLive(scenario, decisions, 7200);
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const live = liveDay(7200);
    for (const branch of [0, 1]) {
      const snap = s.snapshot(branch);
      expect(snap.atSeconds).toBe(7200);
      expect(snap.total).toEqual(live.total);
      expect(snap.intervals).toEqual(live.intervals);
    }
    s.step(3600);
    expect(s.state(0).atSeconds).toBe(10_800);
    expect(s.state(1).atSeconds).toBe(10_800);
    s.endExercise();
    const c = s.compareBranches(0, 1);
    expect(c.a).toEqual({ ...c.b, label: c.a.label });
    expect([c.answeredDelta, c.abandonedDelta, c.costDelta]).toEqual([0, 0, 0]);
  });

  it('a different decision on one branch changes only that branch after the fork', () => {
    const s = service();
    const opened = s.forkLive(scenario, decisions, 7200);
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const group = scenario.agentGroups[0]?.id ?? '';
    expect(s.decide({ kind: 'set-agents', group, agents: 3 }, 1).ok).toBe(true);
    s.step(7200);
    s.endExercise();
    const c = s.compareBranches(0, 1);
    // Fewer agents on the same callers: fewer answered, more abandoned, less staff cost.
    expect(c.answeredDelta).toBeLessThan(0);
    expect(c.abandonedDelta).toBeGreaterThan(0);
    expect(c.costDelta).toBeLessThan(0);
    // Branch 0 is still the live day with no new decision.
    expect(s.snapshot(0).total).toEqual(liveDay(14_400).total);
  });

  it('refuses a bad instant or a bad scenario with the field named', () => {
    const s = service();
    expect(s.forkLive(scenario, [], -1)).toEqual({
      ok: false,
      issues: [{ path: 'atSeconds', message: expect.stringContaining('≥ 0') }],
    });
    const bad = s.forkLive({ ...scenario, intervalMinutes: 7 }, [], 0);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toBe('intervalMinutes');
  });
});
