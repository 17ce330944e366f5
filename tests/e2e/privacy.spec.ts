/** Privacy gate: every page makes requests to the site's own origin only (no fonts, analytics or images from elsewhere). */
import { test, expect } from './fixtures';
import { LOCALES } from '../../src/i18n/types';
import { builtPages } from './built-pages';
import { engageIslands } from './engage';

// One test per page (issue 14): a slow page fails alone, with its path, and the time is sized for one page.
for (const path of builtPages().filter((p) => LOCALES.some((locale) => p.startsWith(`/${locale}/`)))) {
  test(`privacy: ${path} requests its own origin only`, async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await engageIslands(page); // simulators load their code on use: start them, so it is seen too
    await page.waitForLoadState('networkidle');
    expect(foreign, `requests to other origins from ${path} (run alone: npx playwright test privacy -g "${path}")`).toEqual([]);
  });
}
