// `npm run bench:browser`: how long the main thread is blocked while the simulator runs flat out. Builds the
// app, opens it in Chromium, records every long task (> 50 ms) with a PerformanceObserver, and reports the
// longest during (1) a live run at full speed with the 3D floor and charts updating, (2) the same day at
// ×10,000 for 6 s (snapshots keep coming at 30 a second), (3) a fast run with 20 replications. A measurement, not a pass/fail test. Default: a large generated centre (400 agents, 24 h,
// about 140,000 calls) opened through a share link; --scenario ID uses a built-in instead. --runs N repeats
// each measurement; --compositing software|gpu|both picks Chromium's compositing (bench-chromium.ts explains
// why it matters for the 3D floor here). The machine's load average is printed with every run: on a shared
// machine, compare runs made under a similar load.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildAndServe } from '../../test/browser/harness';
import { encodeShareHash } from '../../src/ui/storage/share-link';
import { launchBenchChromium, type Compositing } from './bench-chromium';
import { largeCentre } from './large-centre';

/** How long the live run plays at ×10,000, ms of real time. */
const STEADY_MS = 6000;

/** The floor's pixel ratio at the end of the ×10,000 phase of the latest run. */
let floorPixelRatio = NaN;

interface LongTaskLog {
  durations: number[];
}

interface Measured {
  durations: number[];
  elapsedMs: number;
}

const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    runs: { type: 'string', default: '1' },
    compositing: { type: 'string', default: 'both' },
  },
});
const scenarioId = values.scenario;
const runs = Math.max(1, Number(values.runs) || 1);
const modes: Compositing[] =
  values.compositing === 'software' ? ['software'] : values.compositing === 'gpu' ? ['gpu'] : ['software', 'gpu'];

function summarise(label: string, measured: Measured): string {
  const { durations, elapsedMs } = measured;
  const longest = durations.length === 0 ? 0 : Math.max(...durations);
  const total = durations.reduce((a, b) => a + b, 0);
  return `${label.padEnd(44)} ${String(durations.length).padStart(5)} long tasks   longest ${longest.toFixed(0).padStart(5)} ms   blocked ${total.toFixed(0).padStart(6)} ms of ${elapsedMs.toFixed(0)} ms`;
}

/** One live run to the end and one fast run of 20 replications, in a fresh page. */
async function measureOnce(
  browser: Browser,
  url: string,
): Promise<{ live: Measured; steady: Measured; fast: Measured }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.addInitScript(() => {
      const log: LongTaskLog = { durations: [] };
      (globalThis as unknown as { __longTasks: LongTaskLog }).__longTasks = log;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) log.durations.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const takeLongTasks = () =>
      page.evaluate(() => {
        const log = (globalThis as unknown as { __longTasks: LongTaskLog }).__longTasks;
        const taken = log.durations;
        log.durations = [];
        return taken;
      });

    await page.goto(url);
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 300_000 });
    if (scenarioId !== undefined) await page.getByTestId(`scenario-${scenarioId}`).check();
    await page.getByTestId('tab-live').click();
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2000); // let the lazy floor chunk load and settle
    await page.getByTestId('live-speed').selectOption('Infinity');
    await takeLongTasks();

    let startedMs = performance.now();
    await page.getByTestId('live-play').click();
    await page.locator('sb-live-view[data-live-state="finished"]').waitFor({ timeout: 300_000 });
    const live = { durations: await takeLongTasks(), elapsedMs: performance.now() - startedMs };

    // Flat out, a day is over in about a second; ×10,000 keeps 30 snapshots a second coming for longer.
    await page.getByTestId('live-reset').click();
    await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('live-speed').selectOption('10000');
    await page.waitForTimeout(1000);
    await takeLongTasks();
    startedMs = performance.now();
    await page.getByTestId('live-play').click();
    await page.waitForTimeout(STEADY_MS);
    const steady = { durations: await takeLongTasks(), elapsedMs: performance.now() - startedMs };
    // The floor's resolution governor may have lowered its pixel ratio on a slow renderer. (A string, so that
    // no bundler helper leaks into the page.)
    floorPixelRatio = (await page.evaluate(`(() => {
      const roots = [document];
      while (roots.length > 0) {
        const root = roots.pop();
        const floor = root.querySelector('sb-floor-view');
        if (floor !== null) return floor.floorDebug?.pixelRatio ?? NaN;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot !== null) roots.push(el.shadowRoot);
      }
      return NaN;
    })()`)) as number;
    // A click that waits for nothing: the button is redrawn as the run plays (and is gone if the day ended).
    const pause = page.getByTestId('live-pause');
    if ((await pause.count()) > 0) await pause.dispatchEvent('click');

    await page.getByTestId('tab-results').click();
    await page.getByLabel('Replications', { exact: true }).fill('20');
    await takeLongTasks();
    startedMs = performance.now();
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 300_000 });
    const fast = { durations: await takeLongTasks(), elapsedMs: performance.now() - startedMs };
    return { live, steady, fast };
  } finally {
    await page.close();
  }
}

const app = await buildAndServe();
try {
  const url = scenarioId === undefined ? app.url + (await encodeShareHash(largeCentre)) : app.url;
  for (const mode of modes) {
    const browser = await launchBenchChromium(mode);
    try {
      console.log(
        `\nMain-thread long tasks (> 50 ms), scenario ${scenarioId ?? largeCentre.id}, ${mode} compositing, Chromium ${browser.version()}:`,
      );
      for (let run = 1; run <= runs; run++) {
        const load = loadavg()[0] as number;
        const { live, steady, fast } = await measureOnce(browser, url);
        console.log(`run ${run} (load average ${load.toFixed(1)})`);
        console.log(summarise('  live, as fast as possible, floor + charts', live));
        console.log(summarise(`  live at ×10,000 for ${STEADY_MS / 1000} s, floor + charts`, steady));
        console.log(summarise('  fast run, 20 replications (incl. rendering)', fast));
        console.log(`  floor pixel ratio after the ×10,000 phase: ${floorPixelRatio.toFixed(2)}`);
      }
    } finally {
      await browser.close();
    }
  }
  console.log(
    '\nWith software compositing each WebGL frame of the floor is read back to the CPU: the main thread waits for ' +
      'SwiftShader to draw it. `npx tsx bench/browser/trace-live.ts` shows what each long task waited for.',
  );
} finally {
  await app.close();
}
