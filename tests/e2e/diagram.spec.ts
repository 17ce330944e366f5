import { test, expect, simulator } from './fixtures';
import { UI } from '../../src/i18n/ui';
import { LOCALES } from '../../src/i18n/types';

for (const locale of LOCALES) {
  test(`state diagram (${locale}): built into the HTML, labelled in the page language, path highlighted`, async ({ browser, page, errors }) => {
    void errors;
    // Without JavaScript: the SVG is in the page already, the start marked current.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noJs.newPage();
    await staticPage.goto(`/${locale}/simulators/invitation/`);
    const svg = staticPage.locator('svg[data-diagram]');
    await expect(svg).toHaveCount(1);
    await expect(svg.locator('[data-diagram-state="composing"]')).toHaveAttribute('aria-current', 'step');
    await expect(svg.locator('[data-diagram-state="established"] text')).toContainText(UI[locale].flows.invitation.states.established.name.split(' ')[0]!);
    await noJs.close();

    await page.goto(`/${locale}/simulators/invitation/`);
    const sim = await simulator(page);
    for (const event of ['SEND_INVITATION', 'OPEN_LINK']) await sim.locator(`[data-event="${event}"]`).click();
    const diagram = sim.locator('svg[data-diagram]');
    await expect(diagram.locator('[data-diagram-state="reviewing"]')).toHaveAttribute('aria-current', 'step');
    await expect(diagram.locator('[data-diagram-state="composing"]')).toHaveClass(/is-visited/);
    await expect(diagram.locator('[data-diagram-edge="composing->sent"]')).toHaveClass(/is-visited/);
    await expect(diagram.locator('[data-diagram-edge="sent->reviewing"]')).toHaveClass(/is-visited/);
    await expect(diagram.locator('[data-diagram-edge="reviewing->established"]')).not.toHaveClass(/is-visited/);
    await sim.locator('[data-control="undo"]').click();
    await expect(diagram.locator('[data-diagram-state="sent"]')).toHaveAttribute('aria-current', 'step');
    await expect(diagram.locator('[data-diagram-edge="sent->reviewing"]')).not.toHaveClass(/is-visited/);
  });
}

test('printing a simulator page leaves out the controls and keeps the diagram and history', async ({ page }) => {
  await page.goto('/en/simulators/invitation/?steps=SEND_INVITATION');
  const sim = await simulator(page);
  await page.emulateMedia({ media: 'print' });
  await expect(sim.locator('.sim-actions')).toBeHidden();
  await expect(sim.locator('.sim-given')).toBeHidden();
  await expect(page.locator('header').first()).toBeHidden();
  await expect(sim.locator('svg[data-diagram]')).toBeVisible();
  await expect(sim.locator('.sim-history')).toBeVisible();
  await expect(sim.locator('.sim-outcome')).toBeVisible();
});
