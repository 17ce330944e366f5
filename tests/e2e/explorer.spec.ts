import { test, expect, simulator } from './fixtures';
import { FLOW_IDS } from '../../src/domain/flow';
import { LOCALES } from '../../src/i18n/types';
import { UI } from '../../src/i18n/ui';

for (const flow of FLOW_IDS) {
  for (const locale of LOCALES) {
    test(`explorer (${flow}, ${locale}): rows open the simulator at their outcome`, async ({ page, errors }) => {
      void errors;
      await page.goto(`/${locale}/explorer/${flow}/`);
      const rows = page.locator('tr[data-row]');
      const total = await rows.count();
      expect(total).toBeGreaterThan(1);
      // Open the first and the last row: each lands on the outcome it lists.
      for (const index of [0, total - 1]) {
        await page.goto(`/${locale}/explorer/${flow}/`);
        const row = rows.nth(index);
        const outcome = await row.getAttribute('data-outcome');
        await row.locator('a[data-open-row]').click();
        const sim = await simulator(page);
        await expect(sim).toHaveAttribute('data-outcome', outcome ?? '');
      }
    });
  }
}

test('explorer filters by cloud and outcome', async ({ page }) => {
  await page.goto('/en/explorer/invitation/');
  const form = page.locator('[data-explorer-filters]');
  await expect(form).toBeVisible();
  await form.locator('select[name="cloud"]').selectOption('usgov');
  await form.locator('select[name="outcome"]').selectOption('blocked');
  const visible = page.locator('tr[data-row]:visible');
  await expect(visible.first()).toBeVisible();
  for (const row of await visible.all()) {
    await expect(row).toHaveAttribute('data-cloud', 'usgov');
    await expect(row).toHaveAttribute('data-outcome', 'blocked');
  }
  await expect(page.locator('[data-explorer-count]')).toContainText(String(await visible.count()));
});

test('without JavaScript the explorer lists every row and hides the filters', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/explorer/dap-revocation/');
  await expect(page.locator('[data-explorer-filters]')).toBeHidden();
  await expect(page.locator('tr[data-row]').first()).toBeVisible();
  await expect(page.locator('h1')).toContainText(UI.ko.flows['dap-revocation'].title);
  await context.close();
});
