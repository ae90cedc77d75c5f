// The 3D floor in Chromium (software WebGL), through the floor lab page: it draws the scenario's agents, colours
// them by their state as a live run moves on, opens an agent's and a department's details on click, takes the
// keyboard, keeps draw calls flat from 200 to 2,000 agents, gives back every geometry, texture and label after
// 20 scenario switches, keeps its labels readable page text, and without WebGL says so while the rest of the page keeps working.
// Screenshots go to test-results/screenshots/floor-*.png for a person to look at.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildAndServeLab, launchLabChromium, projectRoot, type ServedLab } from '../../bench/floor/lab-server';
import { AGENT_STATES } from '../../src/sim/api';
import { findBuiltInScenario } from '../../src/scenarios/index';
import { STATE_COLORS, cssHex, heatColor } from '../../src/ui/floor/floor-palette';

const screenshotDir = join(projectRoot, 'test-results', 'screenshots');
const problems: string[] = [];

let lab: ServedLab;
let browser: Browser;
let context: BrowserContext;
let page: Page;

function watch(target: BrowserContext): void {
  target.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  target.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
}

function agentsIn(scenarioId: string): number {
  const scenario = findBuiltInScenario(scenarioId);
  if (scenario === undefined) throw new Error(`no built-in scenario ${scenarioId}`);
  return scenario.agentGroups.reduce((sum, group) => sum + group.agents, 0);
}

/** Opens the lab on a paused run and waits until the floor has drawn its agents. */
async function openLab(target: Page, query: string, agents: number): Promise<void> {
  await target.goto(`${lab.url}?paused&${query}`);
  await target.waitForFunction((n) => document.querySelector('sb-floor-view')?.floorDebug?.agentCount === n, agents);
}

/** Advances the paused run by `seconds` and waits for the floor to sync and draw it. */
async function step(target: Page, seconds: number): Promise<void> {
  await target.evaluate(async (s) => {
    window.floorLab.step(s);
    const floor = document.querySelector('sb-floor-view')!;
    await floor.updateComplete;
    floor.floorDebug?.renderNow();
  }, seconds);
}

/** Each agent's drawn colour next to the palette colour of its state in the current snapshot. */
async function colours(target: Page): Promise<{ drawn: string[]; states: number[] }> {
  return target.evaluate(() => {
    const floor = document.querySelector('sb-floor-view')!;
    const states = Array.from(floor.snapshot?.agentStates ?? []);
    return { drawn: states.map((_, i) => floor.floorDebug?.agentColorAt(i) ?? ''), states };
  });
}

function expectedColours(states: number[]): string[] {
  return states.map((s) => cssHex(STATE_COLORS[AGENT_STATES[s] ?? 'logged-out']));
}

beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true });
  lab = await buildAndServeLab();
  browser = await launchLabChromium();
  context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  watch(context);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await lab?.close();
});

describe('the floor of a live run', () => {
  it("draws the scenario's agents, one draw call per kind of thing", async () => {
    const agents = agentsIn('monday-peak');
    await openLab(page, 'scenario=monday-peak', agents);
    const debug = await page.evaluate(() => {
      const d = document.querySelector('sb-floor-view')!.floorDebug!;
      d.renderNow();
      return { agentCount: d.agentCount, drawCalls: d.drawCalls, feed: window.floorLab.feed };
    });
    expect(debug.feed).toBe('live');
    expect(debug.agentCount).toBe(agents);
    expect(debug.drawCalls).toBeGreaterThan(0);
    expect(debug.drawCalls).toBeLessThan(agents);
    // The legend counts every agent once.
    const counts = await page.locator('sb-floor-legend [data-testid^="state-count-"]').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(agents);
  });

  it('draws no frames while nothing changes (a paused run)', async () => {
    const frames = (): Promise<number> =>
      page.evaluate(() => document.querySelector('sb-floor-view')!.floorDebug!.frames);
    const before = await frames();
    await page.waitForTimeout(600);
    expect(await frames()).toBe(before);
    // A camera key is a change: it draws.
    await page.getByTestId('floor-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(frames).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Reset camera' }).click();
  });

  it('lays the labels out again only when the camera moved, not on every frame', async () => {
    const placements = (): Promise<{ frames: number; placed: number }> =>
      page.evaluate(async () => {
        const floor = document.querySelector('sb-floor-view')!;
        await new Promise((resolve) => setTimeout(resolve, 300)); // the camera's damping settles
        const d = floor.floorDebug!;
        d.renderNow();
        return { frames: d.frames, placed: d.labelPlacements };
      });
    const settled = await placements();
    // Three more frames (a run step, then two bare frames) with the camera still: no new layout of the labels.
    await step(page, 30);
    const after = await page.evaluate(() => {
      const d = document.querySelector('sb-floor-view')!.floorDebug!;
      d.renderNow();
      d.renderNow();
      return { frames: d.frames, placed: d.labelPlacements };
    });
    expect(after.frames).toBeGreaterThan(settled.frames + 2);
    expect(after.placed).toBe(settled.placed);
    // A camera move lays them out again.
    await page.getByTestId('floor-canvas').focus();
    await page.keyboard.press('+');
    await expect.poll(async () => (await placements()).placed).toBeGreaterThan(after.placed);
    await page.getByRole('button', { name: 'Reset camera' }).click();
  });

  it('colours every agent by its state, and the colours change as the run moves on', async () => {
    const atStart = await colours(page);
    // At opening time every agent is logged in and idle: all bluish green.
    expect(new Set(atStart.drawn)).toEqual(new Set(['#009e73']));
    expect(atStart.drawn).toEqual(expectedColours(atStart.states));

    await step(page, 3600);
    const anHourIn = await colours(page);
    expect(anHourIn.drawn).toEqual(expectedColours(anHourIn.states));
    const changed = anHourIn.drawn.filter((colour, i) => colour !== atStart.drawn[i]).length;
    expect(changed).toBeGreaterThan(0);
    expect(new Set(anHourIn.drawn)).toContain(cssHex(STATE_COLORS.talking));
    // Callers travel and wait: one more frame a little later shows them.
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshotDir, 'floor-monday-peak.png') });
  });

  it('opens an agent’s details on click, and a department’s when its floor is clicked', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { floorEvents: string[] };
      w.floorEvents = [];
      const floor = document.querySelector('sb-floor-view')!;
      floor.addEventListener('sb-agent-select', (e) => w.floorEvents.push(`agent ${e.agentIndex} ${e.agentId}`));
      floor.addEventListener('sb-department-select', (e) => w.floorEvents.push(`department ${e.groupId}`));
    });
    const target = 20;
    const point = await page.evaluate(
      (i) => document.querySelector('sb-floor-view')!.floorDebug!.agentScreenPoint(i),
      target,
    );
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const details = page.getByTestId('floor-details');
    const agentId = await page.evaluate((i) => document.querySelector('sb-floor-view')!.layout!.agents[i]!.id, target);
    await expect.poll(() => details.getByTestId('floor-details-title').textContent()).toBe(`Agent ${agentId}`);
    const answered = await page.evaluate(
      (i) => document.querySelector('sb-floor-view')!.snapshot!.agentAnswered[i],
      target,
    );
    expect(await details.getByTestId('floor-details-answered').textContent()).toBe(String(answered));
    // Skills carry proficiency; an hour in, the agent has spent time in some state.
    expect(await details.getByTestId('floor-details-skills').textContent()).toMatch(/×\d/);
    expect(await details.getByTestId('floor-details-state-times').textContent()).toMatch(/\d+ (s|min|h)/);
    await page.screenshot({ path: join(screenshotDir, 'floor-agent-details.png') });

    const zone = await page.evaluate(() => document.querySelector('sb-floor-view')!.floorDebug!.zoneScreenPoint(1));
    await page.mouse.click(zone!.x, zone!.y);
    await expect.poll(() => details.getByTestId('floor-details-title').textContent()).toBe('Technical agents');
    const events = await page.evaluate(() => (window as unknown as { floorEvents: string[] }).floorEvents);
    expect(events).toEqual([`agent ${target} ${agentId}`, 'department tech-team']);
  });

  it('takes the keyboard: arrows rotate, + zooms, ] steps through agents, and the camera resets', async () => {
    const spread = async (): Promise<number> =>
      page.evaluate(() => {
        const d = document.querySelector('sb-floor-view')!.floorDebug!;
        d.renderNow();
        // Two technical agents, in the middle zone, so that zooming in keeps them on screen.
        const a = d.agentScreenPoint(14)!;
        const b = d.agentScreenPoint(22)!;
        return Math.hypot(a.x - b.x, a.y - b.y);
      });
    await page.getByRole('button', { name: 'Reset camera' }).click();
    const home = await spread();
    await page.getByTestId('floor-canvas').focus();
    await page.keyboard.press('+');
    await expect.poll(spread).toBeGreaterThan(home * 1.1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(']');
    await expect.poll(() => page.getByTestId('floor-details-title').textContent()).toMatch(/^Agent /);
    await page.getByRole('button', { name: 'Reset camera' }).click();
    await expect.poll(spread).toBeCloseTo(home, 0);
  });

  it('colours desks by their agent’s occupancy in the heat map', async () => {
    const toggle = page.getByRole('button', { name: 'Heat map: occupancy' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const desks = await page.evaluate(() => {
      const floor = document.querySelector('sb-floor-view')!;
      const occupancy = floor.snapshot!.agentOccupancy!;
      return Array.from(occupancy, (value, i) => ({ drawn: floor.floorDebug!.deskColorAt(i), occupancy: value }));
    });
    expect(desks).toHaveLength(agentsIn('monday-peak'));
    for (const desk of desks) expect(desk.drawn).toBe(cssHex(heatColor(desk.occupancy)));
    expect(new Set(desks.map((d) => d.drawn)).size).toBeGreaterThan(3);
    await page.screenshot({ path: join(screenshotDir, 'floor-heat-map.png') });
    await toggle.click();
  });

  it('shows the self-managed structure as team pods', async () => {
    await openLab(page, 'scenario=monday-peak&structure=self-managed', agentsIn('monday-peak'));
    await step(page, 2400);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshotDir, 'floor-self-managed.png') });
  });
  it('leaves the desks of agents off shift empty, and fills them as their shifts start', async () => {
    await page.goto(`${lab.url}?paused&scenario=full-centre`);
    await page.waitForFunction(() => document.querySelector('sb-floor-view')?.floorDebug !== undefined);
    const seated = (): Promise<{ shown: boolean[]; loggedIn: boolean[] }> =>
      page.evaluate((loggedOut) => {
        const floor = document.querySelector('sb-floor-view')!;
        const states = Array.from(floor.snapshot!.agentStates);
        return {
          shown: states.map((_, i) => floor.floorDebug!.agentShownAt(i)),
          loggedIn: states.map((s) => s !== loggedOut),
        };
      }, AGENT_STATES.indexOf('logged-out'));
    const atOpening = await seated();
    expect(atOpening.shown).toEqual(atOpening.loggedIn);
    // Team leads carry a diamond and specialists a triangle, over their figures only while they are seated.
    const badges = (): Promise<{ expected: string[]; drawn: string[] }> =>
      page.evaluate(() => {
        const floor = document.querySelector('sb-floor-view')!;
        const layout = floor.layout!;
        const shapeOf = { agent: '', specialist: 'triangle', 'team-lead': 'diamond' } as const;
        return {
          expected: layout.agents.map((a, i) =>
            floor.floorDebug!.agentShownAt(i) ? shapeOf[layout.groups[a.group]!.role] : '',
          ),
          drawn: layout.agents.map((_, i) => floor.floorDebug!.agentBadgeAt(i)),
        };
      });
    const openingBadges = await badges();
    expect(openingBadges.drawn).toEqual(openingBadges.expected);
    // Step through the morning in chunks, as a player would, to 09:30 on the clock (2.5 h after opening).
    for (let k = 0; k < 10; k++) await step(page, 900);
    const morning = await seated();
    expect(morning.shown).toEqual(morning.loggedIn);
    const morningBadges = await badges();
    expect(morningBadges.drawn).toEqual(morningBadges.expected);
    expect(morningBadges.drawn).toContain('diamond');
    expect(morningBadges.drawn).toContain('triangle');
    const count = (flags: boolean[]): number => flags.filter(Boolean).length;
    expect(count(morning.shown)).toBeGreaterThan(count(atOpening.shown));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshotDir, 'floor-full-centre.png') });
  });
});

describe('performance and resources', () => {
  it('uses the same draw calls for 200 and 2,000 agents', async () => {
    const drawCalls = async (agents: number): Promise<{ agents: number; atStart: number; running: number }> => {
      await openLab(page, `scenario=monday-peak&agents=${agents}`, agents);
      const atStart = await page.evaluate(() => {
        const d = document.querySelector('sb-floor-view')!.floorDebug!;
        d.renderNow();
        return d.drawCalls;
      });
      await step(page, 3600);
      const running = await page.evaluate(() => document.querySelector('sb-floor-view')!.floorDebug!.drawCalls);
      const drawn = await page.evaluate(() => document.querySelector('sb-floor-view')!.floorDebug!.agentCount);
      return { agents: drawn, atStart, running };
    };
    const small = await drawCalls(200);
    const large = await drawCalls(2000);
    await page.screenshot({ path: join(screenshotDir, 'floor-2000-agents.png') });
    expect([small.agents, large.agents]).toEqual([200, 2000]);
    expect(large.atStart).toBe(small.atStart);
    // Running adds at most the waiting callers and the travelling calls: one instanced mesh each.
    for (const run of [small, large]) {
      expect(run.running).toBeGreaterThanOrEqual(run.atStart);
      expect(run.running).toBeLessThanOrEqual(run.atStart + 2);
    }
  });

  it('lets go of its renderer when taken off the page, and draws again when put back', async () => {
    await openLab(page, 'scenario=help-desk', agentsIn('help-desk'));
    const whileAway = await page.evaluate(async () => {
      const floor = document.querySelector('sb-floor-view')!;
      const place = floor.nextElementSibling;
      floor.remove();
      const debug = floor.floorDebug;
      const canvases = floor.shadowRoot!.querySelectorAll('canvas').length;
      document.body.insertBefore(floor, place);
      return { debug, canvases };
    });
    expect(whileAway).toEqual({ debug: undefined, canvases: 0 });
    await page.waitForFunction(
      (n) => document.querySelector('sb-floor-view')?.floorDebug?.agentCount === n,
      agentsIn('help-desk'),
    );
    const canvases = await page.evaluate(
      () => document.querySelector('sb-floor-view')!.shadowRoot!.querySelectorAll('canvas').length,
    );
    expect(canvases).toBe(1);
  });

  it('gives back every geometry, texture and label after 20 scenario switches', async () => {
    await openLab(page, 'scenario=help-desk', agentsIn('help-desk'));
    const measure = (scenarioId: string): Promise<{ geometries: number; textures: number; labels: number }> =>
      page.evaluate(async (id) => {
        window.floorLab.open(id);
        const floor = document.querySelector('sb-floor-view')!;
        await floor.updateComplete;
        const d = floor.floorDebug!;
        d.renderNow();
        return { geometries: d.geometries, textures: d.textures, labels: d.labels };
      }, scenarioId);
    const before = await measure('help-desk');
    const ids = ['monday-peak', 'mmc-steady', 'mmc-abandon', 'help-desk'];
    const seen: number[] = [];
    for (let k = 0; k < 20; k++) seen.push((await measure(ids[k % ids.length]!)).labels);
    // Bigger floors hold more labels, so the counts did move during the switches.
    expect(Math.max(...seen)).toBeGreaterThan(before.labels);
    expect(await measure('help-desk')).toEqual(before);
  });

  it('draws its labels as page text over the canvas, 11 to 17 px whatever the pixel ratio', async () => {
    await openLab(page, 'scenario=monday-peak', agentsIn('monday-peak'));
    const labels = await page.evaluate(async () => {
      const floor = document.querySelector('sb-floor-view')!;
      floor.floorDebug!.renderNow();
      const shown = [...floor.shadowRoot!.querySelectorAll<HTMLElement>('.floor-label')].filter(
        (l) => l.style.display !== 'none',
      );
      return shown.map((l) => ({
        text: l.textContent ?? '',
        fontPixels: parseFloat(getComputedStyle(l).fontSize),
        box: l.getBoundingClientRect().toJSON() as DOMRect,
      }));
    });
    const zones = findBuiltInScenario('monday-peak')!.agentGroups.length;
    // Every zone, every queue, the IVR gate and the exit carry a label; all of them are page text, not textures.
    expect(labels.length).toBeGreaterThanOrEqual(zones + 2);
    expect(labels.some((l) => l.text.startsWith('IVR'))).toBe(true);
    for (const label of labels) {
      expect(label.fontPixels, label.text).toBeGreaterThanOrEqual(11);
      expect(label.fontPixels, label.text).toBeLessThanOrEqual(17);
    }
    await page.screenshot({ path: join(screenshotDir, 'floor-labels-monday-peak.png') });
  });

  it('shows no two labels on top of each other on the crowded full centre, and still names most of it', async () => {
    // The full centre's people work shifts (its groups' fixed `agents` are 0): wait for its hundreds of desks.
    await page.goto(`${lab.url}?paused&scenario=full-centre`);
    await page.waitForFunction(() => (document.querySelector('sb-floor-view')?.floorDebug?.agentCount ?? 0) > 300);
    const labels = await page.evaluate(async () => {
      const floor = document.querySelector('sb-floor-view')!;
      floor.floorDebug!.renderNow();
      return [...floor.shadowRoot!.querySelectorAll<HTMLElement>('.floor-label')]
        .filter((l) => l.style.display !== 'none')
        .map((l) => ({
          text: l.textContent ?? '',
          crowded: l.classList.contains('crowded') || getComputedStyle(l).visibility === 'hidden',
          box: l.getBoundingClientRect().toJSON() as DOMRect,
        }));
    });
    const shown = labels.filter((l) => !l.crowded);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) {
        const [a, b] = [shown[i]!.box, shown[j]!.box];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${shown[i]!.text} / ${shown[j]!.text}`).toBe(false);
      }
    // Not vacuous: the full centre's labels did collide (some gave way), and most still show.
    expect(labels.some((l) => l.crowded)).toBe(true);
    expect(shown.length).toBeGreaterThanOrEqual(labels.length / 2);
    await page.screenshot({ path: join(screenshotDir, 'floor-labels-full-centre.png') });
  });
});

describe('without WebGL', () => {
  it('says the 3D view is unavailable and the rest of the page keeps working', async () => {
    const plain = await launchLabChromium({ webgl: false });
    try {
      const errors: string[] = [];
      const target = await plain.newPage({ viewport: { width: 1100, height: 600 } });
      target.on('pageerror', (error) => errors.push(error.message));
      await target.goto(`${lab.url}?scenario=help-desk`);
      await expect
        .poll(() => target.getByTestId('floor-unavailable').textContent())
        .toMatch(/The 3D view is unavailable: WebGL is not supported here/);
      expect(await target.evaluate(() => document.querySelector('sb-floor-view')!.floorDebug)).toBeUndefined();
      // The lab keeps simulating and its controls keep working.
      const startedAt = await target.evaluate(() => window.floorLab.nowSeconds);
      await expect.poll(() => target.evaluate(() => window.floorLab.nowSeconds)).toBeGreaterThan(startedAt);
      await target.getByLabel('Scenario', { exact: true }).selectOption('monday-peak');
      await expect.poll(() => target.locator('#status').textContent()).toMatch(/Monday morning peak: 31 agents/);
      await target.screenshot({ path: join(screenshotDir, 'floor-no-webgl.png') });
      expect(errors).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});

describe('the console', () => {
  it('stayed free of errors', () => {
    expect(problems).toEqual([]);
  });
});
