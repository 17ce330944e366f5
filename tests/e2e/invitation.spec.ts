import { test, expect, simulator } from './fixtures';
import { UI, RULE_TEXTS } from '../../src/i18n/ui';
import { LOCALES } from '../../src/i18n/types';

for (const locale of LOCALES) {
  const ui = UI[locale];
  const labels = ui.flows.invitation;

  test.describe(`invitation simulator (${locale})`, () => {
    test.beforeEach(async ({ page, errors }) => {
      void errors;
      await page.goto(`/${locale}/simulators/invitation/`);
    });

    test('today: the request carries no DAP, the box reads as cleared, and the note leads to GDAP', async ({ page }) => {
      const sim = await simulator(page);
      await expect(sim.locator('[data-rules-date="latest"]')).toContainText(ui.sim.rulesLatest);
      await expect(sim.locator('input[name="includeDap"]')).toBeDisabled();
      await expect(sim.locator('input[name="includeDap"]')).not.toBeChecked();
      const note = sim.locator('[data-premise="INV-14"]');
      await expect(note).toContainText(labels.reasons.accessThroughGdap);
      // The link is relative (it holds under any base path): where it leads is what counts.
      const gdap = note.locator('a[href$="/simulators/gdap/"]');
      await expect(gdap).toHaveCount(1);
      expect(await gdap.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(`/${locale}/simulators/gdap/`);
      for (const event of ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION']) await sim.locator(`[data-event="${event}"]`).click();
      await expect(sim.locator('[data-fact="dap"] dd')).toHaveText(ui.sim.no);
      // The last DAP-era day is one click away, and the box works again there.
      await note.locator('[data-control="use-last-date"]').click();
      await expect(sim.locator('[data-rules-date="2023-09-24"]')).toBeVisible();
      await expect(sim.locator('input[name="includeDap"]')).toBeEnabled();
      await expect(page).toHaveURL(/asOf=2023-09-24/);
    });

    test('establishes a relationship with DAP, in the page language (DAP-era date)', async ({ page }) => {
      await page.goto(`/${locale}/simulators/invitation/?asOf=2023-03-01`);
      const sim = await simulator(page);
      await expect(sim).toHaveAttribute('data-state', 'composing');
      await expect(sim.locator('.sim-state__name')).toHaveText(labels.states.composing.name);
      await sim.locator('[data-event="SEND_INVITATION"]').click();
      await expect(sim).toHaveAttribute('data-state', 'sent');
      await sim.locator('[data-event="OPEN_LINK"]').click();
      await sim.locator('[data-event="ACCEPT_INVITATION"]').click();
      await expect(sim).toHaveAttribute('data-state', 'established');
      await expect(sim).toHaveAttribute('data-outcome', 'established');
      await expect(sim.locator('.sim-outcome__kind')).toContainText(ui.sim.outcomes.established);
      await expect(sim.locator('[data-fact="dap"] dd')).toHaveText(ui.sim.yes);
      await expect(sim.locator('[data-fact="acceptedIn"] dd')).toHaveText(labels.values.m365AdminCenter);
      // The outcome cites its rules, linked to their anchors on the guide in the same language.
      const link = sim.locator('.sim-rules a.rule-ref', { hasText: 'INV-12' });
      await expect(link).toHaveAttribute('href', `/${locale}/guides/request-a-relationship/#rule-inv-12`);
      await expect(sim.locator('.sim-rules')).toContainText(RULE_TEXTS[locale]['INV-12'].title);
      await expect(sim.locator('[role="status"]')).toContainText(ui.sim.outcomes.established);
    });

    test('establishes a relationship without DAP (DAP-era date, box cleared)', async ({ page }) => {
      await page.goto(`/${locale}/simulators/invitation/?asOf=2023-03-01`);
      const sim = await simulator(page);
      await sim.locator('input[name="includeDap"]').uncheck();
      await expect(sim.locator('[role="status"]')).toHaveText(ui.sim.restarted);
      for (const event of ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION']) await sim.locator(`[data-event="${event}"]`).click();
      await expect(sim).toHaveAttribute('data-outcome', 'established');
      await expect(sim.locator('[data-fact="dap"] dd')).toHaveText(ui.sim.no);
      await expect(sim.locator('[data-fact="azureWithoutDap"] dd')).toHaveText(ui.sim.yes);
    });

    test('US Government without DAP is blocked by INV-06', async ({ page }) => {
      const sim = await simulator(page);
      await sim.locator('select[name="cloud"]').selectOption('usgov');
      await sim.locator('input[name="includeDap"]').uncheck();
      // Before trying, the refusal and its rule are already shown beside the action.
      await expect(sim.locator('.sim-panel--refused')).toContainText(labels.reasons.noOptionWithoutDap);
      await sim.locator('[data-event="SEND_INVITATION"]').click();
      await expect(sim).toHaveAttribute('data-outcome', 'blocked');
      await expect(sim).toHaveAttribute('data-state', 'composing');
      await expect(sim.locator('.sim-outcome')).toContainText('INV-06');
      await expect(sim.locator('.sim-outcome__kind')).toContainText(ui.sim.outcomes.blocked);
      await expect(sim.locator('[data-step="1"]')).toHaveAttribute('data-accepted', 'false');
    });

    test('a non-Global-admin acceptor is blocked by INV-10', async ({ page }) => {
      const sim = await simulator(page);
      await sim.locator('input[name="acceptorIsGlobalAdmin"]').uncheck();
      await sim.locator('[data-event="SEND_INVITATION"]').click();
      await sim.locator('[data-event="OPEN_LINK"]').click();
      await expect(sim.locator('.sim-panel--refused')).toContainText(labels.reasons.acceptorNotGlobalAdmin);
      await sim.locator('[data-event="ACCEPT_INVITATION"]').click();
      await expect(sim).toHaveAttribute('data-outcome', 'blocked');
      await expect(sim.locator('.sim-outcome')).toContainText('INV-10');
    });

    test('21Vianet with a non-Global-admin acceptor is shown as undocumented (AMB-09)', async ({ page }) => {
      const sim = await simulator(page);
      await sim.locator('select[name="cloud"]').selectOption('21vianet');
      await sim.locator('input[name="acceptorIsGlobalAdmin"]').uncheck();
      for (const event of ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION']) await sim.locator(`[data-event="${event}"]`).click();
      await expect(sim).toHaveAttribute('data-outcome', 'ambiguous');
      const amb = sim.locator('[data-ambiguity="AMB-09"]');
      await expect(amb).toContainText(RULE_TEXTS[locale]['AMB-09'].question);
      await expect(amb.locator('li')).toHaveCount(2);
    });

    test('inputs that do not apply are disabled with the reason', async ({ page }) => {
      const sim = await simulator(page);
      await expect(sim.locator('input[name="customerInRegion"]')).toBeEnabled();
      await sim.locator('select[name="cloud"]').selectOption('germany');
      await expect(sim.locator('input[name="customerInRegion"]')).toBeDisabled();
      await expect(sim.locator('.sim-hint--why')).toContainText(labels.reasons.regionRuleGlobalOnly);
    });

    test('undo, redo, jump back and reset', async ({ page }) => {
      const sim = await simulator(page);
      for (const event of ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION']) await sim.locator(`[data-event="${event}"]`).click();
      await expect(sim).toHaveAttribute('data-state', 'established');
      await sim.locator('[data-control="undo"]').click();
      await expect(sim).toHaveAttribute('data-state', 'reviewing');
      await expect(sim).toHaveAttribute('data-outcome', '');
      await sim.locator('[data-control="redo"]').click();
      await expect(sim).toHaveAttribute('data-state', 'established');
      await sim.locator('[data-jump="1"]').click();
      await expect(sim).toHaveAttribute('data-state', 'sent');
      await expect(sim.locator('[role="status"]')).toContainText(labels.states.sent.name);
      // A new step after going back replaces the steps that were ahead.
      await sim.locator('[data-event="OPEN_LINK"]').click();
      await expect(sim.locator('[data-step]')).toHaveCount(2);
      await sim.locator('[data-control="reset"]').click();
      await expect(sim).toHaveAttribute('data-state', 'composing');
      await expect(sim.locator('[data-step]')).toHaveCount(0);
    });

    test('works with the keyboard alone', async ({ page }) => {
      const sim = await simulator(page);
      // Tab from the top of the page to the first action.
      let found = false;
      for (let i = 0; i < 80 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => document.activeElement?.getAttribute('data-event') === 'SEND_INVITATION');
      }
      expect(found, 'SEND_INVITATION reachable with Tab').toBe(true);
      await page.keyboard.press('Enter');
      await expect(sim).toHaveAttribute('data-state', 'sent');
      // Focus moves on to the next available action, so Enter keeps walking the flow.
      await expect(sim.locator('[data-event="OPEN_LINK"]')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(sim.locator('[data-event="ACCEPT_INVITATION"]')).toBeFocused();
      await page.keyboard.press('Space');
      await expect(sim).toHaveAttribute('data-outcome', 'established');
      await expect(sim.locator('[role="status"]')).toContainText(ui.sim.outcomes.established);
      // Focus is visible: the focused control draws an outline.
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
      // Undo from the keyboard, and focus stays on the control.
      await sim.locator('[data-control="undo"]').focus();
      await page.keyboard.press('Enter');
      await expect(sim).toHaveAttribute('data-state', 'reviewing');
      await expect(sim.locator('[data-control="undo"]')).toBeFocused();
    });

    test('the initial state is in the HTML without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/simulators/invitation/`);
      const sim = page.locator('[data-flow="invitation"]');
      await expect(sim).toHaveAttribute('data-state', 'composing');
      await expect(sim).toHaveAttribute('data-outcome', '');
      await expect(sim.locator('.sim-state__name')).toHaveText(labels.states.composing.name);
      await expect(sim.locator('[data-event="SEND_INVITATION"]')).toHaveText(labels.events.SEND_INVITATION);
      await context.close();
    });
  });
}
