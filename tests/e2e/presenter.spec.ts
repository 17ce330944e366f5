import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, simulator } from './fixtures';
import { UI } from '../../src/i18n/ui';
import { FLOW_IDS } from '../../src/domain/flow';
import { LOCALES } from '../../src/i18n/types';

interface StoryFile {
  id: string;
  title: Record<string, string>;
  steps: { narration: Record<string, string> }[];
  outcome: string;
}

for (const flow of FLOW_IDS) {
  const stories = readdirSync(`src/stories/${flow}`).map((f) => JSON.parse(readFileSync(`src/stories/${flow}/${f}`, 'utf8')) as StoryFile);
  const story = stories[0]!;
  const locale = LOCALES[FLOW_IDS.indexOf(flow) % LOCALES.length]!;
  const sim_ = UI[locale].sim;

  test(`presenter mode (${flow}, ${locale}): a story walked with → ← R ? Esc`, async ({ page, errors }) => {
    void errors;
    await page.goto(`/${locale}/simulators/${flow}/`);
    const sim = await simulator(page);
    await sim.locator('[data-control="present"]').click();
    await expect(sim).toHaveClass(/sim--presenter/);
    await expect(sim).toHaveCSS('position', 'fixed');
    await expect(sim.locator('.sim-presenter__help')).toContainText(sim_.keyNext);
    await sim.locator('select[name="story"]').selectOption(story.id);
    await expect(sim.locator('[data-narration]')).toHaveText(sim_.storyStart);
    await page.locator('body').click({ position: { x: 5, y: 5 } }).catch(() => {});
    await page.keyboard.press('ArrowRight');
    await expect(sim.locator('[data-story-step]')).toHaveAttribute('data-story-step', '1');
    await expect(sim.locator('[data-narration]')).toContainText(story.steps[0]!.narration[locale]!);
    for (let i = 1; i < story.steps.length; i++) await page.keyboard.press('ArrowRight');
    await expect(sim.locator('[data-story-step]')).toHaveAttribute('data-story-step', String(story.steps.length));
    await expect(sim).toHaveAttribute('data-outcome', story.outcome === 'in-progress' ? '' : story.outcome);
    await page.keyboard.press('ArrowLeft');
    await expect(sim.locator('[data-story-step]')).toHaveAttribute('data-story-step', String(story.steps.length - 1));
    await page.keyboard.press('r');
    await expect(sim.locator('[data-story-step]')).toHaveAttribute('data-story-step', '0');
    await page.keyboard.press('?');
    await expect(sim.locator('.sim-presenter__help')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(sim).not.toHaveClass(/sim--presenter/);
  });
}
