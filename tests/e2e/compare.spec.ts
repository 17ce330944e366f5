/**
 * Compare mode: the same steps under two sets of inputs. Every page renders the default
 * comparison without JavaScript; a link with a difference shows it marked, in any locale, and the
 * address keeps its canonical form; a bad link says what was wrong; explorer rows open it; pages
 * fit a phone; axe finds nothing.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, live } from './fixtures';
import { FLOWS } from '../../src/domain/flows';
import { FLOW_IDS, type FlowId, type Given } from '../../src/domain/flow';
import { compareScenarios, countDifferences, examplePath, hasDifferences, type Comparison } from '../../src/domain/compare';
import { decodeCompare, encodeCompare } from '../../src/domain/compare-link';
import { LAST_DAP_DAY } from '../../src/domain/dates';
import { format } from '../../src/i18n/format';
import { LOCALES, type Locale } from '../../src/i18n/types';
import { UI } from '../../src/i18n/ui';
import { summaryText } from '../../src/components/compare/words';

/** The compare island, live: reached for as a reader would (client:engaged), or started by a link. */
const comparison = (page: Page): Promise<Locator> => live(page.locator('main [data-compare]').first());

/** A comparison with something to mark, per flow: the global cloud against 21Vianet, or the same steps on either side of the end of DAP. */
function caseFor(flow: FlowId): { a: Given; b: Given; steps: ReturnType<typeof examplePath>; c: Comparison } {
  const definition = FLOWS[flow];
  const a: Given = definition.fields.some((f) => f.key === 'cloud') ? { cloud: 'global' } : { asOf: LAST_DAP_DAY };
  const b: Given = definition.fields.some((f) => f.key === 'cloud') ? { cloud: '21vianet' } : { asOf: '2023-10-11' };
  // The indirect-reseller flow differs by date once a customer is added for the reseller (GDAP-40).
  const steps =
    flow === 'indirect-reseller'
      ? ['PROVIDER_REQUESTS_PARTNERSHIP', 'RESELLER_ACCEPTS', 'START_ADD_CUSTOMER', 'WIZARD_NEXT', 'WIZARD_NEXT', 'WIZARD_SUBMIT'].map((type) => ({ type }))
      : examplePath(definition, a);
  const c = compareScenarios(definition, a, b, steps);
  expect(hasDifferences(c), `${flow}: the case shows a difference`).toBe(true);
  return { a, b, steps, c };
}

/** What the page marks as differing: steps, facts and rules, by their data attributes. */
async function marks(root: Locator) {
  const attr = (selector: string, name: string) => root.locator(selector).evaluateAll((els, n) => els.map((e) => e.getAttribute(n) ?? ''), name);
  return {
    steps: await attr('.cmp-steps tr[data-differs="true"]', 'data-step'),
    facts: await attr('.cmp-facts tr[data-differs="true"]', 'data-fact'),
    rules: await attr('.cmp-outcome li[data-differs="true"]', 'data-rule'),
    outcomes: await attr('.cmp-outcome[data-differs="true"]', 'data-side'),
  };
}

function expectedMarks(c: Comparison) {
  return {
    steps: [...(c.start.a !== c.start.b ? ['0'] : []), ...c.steps.flatMap((s, i) => (s.differs ? [String(i + 1)] : []))],
    facts: c.facts.map((f) => f.key),
    rules: c.rules.map((r) => r.id),
    outcomes: c.outcomeDiffers ? ['a', 'b'] : [],
  };
}

for (const flow of FLOW_IDS) {
  for (const locale of LOCALES) {
    test(`compare (${flow}, ${locale}): the default comparison is on the page without JavaScript`, async ({ browser }) => {
      test.setTimeout(30_000);
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/compare/${flow}/`);
      const ui = UI[locale];
      await expect(page.locator('h1')).toHaveText(format(ui.compare.title, { flow: ui.flows[flow].title }));
      const root = page.locator(`main [data-compare][data-flow="${flow}"]`);
      await expect(root).toBeVisible();
      await expect(root.locator('[data-summary]')).toContainText(ui.compare.summaryNone);
      await expect(root.locator('[data-side]').filter({ has: page.locator('fieldset') })).toHaveCount(2);
      await expect(root.locator('.cmp-steps tr[data-step="0"]')).toBeVisible();
      await expect(root.locator('[data-differs="true"]')).toHaveCount(0);
      await expect(root.locator('.cmp-outcome')).toHaveCount(2);
      await context.close();
    });
  }

  test(`compare (${flow}): a link with a difference is marked, keeps its canonical address and reopens the same in another locale`, async ({ page, errors }) => {
    void errors;
    test.setTimeout(45_000);
    const { a, b, steps, c } = caseFor(flow);
    const definition = FLOWS[flow];
    const canonical = encodeCompare(definition, { a, b, steps });
    // The same comparison written another way: inputs before the steps, a default spelled out, a tracking parameter.
    const [stepsPart, ...inputParts] = canonical.slice(1).split('&');
    const spelled = a.cloud === 'global' ? ['a.cloud=global'] : [];
    const loose = `?${[...inputParts.reverse(), ...spelled, stepsPart, 'utm_source=ticket'].join('&')}`;
    expect(decodeCompare(definition, loose).ok).toBe(true);
    await page.goto(`/en/compare/${flow}/${loose}`);
    const root = await comparison(page);
    await expect(page).toHaveURL(new RegExp(`/en/compare/${flow}/${canonical.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(root.locator('[data-link-error]')).toHaveCount(0);
    await expect(root).toHaveAttribute('data-differences', 'true');
    await expect(root.locator('[data-summary]')).toContainText(summaryText(UI.en, countDifferences(c)));
    await expect(root.locator('.cmp-steps tbody tr')).toHaveCount(steps.length + 1);
    const expected = expectedMarks(c);
    expect(await marks(root)).toEqual(expected);
    // Every mark is a word as well as a colour.
    await expect(root.locator('tr[data-differs="true"] .cmp-marker--differs').first()).toContainText(UI.en.compare.differs);

    for (const other of ['ko', 'zh-tw'] as const) {
      await page.goto(`/${other}/compare/${flow}/${canonical}`);
      const again = await comparison(page);
      await expect(page).toHaveURL(new RegExp(`/${other}/compare/${flow}/${canonical.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(await marks(again)).toEqual(expected);
      await expect(again.locator('[data-summary]')).toContainText(summaryText(UI[other], countDifferences(c)));
    }
  });
}

test('compare: steps are added, removed and reset from the keyboard, announced, and kept in the address', async ({ page, errors }) => {
  void errors;
  await page.goto('/en/compare/invitation/');
  const root = await comparison(page);
  await root.locator('[data-side="b"] select[name="cloud"]').selectOption('21vianet');
  await expect(page).toHaveURL(/\?b\.cloud=21vianet$/);
  await expect(root.locator('[role="status"]')).toContainText(format(UI.en.compare.announceInput, { side: 'B', summary: '' }).trim());
  const add = root.locator('[data-control="add-step"]');
  await add.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(root.locator('.cmp-steps tbody tr')).toHaveCount(4);
  await expect(page).toHaveURL(/steps=SEND_INVITATION,OPEN_LINK,ACCEPT_INVITATION&b\.cloud=21vianet$/);
  await expect(root.locator('[role="status"]')).toContainText(UI.en.flows.invitation.events.ACCEPT_INVITATION);
  await expect(add).toBeFocused();
  // Pick a step with the keyboard: the select, then the button.
  await root.locator('select[name="compare-next"]').focus();
  await root.locator('select[name="compare-next"]').selectOption('EDIT_EMAIL_TEXT');
  await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(root.locator('.cmp-steps tbody tr[data-step="4"]')).toHaveAttribute('data-event', 'EDIT_EMAIL_TEXT');
  await root.locator('[data-control="remove-last"]').focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('.cmp-steps tbody tr')).toHaveCount(4);
  await expect(root.locator('[role="status"]')).toContainText(UI.en.compare.announceRemoved.replace(' {summary}', ''));
  await root.locator('[data-control="reset-steps"]').focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('.cmp-steps tbody tr')).toHaveCount(1);
  await expect(page).toHaveURL(/\?b\.cloud=21vianet$/);
  // The reset button is now disabled: focus moved to a control that still works.
  await expect(add).toBeFocused();
  await root.locator('[data-control="reset-inputs"]').click();
  await expect(root.locator('[data-summary]')).toContainText(UI.en.compare.summaryNone);
  await expect(page).toHaveURL(/\/en\/compare\/invitation\/$/);
});

test('compare (multi-partner): who acts is picked among the partners both scenarios have; a step one scenario rules out is removed and announced', async ({ page, errors }) => {
  void errors;
  await page.goto('/en/compare/multi-partner/');
  const root = await comparison(page);
  const partner = root.locator('select[name="focus-partner"]');
  await root.locator('[data-side="a"] select[name="partners"]').selectOption('3');
  await expect(partner.locator('option')).toHaveText(['A', 'B']);
  await root.locator('[data-side="b"] select[name="partners"]').selectOption('3');
  await expect(partner.locator('option')).toHaveText(['A', 'B', 'C']);
  await partner.selectOption('C');
  await root.locator('select[name="compare-next"]').selectOption('REQUEST_RELATIONSHIP:true:C');
  await root.locator('[data-control="add-step"]').click();
  await expect(root.locator('.cmp-steps tbody tr[data-step="1"]')).toHaveAttribute('data-event', 'REQUEST_RELATIONSHIP');
  await expect(page).toHaveURL(/steps=REQUEST_RELATIONSHIP\(partner:C;dap:true\)|steps=REQUEST_RELATIONSHIP\(dap:true;partner:C\)/);
  await root.locator('[data-side="b"] select[name="partners"]').selectOption('2');
  await expect(root.locator('.cmp-steps tbody tr')).toHaveCount(1);
  await expect(root.locator('[role="status"]')).toContainText(format(UI.en.compare.announceDropped, { n: 1 }));
  await expect(partner).toHaveValue('A');
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('compare: copy link and copy trace hold both scenarios, in the reader’s language then English', async ({ page, errors }) => {
    void errors;
    const { a, b, steps } = caseFor('invitation');
    const query = encodeCompare(FLOWS.invitation, { a, b, steps });
    await page.goto(`/ko/compare/invitation/${query}`);
    const root = await comparison(page);
    await root.locator('[data-control="copy-link"]').click();
    await expect(root.locator('[role="status"]')).toHaveText(UI.ko.sim.copiedLink);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await root.locator('[data-control="copy-trace"]').click();
    await expect(root.locator('[role="status"]')).toHaveText(UI.ko.compare.copiedTrace);
    const trace = await page.evaluate(() => navigator.clipboard.readText());
    const [korean = '', english = ''] = trace.split(`----- ${UI.ko.sim.traceEnglish} -----`);
    expect(korean).toContain(format(UI.ko.compare.traceTitle, { flow: UI.ko.flows.invitation.title }));
    expect(korean).toContain(UI.ko.flows.invitation.events.ACCEPT_INVITATION);
    expect(korean).toContain(`≠ ${UI.ko.compare.differs}`);
    expect(korean).toContain('INV-07');
    expect(english).toContain(format(UI.en.compare.traceTitle, { flow: UI.en.flows.invitation.title }));
    expect(english).toContain(UI.en.clouds['21vianet']);
    expect(trace).toContain(format(UI.ko.compare.traceScenario, { side: 'A' }));
    expect(trace).toContain('"cloud": "21vianet"');
    expect(trace).toContain(`${UI.ko.sim.traceLink}: ${page.url()}`);
  });
});

for (const locale of LOCALES) {
  test(`compare (${locale}): a malformed link opens the default comparison and says what was wrong`, async ({ page, errors }) => {
    void errors;
    const ui = UI[locale];
    await page.goto(`/${locale}/compare/invitation/?b.cloud=mars&steps=SEND_INVITATION,ACEPT&clod=1`);
    const root = await comparison(page);
    const notice = root.locator('[data-link-error]');
    await expect(notice).toContainText(ui.compare.linkProblem);
    await expect(notice).toContainText(format(ui.sim.linkErrors.badValue, { value: 'mars', path: 'b.cloud' }));
    await expect(notice).toContainText(format(ui.sim.linkErrors.unknownEvent, { value: 'ACEPT', path: 'steps[2]' }));
    await expect(notice).toContainText(format(ui.sim.linkErrors.unknownInput, { value: 'clod', path: 'clod' }));
    await expect(root.locator('[data-summary]')).toContainText(ui.compare.summaryNone);
    await expect(root.locator('.cmp-steps tbody tr')).toHaveCount(1);
    await expect(root.locator('[data-side="b"] select[name="cloud"]')).toHaveValue('global');
  });
}

test('explorer: a row’s compare link opens compare mode with that row’s inputs against the defaults', async ({ page, errors }) => {
  void errors;
  for (const flow of ['invitation', 'multi-partner'] as const) {
    await page.goto(`/en/explorer/${flow}/`);
    // A row with changed inputs and steps.
    const row = page.locator('tr[data-row]').filter({ has: page.locator('td ul li') }).filter({ has: page.locator('td ol li') }).first();
    const stepCount = await row.locator('ol li').count();
    const href = (await row.locator('a[data-compare-row]').getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/en/compare/${flow}/\\?`));
    const decoded = decodeCompare(FLOWS[flow], href.slice(href.indexOf('?')));
    expect(decoded.ok, href).toBe(true);
    if (!decoded.ok) return;
    await row.locator('a[data-compare-row]').click();
    const root = await comparison(page);
    await expect(root.locator('[data-link-error]')).toHaveCount(0);
    await expect(root.locator('.cmp-steps tbody tr')).toHaveCount(stepCount + 1);
    const defaults = FLOWS[flow].defaults;
    const changed = Object.entries(decoded.compare.a).filter(([k, v]) => v !== defaults[k]);
    expect(changed.length).toBeGreaterThan(0);
    for (const [key, value] of changed) {
      const control = root.locator(`[data-side="a"] [name="${key}"]`);
      if (typeof value === 'boolean') await expect(control).toBeChecked({ checked: value });
      else if ((await control.isDisabled()) === false) await expect(control).toHaveValue(String(value ?? ''));
    }
    // Side B holds the defaults, but for what the row's steps need (the number of partners).
    for (const [key, value] of Object.entries(decoded.compare.b)) if (key !== 'partners') expect(value, key).toEqual(defaults[key]);
  }
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const locale of LOCALES) {
    for (const flow of FLOW_IDS) {
      test(`390 px (${flow}, ${locale}): explorer and compare pages do not scroll sideways; rows are cards`, async ({ page, errors }) => {
        void errors;
        test.setTimeout(45_000);
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        await page.goto(`/${locale}/explorer/${flow}/`);
        expect(await overflow(), 'explorer').toBeLessThanOrEqual(0);
        await expect(page.locator('tr[data-row]').first()).toHaveCSS('display', 'block');
        const { a, b, steps } = caseFor(flow);
        await page.goto(`/${locale}/compare/${flow}/${encodeCompare(FLOWS[flow], { a, b, steps })}`);
        const root = await comparison(page);
        expect(await overflow(), 'compare').toBeLessThanOrEqual(0);
        await expect(root.locator('.cmp-steps tbody tr').first()).toHaveCSS('display', 'block');
      });
    }
  }
});

test.describe('wide screens', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('1280 px: the explorer and compare pages use the full width, as tables', async ({ page, errors }) => {
    void errors;
    for (const path of ['/en/explorer/gdap/', '/en/compare/gdap/']) {
      await page.goto(path);
      const main = await page.locator('main .wide-page').boundingBox();
      const table = await page.locator('main table').first().boundingBox();
      // The column is the page's width less the sidebar (300 px) and padding, not Starlight's 45rem (720 px) measure.
      expect(main?.width ?? 0, path).toBeGreaterThan(880);
      expect(table?.width ?? 0, path).toBeGreaterThan(850);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expect(page.locator('main table tbody tr').first()).toHaveCSS('display', 'table-row');
    }
  });

  for (const locale of LOCALES) {
    test(`compare (${locale}): axe finds no violation, and a screenshot for review`, async ({ page, errors }) => {
      void errors;
      test.setTimeout(60_000);
      const { a, b, steps } = caseFor('invitation');
      await page.goto(`/${locale}/compare/invitation/${encodeCompare(FLOWS.invitation, { a, b, steps })}`);
      await comparison(page);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).slice(0, 3).join(', ')}`)).toEqual([]);
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/compare-${locale as Locale}.png`, fullPage: true });
    });
  }

  test('compare (dark theme): axe finds no violation', async ({ page, errors }) => {
    void errors;
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const { a, b, steps } = caseFor('gdap');
    await page.goto(`/en/compare/gdap/${encodeCompare(FLOWS.gdap, { a, b, steps })}`);
    await comparison(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).slice(0, 3).join(', ')}`)).toEqual([]);
  });
});

test('the standalone simulator page links to its compare page', async ({ page }) => {
  await page.goto('/zh-tw/simulators/gdap/');
  await expect(page.locator('a[data-compare-link]')).toHaveAttribute('href', '/zh-tw/compare/gdap/');
  await expect(page.locator('a[data-compare-link]')).toContainText(UI['zh-tw'].compare.simulatorLink);
});
