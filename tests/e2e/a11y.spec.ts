/**
 * Accessibility gate: axe-core finds no violation on any built page in any locale, nor on each
 * simulator after a few steps and in presenter mode.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, simulator } from './fixtures';
import { FLOW_IDS } from '../../src/domain/flow';
import { builtPages } from './built-pages';


const ALL = builtPages().filter((p) => p !== '/');
// Every violation, with every node; passes and incomplete results are cut to one node each
// (axe's resultTypes), which skips building selectors nobody reads. Legacy mode runs axe in the
// page itself: the default mode exists for cross-origin frames (no page here has a frame) and
// opens a second page per analysis to merge every frame's results. Together: half of axe's time.
const axe = (page: Page) => new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
const describeViolations = (violations: { id: string; nodes: { target: unknown }[] }[]) =>
  violations.map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).slice(0, 3).join(', ')}`);

// One test per page, with a timeout sized for one page: a slow page on a busy machine fails
// alone, with its path in the name (run it alone with `npx playwright test a11y -g "<path>"`).
for (const path of ALL) {
  test(`axe: ${path}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(path);
    const { violations } = await axe(page);
    expect(describeViolations(violations), `axe on ${path}`).toEqual([]);
  });
}

test('axe: the language chooser', async ({ page }) => {
  // Stop the chooser's own script (it would redirect); axe injects itself and still runs.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/');
  const { violations } = await axe(page);
  expect(describeViolations(violations)).toEqual([]);
});

for (const flow of FLOW_IDS) {
  test(`axe: ${flow} simulator after steps and in presenter mode`, async ({ page }) => {
    test.setTimeout(90_000); // two analyses of one page, with steps between
    await page.goto(`/en/simulators/${flow}/`);
    const sim = await simulator(page);
    // Take the first available action three times, then try a refused one.
    for (let i = 0; i < 3; i++) {
      const next = sim.locator('.sim-button--primary[data-event]').first();
      if ((await next.count()) === 0) break;
      await next.click();
    }
    const refused = sim.locator('.sim-button--refused').first();
    if (await refused.count()) await refused.click();
    let { violations } = await axe(page);
    expect(describeViolations(violations)).toEqual([]);
    await sim.locator('[data-control="present"]').click();
    await sim.locator('select[name="story"]').selectOption({ index: 1 });
    await page.keyboard.press('ArrowRight');
    ({ violations } = await axe(page));
    expect(describeViolations(violations)).toEqual([]);
  });
}
