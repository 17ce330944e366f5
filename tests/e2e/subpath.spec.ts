/**
 * The site built for a base path (BASE=/csp-guide/, playwright.subpath.config.ts) and served
 * under it, as GitHub Pages serves https://org.github.io/csp-guide/: each simulator walked with
 * the keyboard as a story, its copied link reopening the same state under the base, and the
 * links a reader follows from it (language picker, compare, explorer, the home chooser) staying
 * under the base. Run by `npm run test:subpath`; links.spec.ts checks every link of that build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, simulator } from './fixtures';
import { FLOW_IDS } from '../../src/domain/flow';
import { LOCALES } from '../../src/i18n/types';
import { UI } from '../../src/i18n/ui';

const BASE = (process.env.SITE_BASE ?? '/csp-guide/').replace(/\/?$/, '/');
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const flow of FLOW_IDS) {
  const locale = LOCALES[FLOW_IDS.indexOf(flow) % LOCALES.length]!;
  const story = JSON.parse(readFileSync(`src/stories/${flow}/${readdirSync(`src/stories/${flow}`).sort()[0]}`, 'utf8')) as { id: string; steps: unknown[] };
  test(`${flow} (${locale}) under ${BASE}: keyboard story, copied link, links that stay under the base`, async ({ page, context, errors }) => {
    void errors;
    await page.goto(`${BASE}${locale}/simulators/${flow}/`);
    const sim = await simulator(page);
    await sim.locator('[data-control="present"]').focus();
    await page.keyboard.press('Enter');
    await expect(sim).toHaveClass(/sim--presenter/);
    await sim.locator('select[name="story"]').selectOption(story.id);
    await sim.locator('[data-control="exit-presenter"]').focus();
    for (let i = 0; i < story.steps.length; i++) await page.keyboard.press('ArrowRight');
    await expect(sim.locator('[data-story-step]')).toHaveAttribute('data-story-step', String(story.steps.length));
    const state = await sim.getAttribute('data-state');
    await page.keyboard.press('Escape');
    await sim.locator('[data-control="copy-link"]').click();
    await expect(sim.locator('[role="status"]')).toHaveText(UI[locale].sim.copiedLink);
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname, 'the copied link').toBe(`${BASE}${locale}/simulators/${flow}/`);
    const other = await context.newPage();
    await other.goto(link.href);
    await expect(await simulator(other)).toHaveAttribute('data-state', state ?? '');

    // Every link on the page that names the site stays under the base, and the ones a reader
    // follows from a simulator open.
    const outside = await page.locator('a[href^="/"]').evaluateAll((links, base) => links.map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith(base)), BASE);
    expect(outside, 'links outside the base path').toEqual([]);
    for (const [selector, path] of [
      ['.cmp-links a, a[href*="/compare/"]', `${BASE}${locale}/compare/${flow}/`],
      ['a[href*="/explorer/"]', `${BASE}${locale}/explorer/${flow}/`],
    ] as const) {
      const href = await page.locator(selector).first().getAttribute('href');
      expect(href, selector).toBe(path);
      const response = await other.goto(new URL(href!, link).href);
      expect(response?.status(), href!).toBe(200);
    }
    const next = LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length]!;
    await page.goto(`${BASE}${locale}/simulators/${flow}/`);
    await page.locator('csp-lang-select select').first().selectOption({ label: UI[next].langName });
    await expect(page).toHaveURL(new RegExp(`${BASE}${next}/simulators/${flow}/$`));
  });
}

test(`the home chooser at ${BASE} and search results stay under the base`, async ({ page, errors }) => {
  void errors;
  await page.goto(BASE);
  await expect(page).toHaveURL(new RegExp(`${BASE}(en|ko|zh-tw)/$`));
  await page.goto(`${BASE}en/guides/gdap/`);
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('dialog[open] input[type="search"], .pagefind-ui__search-input').first().fill('multichannel');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  expect(new URL((await first.getAttribute('href'))!, page.url()).pathname).toMatch(new RegExp(`^${BASE}en/`));
});
