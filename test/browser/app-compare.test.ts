// The Compare tab of the built app: the small help desk against a copy with one more agent (edited in the
// editor) on the same callers; the ASA falls significantly, with the variance cut by common random numbers
// shown; the comparison exports as CSV; it can be cancelled (every worker of its pool ends) and run again;
// its controls are reachable with the keyboard. Screenshots go to test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openApp, screenshotDir } from './harness';

let browser: Browser;
let page: Page;
let errors: string[] = [];

const field = (path: string) => page.locator(`sb-scenario-editor input[data-path="${path}"]`);
const viewIn = (state: string) => page.locator(`sb-compare-view[data-state="${state}"]`);

async function compare(replications: number): Promise<void> {
  await page.getByTestId('compare-replications').fill(String(replications));
  await page.getByTestId('compare-run').click();
  await viewIn('done').waitFor({ timeout: 90_000 });
}

beforeAll(async () => {
  ({ browser, page, errors } = await openApp(inject('appUrl'), { acceptDownloads: true }));
});

afterAll(async () => {
  await browser?.close();
});

describe('the comparison view', () => {
  it('compares the help desk with a copy that has one more agent: ASA falls, significantly', async () => {
    await page.getByTestId('tab-editor').click();
    await expect.poll(() => page.getByTestId('editor-status').getAttribute('data-valid')).toBe('true');
    const agents = Number(await field('agentGroups[0].agents').inputValue());
    await field('agentGroups[0].agents').fill(String(agents + 1));
    await field('name').fill('Help desk, one more agent');
    await expect.poll(() => page.getByTestId('editor-status').getAttribute('data-valid')).toBe('true');

    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-variant-0').selectOption('builtin:help-desk');
    await expect
      .poll(() => page.getByTestId('compare-variant-1').locator('option[value="editor"]').textContent())
      .toBe('Help desk, one more agent');
    await page.getByTestId('compare-variant-1').selectOption('editor');
    await compare(10);

    const asa = page.getByTestId('compare-diff-total-asaSeconds-1');
    expect(Number(await asa.getAttribute('data-mean'))).toBeLessThan(0);
    const halfWidth = Number(await asa.getAttribute('data-half-width'));
    expect(Math.abs(Number(await asa.getAttribute('data-mean')))).toBeGreaterThan(halfWidth);
    expect(await page.getByTestId('compare-sig-total-asaSeconds-1').getAttribute('data-significant')).toBe('true');
    expect(await page.getByTestId('compare-sig-total-asaSeconds-1').innerText()).toMatch(/Yes, better/);
    // The same callers for both: common random numbers cut the variance of the difference.
    expect(await page.getByTestId('compare-crn-total-asaSeconds-1').innerText()).toMatch(/^\d+(\.\d)?%$/);
    const table = await page.getByTestId('compare-table-total').innerText();
    for (const label of [
      'Service level',
      'Average speed of answer',
      'Abandonment',
      'Occupancy',
      'Cost per handled call',
      'First-contact resolution',
    ])
      expect(table).toContain(label);
    expect(await page.getByTestId('compare-legend').innerText()).toBe(
      'A · Small help desk (built-in)\nB · Help desk, one more agent (in the editor)',
    );
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(
      /2 variants × 10 paired replications, seed help-desk-1, on \d workers? in/,
    );
    expect(await page.getByTestId('compare-warnings').count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'compare-help-desk.png'), fullPage: true });
  });

  it('exports the comparison as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('compare-export-csv').click(),
    ]);
    const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'scope,id,kpi,variant,scenario_id,mean,ci95_half_width,replications,difference_vs_a,difference_ci95_half_width,significant,variance_ratio_crn',
    );
    const asaB = lines.find((l) => l.startsWith('total,,asaSeconds,B,'))!.split(',');
    expect(Number(asaB[8])).toBe(
      Number(await page.getByTestId('compare-diff-total-asaSeconds-1').getAttribute('data-mean')),
    );
    expect(asaB[10]).toBe('true');
  });

  it('shows the warnings of variants that measure differently', async () => {
    await page.getByTestId('tab-editor').click();
    await field('serviceLevel.thresholdSeconds').fill('30');
    await expect.poll(() => page.getByTestId('editor-status').getAttribute('data-valid')).toBe('true');
    await page.getByTestId('tab-compare').click();
    await compare(3);
    expect(await page.getByTestId('compare-warnings').innerText()).toMatch(/serviceLevel: B measures it differently/);
  });

  it('cancels a long comparison, ending every worker of its pool, and compares again', async () => {
    const before = page.workers().length;
    await page.getByTestId('compare-variant-0').selectOption('builtin:full-centre');
    await page.getByTestId('compare-replications').fill('100');
    await page.getByTestId('compare-run').click();
    await expect
      .poll(() => page.getByTestId('compare-progress').evaluate((p) => (p as HTMLProgressElement).value), {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    await page.getByTestId('compare-cancel').click();
    await viewIn('cancelled').waitFor();
    expect(await page.getByTestId('compare-status').textContent()).toMatch(/cancelled/);
    await expect.poll(() => page.workers().length).toBeLessThan(before);

    await page.getByTestId('compare-variant-0').selectOption('builtin:help-desk');
    await compare(2);
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(/× 2 paired replications/);
  });

  it('compares per department too: hierarchical against self-managed', async () => {
    await page.getByTestId('compare-variant-0').selectOption('builtin:service-floor-hierarchical');
    await page.getByTestId('compare-variant-1').selectOption('builtin:service-floor-self-managed');
    await compare(3);
    for (const scope of ['total', 'service', 'tier2'])
      expect(await page.getByTestId(`compare-table-${scope}`).count(), scope).toBe(1);
    expect(await page.getByTestId('compare-table-service').innerText()).toMatch(/^Department: Customer service/);
    // A department has call KPIs, not the centre's agent and cost KPIs.
    expect(await page.getByTestId('compare-row-service-occupancy').count()).toBe(0);
    expect(await page.getByTestId('compare-row-service-asaSeconds').count()).toBe(1);
    await page.screenshot({ path: join(screenshotDir, 'compare-departments.png'), fullPage: true });
  });

  it('is reachable with the keyboard, every control labelled', async () => {
    await page.getByTestId('tab-compare').focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          let element: Element | null = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return element?.getAttribute('data-testid') ?? '';
        }),
      );
    }
    for (const id of [
      'compare-variant-0',
      'compare-variant-1',
      'compare-add',
      'compare-replications',
      'compare-seed',
      'compare-run',
    ])
      expect(reached, id).toContain(id);
    for (const id of ['compare-variant-0', 'compare-replications', 'compare-seed'])
      expect(await page.getByTestId(id).evaluate((el) => (el as HTMLInputElement).labels?.length ?? 0), id).toBe(1);
    expect(errors).toEqual([]);
  });
});
