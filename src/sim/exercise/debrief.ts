// The debrief of a played exercise: the score and its breakdown, the inject/response timeline, and three
// replays on the same callers (the trainee's day, no action at all, the expected actions), plus per trainee
// decision "without it" and "15 min earlier" counterfactuals (capped so the debrief stays fast). Pure, no DOM.
import { DEFAULT_COSTS, type Scenario } from '../scenario/schema';
import type { ExerciseSession } from './exercise-session';
import { describeAction } from './exercise-session';
import { replayDecisions, summarise, type TimedDecision } from './replay';
import { responsesTo } from './score';
import type { Counterfactual, Debrief, DebriefNames, Exercise, ExerciseAction, RunSummary } from './types';

/** Trainee decisions that get counterfactuals (the first ones); each costs two replays. */
export const MAX_COUNTERFACTUAL_DECISIONS = 4;
/** How much earlier the "earlier" counterfactual requests a decision, seconds. */
export const EARLIER_SECONDS = 15 * 60;

/** Elapsed simulated time as h:mm from the start of the day. */
export function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function run(
  exercise: Exercise,
  scenario: Scenario,
  decisions: TimedDecision[],
  until: number,
  label: string,
): RunSummary {
  const replay = replayDecisions(exercise, scenario, decisions, until, { skipRefused: true });
  if (!replay.ok) throw new Error(`replay ${label} failed: ${replay.issues.map((i) => i.message).join('; ')}`);
  return summarise(replay.session, label).summary;
}

/** The expected actions, each requested at its inject's instant. */
export function expectedDecisions(exercise: Exercise): TimedDecision[] {
  return exercise.injects
    .filter((i) => i.expected !== undefined)
    .map((i) => ({ requestedAt: i.atSeconds, action: i.expected?.action as ExerciseAction }))
    .sort((a, b) => a.requestedAt - b.requestedAt);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${Math.abs(n) === 1 ? '' : 's'}`;
}

/** The names the scenario gives its groups, queues, departments and call types (the id when it has none). */
export function debriefNames(session: ExerciseSession): DebriefNames {
  const byId = (items: readonly { id: string; name?: string | undefined }[]) =>
    Object.fromEntries(items.map((item) => [item.id, item.name ?? item.id]));
  const layout = session.layout;
  return {
    groups: byId(layout.groups),
    queues: byId(layout.queues),
    departments: byId(layout.departments),
    callTypes: byId(session.scenario.callTypes),
  };
}

/** Builds the debrief of a session (finished or ended by the trainee). */
export function buildDebrief(session: ExerciseSession): Debrief {
  const { exercise, scenario } = session;
  const until = session.endedAtSeconds ?? session.nowSeconds;
  const own = summarise(session, 'your day');
  const log = session.decisions.filter((d) => d.status !== 'failed');
  const mine: TimedDecision[] = log.map((d) => ({ requestedAt: d.requestedAt, action: d.action }));
  const none = run(exercise, scenario, [], until, 'no action');
  const expected = run(exercise, scenario, expectedDecisions(exercise), until, 'expected actions');

  const counterfactuals: Counterfactual[] = [];
  const trainee = own.summary;
  log.slice(0, MAX_COUNTERFACTUAL_DECISIONS).forEach((decision, k) => {
    const without = run(
      exercise,
      scenario,
      mine.filter((_, j) => j !== k),
      until,
      'without',
    );
    const saved = trainee.answered - without.answered;
    counterfactuals.push({
      decisionIndex: decision.index,
      kind: 'without',
      shiftSeconds: 0,
      answeredDelta: without.answered - trainee.answered,
      abandonedDelta: without.abandoned - trainee.abandoned,
      costDelta: without.cost - trainee.cost,
      sentence: `Your decision at ${clock(decision.requestedAt)} (${describeAction(decision.action)}) answered ${plural(Math.abs(saved), 'caller')} ${saved >= 0 ? 'more' : 'fewer'} and had ${plural(Math.abs(without.abandoned - trainee.abandoned), 'abandon')} ${without.abandoned >= trainee.abandoned ? 'fewer' : 'more'} than the same day without it.`,
    });
    const shift = Math.min(EARLIER_SECONDS, decision.requestedAt);
    if (shift <= 0) return;
    const moved = mine
      .map((d, j) => (j === k ? { ...d, requestedAt: d.requestedAt - shift } : d))
      .sort((a, b) => a.requestedAt - b.requestedAt);
    const earlier = run(exercise, scenario, moved, until, 'earlier');
    const more = earlier.answered - trainee.answered;
    counterfactuals.push({
      decisionIndex: decision.index,
      kind: 'earlier',
      shiftSeconds: shift,
      answeredDelta: more,
      abandonedDelta: earlier.abandoned - trainee.abandoned,
      costDelta: earlier.cost - trainee.cost,
      sentence: `Taking it ${Math.round(shift / 60)} minutes earlier would have answered ${plural(Math.abs(more), 'caller')} ${more >= 0 ? 'more' : 'fewer'}.`,
    });
  });

  const responses = responsesTo(exercise, session.decisions);
  let r = 0;
  const timeline = exercise.injects.map((inject) => {
    const response = inject.expected === undefined ? null : (responses[r++] ?? null);
    return {
      injectId: inject.id,
      atSeconds: inject.atSeconds,
      title: inject.title,
      ...(inject.expected ? { expected: inject.expected } : {}),
      response:
        response === null
          ? null
          : {
              decisionIndex: response.decision.index,
              requestedAt: response.decision.requestedAt,
              latencySeconds: response.latencySeconds,
              onTime: response.latencySeconds <= (inject.expected?.withinSeconds ?? Infinity),
            },
    };
  });

  const findings = [
    `Compared with doing nothing, your day answered ${trainee.answered - none.answered} more callers and had ${none.abandoned - trainee.abandoned} fewer abandons, for ${(trainee.cost - none.cost).toFixed(0)} more in cost.`,
    `The expected actions answered ${expected.answered - trainee.answered} more callers than your day, with ${trainee.abandoned - expected.abandoned} fewer abandons.`,
    ...timeline.map((t) =>
      t.expected === undefined
        ? `${clock(t.atSeconds)} ${t.title}: no action expected.`
        : t.response === null
          ? `${clock(t.atSeconds)} ${t.title}: no matching response (expected ${describeAction(t.expected.action)} within ${Math.round(t.expected.withinSeconds / 60)} min).`
          : `${clock(t.atSeconds)} ${t.title}: answered after ${Math.round(t.response.latencySeconds / 60)} min${t.response.onTime ? ', on time' : ', late'}.`,
    ),
    ...counterfactuals.map((c) => c.sentence),
  ];

  return {
    exerciseId: exercise.id,
    exerciseCode: session.code,
    exercise,
    serviceLevelTarget: scenario.serviceLevel.target,
    currency: scenario.costs?.currency ?? DEFAULT_COSTS.currency,
    ...(scenario.clockStartAt === undefined ? {} : { clockStartAt: scenario.clockStartAt }),
    names: debriefNames(session),
    score: own.score,
    timeline,
    decisions: session.decisions.map((d) => ({ ...d })),
    runs: { trainee, none, expected },
    counterfactuals,
    findings,
  };
}
