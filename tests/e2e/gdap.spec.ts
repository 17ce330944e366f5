/**
 * The GDAP simulator in every locale: a support question one link away (a technician only in
 * Admin agents), the status in words with the Graph value, and a national cloud that is not covered.
 */
import { test, expect, simulator } from './fixtures';
import { UI } from '../../src/i18n/ui';
import { LOCALES } from '../../src/i18n/types';

const ACTIVE = 'PARTNER_CREATES_REQUEST,PARTNER_FINALIZES_REQUEST,CUSTOMER_APPROVES,SYSTEM_PROCEEDS,SYSTEM_PROCEEDS,PARTNER_ASSIGNS_GROUP';

for (const locale of LOCALES) {
  const ui = UI[locale];
  const labels = ui.flows.gdap;

  test(`gdap (${locale}): a technician only in Admin agents cannot reach a GDAP-only customer (GDAP-25)`, async ({ page, errors }) => {
    void errors;
    await page.goto(`/${locale}/simulators/gdap/?partnerUser=adminAgentOnly&steps=${ACTIVE}`);
    const sim = await simulator(page);
    await expect(sim).toHaveAttribute('data-state', 'active');
    await expect(sim.locator('[data-fact="status"] dd')).toHaveText(labels.values.active);
    await expect(sim.locator('[data-fact="status"] dd')).toContainText('active');
    await expect(sim.locator('[data-fact="task:administer"] dd')).toHaveText(ui.sim.no);
    await expect(sim.locator('[data-fact="taskRule:administer"] dd')).toContainText('GDAP-25');
    await sim.locator('[data-event="PARTNER_USER_TRIES"][data-payload="task=administer"]').click();
    await expect(sim.locator('[role="status"]')).toContainText('GDAP-25');
    await expect(sim.locator('[role="status"]')).toContainText(labels.reasons.cannotAdminister);
  });

  test(`gdap (${locale}): US Government is not covered by any GDAP page (AMB-21)`, async ({ page, errors }) => {
    void errors;
    await page.goto(`/${locale}/simulators/gdap/?cloud=usgov`);
    const sim = await simulator(page);
    await expect(sim).toHaveAttribute('data-state', 'notCovered');
    await expect(sim).toHaveAttribute('data-outcome', 'ambiguous');
    await expect(sim.locator('[data-ambiguity="AMB-21"]')).toBeVisible();
    await expect(sim.locator('select[name="origin"]')).toBeDisabled();
    await expect(sim.locator('[data-fact="status"] dd')).toHaveText(ui.sim.unknown);
  });
}
