// The app in five languages, as a trainee uses it: the page starts in the browser's language, the header's
// switch changes every label at once on the Live tab, the results, the Compare tab, the editor and an exercise
// debrief (a built-in exercise played with one decision and ended early), the choice is remembered, and a switch
// leaves the live run, the result, the comparison, the debrief and every saved item as they were. At 1280×800
// and 390×844 it checks that no English label remains (no catalogue message in English, no common English word
// outside proper names), that no button cuts its text and that the page never scrolls sideways, and saves
// screenshots (test-results/screenshots/i18n-*.png) to look at for overflowing text. One page throughout.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshotDir } from './harness';
import { englishLabelsFor, englishWordsIn } from './i18n-labels';
import { mkdir } from 'node:fs/promises';
import helpDesk from '../../src/scenarios/help-desk.json';
import mondayPeak from '../../src/scenarios/monday-peak.json';

const LANGUAGES = ['it', 'es', 'ro', 'ru', 'en'] as const;
/**
 * Names from the scenarios' data (groups, queues, call types): proper names, in English in every language. The
 * help desk is run and compared with the Monday peak, which the Monday surge exercise plays.
 */
const SCENARIO_NAMES = [helpDesk, mondayPeak].flatMap((s) =>
  [s.agentGroups, s.queues, s.callTypes].flat().flatMap((item) => [item.name, item.id]),
);
type Language = (typeof LANGUAGES)[number];

/** The screens the test walks in each language: a tab and what shows that it is ready. */
const SCREENS = [
  { name: 'live', tab: 'tab-live', ready: 'sb-live-view[data-live-state="paused"]' },
  { name: 'results', tab: 'tab-results', ready: 'sb-app[data-state="done"]' },
  { name: 'compare', tab: 'tab-compare', ready: 'sb-compare-view[data-state="done"]' },
  { name: 'editor', tab: 'tab-editor', ready: 'sb-scenario-editor [data-testid="editor-status"]' },
  {
    name: 'debrief',
    tab: 'tab-exercises',
    ready: 'sb-exercise-play[data-phase="ended"] [data-testid="debrief-total"]',
  },
] as const;

/**
 * English left on these screens by code outside this test's owner's files, reported to its owners; each must
 * still show (the test fails once it is fixed, so the entry is removed) and nothing else may.
 */
const KNOWN_LEFTOVERS = new Map<string, string>();

/** Parts of Compare and the debrief shown window-sized in Russian and Romanian: [tab, test id]. */
const CLOSE_UPS = [
  ['tab-compare', 'compare-legend'],
  ['tab-compare', 'compare-table-total'],
  ['tab-exercises', 'debrief-total'],
  ['tab-exercises', 'debrief-parts'],
  ['tab-exercises', 'debrief-runs'],
] as const;

let browser: Browser;
let page: Page;
const errors: string[] = [];

/** Every visible text node and user-facing attribute of the page, through the shadow roots. */
async function shownTexts(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot | Element) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          if (text === '' || parent === null || ['STYLE', 'SCRIPT'].includes(parent.tagName)) continue;
          if (parent.tagName === 'OPTION' || parent.checkVisibility()) out.push(text);
          continue;
        }
        const element = node as Element;
        if (element.checkVisibility?.() !== false)
          for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
            const value = element.getAttribute(name);
            if (value) out.push(value.trim());
          }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return out;
  });
}

/** Buttons, tabs and labels whose text is wider than their box (cut or spilling out), by their text. */
async function cutLabels(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (!['BUTTON', 'LABEL', 'TH', 'SELECT', 'LEGEND', 'H2', 'H3'].includes(element.tagName)) continue;
        const box = element as HTMLElement;
        if (!box.checkVisibility() || box.clientWidth === 0) continue;
        if (box.scrollWidth > box.clientWidth + 1) out.push(`${box.tagName} "${box.textContent?.trim()}"`);
      }
    };
    visit(document);
    return out;
  });
}

/** With the page wider than the window, the elements that stick out on the right (the deepest first). */
async function wideElements(): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        const right = element.getBoundingClientRect().right;
        if (right > window.innerWidth + 1 && element.children.length === 0)
          out.push(
            `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}" ends at ${Math.round(right)} px`,
          );
      }
    };
    visit(document);
    return out.length > 0 ? out : [`the page is ${document.documentElement.scrollWidth} px wide`];
  });
}

async function switchTo(language: Language): Promise<void> {
  await page.getByTestId('language').selectOption(language);
  await page.waitForFunction((l) => document.documentElement.lang === l, language);
  // Every localized element re-renders in the update after the switch.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const savedResults = () => page.locator('[data-testid^="saved-result-"]');
const savedScenarios = () => page.locator('sb-run-form input[name="scenario"][value^="saved:"]');

/** What a language switch must leave alone: the live day, the result, the comparison, the debrief, the saved items. */
const keptState = async () => ({
  state: await page.locator('sb-live-view').getAttribute('data-live-state'),
  seconds: await page.locator('sb-live-view').getByTestId('live-clock').getAttribute('data-seconds'),
  offered: await page.locator('sb-live-view').getByTestId('live-kpi-offered').getAttribute('data-value'),
  result: await page.getByTestId('kpi-serviceLevel').first().getAttribute('data-value'),
  comparison: await page.getByTestId('compare-diff-total-asaSeconds-1').getAttribute('data-mean'),
  debrief: await page.locator('sb-exercise-play [data-testid="debrief-total"]').getAttribute('data-total'),
  savedResults: await savedResults().evaluateAll((n) => n.map((x) => x.getAttribute('data-testid'))),
  savedScenarios: await savedScenarios().evaluateAll((n) => n.map((x) => (x as HTMLInputElement).value)),
});

/** The live day stepped, the result saved, the scenario saved, a comparison run and an exercise played. */
async function setUpEverything(): Promise<void> {
  await page.getByTestId('save-result').click();
  await expect.poll(() => savedResults().count()).toBe(1);
  await page.getByTestId('tab-editor').click();
  await page.getByTestId('editor-save').click();
  await expect.poll(() => savedScenarios().count()).toBe(1);
  await page.getByTestId('tab-live').click();
  await page.locator(SCREENS[0].ready).waitFor({ timeout: 30_000 });
  await page.getByTestId('floor-view').waitFor({ timeout: 30_000 });
  for (let i = 0; i < 4; i++) await page.getByTestId('live-step').click();
  await expect
    .poll(async () => Number(await page.getByTestId('live-kpi-offered').getAttribute('data-value')))
    .toBeGreaterThan(0);

  // Two built-ins that differ in horizon and queues: the comparison shows its warning and its note too.
  await page.getByTestId('tab-compare').click();
  await page.getByTestId('compare-variant-0').selectOption('builtin:help-desk');
  await page.getByTestId('compare-variant-1').selectOption('builtin:monday-peak');
  await page.getByTestId('compare-replications').fill('2');
  await page.getByTestId('compare-run').click();
  await page.locator('sb-compare-view[data-state="done"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('compare-warnings').waitFor();

  // The Monday surge: one decision, an hour of its day at 1800×, then ended early.
  const phase = () => page.locator('sb-exercise-play').getAttribute('data-phase');
  await page.getByTestId('tab-exercises').click();
  await page.getByTestId('exercise-open-monday-surge').click();
  await expect.poll(phase, { timeout: 30_000 }).toBe('briefing');
  await page.getByTestId('exercise-start').click();
  await page.getByTestId('exercise-pause').click();
  await expect.poll(phase).toBe('paused');
  await page.getByTestId('decide-add-agents-group').selectOption('billing-team');
  await page.getByTestId('decide-add-agents-agents').fill('2');
  await page.getByTestId('decide-add-agents-apply').click();
  await page.getByTestId('exercise-speed').selectOption('1800');
  await page.getByTestId('exercise-play').click();
  await expect
    .poll(async () => Number(await page.getByTestId('exercise-clock').getAttribute('data-seconds')), {
      timeout: 30_000,
    })
    .toBeGreaterThan(3600);
  await page.getByTestId('exercise-pause').click();
  await page.getByTestId('exercise-end').click();
  await page.getByTestId('exercise-end-confirm').click();
  await page.locator(SCREENS[4].ready).waitFor({ timeout: 60_000 });
  await page.getByTestId('tab-live').click();
}

/** The texts of the page that are not proper names of the scenarios' data. */
const translatableTexts = async () =>
  (await shownTexts()).filter((t) => !SCENARIO_NAMES.some((name) => t.startsWith(name)));

beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(inject('appUrl'));
  await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('languages', () => {
  it('starts in the browser language: a Russian browser gets the Russian page', async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 800 } });
    const russian = await context.newPage();
    await russian.goto(inject('appUrl'));
    await russian.waitForFunction(() => document.documentElement.lang === 'ru');
    await expect.poll(() => russian.getByTestId('tab-live').textContent()).toContain('В реальном времени');
    expect(await russian.getByTestId('language').inputValue()).toBe('ru');
    await context.close();
  });

  it('keeps the live run, the result, the comparison, the debrief and the saved items through every switch, with every label translated', async () => {
    await setUpEverything();
    const before = await keptState();
    expect(Number(before.debrief)).toBeGreaterThanOrEqual(0);
    expect(before.comparison).not.toBeNull();

    const knownSeen = new Set<string>();
    for (const language of LANGUAGES) {
      await switchTo(language);
      expect(await keptState(), language).toEqual(before);
      expect(await page.evaluate(() => localStorage.getItem('switchboard.locale'))).toBe(language);
      const english = language === 'en' ? [] : englishLabelsFor(language);
      const known = english.filter((label) => KNOWN_LEFTOVERS.has(label.id));
      for (const screen of SCREENS) {
        await page.getByTestId(screen.tab).click();
        await page.locator(screen.ready).first().waitFor();
        await page.screenshot({
          path: join(screenshotDir, `i18n-${screen.name}-${language}-1280.png`),
          fullPage: true,
        });
        const texts = (await translatableTexts()).filter((t) => {
          const leftover = known.find((label) => label.pattern.test(t));
          if (leftover !== undefined) knownSeen.add(leftover.id);
          return leftover === undefined;
        });
        const left = english.filter((label) => texts.some((t) => label.pattern.test(t)));
        expect(
          left.map((l) => `${l.id}: ${l.english}`),
          `${language} ${screen.name}`,
        ).toEqual([]);
        if (language !== 'en') expect(englishWordsIn(texts, SCENARIO_NAMES), `${language} ${screen.name}`).toEqual([]);
        expect(await cutLabels(), `${language} ${screen.name}`).toEqual([]);
      }
      await page.getByTestId('tab-live').click();
    }
    // A known leftover that no longer shows has been fixed: take it off the list.
    expect([...KNOWN_LEFTOVERS.keys()].filter((id) => !knownSeen.has(id))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('fits a phone (390×844) in every language: no sideways scroll, no cut button', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflows: string[] = [];
    const cut: string[] = [];
    for (const language of LANGUAGES) {
      await switchTo(language);
      for (const screen of SCREENS) {
        await page.getByTestId(screen.tab).click();
        await page.locator(screen.ready).first().waitFor();
        await page.screenshot({ path: join(screenshotDir, `i18n-${screen.name}-${language}-390.png`), fullPage: true });
        overflows.push(...(await wideElements()).map((w) => `${language} ${screen.name}: ${w}`));
        cut.push(...(await cutLabels()).map((w) => `${language} ${screen.name}: ${w}`));
      }
    }
    // The longest languages, window-sized, at the parts of Compare and the debrief with the longest labels.
    for (const language of ['ru', 'ro'] as const) {
      await switchTo(language);
      for (const width of [1280, 390]) {
        await page.setViewportSize(width === 1280 ? { width: 1280, height: 800 } : { width: 390, height: 844 });
        for (const [tab, part] of CLOSE_UPS) {
          await page.getByTestId(tab).click();
          await page
            .locator(`[data-testid="${part}"]`)
            .first()
            .evaluate((e) => e.scrollIntoView({ block: 'start', behavior: 'instant' }));
          await page.screenshot({ path: join(screenshotDir, `i18n-${part}-${language}-${width}.png`) });
        }
      }
    }
    await switchTo('en');
    expect(overflows).toEqual([]);
    expect(cut).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('remembers the choice: a reload opens the page in Romanian, with the saved items', async () => {
    await switchTo('ro');
    await page.reload();
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.documentElement.lang === 'ro');
    await expect.poll(() => page.getByTestId('tab-results').textContent()).toContain('Rulează până la capăt');
    expect(await savedResults().count()).toBe(1);
    expect(await savedScenarios().count()).toBe(1);
  });

  it('shows the exercise list in every language (the reload closed the played exercise)', async () => {
    await page.getByTestId('tab-exercises').click();
    for (const language of LANGUAGES) {
      await switchTo(language);
      await page.locator('sb-exercise-tab [data-exercise]').first().waitFor();
      await page.screenshot({ path: join(screenshotDir, `i18n-exercises-${language}-1280.png`), fullPage: true });
      if (language === 'en') continue;
      const texts = await translatableTexts();
      const left = englishLabelsFor(language).filter((label) => texts.some((t) => label.pattern.test(t)));
      expect(
        left.map((l) => `${l.id}: ${l.english}`),
        language,
      ).toEqual([]);
      expect(englishWordsIn(texts, SCENARIO_NAMES), language).toEqual([]);
      expect(await cutLabels(), language).toEqual([]);
    }
  });
});
