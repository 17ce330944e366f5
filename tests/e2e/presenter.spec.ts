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
    // The shortcuts stay behind `?` so the stage keeps its height for the map.
    await expect(sim.locator('.sim-presenter__help')).toHaveCount(0);
    await sim.locator('[data-control="shortcuts"]').click();
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
    await page.keyboard.press('?');
    await expect(sim.locator('.sim-presenter__help')).toContainText(sim_.keyPrev);
    await page.keyboard.press('Escape');
    await expect(sim).not.toHaveClass(/sim--presenter/);
  });
}

/**
 * The stage: a story's own link opens presenter mode at step 0, and at projector sizes the
 * narration, the map, the current state and the step counter are all on screen with no scrolling.
 */
for (const flow of FLOW_IDS) {
  const story = readdirSync(`src/stories/${flow}`).sort()[0]!.replace(/\.json$/, '');
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    const locale = LOCALES[(FLOW_IDS.indexOf(flow) + size.width) % LOCALES.length]!;
    test(`presenter stage (${flow}, ${locale}, ${size.width}×${size.height}): a story link opens it at step 0 and it fits`, async ({ page, errors }) => {
      void errors;
      await page.setViewportSize(size);
      await page.goto(`/${locale}/simulators/${flow}/?story=${story}`);
      const sim = await simulator(page);
      await expect(sim).toHaveClass(/sim--presenter/);
      await expect(sim.locator('[data-story-step]')).toHaveAttribute('data-story-step', '0');
      await expect(sim.locator('select[name="story"]')).toHaveValue(story);
      // Two steps in, so the narration and the map's captions have something to say.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(sim.locator('[data-story-step]')).toHaveAttribute('data-story-step', '2');
      const fits = await sim.evaluate((root) => ({
        stage: root.scrollHeight <= root.clientHeight + 1,
        page: document.scrollingElement!.scrollTop === 0,
      }));
      expect(fits, 'the stage needs no scrolling').toEqual({ stage: true, page: true });
      for (const part of ['[data-narration]', '[data-picture]', '.sim-state__name', '[data-story-step]']) {
        const box = await sim.locator(part).first().boundingBox();
        expect(box, `${part} is on screen`).not.toBeNull();
        expect(box!.y + Math.min(box!.height, 40), `${part} starts within the screen`).toBeLessThanOrEqual(size.height);
        expect(box!.y, `${part} starts within the screen`).toBeGreaterThanOrEqual(0);
      }
      // The map itself is whole on screen, not cut by the stage.
      const map = (await sim.locator('[data-picture]').boundingBox())!;
      expect(map.y + map.height, 'the whole map is on screen').toBeLessThanOrEqual(size.height);
      // The address keeps presenter mode and the story, so a reload or a copied link reopens them.
      await expect.poll(() => new URL(page.url()).searchParams.get('story')).toBe(story);
      if (size.width === 1280) await page.screenshot({ path: `test-results/screenshots/presenter-${flow}-${locale}.png` });
    });
  }
}

test('copy link in presenter mode keeps the story and the step', async ({ page, context, errors }) => {
  void errors;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const story = readdirSync('src/stories/gdap').sort()[0]!.replace(/\.json$/, '');
  await page.goto(`/en/simulators/gdap/?story=${story}`);
  const sim = await simulator(page);
  await expect(sim).toHaveClass(/sim--presenter/);
  await page.keyboard.press('ArrowRight');
  await expect(sim.locator('[data-story-step]')).toHaveAttribute('data-story-step', '1');
  await sim.locator('[data-control="copy-link"]').click();
  await expect(sim.locator('.sim-live')).toHaveText(UI.en.sim.copiedLink);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('story')).toBe(story);
  // The copied link reopens the same point of the story, in presenter mode.
  const other = await context.newPage();
  await other.goto(link);
  const again = await simulator(other);
  await expect(again).toHaveClass(/sim--presenter/);
  await expect(again.locator('[data-story-step]')).toHaveAttribute('data-story-step', '1');
  await expect(again).toHaveAttribute('data-steps', '1');
});

test('a story link naming no story says so, in the page language, and opens presenter mode', async ({ page, errors }) => {
  void errors;
  await page.goto('/ko/simulators/invitation/?story=no-such-story');
  const sim = await simulator(page);
  await expect(sim).toHaveClass(/sim--presenter/);
  await expect(sim.locator('[data-link-error]')).toContainText('no-such-story');
  await expect(sim.locator('[data-link-error]')).toContainText('스토리');
});
