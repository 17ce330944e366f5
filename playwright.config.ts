import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

// TEST_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.TEST_PORT ?? 4322);

/**
 * Browser tests run against the built site (`npm run build`), served by scripts/serve-dist.mjs
 * (not `astro preview`, which allows one server per project and would clash with `npm start`).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Runs against a build for a base path: playwright.subpath.config.ts (npm run test:subpath).
  testIgnore: ['subpath.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Also a JSON report, from which `npm test` prints the slowest specs (scripts/test-all.mjs).
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/e2e-report.json' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-US',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // With the headers the build writes for hosts (dist/_headers): every test runs under them.
    command: `node scripts/serve-dist.mjs ${PORT}`,
    env: { HEADERS: '1' },
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
