// Vite builds the app (an installable PWA whose service worker precaches everything, so it runs offline);
// Vitest runs two projects: `unit` (Node, no DOM: the simulator, the CLI, the scenarios, pure UI logic) and
// `browser` (drives the built app in Debian's Chromium through playwright-core; one build shared by all files).
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  plugins: [
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
