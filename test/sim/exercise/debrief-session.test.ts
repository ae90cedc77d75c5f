// A trainer opens a trainee's session file: debriefSession replays it and returns the same debrief as the day
// played live; a file that does not match its exercise comes back as issues naming the field, and no debrief.
import { describe, expect, it } from 'vitest';
import { builtInExercises } from '../../../src/scenarios/exercises/index';
import { builtInScenarios } from '../../../src/scenarios/index';
import { buildDebrief } from '../../../src/sim/exercise/debrief';
import { createExerciseService } from '../../../src/sim/exercise/exercise-service';
import { replayDecisions, sessionFile } from '../../../src/sim/exercise/replay';
import { exerciseCode } from '../../../src/sim/exercise/code';
import type { ExerciseSessionFile } from '../../../src/sim/exercise/types';
import { helpDesk, smallExercise } from './fixtures';

const service = () => createExerciseService({ exercises: builtInExercises, scenarios: builtInScenarios });

/** The small exercise played with two scripted decisions, as the trainee's page would save it. */
function played() {
  const exercise = smallExercise();
  const replay = replayDecisions(
    exercise,
    helpDesk,
    [
      { requestedAt: 2100, action: { kind: 'add-agents', group: 'agents', agents: 2 } },
      { requestedAt: 3300, action: { kind: 'set-routing-policy', policy: 'most-proficient' } },
    ],
    exercise.endSeconds,
  );
  if (!replay.ok) throw new Error(JSON.stringify(replay.issues));
  const file: ExerciseSessionFile = JSON.parse(JSON.stringify(sessionFile(replay.session)));
  return { exercise, session: replay.session, file };
}

describe('debriefSession', () => {
  it('replays a matching file into the debrief of the day that was played', () => {
    const { exercise, session, file } = played();
    const result = service().debriefSession(file, exercise);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.matchesRecorded).toBe(true);
    const live = buildDebrief(session);
    expect(JSON.parse(JSON.stringify(result.debrief))).toEqual(JSON.parse(JSON.stringify(live)));
    // The debrief is self-contained: the exercise (for its texts and rules), the SL target and the currency.
    expect(result.debrief.exercise?.id).toBe('small');
    expect(result.debrief.serviceLevelTarget).toBe(helpDesk.serviceLevel.target);
    expect(result.debrief.exerciseCode).toBe(exerciseCode(exercise));
    // The trainee's decisions changed the day: their run differs from doing nothing.
    expect(result.debrief.runs.trainee.answered).not.toBe(result.debrief.runs.none.answered);
  });

  it('flags a file whose recorded KPIs differ from its replay', () => {
    const { exercise, file } = played();
    const kpis = file.kpis as NonNullable<ExerciseSessionFile['kpis']>;
    const result = service().debriefSession({ ...file, kpis: { ...kpis, answered: kpis.answered + 1 } }, exercise);
    expect(result).toMatchObject({ ok: true, matchesRecorded: false });
  });

  it('refuses a file for another exercise or a changed one, naming the field', () => {
    const { exercise, file } = played();
    const s = service();
    expect(s.debriefSession({ ...file, exerciseCode: 'AAAA-AAAA' }, exercise)).toEqual({
      ok: false,
      issues: [{ path: 'exerciseCode', message: expect.stringContaining('the exercise was changed') }],
    });
    // The built-in flu week named by the file: its code and seed are another exercise's, and it has no routing decision.
    const other = s.debriefSession({ ...file, exerciseId: 'flu-week' });
    expect(other.ok).toBe(false);
    if (!other.ok)
      expect(other.issues.map((i) => i.path)).toEqual(['exerciseCode', 'seed', 'decisions[1].action.kind']);
  });

  it('refuses an unknown exercise, a missing id and a file that is not an object', () => {
    const { file } = played();
    const s = service();
    expect(s.debriefSession(file)).toEqual({
      ok: false,
      issues: [{ path: 'exerciseId', message: expect.stringContaining('unknown exercise "small"') }],
    });
    expect(s.debriefSession({ ...file, exerciseId: 7 })).toMatchObject({ ok: false, issues: [{ path: 'exerciseId' }] });
    expect(s.debriefSession([1, 2])).toMatchObject({ ok: false, issues: [{ path: '' }] });
    expect(s.debriefSession(null)).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });

  it('refuses a decision the exercise does not allow: a kind it lacks, a group it excludes, a wrong format', () => {
    const { exercise, file } = played();
    const s = service();
    const kind = s.debriefSession(
      {
        ...file,
        decisions: [{ requestedAt: 100, action: { kind: 'ivr-outage', mode: 'busy-signal', durationSeconds: 60 } }],
      },
      exercise,
    );
    expect(kind).toEqual({
      ok: false,
      issues: [
        { path: 'decisions[0].action.kind', message: expect.stringContaining('not a decision this exercise allows') },
      ],
    });
    const group = s.debriefSession(
      { ...file, decisions: [{ requestedAt: 100, action: { kind: 'add-agents', group: 'nobody', agents: 2 } }] },
      exercise,
    );
    expect(group.ok).toBe(false);
    if (!group.ok) expect(group.issues[0]?.path).toMatch(/^decisions\[0\]\.action/);
    expect(s.debriefSession({ ...file, format: 'other' }, exercise)).toMatchObject({
      ok: false,
      issues: [{ path: 'format' }],
    });
  });
});
