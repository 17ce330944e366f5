/**
 * Site search (Pagefind, through Starlight) finds the right page for what readers type, in each
 * language. Korean is indexed by whitespace, so base forms that pages inflect are indexed too
 * (see src/components/SearchTerms.astro).
 */
import { test, expect } from './fixtures';

const QUERIES: { locale: string; query: string; expect: RegExp }[] = [
  { locale: 'ko', query: '위임된 관리자 권한', expect: /\/ko\/guides\/(remove-delegated-admin|request-a-relationship)\// },
  { locale: 'ko', query: '간접 재판매인', expect: /\/ko\/guides\/indirect-(resellers|customers-and-subscriptions)\// },
  { locale: 'ko', query: '기록 파트너', expect: /\/ko\/guides\/multi-partner\// },
  { locale: 'zh-tw', query: '委派的系統管理權限', expect: /\/zh-tw\/guides\/(remove-delegated-admin|request-a-relationship)\// },
  { locale: 'zh-tw', query: '經銷商', expect: /\/zh-tw\/guides\/request-a-relationship\// },
  { locale: 'zh-tw', query: '間接經銷商', expect: /\/zh-tw\/guides\/indirect-(resellers|customers-and-subscriptions)\// },
  { locale: 'en', query: 'Partner of Record', expect: /\/en\/guides\/multi-partner\// },
  { locale: 'en', query: 'temporary password', expect: /\/en\/guides\/indirect-customers-and-subscriptions\// },
  // Today's access: a reader searching how technicians reach customers finds GDAP, not only the DAP era.
  { locale: 'en', query: 'security group', expect: /\/en\/guides\/gdap\// },
  { locale: 'en', query: 'Admin agent', expect: /\/en\/guides\/gdap\// },
  { locale: 'ko', query: '보안 그룹', expect: /\/ko\/guides\/gdap\// },
  { locale: 'zh-tw', query: '安全性群組', expect: /\/zh-tw\/guides\/gdap\// },
];

for (const { locale, query, expect: wanted } of QUERIES) {
  test(`search (${locale}) "${query}" finds the page that explains it`, async ({ page, errors }) => {
    void errors;
    await page.goto(`/${locale}/`);
    await page.locator('button[data-open-modal]').first().click();
    const input = page.locator('dialog[open] input[type="search"], .pagefind-ui__search-input').first();
    await input.fill(query);
    // Pagefind lists results in rank order but loads each one's link separately, so a larger
    // page can appear after smaller ones below it: wait until the first three are all loaded.
    const items = page.locator('.pagefind-ui__result');
    await expect(items.first()).toBeVisible({ timeout: 15_000 });
    const topLinks = () =>
      items.evaluateAll((lis) =>
        lis.slice(0, 6).map((li) => (li.querySelector('.pagefind-ui__result-link') as HTMLAnchorElement | null)?.pathname ?? null),
      );
    await expect.poll(async () => (await topLinks()).slice(0, 3).every((h) => h !== null), { timeout: 15_000 }).toBe(true);
    // The first three pages (sub-results of one page count once).
    const hrefs = [...new Set((await topLinks()).filter((h): h is string => h !== null))].slice(0, 3);
    expect(hrefs.some((h) => wanted.test(h)), `top results: ${hrefs.join(', ')}`).toBe(true);
  });
}
