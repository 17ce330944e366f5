/**
 * Offline reading (issue 13): once a reader has opened the site, the service worker
 * (src/integrations/offline.ts) has saved all of it, and with the network gone a guide reloads,
 * a simulator page never visited opens and steps, a story plays in presenter mode and search
 * finds pages; an address never saved shows a small offline page in the language of its path.
 * The rest of the suite blocks service workers (playwright.config.ts); these tests allow them.
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, simulator } from './fixtures';
import { recordCspViolations } from './csp-violations';
import { precacheManifest } from '../../src/integrations/offline';
import { UI } from '../../src/i18n/ui';
import { LOCALES, type Locale } from '../../src/i18n/types';

test.use({ serviceWorkers: 'allow' });

// What the build precached: the test reads the same list the worker was written with.
const PRECACHE = precacheManifest('dist');
const QUERY: Record<Locale, string> = { en: 'security group', ko: '보안 그룹', 'zh-tw': '安全性群組' };
const STORY = readdirSync('src/stories/invitation').sort()[0]!.replace(/\.json$/, '');

let cspViolations: () => Promise<string[]>;
test.beforeEach(async ({ page }) => {
  cspViolations = await recordCspViolations(page);
});

/** Wait until the worker controls the page and every listed file is in this build's cache. */
async function savedForOffline(page: Page) {
  const urls = PRECACHE.urls.map((u) => new URL(u, new URL('/', page.url())).href);
  await expect
    .poll(
      () =>
        page.evaluate(
          async ({ name, urls }) => {
            if (!navigator.serviceWorker.controller) return 'not controlled yet';
            if (!(await caches.keys()).includes(name)) return `no cache ${name}`;
            const saved = new Set((await (await caches.open(name)).keys()).map((r) => r.url));
            const missing = urls.filter((u) => !saved.has(u));
            return missing.length === 0 ? 'saved' : `${missing.length} of ${urls.length} not saved yet`;
          },
          { name: PRECACHE.cacheName, urls },
        ),
      { timeout: 20_000, intervals: [250] },
    )
    .toBe('saved');
}

for (const locale of LOCALES) {
  const sim_ = UI[locale].sim;

  test(`offline (${locale}): a guide reloads, a simulator never visited steps, a story plays, search finds`, async ({ page, context, errors }) => {
    void errors;
    test.setTimeout(60_000);
    await page.goto(`/${locale}/guides/gdap/`);
    await savedForOffline(page);
    await context.setOffline(true);

    const heading = await page.locator('h1').first().textContent();
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1').first()).toHaveText(heading ?? '');

    // A page this reader never opened, then steps: the address gains ?steps=…, and a reload offline keeps them.
    await page.goto(`/${locale}/simulators/invitation/`);
    const sim = await simulator(page);
    const before = await sim.getAttribute('data-state');
    // The first action (rewording the email) keeps the state; sending the invitation moves it on.
    await sim.locator('.sim-action-list:not(.sim-action-list--refused) button').first().click();
    await expect(page).toHaveURL(/steps=/);
    await sim.locator('.sim-action-list:not(.sim-action-list--refused) button[data-event="SEND_INVITATION"]').click();
    await expect(sim).not.toHaveAttribute('data-state', before ?? '');
    const stepped = await sim.getAttribute('data-state');
    const reopened = await page.reload();
    expect(reopened?.fromServiceWorker()).toBe(true);
    await expect(page.locator('main [data-flow]').first()).toHaveAttribute('data-state', stepped ?? '');

    // A story in presenter mode (the presenter bar loads on first use: from the cache here).
    const live = await simulator(page);
    await live.locator('[data-control="present"]').click();
    await expect(live).toHaveClass(/sim--presenter/);
    await live.locator('select[name="story"]').selectOption(STORY);
    await expect(live.locator('[data-narration]')).toHaveText(sim_.storyStart);
    await page.locator('body').click({ position: { x: 5, y: 5 } }).catch(() => {});
    await page.keyboard.press('ArrowRight');
    await expect(live.locator('[data-story-step]')).toHaveAttribute('data-story-step', '1');
    await page.keyboard.press('Escape');
    await expect(live).not.toHaveClass(/sim--presenter/);

    // Search: Pagefind's script, WebAssembly and index all come from the cache; a result opens.
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('dialog[open] input[type="search"], .pagefind-ui__search-input').first().fill(QUERY[locale]);
    const result = page.locator('.pagefind-ui__result-link').first();
    await expect(result).toBeVisible({ timeout: 15_000 });
    await result.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/`));
    await expect(page.locator('h1').first()).toBeVisible();

    expect(await cspViolations()).toEqual([]);
  });
}

test('offline: an address never saved shows the offline page in the language of its path', async ({ page, context, errors }) => {
  void errors;
  test.setTimeout(45_000);
  await page.goto('/ko/guides/gdap/');
  await savedForOffline(page);
  await context.setOffline(true);
  const expected: Record<Locale, { lang: string; heading: string }> = {
    en: { lang: 'en', heading: 'You are offline' },
    ko: { lang: 'ko', heading: '오프라인 상태입니다' },
    'zh-tw': { lang: 'zh-TW', heading: '您目前處於離線狀態' },
  };
  for (const locale of LOCALES) {
    const response = await page.goto(`/${locale}/never-saved-${Date.now()}/`);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('lang', expected[locale].lang);
    await expect(page.locator('h1')).toHaveText(expected[locale].heading);
    // Its link leads to a saved page, which opens offline.
    await page.locator(`main a[href="/${locale}/"]`).click();
    await expect(page).toHaveURL(`/${locale}/`);
    await expect(page.locator('h1').first()).toBeVisible();
  }
});
