// Chromium for the browser benchmarks, in one of two compositing modes. 'software' is the tests' launch
// (--disable-gpu): the page's compositor works in software, so every WebGL frame is read back to the CPU and
// the main thread waits for SwiftShader to finish drawing it at each commit. 'gpu' keeps GPU compositing (on
// SwiftShader here, there being no GPU): frames travel as GPU textures, as in a desktop browser with a GPU,
// and drawing them blocks the main thread only if the page floods the GPU process (canvas 2D back-pressure).
import type { Browser } from 'playwright-core';
import { CHROMIUM_BASE_ARGS, launchChromium } from '../../scripts/browser-support';

export type Compositing = 'software' | 'gpu';

export async function launchBenchChromium(compositing: Compositing): Promise<Browser> {
  return launchChromium([
    ...CHROMIUM_BASE_ARGS,
    compositing === 'software' ? '--disable-gpu' : '--ignore-gpu-blocklist',
  ]);
}
