// Playwright with Debian's Chromium (/usr/bin/chromium); never `npx playwright install`.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 4183);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  outputDir: './.results/artifacts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: './.results/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  // The timing tests (long tasks, responsiveness) run alone, after the rest, so that
  // another browser's work on the same cores does not count as the page's.
  projects: [
    { name: 'main', testIgnore: /worker\.spec\.mjs$/ },
    { name: 'timing', testMatch: /worker\.spec\.mjs$/, dependencies: ['main'], workers: 1 },
  ],
  webServer: {
    command: `node server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 15_000,
    stdout: 'ignore',
  },
});
