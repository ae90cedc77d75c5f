// The exercise service as the worker will expose it: list, open paused on the briefing, decide, step, fork into
// branches that advance together, end, debrief, export and replay a session; bad input comes back as issues.
import { describe, expect, it } from 'vitest';
import { builtInExercises } from '../../../src/scenarios/exercises/index';
import { builtInScenarios } from '../../../src/scenarios/index';
import { createExerciseService } from '../../../src/sim/exercise/exercise-service';
import { smallExercise } from './fixtures';

const service = () => createExerciseService({ exercises: builtInExercises, scenarios: builtInScenarios });

describe('exercise service', () => {
  it('lists the built-ins with their play time and code', () => {
    const list = service().listExercises();
    expect(list.map((e) => e.id)).toContain('monday-surge');
    const surge = list.find((e) => e.id === 'monday-surge');
    expect(surge).toMatchObject({ scenario: 'monday-peak', role: 'team-lead', playSpeed: 20, playMinutes: 15 });
    expect(surge?.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('opens paused at 0 with the rule explained, and refuses bad input with issues', () => {
    const s = service();
    const opened = s.openExercise(smallExercise());
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    expect(opened.state).toMatchObject({ atSeconds: 0, finished: false });
    expect(opened.rule.map((r) => r.kind)).toEqual(['service-level', 'abandonment', 'cost', 'response-time']);
    expect(s.openExercise('nope')).toMatchObject({ ok: false });
    expect(s.openExercise({ ...smallExercise(), scenario: 'nowhere' })).toEqual({
      ok: false,
      issues: [{ path: 'scenario', message: expect.stringContaining('unknown scenario "nowhere"') }],
    });
  });

  it('forks into a branch that advances with the original, and compares them at the end', () => {
    const s = service();
    s.openExercise(smallExercise());
    s.step(2000);
    const branch = s.fork();
    expect(branch).toBe(1);
    expect(s.decide({ kind: 'add-agents', group: 'agents', agents: 3 }, 1).ok).toBe(true);
    s.step(10_000);
    expect(s.state(0).finished).toBe(true);
    expect(s.state(1).finished).toBe(true);
    const comparison = s.compareBranches(0, 1);
    expect(comparison.a.offered).toBe(comparison.b.offered);
    expect(comparison.answeredDelta).toBeGreaterThan(0);
    expect(s.state(0).decisions).toEqual([]);
  });

  it('exports a session that replays to the same KPIs, and debriefs', () => {
    const s = service();
    s.openExercise('flu-week');
    s.step(3700);
    expect(s.decide({ kind: 'add-agents', group: 'agents', agents: 2 }).ok).toBe(true);
    s.step(3600);
    const state = s.endExercise();
    expect(state.finished).toBe(true);
    const file = s.exportSession();
    expect(file.endedAt).toBe(7300);
    const replay = s.replaySession(JSON.parse(JSON.stringify(file)));
    expect(replay).toMatchObject({ ok: true, matchesRecorded: true });
    const debrief = s.debrief();
    expect(debrief.timeline[0]?.response?.latencySeconds).toBe(100);
    expect(debrief.runs.trainee.series.startSeconds.at(-1)).toBeLessThan(7300);
  });
});
