/**
 * Issue 5's checks for every flow in every locale: a story walked with the keyboard in presenter
 * mode, copy link → new page (same state), reload (state kept), ten malformed links.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, simulator } from './fixtures';
import { FLOW_IDS } from '../../src/domain/flow';
import { LOCALES } from '../../src/i18n/types';
import { UI } from '../../src/i18n/ui';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const MALFORMED = [
  '?steps=NOT_AN_EVENT',
  '?nonsense=1',
  '?steps=%E0%A4%A',
  '?steps=A(b:c',
  `?steps=${Array(201).fill('X').join(',')}`,
  '?steps=%3Csvg%20onload%3Dalert(1)%3E',
  '?%3Cscript%3Ealert(1)%3C%2Fscript%3E=1',
  '?cloud=mars',
  '?asOf=2023-13-45',
  `?steps=${'A'.repeat(9000)}`,
];

for (const flow of FLOW_IDS) {
  const story = JSON.parse(readFileSync(`src/stories/${flow}/${readdirSync(`src/stories/${flow}`).sort().at(-1)}`, 'utf8')) as {
    id: string;
    steps: unknown[];
    outcome: string;
  };
  for (const locale of LOCALES) {
    test(`${flow} (${locale}): keyboard story, copied link, reload`, async ({ page, context, errors }) => {
      void errors;
      await page.goto(`/${locale}/simulators/${flow}/`);
      const sim = await simulator(page);
      // Presenter mode and the story, all from the keyboard.
      await sim.locator('[data-control="present"]').focus();
      await page.keyboard.press('Enter');
      await expect(sim).toHaveClass(/sim--presenter/);
      await sim.locator('select[name="story"]').focus();
      await sim.locator('select[name="story"]').selectOption(story.id);
      await sim.locator('[data-control="exit-presenter"]').focus();
      for (let i = 0; i < story.steps.length; i++) await page.keyboard.press('ArrowRight');
      await expect(sim.locator('[data-story-step]')).toHaveAttribute('data-story-step', String(story.steps.length));
      await expect(sim).toHaveAttribute('data-outcome', story.outcome === 'in-progress' ? '' : story.outcome);
      const state = await sim.getAttribute('data-state');
      await page.keyboard.press('Escape');
      // Copy the link and open it in a new page: the same state.
      await sim.locator('[data-control="copy-link"]').click();
      await expect(sim.locator('[role="status"]')).toHaveText(UI[locale].sim.copiedLink);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      const other = await context.newPage();
      await other.goto(link);
      await expect(await simulator(other)).toHaveAttribute('data-state', state ?? '');
      // Reload keeps it.
      await page.reload();
      await expect(await simulator(page)).toHaveAttribute('data-state', state ?? '');
    });

    test(`${flow} (${locale}): ten malformed links open a valid initial state with a message`, async ({ page, errors }) => {
      void errors;
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      const initial = await (async () => {
        await page.goto(`/${locale}/simulators/${flow}/`);
        return (await simulator(page)).getAttribute('data-state');
      })();
      for (const query of MALFORMED) {
        await page.goto(`/${locale}/simulators/${flow}/${query}`);
        const sim = await simulator(page);
        await expect(sim, query).toHaveAttribute('data-state', initial ?? '');
        await expect(sim.locator('[data-link-error]'), query).toContainText(UI[locale].sim.linkProblem);
        await expect(page.locator('main svg[onload], main script:not([type]):text("alert")')).toHaveCount(0);
      }
      expect(dialogs).toBe(0);
    });
  }
}
