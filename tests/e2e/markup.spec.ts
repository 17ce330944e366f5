import { test, expect } from './fixtures';

// Behaviour kept by the markup changes that make the pages valid HTML (npm run html): code blocks
// (src/lib/expressive-code-valid-html.mjs) and the sidebar (src/components/overrides/Sidebar.astro).

test.describe('code blocks', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('one line per row, and the copy button copies every line with its line break', async ({ page, errors }) => {
    void errors;
    await page.goto('/en/reference/scenario-files/');
    const block = page.locator('.expressive-code').first();
    const lines = block.locator('.ec-line');
    expect(await lines.count()).toBeGreaterThan(2);
    const tops = await lines.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeGreaterThan(tops[i - 1]!);

    const expected = (await lines.allTextContents()).join('\n');
    await block.hover();
    await block.locator('.copy button').click();
    await expect(block.locator('.copy .feedback')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expected);
    expect(copied).not.toContain('\u007f');
  });
});

test.describe('sidebar (desktop)', () => {
  test.use({ viewport: { width: 1280, height: 500 } });

  test('a group closed on one page stays closed on the next, and the sidebar keeps its scroll', async ({ page, errors }) => {
    void errors;
    await page.goto('/en/reference/glossary/');
    const guides = page.locator('#starlight__sidebar details').first();
    await expect(guides).toHaveAttribute('open', '');
    await guides.locator('summary').click();
    await expect(guides).not.toHaveAttribute('open');

    const pane = page.locator('#starlight__sidebar');
    const link = pane.locator('a[href="/en/simulators/indirect-reseller/"]');
    await link.scrollIntoViewIfNeeded();
    const scrolled = await pane.evaluate((el) => el.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    await link.click();
    await expect(page).toHaveURL('/en/simulators/indirect-reseller/');

    await expect(page.locator('#starlight__sidebar details').first()).not.toHaveAttribute('open');
    await expect.poll(() => page.locator('#starlight__sidebar').evaluate((el) => el.scrollTop)).toBe(scrolled);
  });
});
