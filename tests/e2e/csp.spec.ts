/**
 * Content Security Policy gate: every page carries a policy whose script-src allows no inline
 * script by keyword ('unsafe-inline'), only by hash, and the browser reports no violation while
 * the page loads, its simulators start and take a step, and search runs.
 */
import { test, expect } from './fixtures';
import { LOCALES } from '../../src/i18n/types';
import { builtPages } from './built-pages';
import { engageIslands } from './engage';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
});

// One test per page (issue 14): a slow page fails alone, with its path, and the time is sized for one page.
for (const path of builtPages().filter((p) => LOCALES.some((locale) => p.startsWith(`/${locale}/`)))) {
  test(`CSP: ${path} ships a hash-only script policy and breaks none of it`, async ({ page, errors }) => {
    void errors;
    test.setTimeout(60_000);
    const problems: string[] = [];
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    if (!scriptSrc) problems.push('no script-src');
    if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push(`script-src allows ${scriptSrc}`);
    await engageIslands(page);
    const action = page.locator('[data-flow] .sim-action-list:not(.sim-action-list--refused) button').first();
    if ((await action.count()) > 0) await action.click();
    await page.waitForLoadState('networkidle');
    problems.push(...(await page.evaluate(() => window.__cspViolations)));
    expect(problems, `CSP on ${path} (run alone: npx playwright test csp -g "${path}")`).toEqual([]);
  });
}

test('search works under the policy', async ({ page, errors }) => {
  void errors;
  await page.goto('/en/');
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('dialog input[type="search"], #starlight__search input').first().fill('partner of record');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});
