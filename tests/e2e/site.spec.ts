import { test, expect, simulator } from './fixtures';
import { UI, RULE_TEXTS } from '../../src/i18n/ui';
import { LANG_TAG, LOCALES } from '../../src/i18n/types';
import { RULE_PAGES } from '../../src/site/rule-pages';

test.describe('language chooser at /', () => {
  test('offers three links without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    for (const locale of LOCALES) {
      await expect(page.locator(`a[href="/${locale}/"]`)).toHaveText(new RegExp(UI[locale].langName));
    }
    await context.close();
  });

  test('goes to the browser’s preferred language', async ({ browser }) => {
    for (const [accept, locale] of [['ko-KR', 'ko'], ['zh-TW', 'zh-tw'], ['en-GB', 'en']] as const) {
      const context = await browser.newContext({ locale: accept });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(`/${locale}/`);
      await context.close();
    }
  });

  test('goes to the remembered choice over the browser’s language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/en/guides/request-a-relationship/');
    await page.locator('csp-lang-select select').first().selectOption({ label: '繁體中文' });
    await expect(page).toHaveURL('/zh-tw/guides/request-a-relationship/');
    await page.goto('/');
    await expect(page).toHaveURL('/zh-tw/');
    await context.close();
  });
});

for (const locale of LOCALES) {
  test.describe(`guide pages (${locale})`, () => {
    test('request-a-relationship: language, rule anchors, embedded simulator', async ({ page, errors }) => {
      void errors;
      await page.goto(`/${locale}/guides/request-a-relationship/`);
      await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG[locale]);
      for (const id of RULE_PAGES['guides/request-a-relationship'] ?? []) {
        const card = page.locator(`#rule-${id.toLowerCase()}`);
        await expect(card, id).toHaveCount(1);
        await expect(card.locator('.rule-badge__id')).toHaveText(id);
        await expect(card.locator('.rule-card__title')).toHaveText(RULE_TEXTS[locale][id].title);
      }
      await expect(page.locator('.page-meta')).toContainText(UI[locale].page.appliesTo);
      const sim = await simulator(page);
      await expect(sim).toHaveAttribute('data-flow', 'invitation');
      await expect(sim.locator('.sim-full a')).toHaveAttribute('href', `/${locale}/simulators/invitation/`);
      await sim.locator('[data-event="SEND_INVITATION"]').click();
      await expect(sim).toHaveAttribute('data-state', 'sent');
    });

    test('CJK text gets a CJK font stack', async ({ page }) => {
      await page.goto(`/${locale}/guides/request-a-relationship/`);
      const family = await page.evaluate(() => getComputedStyle(document.querySelector('.sl-markdown-content p') as Element).fontFamily);
      if (locale === 'ko') expect(family).toMatch(/Apple SD Gothic Neo.*Malgun Gothic.*Noto Sans (CJK )?KR/);
      if (locale === 'zh-tw') expect(family).toMatch(/PingFang TC.*Microsoft JhengHei.*Noto Sans (CJK )?TC/);
      if (locale === 'en') expect(family).not.toMatch(/Gothic|PingFang/);
    });

    test('the language picker keeps the reader on the same page', async ({ page }) => {
      await page.goto(`/${locale}/guides/request-a-relationship/`);
      for (const target of LOCALES.filter((l) => l !== locale)) {
        await page.goto(`/${locale}/guides/request-a-relationship/`);
        await page.locator('csp-lang-select select').first().selectOption({ label: UI[target].langName });
        await expect(page).toHaveURL(`/${target}/guides/request-a-relationship/`);
        await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG[target]);
      }
    });

    test('home page is in the right language', async ({ page, errors }) => {
      void errors;
      await page.goto(`/${locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG[locale]);
      await expect(page.locator(`a[href="/${locale}/guides/request-a-relationship/"]`).first()).toBeVisible();
    });
  });
}

for (const locale of ['ko', 'zh-tw'] as const) {
  test(`${locale}: terms partners need in English show it on keyboard focus`, async ({ page }) => {
    await page.goto(`/${locale}/guides/multi-partner/`);
    const term = page.locator('.term[data-term="partnerOfRecord"]').first();
    const tip = term.locator('.term__en');
    await expect(tip).toHaveText('Partner of Record');
    await expect(tip).toHaveCSS('opacity', '0');
    await term.focus();
    await expect(tip).toHaveCSS('opacity', '1');
    await expect(term).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? '');
  });
}

test('guide pages show where they apply, who they are for, when they were reviewed, and their sources', async ({ page }) => {
  for (const slug of ['multi-partner', 'multichannel', 'remove-delegated-admin', 'indirect-resellers', 'indirect-customers-and-subscriptions', 'gdap-changes']) {
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/guides/${slug}/`);
      await expect(page.locator('.page-meta'), `${locale}/${slug}`).toContainText(UI[locale].page.appliesTo);
      await expect(page.locator('.page-meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      await expect(page.locator('#sources + ul.page-sources li').first()).toBeVisible();
      await expect(page.locator('[data-flow]')).toHaveCount(1);
    }
  }
});
