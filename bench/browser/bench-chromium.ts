// Chromium for the browser benchmarks, in one of two compositing modes. 'software' is the tests' launch
// (--disable-gpu): the page's compositor works in software, so every WebGL frame is read back to the CPU and
// the main thread waits for SwiftShader to finish drawing it at each commit. 'gpu' keeps GPU compositing (on
// SwiftShader here, there being no GPU): frames travel as GPU textures, as in a desktop browser with a GPU,
// and drawing them blocks the main thread only if the page floods the GPU process (canvas 2D back-pressure).
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../../test/browser/harness';

export type Compositing = 'software' | 'gpu';

const common = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export async function launchBenchChromium(compositing: Compositing): Promise<Browser> {
  const args = compositing === 'software' ? [...common, '--disable-gpu'] : [...common, '--ignore-gpu-blocklist'];
  return chromium.launch({ executablePath: chromiumPath(), args });
}
