import { test, expect, simulator } from './fixtures';
import { UI } from '../../src/i18n/ui';
import { LANG_TAG } from '../../src/i18n/types';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link gives the address that reopens the same state', async ({ page, context, errors }) => {
  void errors;
  await page.goto('/en/simulators/invitation/');
  const sim = await simulator(page);
  await sim.locator('select[name="cloud"]').selectOption('21vianet');
  await sim.locator('[data-event="SEND_INVITATION"]').click();
  await sim.locator('[data-control="copy-link"]').click();
  await expect(sim.locator('[role="status"]')).toHaveText(UI.en.sim.copiedLink);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  const other = await context.newPage();
  await other.goto(link.replace('/en/', '/ko/'));
  const again = await simulator(other);
  await expect(again).toHaveAttribute('data-state', 'sent');
  await expect(again.locator('select[name="cloud"]')).toHaveValue('21vianet');
});

test('copy trace: the reader’s language, then English, then the scenario and its link', async ({ page, errors }) => {
  void errors;
  await page.goto('/ko/simulators/invitation/');
  const sim = await simulator(page);
  await sim.locator('input[name="acceptorIsGlobalAdmin"]').uncheck();
  for (const event of ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION']) await sim.locator(`[data-event="${event}"]`).click();
  await sim.locator('[data-control="copy-trace"]').click();
  await expect(sim.locator('[role="status"]')).toHaveText(UI.ko.sim.copiedTrace);
  const trace = await page.evaluate(() => navigator.clipboard.readText());
  const [korean, english] = trace.split(`----- ${UI.ko.sim.traceEnglish} -----`);
  expect(korean).toContain(UI.ko.flows.invitation.events.ACCEPT_INVITATION);
  expect(korean).toContain(UI.ko.sim.outcomes.blocked);
  expect(korean).toContain('INV-10');
  expect(english).toContain(UI.en.flows.invitation.events.ACCEPT_INVITATION);
  expect(english).toContain(UI.en.sim.outcomes.blocked);
  expect(trace).toContain('"flow": "invitation"');
  expect(trace).toContain('"acceptorIsGlobalAdmin": false');
  expect(trace).toContain(`${UI.ko.sim.traceLink}: ${page.url()}`);
});

test('the embed page shows the simulator alone and opens the same links', async ({ page, errors }) => {
  void errors;
  // A DAP-era date: today a global request with DAP is refused (INV-14).
  await page.goto('/zh-tw/embed/multi-partner/?partners=3&asOf=2023-03-01&steps=REQUEST_RELATIONSHIP(partner:C;dap:true),CUSTOMER_ACCEPTS(partner:C)');
  await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG['zh-tw']);
  const sim = await simulator(page);
  await expect(sim).toHaveAttribute('data-outcome', 'established');
  await expect(page.locator('nav, .sidebar-pane')).toHaveCount(0);
  await expect(sim.locator('.sim-full a')).toHaveAttribute('href', '/zh-tw/simulators/multi-partner/');
});
