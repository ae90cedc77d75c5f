// The floor's browser benchmark: `npx tsx bench/floor/floor-bench.ts [--seconds S] [--json]`. Builds the floor
// lab, opens Monday-morning peak scaled to 200, 1,000 and 2,000 agents in headless Chromium, plays it at 60
// simulated seconds per frame and reports frames per second, the floor's main-thread cost per frame (sync +
// animation + render call) and the draw calls; then the full centre in the app itself (app-floor.ts). Chromium renders with SwiftShader (software, on the CPU), so
// frame rates are indicative: a real GPU is far faster. Nothing here is asserted.
import { cpus, loadavg } from 'node:os';
import type { FrameSummary } from '../../src/ui/floor/lab/frame-stats';
import { launchBenchChromium } from '../browser/bench-chromium';
import { describeLongTasks, measureAppFloor, type AppFloorResult } from './app-floor';
import { buildAndServeLab, launchLabChromium } from './lab-server';

const AGENT_COUNTS = [200, 1000, 2000];
const SCENARIO_ID = 'monday-peak';
const SECONDS_PER_FRAME = 60;
const WARM_UP_MS = 2000;
const VIEWPORT = { width: 1280, height: 800 };

interface BenchOptions {
  measureSeconds: number;
  isJson: boolean;
}

function parseOptions(argv: readonly string[]): BenchOptions {
  const at = argv.indexOf('--seconds');
  const seconds = at >= 0 ? Number(argv[at + 1]) : 6;
  return { measureSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 6, isJson: argv.includes('--json') };
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '–';
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // Software rendering shares the CPU with everything else: say how busy the machine was.
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const lab = await buildAndServeLab();
  const browser = await launchLabChromium();
  const results: { agents: number; summary: FrameSummary }[] = [];
  try {
    for (const agents of AGENT_COUNTS) {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(`${lab.url}?scenario=${SCENARIO_ID}&agents=${agents}&speed=${SECONDS_PER_FRAME}`);
      await page.waitForFunction((n) => document.querySelector('sb-floor-view')?.floorDebug?.agentCount === n, agents, {
        timeout: 60_000,
      });
      await page.waitForTimeout(WARM_UP_MS);
      const durationMs = options.measureSeconds * 1000;
      const summary = await page.evaluate((ms) => window.floorLab.measure(ms), durationMs);
      results.push({ agents, summary });
      await page.close();
    }
  } finally {
    await browser.close();
    await lab.close();
  }
  // The full centre in the app, in both of Chromium's compositing modes (bench/browser/bench-chromium.ts).
  const app: AppFloorResult[] = [];
  for (const compositing of ['software', 'gpu'] as const) {
    const appBrowser = await launchBenchChromium(compositing);
    try {
      app.push(await measureAppFloor(appBrowser, compositing));
    } finally {
      await appBrowser.close();
    }
  }

  if (options.isJson) {
    const machine = { cores: cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg()[0] };
    const report = {
      scenario: SCENARIO_ID,
      secondsPerFrame: SECONDS_PER_FRAME,
      viewport: VIEWPORT,
      machine,
      results,
      app,
    };
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`Floor benchmark: ${SCENARIO_ID} scaled, ${SECONDS_PER_FRAME} simulated s per frame, headless Chromium`);
  console.log('with SwiftShader (software rendering: frame rates are indicative). Costs are main-thread ms per frame,');
  console.log('mean / 95th percentile.');
  console.log(
    `Viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${cpus().length} cores, ` +
      `load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? Number.NaN).toFixed(1)} at end.\n`,
  );
  const headings = ['agents', 'fps', 'floor ms (sync+anim+render)', 'sync ms', 'anim ms', 'render call ms'];
  console.log(row([...headings, 'simulate ms', 'snapshot ms', 'draw calls']));
  console.log(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const { agents, summary: s } of results) {
    console.log(
      row([
        agents,
        s.framesPerSecond.toFixed(1),
        `${ms(s.floorMs.meanMs)} / ${ms(s.floorMs.p95Ms)}`,
        `${ms(s.syncMs.meanMs)} / ${ms(s.syncMs.p95Ms)}`,
        `${ms(s.tickMs.meanMs)} / ${ms(s.tickMs.p95Ms)}`,
        `${ms(s.renderMs.meanMs)} / ${ms(s.renderMs.p95Ms)}`,
        `${ms(s.simulateMs.meanMs)} / ${ms(s.simulateMs.p95Ms)}`,
        `${ms(s.snapshotMs.meanMs)} / ${ms(s.snapshotMs.p95Ms)}`,
        s.drawCalls,
      ]),
    );
  }
  console.log('\nThe full centre in the app (Live tab, 1280×800, default speed; long tasks over 50 ms):\n');
  console.log(
    row(['compositing', 'floor fps', 'pixel ratio at end', 'play start (2 s)', '×10,000 (6 s)', 'fastest (6 s)']),
  );
  console.log(row(['---', '---:', '---:', '---', '---', '---']));
  for (const a of app)
    console.log(
      row([
        a.compositing,
        a.framesPerSecond.toFixed(1),
        a.pixelRatioAtEnd.toFixed(2),
        describeLongTasks(a.playStartLongTasks),
        describeLongTasks(a.steadyLongTasks),
        describeLongTasks(a.fastestLongTasks),
      ]),
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
