// Vite builds the app (an installable PWA whose service worker precaches everything, so it runs offline);
// Vitest runs two projects: `unit` (Node, no DOM: the simulator, the CLI, the scenarios, pure UI logic) and
// `browser` (drives the built app in Debian's Chromium through playwright-core; one build shared by all files).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * A strict Content-Security-Policy for the built app, as a <meta http-equiv> first in <head> (a static host
 * cannot be relied on to send headers). Scripts, workers (the simulator's and the PWA's service worker),
 * styles, images and fetches come from the app's own origin only; no inline script and no eval.
 * - style-src: 'self' for the built CSS files plus the hash of each inline <style> of index.html (the design
 *   tokens), computed here from the final HTML so it cannot drift. Lit's `static styles` and uPlot's CSS
 *   (imported `?inline`, wrapped in unsafeCSS) reach the page as constructable stylesheets
 *   (adoptedStyleSheets), which CSP does not govern, so they need nothing more.
 * - style-src-attr 'unsafe-inline': a few Lit templates bind `style="background:…"` on legend swatches, which
 *   Lit writes with setAttribute and CSP treats as an inline style attribute. A style attribute cannot run
 *   script or hold selectors (so it cannot read the page), which is why this is the one relaxation; moving
 *   those bindings to styleMap (CSSOM, not governed) would let it go.
 * - img-src data: blob: for images the page draws itself (canvas snapshots, icons inlined by Vite).
 * frame-ancestors cannot be set from a meta tag; a host that wants it must send it as a header.
 * Only for the build: Vite's dev server injects inline styles for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'switchboard-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
          (m) =>
            `'sha256-${createHash('sha256')
              .update(m[1] ?? '')
              .digest('base64')}'`,
        );
        const policy = [
          "default-src 'self'",
          "script-src 'self'",
          `style-src 'self' ${hashes.join(' ')}`.trim(),
          "style-src-attr 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "worker-src 'self'",
          "connect-src 'self'",
          "font-src 'self'",
          "manifest-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
        ].join('; ');
        return html.replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Switchboard · call-centre simulator',
        short_name: 'Switchboard',
        description: 'A call-centre simulation and training sandbox that runs in the browser, offline.',
        theme_color: '#1f5fa8',
        background_color: '#f4f6f8',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // three.js makes a chunk of several hundred kB: keep the limit well above the largest chunk.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // A new version takes over at once, so the first visit already leaves a working offline copy.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The 3D floor (three.js, ~600 kB) is its own lazily loaded chunk, never in the first load.
    chunkSizeWarningLimit: 700,
  },
  worker: {
    format: 'es',
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          globalSetup: ['test/browser/harness.ts'],
          // The page answers through a worker; on 2 busy cores a second is not always enough.
          expect: { poll: { timeout: 10_000 } },
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
