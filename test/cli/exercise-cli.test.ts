// The exercise commands in-process: play with scripted decisions and write a session, replay it to the same
// KPIs, and name the field when a decisions or session file does not fit its exercise.
import { describe, expect, it } from 'vitest';
import { EXIT_KPIS_DIFFER, runExerciseCli, type ExerciseCliIo } from '../../src/cli/exercise-cli';
import { builtInExercises } from '../../src/scenarios/exercises/index';
import { builtInScenarios } from '../../src/scenarios/index';

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ExerciseCliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    writeFile: (path, text) => {
      files[path] = text;
    },
    builtIns: builtInScenarios,
    builtInExercises,
  };
  return { io, out, err, files };
}

const decisions = JSON.stringify([{ requestedAt: 3000, action: { kind: 'add-agents', group: 'agents', agents: 2 } }]);

describe('sim exercise / replay', () => {
  it('plays with scripted decisions, writes the session, and a replay reproduces its KPIs', () => {
    const run = fakeIo({ 'd.json': decisions });
    expect(runExerciseCli('exercise', ['flu-week', '--decisions', 'd.json', '--out', 's.json', '--json'], run.io)).toBe(
      0,
    );
    const played = JSON.parse(run.out.join(''));
    const session = JSON.parse(run.files['s.json'] as string);
    expect(session).toMatchObject({ format: 'switchboard-exercise-session', exerciseId: 'flu-week', endedAt: 21_600 });
    expect(session.decisions).toEqual(JSON.parse(decisions));

    const replay = fakeIo({ 's.json': run.files['s.json'] as string });
    expect(runExerciseCli('replay', ['s.json', '--json'], replay.io)).toBe(0);
    const replayed = JSON.parse(replay.out.join(''));
    expect(replayed.matchesRecorded).toBe(true);
    expect(replayed.summary).toEqual(played.summary);
    expect(replayed.score.total).toBe(played.score.total);
  });

  it('exits 3 when the recorded KPIs differ from the replay', () => {
    const run = fakeIo({ 'd.json': decisions });
    runExerciseCli('exercise', ['flu-week', '--decisions', 'd.json', '--out', 's.json'], run.io);
    const session = JSON.parse(run.files['s.json'] as string);
    session.kpis.answered += 1;
    const replay = fakeIo({ 's.json': JSON.stringify(session) });
    expect(runExerciseCli('replay', ['s.json'], replay.io)).toBe(EXIT_KPIS_DIFFER);
    expect(replay.out.join('')).toMatch(/KPIs DIFFER/);
  });

  it('names the field of a decision the exercise does not allow', () => {
    const bad = JSON.stringify([
      { requestedAt: 100, action: { kind: 'ivr-outage', mode: 'busy-signal', durationSeconds: 60 } },
    ]);
    const run = fakeIo({ 'd.json': bad });
    expect(runExerciseCli('exercise', ['flu-week', '--decisions', 'd.json'], run.io)).toBe(2);
    expect(run.err.join('')).toContain('decisions[0].action.kind: "ivr-outage" is not a decision this exercise allows');
  });

  it('names the fields of a session played on another exercise', () => {
    const run = fakeIo({ 'd.json': decisions });
    runExerciseCli('exercise', ['flu-week', '--decisions', 'd.json', '--out', 's.json'], run.io);
    const replay = fakeIo({ 's.json': run.files['s.json'] as string });
    expect(runExerciseCli('replay', ['s.json', '--exercise', 'monday-surge'], replay.io)).toBe(2);
    const text = replay.err.join('');
    expect(text).toContain('exerciseId: is "flu-week" but the exercise is "monday-surge"');
    expect(text).toContain('exerciseCode:');
  });

  it('asks for --decisions and lists built-in exercises in --help', () => {
    const run = fakeIo({});
    expect(runExerciseCli('exercise', ['flu-week'], run.io)).toBe(2);
    expect(run.err.join('')).toContain('--decisions: required');
    expect(runExerciseCli('replay', ['--help'], run.io)).toBe(0);
    expect(run.out.join('')).toContain('Built-in exercises: monday-surge, flu-week');
  });
});
