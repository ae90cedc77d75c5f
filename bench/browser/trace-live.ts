// `npx tsx bench/browser/trace-live.ts`: where the page's long tasks come from while a large live day plays
// flat out. Records a Chromium timeline trace of the live run and, for every main-thread task over 50 ms,
// prints what it spent its time on (scripts, style, layout, paint, commit, garbage collection). A diagnostic
// next to `npm run bench:browser`, not a test. Options: --speed S plays at ×S (one of the speed menu's values,
// default Infinity: as fast as possible); --seconds N traces only the first N seconds of play;
// --out FILE keeps the raw trace (or profile) for DevTools; --no-webgl leaves the 3D floor out (its fallback
// message shows instead); --profile records a V8 CPU profile of the main thread instead (which functions run),
// best with --no-minify; --gpu-compositing launches Chromium with GPU compositing (see bench-chromium.ts).
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBenchChromium } from './bench-chromium';
import { encodeShareHash } from '../../src/ui/storage/share-link';
import { heaviestFunctions, type CpuProfile } from './cpu-profile';
import { largeCentre } from './large-centre';
import { serveBenchApp } from './serve-bench-app';
import { summariseTrace, type TraceEvent } from './trace-summary';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string' },
    speed: { type: 'string', default: 'Infinity' },
    out: { type: 'string' },
    'no-webgl': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'gpu-compositing': { type: 'boolean', default: false },
    'no-minify': { type: 'boolean', default: false },
  },
});
const limitMs = values.seconds === undefined ? Number.POSITIVE_INFINITY : Number(values.seconds) * 1000;

/** Plays the open live day as fast as possible until it finishes (or the time limit); returns ms played. */
async function playToEnd(page: Page): Promise<number> {
  const startedMs = performance.now();
  await page.getByTestId('live-play').click();
  const finished = page.locator('sb-live-view[data-live-state="finished"]').waitFor({ timeout: 300_000 });
  await (Number.isFinite(limitMs) ? Promise.race([finished, page.waitForTimeout(limitMs)]) : finished);
  const playedMs = performance.now() - startedMs;
  const clock = Number(await page.getByTestId('live-clock').getAttribute('data-seconds'));
  console.log(`Played ${(playedMs / 1000).toFixed(1)} s of real time, ${(clock / 3600).toFixed(1)} simulated hours.`);
  return playedMs;
}

const app = await serveBenchApp(!values['no-minify']);
const browser = await launchBenchChromium(values['gpu-compositing'] ? 'gpu' : 'software');
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (values['no-webgl'])
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext as (
        this: HTMLCanvasElement,
        ...args: unknown[]
      ) => unknown;
      (HTMLCanvasElement.prototype as unknown as { getContext: typeof getContext }).getContext = function (
        kind,
        ...rest
      ) {
        return String(kind).startsWith('webgl') ? null : getContext.call(this, kind, ...rest);
      };
    });
  await page.goto(app.url + (await encodeShareHash(largeCentre)));
  await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 300_000 });
  await page.getByTestId('tab-live').click();
  await page.locator('sb-live-view[data-live-state="paused"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2000);
  await page.getByTestId('live-speed').selectOption(values.speed);

  if (values.profile) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await playToEnd(page);
    const { profile } = await cdp.send('Profiler.stop');
    if (values.out !== undefined) await writeFile(values.out, JSON.stringify(profile));
    for (const line of heaviestFunctions(profile as CpuProfile, 30)) console.log(line);
  } else {
    await browser.startTracing(page, {
      categories: [
        'gpu',
        'cc',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'blink.user_timing',
        'toplevel',
      ],
    });
    await playToEnd(page);
    const buffer = await browser.stopTracing();
    if (values.out !== undefined) await writeFile(values.out, buffer);
    const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    for (const line of summariseTrace(Array.isArray(trace) ? trace : trace.traceEvents, 50)) console.log(line);
  }
} finally {
  await browser.close();
  await app.close();
}
