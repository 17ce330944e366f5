/**
 * The relationship map in every flow and locale: in the built HTML (complete without JavaScript),
 * an accessible image in the page language, changed by an accepted step and not by a refused one,
 * with captions that name what changed; refusals show beside the button used. At 390 px wide no
 * simulator scrolls sideways.
 */
import { test, expect, simulator } from './fixtures';
import { FLOW_IDS } from '../../src/domain/flow';
import { LOCALES } from '../../src/i18n/types';
import { UI } from '../../src/i18n/ui';

for (const flow of FLOW_IDS) {
  for (const locale of LOCALES) {
    test(`relationship map (${flow}, ${locale}): built in, changes with accepted steps only, captions say what changed`, async ({ page, errors }) => {
      void errors;
      const map = UI[locale].map;
      const html = await (await page.request.get(`/${locale}/simulators/${flow}/`)).text();
      // An empty picture is a bare `data-picture` attribute; say which page lacks it, not the whole HTML.
      expect(/<div class="sim-map__picture" role="img"[^>]*\sdata-picture[\s=>]/.test(html), `the map is in the built HTML of /${locale}/simulators/${flow}/`).toBe(true);
      await page.goto(`/${locale}/simulators/${flow}/`);
      const sim = await simulator(page);
      const picture = sim.locator('[data-picture]');
      await expect(picture).toHaveAttribute('role', 'img');
      await expect(picture).toHaveAttribute('aria-label', new RegExp(`^${map.name.split('{')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(sim.locator('[data-captions]')).toContainText(map.start);

      // Take the first available action until the picture changes (some steps change no tie).
      let before = await picture.getAttribute('data-picture');
      let changed = false;
      const tried = new Set<string>();
      for (let i = 0; i < 6 && !changed; i++) {
        // An action not tried yet (some, like editing the email text, change nothing and stay offered).
        const buttons = sim.locator('.sim-action-list:not(.sim-action-list--refused) button');
        const keys = await buttons.evaluateAll((bs) => bs.map((b) => `${b.getAttribute('data-event')}:${b.getAttribute('data-payload') ?? ''}`));
        const index = keys.findIndex((k) => !tried.has(k));
        if (index < 0) break;
        tried.add(keys[index]!);
        const action = buttons.nth(index);
        const steps = Number(await sim.getAttribute('data-steps'));
        await action.click();
        await expect(sim).toHaveAttribute('data-steps', String(steps + 1));
        await expect(sim).toHaveAttribute('data-last-step', 'accepted');
        const now = await picture.getAttribute('data-picture');
        if (now !== before) changed = true;
        else await expect(sim.locator('[data-captions]')).toContainText(map.noChange);
        before = now;
      }
      expect(changed, 'some accepted step changed the map').toBe(true);
      const captions = sim.locator('[data-captions] li');
      expect(await captions.count()).toBeGreaterThan(0);
      const signs = [map.added, map.removed, map.changed, map.nowUnknown].map((t) => t.split('{')[0]!);
      for (const text of await captions.allTextContents()) expect(signs.some((s) => text.startsWith(s)), text).toBe(true);

      // A refused action leaves the map as it was and explains itself beside the button.
      const refused = sim.locator('.sim-button--refused').first();
      if (await refused.count()) {
        const key = await picture.getAttribute('data-picture');
        await refused.click();
        await expect(sim).toHaveAttribute('data-last-step', 'refused');
        await expect(picture).toHaveAttribute('data-picture', key!);
        const note = sim.locator('.sim-refusal-note');
        await expect(note).toBeVisible();
        await expect(note).toContainText(UI[locale].sim.refused);
        // Beside the control: in the same list item as the button, which keeps the focus.
        await expect(sim.locator('li:has(.sim-refusal-note) .sim-button--refused')).toBeFocused();
        await expect(sim.locator('[data-captions]')).toContainText(map.noChange);
      }
    });
  }
}

test('unknown ties are drawn dashed with “?”, never as a guess (multi-partner in usgov, AMB-06)', async ({ page, errors }) => {
  void errors;
  await page.goto('/en/simulators/multi-partner/?cloud=usgov&steps=REQUEST_RELATIONSHIP(partner:B;dap:true),CUSTOMER_ACCEPTS(partner:B)');
  const sim = await simulator(page);
  const unknown = sim.locator('.sim-map__tie[data-known="false"]');
  await expect(unknown.first()).toBeVisible();
  await expect(unknown.first()).toContainText('?');
  await expect(unknown.first()).toHaveCSS('border-top-style', 'dashed');
  await expect(sim.locator('[data-picture]')).toHaveAttribute('aria-label', new RegExp(UI.en.map.unknownMark));
});

test('with reduced motion the map marks changes without animating them', async ({ page, errors }) => {
  void errors;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/simulators/invitation/?steps=SEND_INVITATION');
  const sim = await simulator(page);
  const tie = sim.locator('.sim-map__tie[data-change="added"]').first();
  // The sign is drawn beside the outline (CSS), so the change shows without colour or motion.
  expect(await tie.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"+"');
  await expect(tie).toHaveCSS('animation-name', 'none');
});

for (const flow of FLOW_IDS) {
  const locale = LOCALES[FLOW_IDS.indexOf(flow) % LOCALES.length]!;
  test(`at 390 px the ${flow} simulator (${locale}) needs no sideways scrolling`, async ({ page, errors }) => {
    void errors;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/simulators/${flow}/`);
    const sim = await simulator(page);
    await sim.locator('.sim-action-list:not(.sim-action-list--refused) button').first().click();
    await expect(sim).toHaveAttribute('data-steps', '1');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'pixels of sideways scrolling').toBeLessThanOrEqual(0);
  });
}
