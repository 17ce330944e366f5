import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The site built for a base path and served under it (`npm run test:subpath`, which builds
 * dist-subpath/ with BASE=/csp-guide/ first): the link checker over that build, and a keyboard
 * walk of each simulator under the base (tests/e2e/subpath.spec.ts).
 */
const PORT = Number(process.env.SUBPATH_PORT ?? 4323);
/** The build of `npm run build:subpath` (package.json), which the nginx smoke test serves too. */
export const SUBPATH_DIR = 'dist-subpath';
export const BASE = '/csp-guide/';
process.env.SITE_DIR = SUBPATH_DIR;
process.env.SITE_BASE = BASE;
process.env.SITE_ORIGIN = 'https://org.example';

export default defineConfig({
  ...base,
  testMatch: ['links.spec.ts', 'subpath.spec.ts'],
  testIgnore: [],
  reporter: [[process.env.CI ? 'line' : 'list']],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node scripts/serve-dist.mjs ${PORT}`,
    env: { DIST: SUBPATH_DIR, SERVE_BASE: BASE },
    url: `http://127.0.0.1:${PORT}${BASE}en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
