// The exercises shipped with Switchboard: plain JSON data, validated when this module loads (a broken built-in
// fails loudly) and checked against the built-in scenario each names. Handed to src/sim by its callers, as the
// scenarios are. A new file here must be listed below (test/sim/exercise/built-ins.test.ts checks none is forgotten).
import { checkAgainstScenario, validateExercise } from '../../sim/exercise/validate';
import type { Exercise } from '../../sim/exercise/types';
import { formatIssue } from '../../sim/scenario/validate';
import { findBuiltInScenario } from '../index';
import badDayHierarchical from './bad-day-hierarchical.json';
import badDaySelfManaged from './bad-day-self-managed.json';
import fluWeek from './flu-week.json';
import ivrOutagePeak from './ivr-outage-peak.json';
import mondaySurge from './monday-surge.json';
import productLaunch from './product-launch.json';

function load(data: unknown): Exercise {
  const result = validateExercise(data);
  if (!result.ok) throw new Error(`invalid built-in exercise:\n${result.issues.map(formatIssue).join('\n')}`);
  const scenario = findBuiltInScenario(result.exercise.scenario);
  if (scenario === undefined)
    throw new Error(`built-in exercise ${result.exercise.id}: unknown scenario ${result.exercise.scenario}`);
  const issues = checkAgainstScenario(result.exercise, scenario);
  if (issues.length > 0)
    throw new Error(`built-in exercise ${result.exercise.id}:\n${issues.map(formatIssue).join('\n')}`);
  return result.exercise;
}

export const builtInExercises: readonly Exercise[] = [
  mondaySurge,
  fluWeek,
  ivrOutagePeak,
  productLaunch,
  badDayHierarchical,
  badDaySelfManaged,
].map(load);

export function findBuiltInExercise(id: string): Exercise | undefined {
  return builtInExercises.find((e) => e.id === id);
}
