import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

/** The preview server's port (E2E_PORT lets two checkouts run their suites side by side). */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // A test's limit, not a measure of speed (the benchmarks measure that): two page loads and an
  // axe scan of the whole page took 24–31 s on a busy two-core machine, against 30 s before.
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The browser's language decides the page's when the link names none: fix it, so the
    // suite reads English unless a test asks for Japanese.
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // One renderer process for the pages of a worker's browser, where each test's new context
      // would otherwise start a fresh one: a process that has run the page before starts it
      // again for less (75–79 s rather than 86 s for three spec files, 12% less CPU, on the
      // two-core machine). A soft limit: a frame from another site still gets a process of its
      // own, so the embeds' host pages on another origin are isolated as in a reader's browser.
      args: [...CHROMIUM_ARGS, '--renderer-process-limit=1'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `./node_modules/.bin/vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
