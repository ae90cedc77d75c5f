// A trainer opens a trainee's session file on the Exercises tab (<sb-session-open>): the file is made here in the
// test process from a built-in exercise played with scripted decisions, the page replays it in its worker and
// shows the debrief. The debrief must be TRUE: the three runs' chart data equal the series computed here, the
// differences and the total equal the Node debrief's, the JSON export equals it. Bad files get their messages
// and leave the debrief shown as it was. Screenshots (1280×800, 390×844, print, Russian) in test-results/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';
import { builtInExercises } from '../../src/scenarios/exercises/index';
import { findBuiltInScenario } from '../../src/scenarios/index';
import { buildDebrief } from '../../src/sim/exercise/debrief';
import { replayDecisions, sessionFile } from '../../src/sim/exercise/replay';
import type { Debrief, Exercise, ExerciseSessionFile, RunSummary } from '../../src/sim/exercise/types';
import type { Scenario } from '../../src/sim/scenario/schema';

let browser: Browser;
let page: Page;
let errors: string[] = [];

const exercise = builtInExercises.find((e) => e.id === 'monday-surge') as Exercise;
const scenario = findBuiltInScenario(exercise.scenario) as Scenario;

/** The Monday surge played by a script: five billing agents 10 min after the surge, then two moved to billing. */
function play(): { file: ExerciseSessionFile; debrief: Debrief } {
  const replay = replayDecisions(
    exercise,
    scenario,
    [
      { requestedAt: 4200, action: { kind: 'add-agents', group: 'billing-team', agents: 5 } },
      { requestedAt: 5400, action: { kind: 'move-agents', from: 'tech-team', to: 'billing-team', agents: 2 } },
    ],
    exercise.endSeconds,
  );
  if (!replay.ok) throw new Error(JSON.stringify(replay.issues));
  return { file: sessionFile(replay.session), debrief: buildDebrief(replay.session) };
}

const { file, debrief } = play();
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/**
 * Deep equality where counts and every non-float value must be equal and a float may differ from Node's in its
 * last bits (the page's V8 and Node's round time-weighted means differently in the 16th digit): relative 1e-12.
 */
function expectSame(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number' && !Number.isInteger(expected)) {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (expected === null || typeof expected !== 'object') {
    expect(actual, path).toEqual(expected);
    return;
  }
  expect(typeof actual, path).toBe('object');
  expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected))
    expectSame((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
}

async function openFile(name: string, contents: string | Buffer): Promise<void> {
  const buffer = typeof contents === 'string' ? Buffer.from(contents) : contents;
  await page.getByTestId('session-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

const total = () => page.locator('sb-session-open [data-testid="debrief-total"]');

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl'), { viewport: { width: 1280, height: 800 } }));
  await page.getByTestId('tab-exercises').click();
  await page.getByTestId('session-file').waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('debrief of a session file', () => {
  it('replays the file in the page into the debrief computed in Node', async () => {
    // The scripted day changes things: the trainee's run differs from doing nothing.
    expect(debrief.runs.trainee.answered).not.toBe(debrief.runs.none.answered);
    const started = Date.now();
    await openFile('monday.json', JSON.stringify(file));
    await total().waitFor({ timeout: 30_000 });
    const elapsed = Date.now() - started;
    console.log(`session file opened to debrief shown: ${elapsed} ms`);
    expect(elapsed).toBeLessThan(10_000);

    expectSame(Number(await total().getAttribute('data-total')), debrief.score.total, 'total');
    // The counts are exact: the same callers answered and abandoned in the page as in Node.
    for (const run of ['trainee', 'none', 'expected'] as const)
      for (const row of ['answered', 'abandoned'] as const) {
        const cell = page.locator(
          `sb-session-open [data-testid="debrief-runs"] tr[data-row="${row}"] td[data-run="${run}"]`,
        );
        expect(Number(await cell.getAttribute('data-value')), `${run} ${row}`).toBe(debrief.runs[run][row]);
      }

    // Chart data: x in hours, then the trainee's, no-action and expected runs, as the series computed here.
    const charts = await page.locator('sb-session-open sb-debrief sb-chart').evaluateAll((nodes) =>
      nodes.map((n) => ({
        kind: n.getAttribute('data-chart'),
        data: (n as unknown as { data: (number | null)[][] }).data.map((c) => Array.from(c)),
      })),
    );
    const { trainee, none, expected } = debrief.runs;
    const x = trainee.series.startSeconds.map((s) => s / 3600);
    const column = (run: RunSummary, kind: string) =>
      (kind === 'service-level'
        ? run.series.serviceLevel
        : kind === 'waiting'
          ? run.series.waiting
          : run.series.abandoned
      ).map((v) => (Number.isFinite(v) ? v : null));
    expect(charts.map((c) => c.kind)).toEqual(['service-level', 'waiting', 'abandoned']);
    for (const chart of charts) {
      const kind = chart.kind as string;
      expectSame(chart.data.slice(0, 4), [x, column(trainee, kind), column(none, kind), column(expected, kind)], kind);
    }
    // The three runs are different days: no action and the expected actions do not coincide with the trainee's.
    expect(column(none, 'waiting')).not.toEqual(column(trainee, 'waiting'));

    // Differences between the runs.
    for (const [row, pick] of [
      ['answered', (r: RunSummary) => r.answered],
      ['abandoned', (r: RunSummary) => r.abandoned],
      ['cost', (r: RunSummary) => r.cost],
    ] as const) {
      const cell = (diff: string) =>
        page.locator(`sb-session-open [data-testid="debrief-runs"] tr[data-row="${row}"] td[data-diff="${diff}"]`);
      expectSame(Number(await cell('vs-none').getAttribute('data-value')), pick(trainee) - pick(none), row);
      expectSame(Number(await cell('expected-vs').getAttribute('data-value')), pick(expected) - pick(trainee), row);
    }
    // The timeline: the surge answered 600 s after it fired, on time.
    const row = page.locator('sb-session-open [data-testid="debrief-timeline"] tr[data-inject="mailing-surge"]');
    expect(await row.getAttribute('data-latency')).toBe(String(debrief.timeline[0]?.response?.latencySeconds));
    expect(debrief.timeline[0]?.response?.latencySeconds).toBe(600);
    await expect
      .poll(() => page.locator('sb-session-open [data-testid="debrief-counterfactuals"] li').count())
      .toBe(debrief.counterfactuals.length);
    // The sentences carry the structured numbers with their sign: the trainee's day against the day without the
    // decision (answered more = +), and the day with it taken earlier against the trainee's.
    const signedText = (v: number) => (v === 0 ? '0' : `${v > 0 ? '+' : '−'}${Math.abs(v).toLocaleString('en-US')}`);
    const sentences = await page
      .locator('sb-session-open [data-testid="debrief-counterfactuals"] li')
      .evaluateAll((nodes) => nodes.map((n) => n.textContent?.replace(/\s+/g, ' ') ?? ''));
    debrief.counterfactuals.forEach((c, i) => {
      const answered = c.kind === 'without' ? -c.answeredDelta : c.answeredDelta;
      const abandoned = c.kind === 'without' ? -c.abandonedDelta : c.abandonedDelta;
      expect(sentences[i]).toContain(`callers answered ${signedText(answered)}, abandoned ${signedText(abandoned)}`);
    });
    // Times on the scenario's clock (monday-peak starts at 08:00), groups by their scenario names, never ids.
    expect(sentences[0]).toContain('Your decision at 09:10 (call in 5 agents to Billing agents)');
    const shown = await page.locator('sb-session-open sb-debrief').evaluate((n) => n.shadowRoot?.textContent ?? '');
    for (const id of ['billing-team', 'tech-team']) expect(shown).not.toContain(id);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'debrief-1280.png'), fullPage: true });
  });

  it('exports the debrief as JSON equal to the Node debrief', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('debrief-json').click()]);
    const path = (await download.path()) as string;
    expectSame(JSON.parse(await readFile(path, 'utf8')), json(debrief));
  });

  it('prints the report alone: the app chrome hidden, the charts kept, restored afterwards', async () => {
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId('debrief-print').click();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('sb-app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('tab-exercises').isVisible()).toBe(false);
    expect(await page.getByTestId('session-drop').isVisible()).toBe(false);
    expect(await page.getByTestId('debrief-print').isVisible()).toBe(false);
    expect(await page.locator('sb-session-open sb-debrief sb-chart').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(screenshotDir, 'debrief-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('sb-app-header').isVisible()).toBe(true);
    expect(await page.getByTestId('session-drop').isVisible()).toBe(true);
  });

  it('refuses bad files with a message naming the field, and keeps the debrief shown', async () => {
    const cases: { name: string; contents: string | Buffer; text: RegExp; path?: string }[] = [
      { name: 'notes.json', contents: '{ "format": ', text: /not a JSON file/ },
      { name: 'big.json', contents: Buffer.alloc(1_100_000, 32), text: /at most 1,000 kB/ },
      {
        name: 'format.json',
        contents: JSON.stringify({ ...file, format: 'other' }),
        text: /does not match/,
        path: 'format',
      },
      {
        name: 'code.json',
        contents: JSON.stringify({ ...file, exerciseCode: 'AAAA-AAAA' }),
        text: /does not match/,
        path: 'exerciseCode',
      },
      {
        name: 'unknown.json',
        contents: JSON.stringify({ ...file, exerciseId: 'no-such-exercise' }),
        text: /does not match/,
        path: 'exerciseId',
      },
      {
        name: 'decision.json',
        contents: JSON.stringify({
          ...file,
          decisions: [{ requestedAt: 100, action: { kind: 'ivr-outage', mode: 'busy-signal', durationSeconds: 600 } }],
        }),
        text: /does not match/,
        path: 'decisions[0].action.kind',
      },
    ];
    for (const c of cases) {
      await openFile(c.name, c.contents);
      const error = page.getByTestId('session-error');
      await expect.poll(() => error.textContent(), { timeout: 20_000 }).toMatch(c.text);
      expect(await error.textContent()).toContain(c.name);
      if (c.path !== undefined) expect(await error.locator(`li[data-path="${c.path}"]`).count(), c.name).toBe(1);
      expectSame(Number(await total().getAttribute('data-total')), debrief.score.total, c.name);
    }
    await page.screenshot({ path: join(screenshotDir, 'debrief-bad-file.png') });
    expect(errors).toEqual([]);
  });

  it('fits a phone and reads in Russian', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openFile('monday.json', JSON.stringify(file));
    await expect.poll(() => page.getByTestId('session-error').count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'debrief-390.png'), fullPage: true });
    const report = page.locator('sb-session-open sb-debrief');
    await report.locator('[data-testid="debrief-parts"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'debrief-390-parts.png') });
    await report.locator('[data-testid="debrief-runs"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'debrief-390-runs.png') });
    const overflow = await page
      .locator('sb-session-open sb-debrief')
      .evaluate((el) => el.getBoundingClientRect().right - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('language').selectOption('ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await expect
      .poll(() => page.locator('sb-session-open [data-testid="debrief-parts"]').textContent())
      .toContain('Уровень обслуживания');
    expect(await page.locator('sb-session-open [data-testid="debrief-timeline"]').textContent()).toContain(
      exercise.translations?.ru?.injects?.['mailing-surge']?.title ?? 'missing translation',
    );
    await page.screenshot({ path: join(screenshotDir, 'debrief-ru.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
