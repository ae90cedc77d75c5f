// Playing an exercise in the built app: the briefing (paused, no results reachable), an inject notice that
// stays until acknowledged, scripted decisions on the timeline with their simulated times, a refusal with its
// reason, the end and the debrief, whose score must equal one computed here independently from the KPIs of the
// downloaded session replayed in Node; then Fork the day (a decision on branch 1 leaves branch 0 as it was),
// and every built-in exercise played end to end. Screenshots go to test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';
import { builtInExercises } from '../../src/scenarios/exercises/index';
import { findBuiltInScenario } from '../../src/scenarios/index';
import { exerciseCode } from '../../src/sim/exercise/code';
import { replayDecisions } from '../../src/sim/exercise/replay';
import type { Exercise, ExerciseSessionFile } from '../../src/sim/exercise/types';
import type { Scenario } from '../../src/sim/scenario/schema';

let browser: Browser;
let page: Page;
let errors: string[] = [];

const surge = builtInExercises.find((e) => e.id === 'monday-surge') as Exercise;
const surgeScenario = findBuiltInScenario(surge.scenario) as Scenario;

const play = () => page.locator('sb-exercise-play');
const phase = () => play().getAttribute('data-phase');

async function clockSeconds(): Promise<number> {
  return Number(await page.getByTestId('exercise-clock').getAttribute('data-seconds'));
}

/** Screenshots at 1280 × 800 and 390 × 844 with `testId` scrolled into view (its top, or its middle). */
async function shoot(name: string, testId: string, block: 'start' | 'center' = 'center'): Promise<void> {
  const show = () =>
    page
      .getByTestId(testId)
      .first()
      .evaluate((e, b) => e.scrollIntoView({ block: b, behavior: 'instant' }), block);
  await page.setViewportSize({ width: 1280, height: 800 });
  await show();
  await page.screenshot({ path: join(screenshotDir, `${name}-1280.png`) });
  await page.setViewportSize({ width: 390, height: 844 });
  await show();
  await page.screenshot({ path: join(screenshotDir, `${name}-390.png`) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function openExercise(id: string): Promise<void> {
  await page.getByTestId('tab-exercises').click();
  if ((await page.getByTestId('exercise-back').count()) > 0) await page.getByTestId('exercise-back').click();
  await page.getByTestId(`exercise-open-${id}`).click();
  await expect.poll(phase, { timeout: 30_000 }).toBe('briefing');
}

async function pause(): Promise<void> {
  await page.getByTestId('exercise-pause').click();
  await expect.poll(phase).toBe('paused');
}

async function downloadSession(): Promise<ExerciseSessionFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('exercise-download').click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as ExerciseSessionFile;
}

/** Results a trainee must not reach before the end: the score, the debrief, the session file, the comparison. */
async function resultsShown(): Promise<number> {
  const ids = ['debrief-total', 'exercise-debrief', 'exercise-download', 'branch-comparison'];
  let n = 0;
  for (const id of ids) n += await page.getByTestId(id).count();
  return n;
}

/** 1 at or below good, 0 at or above zeroAt, the straight line between (the rule as the briefing words it). */
function linear(value: number, good: number, zeroAt: number): number {
  return Math.min(1, Math.max(0, (zeroAt - value) / (zeroAt - good)));
}

/**
 * The score of a session, worked out here from the replayed run's KPIs and the rule's own numbers: the labour
 * cost from the engine plus each decision's fixed cost and the overtime premium of the agents it called in.
 */
function independentScore(exercise: Exercise, scenario: Scenario, file: ExerciseSessionFile): number {
  const replay = replayDecisions(exercise, scenario, file.decisions, file.endedAt);
  if (!replay.ok) throw new Error(JSON.stringify(replay.issues));
  const session = replay.session;
  const snapshot = session.snapshot();
  const intervals = snapshot.intervals.filter((i) => i.startSeconds < file.endedAt);
  const log = session.state().decisions;
  let decisionCost = 0;
  for (const d of log) {
    if (d.status === 'failed') continue;
    const allowed = exercise.decisions.find((a) => a.kind === d.action.kind);
    if (allowed === undefined) throw new Error(`decision ${d.action.kind} not allowed`);
    decisionCost += allowed.costPerUse;
    if (d.action.kind === 'add-agents')
      decisionCost += (allowed.premiumPerAgentHour * d.action.agents * Math.max(0, file.endedAt - d.appliedAt)) / 3600;
  }
  const used = new Set<number>();
  const latencies = exercise.injects
    .filter((i) => i.expected !== undefined)
    .map((i) => {
      const want = i.expected?.action;
      const match = log.find(
        (d) =>
          !used.has(d.index) &&
          d.status !== 'failed' &&
          d.requestedAt >= i.atSeconds &&
          d.action.kind === want?.kind &&
          (!('group' in want) || ('group' in d.action && d.action.group === want.group)),
      );
      if (match === undefined) return null;
      used.add(match.index);
      return match.requestedAt - i.atSeconds;
    });
  const totalWeight = exercise.scoring.parts.reduce((s, p) => s + p.weight, 0);
  let total = 0;
  for (const part of exercise.scoring.parts) {
    let fraction: number;
    switch (part.kind) {
      case 'service-level': {
        const counted = intervals.filter((i) => i.offered > 0 && !Number.isNaN(i.serviceLevel));
        fraction = counted.filter((i) => i.serviceLevel >= scenario.serviceLevel.target).length / counted.length;
        break;
      }
      case 'abandonment':
        fraction = linear(snapshot.total.abandoned / snapshot.total.offered, part.good, part.zeroAt);
        break;
      case 'cost':
        fraction = linear(snapshot.total.cost + decisionCost, part.good, part.zeroAt);
        break;
      case 'response-time': {
        const mean = latencies.reduce<number>((s, x) => s + (x ?? part.zeroAt), 0) / latencies.length;
        fraction = linear(mean, part.good, part.zeroAt);
        break;
      }
      default:
        throw new Error(`the test does not score ${part.kind}`);
    }
    total += (fraction * part.weight * 100) / totalWeight;
  }
  return total;
}

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl')));
});

afterAll(async () => {
  await browser?.close();
});

describe('playing an exercise', () => {
  it('opens paused on the briefing: role, decisions with their frictions, the rule and the code; no results', async () => {
    await openExercise(surge.id);
    const briefing = page.getByTestId('exercise-briefing');
    await expect.poll(() => briefing.count()).toBe(1);
    expect(await page.getByTestId('briefing-code').textContent()).toBe(exerciseCode(surge));
    expect(await page.getByTestId('briefing-rule').locator('tr').count()).toBe(surge.scoring.parts.length);
    const rule = (await page.getByTestId('briefing-rule').textContent()) ?? '';
    expect(rule).toContain('8.0%');
    expect(rule).toContain('25.0%');
    const decisions = (await page.getByTestId('briefing-decisions').textContent()) ?? '';
    expect(decisions).toContain('10 min');
    expect(decisions).toContain('15 min');
    // The briefing does not give away when the events come.
    expect(await briefing.textContent()).not.toContain(surge.injects[0]?.title ?? '?');
    expect(await resultsShown()).toBe(0);
    await shoot('exercise-briefing', 'exercise-briefing', 'start');
  });

  it('plays from the briefing; the inject notice appears when it fires, stays, and is acknowledged', async () => {
    await page.getByTestId('exercise-start').click();
    await expect.poll(phase).toBe('playing');
    await page.getByTestId('exercise-speed').selectOption('1800');
    const notice = page.getByTestId('inject-notice');
    await notice.waitFor({ timeout: 30_000 });
    await pause();
    const at = await clockSeconds();
    expect(at).toBeGreaterThanOrEqual(surge.injects[0]?.atSeconds ?? Number.NaN);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('Mailing surge');
    // The surge is an active condition and a marker on the charts.
    expect(await page.getByTestId('active-conditions').locator('[data-kind="arrival-surge"]').count()).toBe(1);
    await expect.poll(() => page.getByTestId('exercise-chart-queue').getByTestId('chart-marker').count()).toBe(1);
    await shoot('exercise-inject', 'inject-notice');
    // It stays while the day goes on, until acknowledged (from the keyboard).
    await page.getByTestId('exercise-play').click();
    await page.waitForTimeout(400);
    await pause();
    expect(await notice.count()).toBe(1);
    await page.getByTestId('inject-ack').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('logs scripted decisions on the timeline with their simulated times; refusals give their reason', async () => {
    const first = await clockSeconds();
    await page.getByTestId('decide-add-agents-group').selectOption('billing-team');
    await page.getByTestId('decide-add-agents-agents').fill('5');
    await page.getByTestId('decide-add-agents-apply').click();
    const decisions = page.getByTestId('exercise-timeline').locator('[data-kind="decision"]');
    await expect.poll(() => decisions.count()).toBe(1);
    expect(Number(await decisions.first().getAttribute('data-at'))).toBe(first);
    // Agents on their way in are an active condition until they log in.
    expect(await page.getByTestId('active-conditions').locator('[data-kind="decision-pending"]').count()).toBe(1);
    expect(await page.getByTestId('decide-add-agents-friction').textContent()).toMatch(/next one possible in 15 min/);
    // A second call-in inside the cooldown is refused with the reason.
    await page.getByTestId('decide-add-agents-apply').click();
    await expect.poll(() => page.getByTestId('decision-problem').textContent()).toMatch(/cooling down/);
    expect(await decisions.count()).toBe(1);
    // Play on, then move two agents.
    await page.getByTestId('exercise-play').click();
    await expect.poll(clockSeconds, { timeout: 20_000 }).toBeGreaterThan(first + 1200);
    await pause();
    const second = await clockSeconds();
    await page.getByTestId('decide-move-agents-from').selectOption('tech-team');
    await page.getByTestId('decide-move-agents-to').selectOption('billing-team');
    await page.getByTestId('decide-move-agents-agents').fill('2');
    await page.getByTestId('decide-move-agents-apply').click();
    await expect.poll(() => decisions.count()).toBe(2);
    const times = await decisions.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-at'))));
    expect(times).toEqual([first, second]);
    const statuses = await page.getByTestId('exercise-timeline').getByTestId('timeline-status').allTextContents();
    expect(statuses[0]).toBe('in effect');
    expect(await page.getByTestId('exercise-chart-sl').getByTestId('chart-marker').count()).toBe(3);
    expect(await resultsShown()).toBe(0);
    await shoot('exercise-timeline', 'exercise-timeline');
    await shoot('exercise-charts', 'exercise-chart-queue');
  });

  it('ends at its end time; the debrief score equals the score worked out here from the replayed KPIs', async () => {
    await page.getByTestId('exercise-speed').selectOption('10000');
    await page.getByTestId('exercise-play').click();
    const started = Date.now();
    await expect.poll(phase, { timeout: 60_000 }).toBe('ended');
    expect(Date.now() - started).toBeLessThan(60_000);
    const shown = Number(await page.getByTestId('debrief-total').getAttribute('data-total'));
    const file = await downloadSession();
    expect(file.exerciseId).toBe(surge.id);
    expect(file.endedAt).toBe(surge.endSeconds);
    expect(file.decisions.map((d) => d.action.kind)).toEqual(['add-agents', 'move-agents']);
    const expected = independentScore(surge, surgeScenario, file);
    expect(shown).toBeGreaterThan(0);
    expect(Math.abs(shown - expected)).toBeLessThan(1e-9);
    await shoot('exercise-debrief', 'exercise-debrief', 'start');
    expect(errors).toEqual([]);
  });
});

describe('fork the day', () => {
  it('forks; a decision on branch 1 leaves branch 0 as it was; the comparison comes at the end', async () => {
    const flu = builtInExercises.find((e) => e.id === 'flu-week') as Exercise;
    await openExercise(flu.id);
    await page.getByTestId('exercise-start').click();
    await page.getByTestId('exercise-speed').selectOption('1800');
    // After the sick calls (flu-week's inject), so that nothing resets the group in either branch.
    const sick = flu.injects[0]?.atSeconds ?? Number.NaN;
    await expect.poll(clockSeconds, { timeout: 20_000 }).toBeGreaterThan(sick + 60);
    await pause();
    await page.getByTestId('exercise-fork').click();
    await page.getByTestId('branch-1').waitFor();
    expect(await resultsShown()).toBe(0);
    await page.getByTestId('decide-branch').selectOption('1');
    const group = flu.decisions.find((d) => d.kind === 'add-agents')?.groups?.[0] ?? 'agents';
    await page.getByTestId('decide-add-agents-group').selectOption(group);
    await page.getByTestId('decide-add-agents-agents').fill('3');
    await page.getByTestId('decide-add-agents-apply').click();
    const branchDecisions = (b: number) => page.getByTestId(`branch-${b}`).locator('[data-kind="decision"]');
    await expect.poll(() => branchDecisions(1).count()).toBe(1);
    expect(await branchDecisions(0).count()).toBe(0);
    const forkedAt = await clockSeconds();
    await page.getByTestId('exercise-play').click();
    // Past the call-in's delay and on for a while (the queue of the short-handed branch keeps growing).
    await expect.poll(clockSeconds, { timeout: 20_000 }).toBeGreaterThan(forkedAt + 2700);
    await pause();
    await shoot('exercise-fork', 'branch-0');
    // End early, after confirming.
    await page.getByTestId('exercise-end').click();
    expect(await phase()).toBe('paused');
    await page.getByTestId('exercise-end-confirm').click();
    await expect.poll(phase, { timeout: 60_000 }).toBe('ended');
    await page.getByTestId('branch-comparison').waitFor();
    const tile = async (b: number, name: string) =>
      Number(await page.getByTestId(`branch-${b}`).getByTestId(`live-kpi-${name}`).getAttribute('data-value'));
    const answered = (b: number) => tile(b, 'answered');
    // Branch 0 is the day with no decision at all, to the same instant: replayed in Node it gives the same KPIs.
    const file = await downloadSession();
    expect(file.decisions).toEqual([]);
    const replay = replayDecisions(flu, findBuiltInScenario(flu.scenario) as Scenario, [], file.endedAt);
    if (!replay.ok) throw new Error(JSON.stringify(replay.issues));
    expect(await answered(0)).toBe(replay.session.snapshot().total.answered);
    expect(file.kpis?.answered).toBe(replay.session.snapshot().total.answered);
    // Branch 1 called in three more agents: three more are logged in, and they answered more of the same callers.
    expect(await tile(1, 'agents')).toBe((await tile(0, 'agents')) + 3);
    expect(await answered(1)).toBeGreaterThan(await answered(0));
    expect(errors).toEqual([]);
  });
});

describe('the built-in exercises', () => {
  for (const exercise of builtInExercises)
    it(
      `${exercise.id} plays end to end and ends on its debrief with a score from 0 to 100`,
      { timeout: 180_000 },
      async () => {
        await openExercise(exercise.id);
        await page.getByTestId('exercise-start').click();
        await page.getByTestId('exercise-speed').selectOption('10000');
        const started = Date.now();
        await expect.poll(phase, { timeout: 150_000 }).toBe('ended');
        console.log(`${exercise.id}: played and debriefed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        const total = Number(await page.getByTestId('debrief-total').getAttribute('data-total'));
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
        expect(errors).toEqual([]);
      },
    );
});
