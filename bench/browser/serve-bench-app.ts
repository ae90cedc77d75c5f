// Builds and serves the app for the browser benchmarks, like the tests' harness, optionally without
// minification so that profiles name the app's own functions. Node only.
import { buildAndServe, type ServedApp } from '../../test/browser/harness';

export async function serveBenchApp(isMinified: boolean): Promise<ServedApp> {
  return buildAndServe(isMinified ? {} : { minify: false });
}
