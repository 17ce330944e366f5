/**
 * Search under the Content Security Policy: Pagefind's script, WebAssembly and index load and
 * answer without a violation. Every page's own policy and load: page-load.spec.ts.
 */
import { test, expect } from './fixtures';
import { recordCspViolations } from './csp-violations';

test('search works under the policy', async ({ page, errors }) => {
  void errors;
  const violations = await recordCspViolations(page);
  await page.goto('/en/');
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('dialog input[type="search"], #starlight__search input').first().fill('partner of record');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
