import { test as base, expect, type Locator, type Page } from '@playwright/test';

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

/** The base path of the build under test: `/`, or SITE_BASE from the sub-path and nginx configs. */
export const SITE_BASE = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');

/**
 * Wait until the island is live. Simulators start when the reader reaches for them
 * (`client:engaged`: pointer over, touch or keyboard focus) or at once for a scenario link;
 * this signals a pointer arriving over it. tests/e2e/engaged.spec.ts covers
 * clicks and keys that arrive before the code.
 */
export async function simulator(page: Page, scope = 'main') {
  return live(page.locator(`${scope} [data-flow]`).first());
}

/** Wait until an island (a simulator or a comparison) is live, reaching for it as a reader would. */
export async function live(root: Locator): Promise<Locator> {
  // Opening a link can replace the island's element once as it starts: retry until settled.
  await expect(async () => {
    await root.scrollIntoViewIfNeeded({ timeout: 2000 });
    // As a pointer arriving over it would; an event, not a real hover, so an overlay in presenter mode is no obstacle.
    if ((await root.getAttribute('data-ready', { timeout: 2000 })) !== 'true') await root.dispatchEvent('pointerover');
    await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  return root;
}
