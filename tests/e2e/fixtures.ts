import { test as base, expect, type Page } from '@playwright/test';

/** Every page test fails on a console error or an uncaught exception. */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});
export { expect };

/**
 * Wait until the island is hydrated, so a click is handled and not lost. Islands hydrate when
 * they come into view, as a reader scrolling down would bring them.
 */
export async function simulator(page: Page, scope = 'main') {
  const root = page.locator(`${scope} [data-flow]`).first();
  // Opening a link can replace the simulator's element once as it starts: retry until settled.
  await expect(async () => {
    await root.scrollIntoViewIfNeeded({ timeout: 2000 });
    await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  return root;
}
