import { test, expect, simulator } from './fixtures';
import { UI } from '../../src/i18n/ui';
import { LOCALES } from '../../src/i18n/types';

for (const locale of LOCALES) {
  const ui = UI[locale];

  test.describe(`simulators (${locale})`, () => {
    test('dap-revocation: the customer removes DAP from all partners; what continues is stated', async ({ page, errors }) => {
      void errors;
      await page.goto(`/${locale}/simulators/dap-revocation/`);
      const sim = await simulator(page);
      await sim.locator('[data-event="CUSTOMER_REMOVES_DAP"][data-payload="scope=all-partners"]').click();
      await expect(sim).toHaveAttribute('data-state', 'dapRemoved');
      await expect(sim).toHaveAttribute('data-outcome', 'access-ended');
      // The headline names what ended and what continues, in the page's language.
      await expect(sim.locator('.sim-outcome__kind')).toContainText(ui.flows['dap-revocation'].outcomes['access-ended']);
      await expect(sim.locator('[data-fact="commercialRelationship"] dd')).toHaveText(ui.sim.yes);
      await expect(sim.locator('[data-fact="otherPartnersWithDap"] dd')).toHaveText('0');
      await sim.locator('[data-event="PARTNER_ASKS_MICROSOFT_SUPPORT"]').click();
      await expect(sim).toHaveAttribute('data-outcome', 'ambiguous');
      await expect(sim.locator('[data-ambiguity="AMB-01"] li')).toHaveCount(2);
    });

    test('multi-partner today: a request with DAP is refused (INV-14); without it the partner joins', async ({ page, errors }) => {
      void errors;
      await page.goto(`/${locale}/simulators/multi-partner/`);
      const sim = await simulator(page);
      const labels = ui.flows['multi-partner'];
      await expect(sim.locator('[data-premise="INV-14"]')).toContainText(labels.reasons.dapEraRules);
      await sim.locator('[data-event="REQUEST_RELATIONSHIP"][data-payload="partner=B;dap=true"]').click();
      await expect(sim.locator('[data-step="1"]')).toHaveAttribute('data-accepted', 'false');
      await expect(sim.locator('[data-step="1"]')).toContainText('INV-14');
      await sim.locator('[data-event="REQUEST_RELATIONSHIP"][data-payload="partner=B;dap=false"]').click();
      await sim.locator('[data-event="CUSTOMER_ACCEPTS"]').click();
      await expect(sim).toHaveAttribute('data-outcome', 'established');
      await expect(sim.locator('[data-fact="dap:B"] dd')).toHaveText(ui.sim.no);
    });

    test('multi-partner (March 2023): a second partner joins with DAP; facts are labelled in words', async ({ page, errors }) => {
      void errors;
      await page.goto(`/${locale}/simulators/multi-partner/?asOf=2023-03-01`);
      const sim = await simulator(page);
      await sim.locator('[data-event="REQUEST_RELATIONSHIP"][data-payload="partner=B;dap=true"]').click();
      await sim.locator('[data-event="CUSTOMER_ACCEPTS"]').click();
      await expect(sim).toHaveAttribute('data-outcome', 'established');
      const labels = ui.flows['multi-partner'];
      await expect(sim.locator('[data-fact="dap:B"] dt')).toHaveText(labels.facts.dap.replace('{arg}', 'B'));
      await expect(sim.locator('[data-fact="dap:B"] dd')).toHaveText(ui.sim.yes);
      // Partner B may not touch A's subscription: MP-02 in the global cloud.
      await sim.locator('[data-event="PARTNER_ACTION"][data-payload*="action=changePartnerOfRecord"]').click();
      await expect(sim.locator('[data-step="3"]')).toHaveAttribute('data-accepted', 'false');
      await expect(sim.locator('[data-step="3"]')).toContainText('MP-02');
    });

    test('indirect-reseller: the temporary password shows once, on the confirmation page', async ({ page, errors }) => {
      void errors;
      await page.goto(`/${locale}/simulators/indirect-reseller/`);
      const sim = await simulator(page);
      for (const event of ['PROVIDER_REQUESTS_PARTNERSHIP', 'RESELLER_ACCEPTS', 'START_ADD_CUSTOMER', 'WIZARD_NEXT', 'WIZARD_NEXT', 'WIZARD_SUBMIT', 'VIEW_TEMPORARY_PASSWORD']) {
        await sim.locator(`[data-event="${event}"]`).click();
      }
      await expect(sim).toHaveAttribute('data-state', 'partnered.wizard.confirmation');
      await expect(sim.locator('[data-fact="passwordVisible"] dd')).toHaveText(ui.sim.yes);
      await sim.locator('[data-event="WIZARD_DONE"]').click();
      await expect(sim.locator('[data-fact="passwordVisible"] dd')).toHaveText(ui.sim.no);
      await sim.locator('[data-event="VIEW_TEMPORARY_PASSWORD"]').click();
      await expect(sim.locator('[data-step="9"]')).toContainText('IND-07');
    });
  });

  test.describe(`permalinks (${locale})`, () => {
    test('a link opens the exact scenario, and the address follows the steps', async ({ page, errors }) => {
      void errors;
      await page.goto(`/${locale}/simulators/invitation/?cloud=usgov&includeDap=false&steps=SEND_INVITATION`);
      const sim = await simulator(page);
      await expect(sim).toHaveAttribute('data-outcome', 'blocked');
      await expect(sim.locator('select[name="cloud"]')).toHaveValue('usgov');
      await sim.locator('input[name="includeDap"]').check();
      await sim.locator('[data-event="SEND_INVITATION"]').click();
      await expect(page).toHaveURL(/\?cloud=usgov&steps=SEND_INVITATION$/);
      await page.reload();
      const again = await simulator(page);
      await expect(again).toHaveAttribute('data-state', 'sent');
    });

    test('a malformed or hostile link opens the default scenario with a message, nothing injected', async ({ page, errors }) => {
      void errors;
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto(`/${locale}/simulators/invitation/?cloud=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&steps=ACEPT,%3Cscript%3Ealert(2)%3C/script%3E`);
      const sim = await simulator(page);
      await expect(sim).toHaveAttribute('data-state', 'composing');
      const notice = sim.locator('[data-link-error]');
      await expect(notice).toContainText(ui.sim.linkProblem);
      await expect(notice.locator('li')).toHaveCount(3);
      await expect(page.locator('main img[src="x"], main script:not([type]):text("alert")')).toHaveCount(0);
      expect(dialogs).toBe(0);
    });
  });
}

const MALFORMED = [
  '?steps=SEND_INVITATION,ACEPT',
  '?cloud=mars',
  '?includeDap=maybe',
  '?asOf=2023-13-45',
  '?steps=SEND_INVITATION(',
  '?steps=%E0%A4%A',
  '?clod=usgov',
  `?steps=${Array(201).fill('OPEN_LINK').join(',')}`,
  '?steps=%3Csvg%20onload%3Dalert(1)%3E',
  '?cloud=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&linkReused=%3Cb%3Ex%3C%2Fb%3E',
];

for (const locale of LOCALES) {
  test(`ten malformed links open a valid initial state with a message (${locale})`, async ({ page, errors }) => {
    void errors;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const query of MALFORMED) {
      await page.goto(`/${locale}/simulators/invitation/${query}`);
      const sim = await simulator(page);
      await expect(sim, query).toHaveAttribute('data-state', 'composing');
      await expect(sim.locator('[data-link-error]'), query).toContainText(UI[locale].sim.linkProblem);
      await expect(page.locator('main b, main svg[onload]')).toHaveCount(0);
    }
    expect(dialogs).toBe(0);
  });
}
