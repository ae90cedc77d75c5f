// The organisation in the built app: the Live tab's Structure card switches the hierarchical service floor's
// customer service to self-managed mid-day, the floor's teams then answer both queues, and at the end of the
// day the organisation section counts peer consults; a fast run of the onboarding week shows the new hires'
// mean efficiency with its confidence interval. Its effect on the run is tested on the live session
// (test/sim/live/set-structure.test.ts). Screenshots go to test-results/screenshots/.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';

let browser: Browser;
let page: Page;
let errors: string[] = [];

const liveView = () => page.locator('sb-live-view');
const clockSeconds = async () => Number(await page.getByTestId('live-clock').getAttribute('data-seconds'));

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl')));
});

afterAll(async () => {
  await browser?.close();
});

describe('the Structure card', () => {
  it('is not offered for a scenario without departments', async () => {
    await page.getByTestId('tab-live').click();
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('structure-apply').count()).toBe(0); // the help desk has none
  });

  it('shows the current structure of the picked department', async () => {
    await page.getByTestId('tab-results').click();
    await page.getByTestId('scenario-service-floor-hierarchical').check();
    await page.getByTestId('tab-live').click();
    await expect
      .poll(() => page.getByTestId('structure-now').getAttribute('data-structure'), { timeout: 30_000 })
      .toBe('hierarchical');
    expect(await page.getByTestId('structure-now').textContent()).toMatch(/Now: hierarchical/);
    // Tier 2 has no structure of its own.
    await page.getByTestId('structure-department').selectOption('tier2');
    await expect.poll(() => page.getByTestId('structure-now').getAttribute('data-structure')).toBe('none');
    await page.getByTestId('structure-department').selectOption('service');
    await expect.poll(() => page.getByTestId('structure-now').getAttribute('data-structure')).toBe('hierarchical');
  });

  it('is reachable and labelled for the keyboard', async () => {
    const kind = page.getByTestId('structure-kind');
    await kind.focus();
    expect(await kind.evaluate((el) => (el as HTMLSelectElement).labels?.[0]?.textContent)).toBe('Organise it as');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      // Focus sits inside nested shadow roots: follow activeElement down.
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('data-testid');
    });
    expect(focused).toBe('structure-apply');
  });

  it('switches customer service to self-managed mid-day; the teams then answer both queues', async () => {
    for (let i = 0; i < 24; i++) await page.getByTestId('live-step').click(); // two hours in
    await expect.poll(clockSeconds).toBeGreaterThanOrEqual(7200);
    await page.getByTestId('structure-kind').selectOption('self-managed');
    await page.getByTestId('structure-apply').click();
    await expect.poll(() => page.getByTestId('structure-now').getAttribute('data-structure')).toBe('self-managed');
    expect(await page.getByTestId('intervention-problem').count()).toBe(0);
    // Pooling puts two groups on each queue, so the routing rule now has a choice to make and is offered.
    await expect.poll(() => page.getByTestId('routing-apply').count()).toBe(1);
    await page.locator('sb-intervention-form').screenshot({ path: join(screenshotDir, 'structure-card.png') });
  });

  it('plays to the end, and the organisation section counts the peer consults', async () => {
    await page.getByTestId('live-speed').selectOption('Infinity');
    await page.getByTestId('live-play').click();
    await page.locator('sb-live-view[data-live-state="finished"]').waitFor({ timeout: 60_000 });
    const section = liveView().getByTestId('organisation-kpis');
    await expect.poll(() => section.locator('h3').textContent()).toBe('Organisation');
    const consults = Number(await section.getByTestId('org-peerConsults').getAttribute('data-value'));
    expect(consults).toBeGreaterThan(0);
    expect(await section.getByTestId('org-peerConsults').innerText()).toMatch(
      new RegExp(`Peer consults\\s+${consults}`),
    );
    // Supervisors were paid until the switch: a cost in dollars, the scenario's default currency.
    expect(await section.getByTestId('org-supportStaffCost').innerText()).toMatch(/\$\d/);
    await section.screenshot({ path: join(screenshotDir, 'organisation-live.png') });
    await page.screenshot({ path: join(screenshotDir, 'organisation-live-page.png'), fullPage: true });
  });

  it('follows the agents a review moves: the floor gets the new layout while playing', async () => {
    // Reset: the hierarchical day again, whose reviews move agents from the afternoon on.
    await page.getByTestId('live-reset').click();
    await expect.poll(clockSeconds).toBe(0);
    await expect.poll(() => page.getByTestId('structure-now').getAttribute('data-structure')).toBe('hierarchical');
    const floor = page.getByTestId('floor-view');
    const shown = () =>
      floor.evaluate((el) => {
        const view = el as HTMLElement & {
          layout?: { version: number; agents: { id: string }[] };
          snapshot?: { layoutVersion: number };
        };
        return {
          version: view.layout?.version ?? 0,
          snapshotVersion: view.snapshot?.layoutVersion ?? 0,
          ids: view.layout?.agents.map((a) => a.id) ?? [],
        };
      });
    const before = await shown();
    expect(before.version).toBe(1);
    await page.getByTestId('live-play').click();
    await page.locator('sb-live-view[data-live-state="finished"]').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await shown()).version).toBeGreaterThan(1);
    const after = await shown();
    expect(after.version).toBe(after.snapshotVersion);
    // Some billing agents now sit in the orders team under a new number; nobody was hired.
    expect(after.ids).toHaveLength(before.ids.length);
    expect(after.ids.filter((id, i) => id !== before.ids[i]).length).toBeGreaterThan(0);
    const moved = Number(await liveView().getByTestId('org-agentsReassigned').getAttribute('data-value'));
    expect(moved).toBeGreaterThan(0);
  });
});

describe('the organisation in a fast run', () => {
  it("shows the onboarding week's mean efficiency with its confidence interval", async () => {
    await page.getByTestId('tab-results').click();
    await page.getByTestId('scenario-onboarding-week').check();
    await page.getByTestId('replications').fill('4');
    await page.getByTestId('run-button').click();
    await expect
      .poll(() => page.getByTestId('run-status').textContent(), { timeout: 90_000 })
      .toMatch(/^4 replications of Onboarding week ·/);
    await page.locator('sb-app[data-state="done"]').waitFor();
    const section = page.locator('sb-results-panel').getByTestId('organisation-kpis');
    const efficiency = section.getByTestId('org-meanEfficiency');
    const value = Number(await efficiency.getAttribute('data-value'));
    // New hires start at 53% of a tenured agent and improve over the week, but not to parity.
    expect(value).toBeGreaterThan(0.53);
    expect(value).toBeLessThan(1);
    expect(await efficiency.innerText()).toMatch(
      new RegExp(`Mean efficiency\\s+${(value * 100).toFixed(1)}%\\s*±\\d+\\.\\d`),
    );
    expect(await section.innerText()).toMatch(/over 4 replications/);
    for (const field of ['coachingSessions', 'qaReviews', 'trainingSessions'])
      expect(Number(await section.getByTestId(`org-${field}`).getAttribute('data-value'))).toBeGreaterThan(0);
    await section.screenshot({ path: join(screenshotDir, 'organisation-results.png') });
    expect(errors).toEqual([]);
  });
});
