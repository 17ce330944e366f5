/**
 * Two gates on what every page does as it loads, its simulators start and take a step, observed
 * in one load per page (issue 14: the same load served both, twice):
 * - Content Security Policy: the page carries a policy whose script-src allows no inline script by
 *   keyword ('unsafe-inline'), only by hash, and the browser reports no violation;
 * - privacy: every request goes to the site's own origin (no fonts, analytics or images from elsewhere).
 * Search under the policy: csp.spec.ts.
 */
import { test, expect } from './fixtures';
import { LOCALES } from '../../src/i18n/types';
import { builtPages } from './built-pages';
import { recordCspViolations } from './csp-violations';
import { engageIslands } from './engage';

// One test per page: a slow page fails alone, with its path, and the time is sized for one page.
for (const path of builtPages().filter((p) => LOCALES.some((locale) => p.startsWith(`/${locale}/`)))) {
  test(`CSP and privacy: ${path}`, async ({ page, baseURL, errors }) => {
    void errors;
    test.setTimeout(60_000);
    const violations = await recordCspViolations(page);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    const problems: string[] = [];
    if (!scriptSrc) problems.push('no script-src');
    if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push(`script-src allows ${scriptSrc}`);
    await page.waitForLoadState('networkidle');
    await engageIslands(page); // simulators load their code on use: start them, so it is seen too
    const action = page.locator('[data-flow] .sim-action-list:not(.sim-action-list--refused) button').first();
    if ((await action.count()) > 0) await action.click();
    await page.waitForLoadState('networkidle');
    problems.push(...(await violations()));
    const alone = `run alone: npx playwright test page-load -g "${path}"`;
    expect.soft(problems, `CSP on ${path} (${alone})`).toEqual([]);
    expect(foreign, `requests to other origins from ${path} (${alone})`).toEqual([]);
  });
}
