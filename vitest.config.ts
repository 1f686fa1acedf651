import {defineConfig} from 'vitest/config';
import {playwright} from '@vitest/browser-playwright';

// Debian's Chromium; no test tool downloads a browser of its own here.
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
});

const browser = (name: string, include: string[]) => ({
  extends: './vite.config.ts',
  test: {
    name,
    include,
    setupFiles: ['tests/browser/setup.ts'],
    testTimeout: 60_000,
    // One page for all of a project's files (issue 28): the module graph (Lit, MapLibre, deck.gl, the data)
    // is imported once, not once per file, which took about 41 s of a 446 s browser run. Every file removes
    // the maps it mounts, and the files pass alone and shuffled.
    isolate: false,
    browser: {
      enabled: true,
      headless: true,
      provider: chromium,
      viewport: {width: 1024, height: 640},
      instances: [{browser: 'chromium' as const}],
      screenshotFailures: false,
      expect: {
        toMatchScreenshot: {
          comparatorName: 'pixelmatch' as const,
          // Chosen by breaking the map on purpose (issue 28): at pixelmatch's threshold 0.2 a pixel had to
          // change by a YIQ delta of about 1,409 to count, and land against sea is 187, a coalition tint
          // against land 927, so a wrong tint or a moved coastline passed every golden. At 0.05 (a delta of
          // 88) both count. Half a percent of the picture is left for a name that MapLibre places on the
          // other side of its point from one run to the next (up to 0.26% seen at 1920×1080).
          comparatorOptions: {threshold: 0.05, allowedMismatchedPixelRatio: 0.005},
          // Two equal screenshots in a row: a 1920×1080 capture takes seconds while the whole suite loads both cores.
          timeout: 20_000,
        },
      },
    },
  },
});

export default defineConfig({
  test: {
    projects: [
      {extends: './vite.config.ts', test: {name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node'}},
      // Built pages in Chromium, outside Vitest's browser mode: the briefing from file://, the strict-CSP pages,
      // and the library (built once by global-setup.ts) on plain host pages and behind failing networks.
      {test: {name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000, globalSetup: ['tests/e2e/global-setup.ts']}},
      browser('browser', ['tests/browser/**/*.test.ts']),
      browser('render', ['tests/render/**/*.test.ts']),
    ],
  },
});
