/**
 * Simulators load their code when the reader reaches for them (client:engaged,
 * src/directives/engaged.ts). Nothing the reader does before the code arrives may be lost.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { UI } from '../../src/i18n/ui';

/** Requests for simulator code (the island entries and the shared shell). */
function simulatorRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/(\w+Simulator|SimulatorShell)\.[\w-]+\.js$/.test(new URL(r.url()).pathname)) seen.push(r.url());
  });
  return seen;
}

/** Hold the simulator's code back a little, so what the test does surely lands before it. */
async function slowSimulatorCode(page: Page) {
  await page.route(/\/_astro\/SimulatorShell\.[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
}

test('a reader who only reads loads no simulator code', async ({ page, errors }) => {
  void errors;
  const seen = simulatorRequests(page);
  await page.goto('/en/guides/request-a-relationship/');
  await page.locator('[data-flow]').first().scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(seen).toEqual([]);
  // The starting state is on the page all the same, rendered at build time.
  await expect(page.locator('[data-flow="invitation"]')).toHaveAttribute('data-state', 'composing');
  await expect(page.locator('[data-flow="invitation"] [data-event="SEND_INVITATION"]')).toBeVisible();
});

test('pointing at the simulator starts it', async ({ page, errors }) => {
  void errors;
  const seen = simulatorRequests(page);
  await page.goto('/en/simulators/invitation/');
  const sim = page.locator('[data-flow]');
  await expect(sim).toHaveAttribute('data-ready', 'false');
  await sim.hover();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  expect(seen.length).toBeGreaterThan(0);
});

test('a tap before the code has arrived is replayed, not lost', async ({ page, errors }) => {
  void errors;
  await slowSimulatorCode(page);
  await page.goto('/en/simulators/invitation/');
  const sim = page.locator('[data-flow]');
  await sim.locator('[data-event="SEND_INVITATION"]').dispatchEvent('click');
  await expect(sim).toHaveAttribute('data-state', 'sent');
  await expect(sim.locator('.sim-steps [data-step]')).toHaveCount(1);
});

test('a checkbox clicked before the code has arrived changes once, through the simulator', async ({ page, errors }) => {
  void errors;
  await slowSimulatorCode(page);
  await page.goto('/en/simulators/invitation/');
  const sim = page.locator('[data-flow]');
  // Not the DAP box: under today's rules it reads as cleared and cannot change (INV-14).
  const box = sim.locator('input[name="customerAcceptedMca"]');
  await expect(box).toBeChecked();
  await box.click();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  await expect(box).not.toBeChecked();
  await expect(page).toHaveURL(/customerAcceptedMca=false/);
});

test('keyboard focus starts it, and Enter on the first action works', async ({ page, errors }) => {
  void errors;
  await page.goto('/en/simulators/invitation/');
  const sim = page.locator('[data-flow]');
  const action = sim.locator('[data-event="SEND_INVITATION"]');
  // Tab until the first action has focus, as a keyboard user would.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await action.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(action).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sim).toHaveAttribute('data-state', 'sent');
});

test('a scenario link starts the simulator at once, without a pointer', async ({ page, errors }) => {
  void errors;
  await page.goto('/en/simulators/invitation/?steps=SEND_INVITATION,OPEN_LINK');
  const sim = page.locator('[data-flow]');
  await expect(sim).toHaveAttribute('data-ready', 'true');
  await expect(sim).toHaveAttribute('data-state', 'reviewing');
});

test('when the simulator code cannot be fetched, the page says so in its language and tries again', async ({ page }) => {
  // No errors fixture here: the failed fetch is logged by the browser on purpose.
  let fail = true;
  await page.route(/\/_astro\/SimulatorShell\.[\w-]+\.js$/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto('/ko/simulators/invitation/');
  const sim = page.locator('[data-flow]');
  await sim.dispatchEvent('pointerover');
  await expect(sim.locator('[role="status"]')).toHaveText(UI.ko.sim.loadFailed);
  fail = false;
  await sim.dispatchEvent('pointerover');
  await expect(sim).toHaveAttribute('data-ready', 'true');
});
