/**
 * The indirect reseller flow by rule ID, where the date decides: the 2020 pages rest on the
 * reseller's DAP, which a customer created since October 2023 no longer brings (GDAP-40).
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/domain/scenario';
import { indirectResellerFlow } from '../../src/domain/flows/indirect-reseller';
import type { FlowEvent, Given } from '../../src/domain/flow';

const ADD_CUSTOMER = ['PROVIDER_REQUESTS_PARTNERSHIP', 'RESELLER_ACCEPTS', 'START_ADD_CUSTOMER', 'WIZARD_NEXT', 'WIZARD_NEXT', 'WIZARD_SUBMIT', 'WIZARD_DONE'].map(
  (type): FlowEvent => ({ type }),
);
const SUBSCRIPTION: FlowEvent = { type: 'ADD_SUBSCRIPTION', mpnId: 'partnerLocation' };
const TO_RESELLER: FlowEvent = { type: 'SET_SUPPORT_CONTACT', to: 'reseller' };

function run(given: Given, steps: FlowEvent[]) {
  return runScenario({ flow: 'indirect-reseller', given, steps });
}

/** The rule that refused the last step, or null when it was accepted. */
function lastRefusal(result: ReturnType<typeof run>): string | null {
  const last = result.steps.at(-1);
  return (last && 'rejectedBy' in last ? last.rejectedBy : null) ?? null;
}

describe('indirect-reseller, by date', () => {
  it('IND-06 before October 2023: the new customer gives the reseller admin access', () => {
    const { final } = run({ asOf: '2023-03-01' }, ADD_CUSTOMER);
    expect(final.facts.resellerAdminAccess).toBe(true);
    expect(final.rules).not.toContain('GDAP-40');
  });

  it('GDAP-40 today: a new customer brings no DAP, and the admin access association gives is unknown', () => {
    const result = run({}, [...ADD_CUSTOMER, { type: 'CUSTOMER_REMOVES_RESELLER_DAP' }]);
    expect(result.final.facts.resellerAdminAccess).toBeNull();
    expect(result.final.rules).toEqual(expect.arrayContaining(['IND-06', 'GDAP-40']));
    // There is no DAP to remove: the customer's step is refused.
    expect(lastRefusal(result)).toBe('DAP-01');
  });

  it('AMB-15 in the disputed days: whether the new customer brought DAP is open', () => {
    const { final } = run({ asOf: '2023-10-01' }, ADD_CUSTOMER);
    expect(final.facts.resellerAdminAccess).toBeNull();
    expect(final.ambiguities).toEqual(['AMB-15']);
  });

  it('SUP-01 today: choosing the reseller as support contact is not refused, and its result is unknown', () => {
    const result = run({}, [...ADD_CUSTOMER, SUBSCRIPTION, TO_RESELLER]);
    expect(result.steps.at(-1)?.accepted).toBe(true);
    expect(result.final.facts.supportContact).toBeNull();
  });

  it('SUP-01 before October 2023: refused for a reseller whose DAP the customer removed', () => {
    const result = run({ asOf: '2023-03-01', existingCustomers: 1 }, [
      ...ADD_CUSTOMER.slice(0, 2),
      SUBSCRIPTION,
      { type: 'CUSTOMER_REMOVES_RESELLER_DAP' },
      TO_RESELLER,
    ]);
    expect(lastRefusal(result)).toBe('SUP-01');
    expect(result.final.facts.supportContact).toBe('provider');
  });

  it('SUP-01: every new subscription starts with the provider, whatever the previous one had', () => {
    const { final } = run({ asOf: '2023-03-01' }, [...ADD_CUSTOMER, SUBSCRIPTION, TO_RESELLER, SUBSCRIPTION]);
    expect(final.facts.supportContact).toBe('provider');
  });

  it('IND-09 decides a password request after removal when no password was ever shown', () => {
    const steps = ['PROVIDER_REQUESTS_PARTNERSHIP', 'RESELLER_ACCEPTS', 'REMOVE_PARTNERSHIP', 'CONFIRM_REMOVAL', 'VIEW_TEMPORARY_PASSWORD'].map((type): FlowEvent => ({ type }));
    expect(lastRefusal(run({}, steps))).toBe('IND-09');
    const shown = [...ADD_CUSTOMER, { type: 'REMOVE_PARTNERSHIP' }, { type: 'CONFIRM_REMOVAL' }, { type: 'VIEW_TEMPORARY_PASSWORD' }];
    expect(lastRefusal(run({}, shown))).toBe('IND-07');
  });

  it('the premise note appears from the disputed days on, with the last day of the 2020 rules', () => {
    expect(indirectResellerFlow.premise?.({ asOf: '2023-03-01' })).toBeNull();
    expect(indirectResellerFlow.premise?.({ asOf: null })).toMatchObject({ rule: 'GDAP-40', lastDate: '2023-09-24', gdap: true });
    expect(indirectResellerFlow.premise?.({ asOf: '2023-10-01' })).toMatchObject({ rule: 'GDAP-40' });
  });
});

describe('indirect-reseller: what the confirmation page says', () => {
  it('IND-07: Submit creates the customer and Setup info shows the password at once; Done hides it for good', () => {
    const submitted = run({}, ADD_CUSTOMER.slice(0, 6));
    expect(submitted.final.state).toBe('partnered.wizard.confirmation');
    expect(submitted.final.facts).toMatchObject({ newCustomerAdded: true, passwordVisible: true });
    const done = run({}, ADD_CUSTOMER);
    expect(done.final.facts).toMatchObject({ newCustomerAdded: true, passwordVisible: false });
  });
});
