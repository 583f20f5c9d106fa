/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { findChromium } from './scripts/find-chromium.js';
import { dataSplit } from './scripts/data-split.js';
import { renderBlocking } from './scripts/render-blocking.js';
import { cssComments } from './scripts/css-comments.js';
import { templateWhitespace } from './scripts/template-whitespace.js';

// Browser tests run in a real Chromium; scripts/test.js stops earlier with a hint when none exists.
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  // JSON.parse("…") parses far faster than the same data as an object literal.
  json: { stringify: true, namedExports: false },
  // The element's built-in data: facts with the element, sources on demand. The demo page's
  // script blocks its first paint (index.html says why). The styles' comments and the templates'
  // indentation stay out of builds.
  plugins: [dataSplit(), renderBlocking(), cssComments(), templateWhitespace()],
  // The examples import the package by name, as a site would; here the name is the source.
  resolve: {
    alias: [
      { find: /^jurisdiction-map$/, replacement: '/src/index.ts' },
      { find: /^jurisdiction-map\/react$/, replacement: '/src/react.ts' },
    ],
  },
  build: {
    outDir: 'dist',
    // The data is bundled, so the page makes no request to any other origin.
    assetsInlineLimit: 0,
    // Two demo pages (the explorer and the scroll-driven story) and the iframe embed.
    rolldownOptions: { input: { index: 'index.html', story: 'story.html', embed: 'embed.html' } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'test/engine/**/*.test.ts',
            'test/data/**/*.test.ts',
            'test/map/**/*.test.ts',
            'test/scripts/**/*.test.ts',
          ],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          // Node tests that drive Chromium through Playwright against the built bundle.
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['test/e2e/lighthouse.test.ts'],
          globalSetup: ['test/e2e/build-once.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // Lighthouse times a real page load: it runs alone, after the other projects.
          name: 'audits',
          environment: 'node',
          include: ['test/e2e/lighthouse.test.ts'],
          globalSetup: ['test/e2e/build-once.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath, args: ['--disable-gpu', '--disable-quic'] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
