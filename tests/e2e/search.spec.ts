/**
 * Site search (Pagefind, through Starlight) finds the right page for what readers type, in each
 * language, and speaks that language. Simulator widgets, explorer tables and page labels count
 * little or nothing in the index; words readers use that a rule does not are indexed from
 * src/i18n/search-aliases.ts.
 */
import { test, expect } from './fixtures';

/**
 * What readers type, in each language: `first` is the page that must come first; `top` is a
 * page that must be among the first three, where several pages fairly explain the words (a term
 * the glossary defines and a guide applies).
 */
const QUERIES: { locale: string; query: string; first?: RegExp; top?: RegExp }[] = [
  { locale: 'en', query: 'security group', first: /\/en\/guides\/gdap\// },
  { locale: 'en', query: 'Admin agent', first: /\/en\/guides\/gdap\// },
  { locale: 'en', query: 'temporary password', first: /\/en\/guides\/indirect-customers-and-subscriptions\// },
  // NOR-02 says "remove seats"; readers type "reduce" or "decrease" (src/i18n/search-aliases.ts).
  { locale: 'en', query: 'reduce seats', first: /\/en\/guides\/request-a-relationship\// },
  { locale: 'en', query: 'decrease seats', first: /\/en\/guides\/request-a-relationship\// },
  { locale: 'en', query: 'auto-extend', first: /\/en\/guides\/gdap\// },
  { locale: 'en', query: 'remove delegated admin privileges', first: /\/en\/guides\/remove-delegated-admin\// },
  { locale: 'en', query: 'designated support contact', first: /\/en\/guides\/indirect-customers-and-subscriptions\// },
  { locale: 'en', query: 'multichannel', first: /\/en\/guides\/multichannel\// },
  { locale: 'en', query: 'scenario file', first: /\/en\/reference\/scenario-files\// },
  { locale: 'en', query: 'Microsoft-led transition', first: /\/en\/guides\/gdap\// },
  { locale: 'en', query: 'reseller relationship', first: /\/en\/guides\/request-a-relationship\// },
  { locale: 'en', query: 'Partner of Record', top: /\/en\/guides\/multi-partner\// },
  { locale: 'ko', query: '간접 재판매인', first: /\/ko\/guides\/indirect-resellers\// },
  { locale: 'ko', query: '보안 그룹', first: /\/ko\/guides\/gdap\// },
  { locale: 'ko', query: '라이선스 줄이기', first: /\/ko\/guides\/request-a-relationship\// },
  { locale: 'ko', query: '자동 연장', first: /\/ko\/guides\/gdap\// },
  { locale: 'ko', query: '임시 암호', first: /\/ko\/guides\/indirect-customers-and-subscriptions\// },
  { locale: 'ko', query: '지정된 지원 담당자', first: /\/ko\/guides\/indirect-customers-and-subscriptions\// },
  { locale: 'ko', query: '다중 채널', first: /\/ko\/guides\/multichannel\// },
  { locale: 'ko', query: '다중 파트너', first: /\/ko\/guides\/multi-partner\// },
  { locale: 'ko', query: '시나리오 파일', first: /\/ko\/reference\/scenario-files\// },
  { locale: 'ko', query: '위임된 관리자 권한', first: /\/ko\/guides\/remove-delegated-admin\// },
  { locale: 'ko', query: '재판매인 관계', first: /\/ko\/guides\/request-a-relationship\// },
  { locale: 'ko', query: '기록 파트너', top: /\/ko\/guides\/multi-partner\// },
  { locale: 'ko', query: '관리 에이전트', top: /\/ko\/guides\/gdap\// },
  { locale: 'zh-tw', query: '間接經銷商', first: /\/zh-tw\/guides\/indirect-resellers\// },
  { locale: 'zh-tw', query: '安全性群組', first: /\/zh-tw\/guides\/gdap\// },
  { locale: 'zh-tw', query: '減少授權', first: /\/zh-tw\/guides\/request-a-relationship\// },
  { locale: 'zh-tw', query: '自動延長', first: /\/zh-tw\/guides\/gdap\// },
  { locale: 'zh-tw', query: '暫時密碼', first: /\/zh-tw\/guides\/indirect-customers-and-subscriptions\// },
  { locale: 'zh-tw', query: '指定的支援連絡人', first: /\/zh-tw\/guides\/indirect-customers-and-subscriptions\// },
  { locale: 'zh-tw', query: '多重通路', first: /\/zh-tw\/guides\/multichannel\// },
  { locale: 'zh-tw', query: '新增客戶精靈', first: /\/zh-tw\/guides\/indirect-customers-and-subscriptions\// },
  { locale: 'zh-tw', query: '情境檔案', first: /\/zh-tw\/reference\/scenario-files\// },
  { locale: 'zh-tw', query: 'GDAP 關係', first: /\/zh-tw\/guides\/gdap\// },
  { locale: 'zh-tw', query: '委派的系統管理權限', top: /\/zh-tw\/guides\/(remove-delegated-admin|request-a-relationship)\// },
  { locale: 'zh-tw', query: '經銷商', top: /\/zh-tw\/guides\/request-a-relationship\// },
  // The global request page, not a 21Vianet one, for a global question.
  { locale: 'zh-tw', query: '全球雲端 要求 DAP', top: /\/zh-tw\/guides\/request-a-relationship\// },
  { locale: 'zh-tw', query: '記錄合作夥伴', top: /\/zh-tw\/guides\/multi-partner\// },
];

for (const { locale, query, first, top } of QUERIES) {
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
    if (first) expect(hrefs[0] ?? '', `first result (then: ${hrefs.slice(1).join(', ')})`).toMatch(first);
    if (top) expect(hrefs.some((h) => top.test(h)), `top results: ${hrefs.join(', ')}`).toBe(true);
  });
}

// The search box speaks the page's language: its counts and its advice when nothing is found.
const UI_WORDS: { locale: string; found: RegExp; none: RegExp }[] = [
  { locale: 'ko', found: /결과 \d+개/, none: /결과가 없습니다.*용어집/ },
  { locale: 'zh-tw', found: /共有 \d+ 筆結果/, none: /找不到.*術語表/ },
];
for (const { locale, found, none } of UI_WORDS) {
  test(`search (${locale}) counts results and advises on no results in ${locale}`, async ({ page, errors }) => {
    void errors;
    await page.goto(`/${locale}/`);
    await page.locator('button[data-open-modal]').first().click();
    const input = page.locator('dialog[open] input[type="search"], .pagefind-ui__search-input').first();
    await input.fill('GDAP');
    await expect(page.locator('.pagefind-ui__message')).toHaveText(found, { timeout: 15_000 });
    await input.fill('qqzzxxyyvv');
    await expect(page.locator('.pagefind-ui__message')).toHaveText(none, { timeout: 15_000 });
  });
}

// Excerpts come from the guidance, not from a simulator's facts table ("임시 암호 표시됨아니요").
test('search (ko) excerpts quote prose, not simulator facts', async ({ page, errors }) => {
  void errors;
  await page.goto('/ko/');
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('dialog[open] input[type="search"], .pagefind-ui__search-input').first().fill('임시 암호');
  // Results load one by one: read the excerpts only once every listed result has its own.
  const items = page.locator('.pagefind-ui__result');
  const excerpts = page.locator('.pagefind-ui__result-excerpt');
  await expect(items.first()).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(async () => (await items.count()) > 0 && (await excerpts.count()) >= (await items.count()), { timeout: 15_000 })
    .toBe(true);
  for (const text of await excerpts.allTextContents()) expect(text, 'an excerpt quotes a facts table').not.toMatch(/표시됨\s*(예|아니요)/);
});

// Pagefind's UI (the largest script on a page) loads when a reader reaches for search, not with
// every page; Ctrl+K still opens the box with the cursor in it, and the button is named by the
// word it shows (axe: label-content-name-mismatch).
test('search loads on first use: Ctrl+K opens it with the cursor in the box', async ({ page, errors }) => {
  void errors;
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/|ui-core/.test(request.url())) loaded.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/guides/request-a-relationship/', { waitUntil: 'networkidle' });
  expect(loaded, 'search files fetched before anyone searched').toEqual([]);
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog[open] input[type="search"], .pagefind-ui__search-input').first();
  await expect(input).toBeFocused({ timeout: 15_000 });
  await page.keyboard.type('multichannel');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
});

test('search on a phone: the icon button is still named "Search"', async ({ page, errors }) => {
  void errors;
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/ko/');
  const button = page.getByRole('button', { name: '검색', exact: true });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('dialog[open] input[type="search"], .pagefind-ui__search-input').first()).toBeFocused({ timeout: 15_000 });
});
