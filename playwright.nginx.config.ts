import { defineConfig } from '@playwright/test';
import subpath, { BASE, SUBPATH_DIR } from './playwright.subpath.config';

/**
 * The nginx smoke test (`npm run test:nginx`, a step of `npm test` after the sub-path one, whose
 * build it serves): Debian's nginx serves dist-subpath/ under /csp-guide/ with the snippet the
 * build wrote (scripts/serve-nginx.mjs), and the header tests and the keyboard walk of each
 * simulator run against it.
 */
const PORT = Number(process.env.NGINX_PORT ?? 4324);

export default defineConfig({
  ...subpath,
  testMatch: ['headers.spec.ts', 'subpath.spec.ts'],
  use: { ...subpath.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node scripts/serve-nginx.mjs ${PORT}`,
    env: { DIST: SUBPATH_DIR, SERVE_BASE: BASE },
    url: `http://127.0.0.1:${PORT}${BASE}en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
