import type { Page } from '@playwright/test';

/**
 * Start every simulator on the page as a reader reaching for it would (client:engaged waits for
 * a pointer, a touch or focus), and wait until each is live.
 */
export async function engageIslands(page: Page): Promise<void> {
  const sims = page.locator('astro-island [data-flow]');
  const count = await sims.count();
  for (let i = 0; i < count; i++) {
    const sim = sims.nth(i);
    await sim.dispatchEvent('pointerover');
    await sim.locator('xpath=self::*[@data-ready="true"]').waitFor({ timeout: 10_000 });
  }
}
