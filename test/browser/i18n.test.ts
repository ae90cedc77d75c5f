// The app in five languages, as a trainee uses it: the page starts in the browser's language, the header's
// switch changes every label on the Live tab and the results at once, the choice is remembered, and a switch
// leaves the live run, its clock and the saved results as they were. At 1280×800 and 390×844 it checks that
// no English label remains, that no button cuts its text and that the page never scrolls sideways, and saves
// screenshots (test-results/screenshots/i18n-*.png) to look at for overflowing text.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshotDir } from './harness';
import { englishLabelsFor } from './i18n-labels';
import { mkdir } from 'node:fs/promises';
import helpDesk from '../../src/scenarios/help-desk.json';

const LANGUAGES = ['it', 'es', 'ro', 'ru', 'en'] as const;
/** Names from the scenario's data (its group, queue and call type): proper names, in English in every language. */
const SCENARIO_NAMES = [helpDesk.agentGroups, helpDesk.queues, helpDesk.callTypes].flat().map((item) => item.name);
type Language = (typeof LANGUAGES)[number];

/**
 * The screens the test walks in each language: a tab and what shows that it is ready. The exercise debrief
 * (being built on another branch) joins here: `{ name: 'debrief', tab: 'tab-exercise', ready: '…' }`.
 */
const SCREENS = [
  { name: 'live', tab: 'tab-live', ready: 'sb-live-view[data-live-state="paused"]' },
  { name: 'results', tab: 'tab-results', ready: 'sb-app[data-state="done"]' },
  { name: 'exercises', tab: 'tab-exercises', ready: 'sb-exercise-tab [data-exercise]' },
  { name: 'editor', tab: 'tab-editor', ready: 'sb-scenario-editor [data-testid="editor-status"]' },
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

const liveState = async () => ({
  state: await page.locator('sb-live-view').getAttribute('data-live-state'),
  seconds: await page.getByTestId('live-clock').getAttribute('data-seconds'),
  offered: await page.getByTestId('live-kpi-offered').getAttribute('data-value'),
  saved: await page.locator('[data-testid^="saved-result-"]').count(),
});

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

  it('keeps the live run and the saved result through every switch, with every label translated', async () => {
    await page.getByTestId('save-result').click();
    await expect.poll(() => page.locator('[data-testid^="saved-result-"]').count()).toBe(1);
    await page.getByTestId('tab-live').click();
    await page.locator(SCREENS[0].ready).waitFor({ timeout: 30_000 });
    await page.getByTestId('floor-view').waitFor({ timeout: 30_000 });
    for (let i = 0; i < 4; i++) await page.getByTestId('live-step').click();
    await expect.poll(async () => Number((await liveState()).offered)).toBeGreaterThan(0);
    const before = await liveState();

    for (const language of LANGUAGES) {
      await switchTo(language);
      expect(await liveState(), language).toEqual(before);
      expect(await page.evaluate(() => localStorage.getItem('switchboard.locale'))).toBe(language);
      const english = language === 'en' ? [] : englishLabelsFor(language);
      for (const screen of SCREENS) {
        await page.getByTestId(screen.tab).click();
        await page.locator(screen.ready).first().waitFor();
        await page.screenshot({
          path: join(screenshotDir, `i18n-${screen.name}-${language}-1280.png`),
          fullPage: true,
        });
        const texts = (await shownTexts()).filter((t) => !SCENARIO_NAMES.some((name) => t.startsWith(name)));
        const left = english.filter((label) => texts.some((t) => label.pattern.test(t)));
        expect(
          left.map((l) => `${l.id}: ${l.english}`),
          `${language} ${screen.name}`,
        ).toEqual([]);
        expect(await cutLabels(), `${language} ${screen.name}`).toEqual([]);
      }
      await page.getByTestId('tab-live').click();
    }
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
    expect(overflows).toEqual([]);
    expect(cut).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('remembers the choice: a reload opens the page in Romanian', async () => {
    await switchTo('ro');
    await page.reload();
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.documentElement.lang === 'ro');
    await expect.poll(() => page.getByTestId('tab-results').textContent()).toContain('Rulează până la capăt');
    expect(await page.locator('[data-testid^="saved-result-"]').count()).toBe(1);
    await switchTo('en');
  });
});
