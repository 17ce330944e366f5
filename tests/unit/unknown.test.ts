/**
 * Unknown stays unknown (issue 11), by rule: the cases where a flow used to state what the sources
 * do not. The exhaustive checks hold the general rule over every reachable state; these pin the
 * cases support engineers met, so a regression names its rule.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/domain/scenario';
import { NOT_APPLICABLE } from '../../src/domain/facts';
import type { FlowEvent, FlowId, Given } from '../../src/domain/flow';
import { HAPPY, runInvitation } from './helpers';

const ev = (type: string, payload: Record<string, string | boolean> = {}): FlowEvent => ({ type, ...payload });
const run = (flow: FlowId, given: Given, steps: FlowEvent[]) => runScenario({ flow, given, steps });

describe('unknown stays unknown', () => {
  it('NOR-01: billing only as the original reseller is stated for 21Vianet, and unknown elsewhere', () => {
    expect(runInvitation({ cloud: '21vianet' }, HAPPY).facts.billOnlyAsOriginalReseller).toBe(true);
    for (const cloud of ['global', 'usgov', 'germany']) {
      expect(runInvitation({ cloud, asOf: '2023-03-01' }, HAPPY).facts.billOnlyAsOriginalReseller, cloud).toBeNull();
    }
  });

  it('AMB-08, AMB-09: an acceptance the sources do not cover states neither the relationship nor DAP', () => {
    const reused = runInvitation({ linkReused: true, asOf: '2023-03-01' }, HAPPY);
    expect(reused.ambiguities).toEqual(['AMB-08']);
    expect(reused.facts).toMatchObject({ relationship: null, dap: null, customerListed: null });
    const notAdmin = runInvitation({ cloud: 'germany', acceptorIsGlobalAdmin: false, asOf: '2023-03-01' }, HAPPY);
    expect(notAdmin.ambiguities).toEqual(['AMB-09']);
    expect(notAdmin.facts).toMatchObject({ relationship: null, dap: null });
  });

  it('AMB-05: a restore on a disputed date leaves DAP unknown, and with it the Azure AD roles DAP consists of', () => {
    const r = run('dap-revocation', { asOf: '2023-10-01' }, [
      ev('CUSTOMER_REMOVES_DAP', { scope: 'this-partner' }),
      ev('PARTNER_REQUESTS_RELATIONSHIP'),
      ev('CUSTOMER_ACCEPTS_REQUEST'),
    ]);
    expect(r.final.ambiguities).toEqual(['AMB-05']);
    expect(r.final.facts).toMatchObject({ dap: null, azureAdRoles: null, commercialRelationship: true });
  });

  it('DAP-05: the customer can remove Azure RBAC after the relationship is accepted again without DAP', () => {
    const r = run('dap-revocation', {}, [
      ev('CUSTOMER_REMOVES_DAP', { scope: 'this-partner' }),
      ev('PARTNER_REQUESTS_RELATIONSHIP'),
      ev('CUSTOMER_ACCEPTS_REQUEST'),
      ev('CUSTOMER_REMOVES_AZURE_RBAC'),
    ]);
    expect(r.final.state).toBe('acceptedWithoutDap');
    expect(r.steps.at(-1)?.accepted).toBe(true);
    expect(r.final.facts.azureRbac).toBe(false);
  });

  it('AMB-07: after the partnership is removed, the reseller’s support role and incentives are not stated', () => {
    const r = run('indirect-reseller', { asOf: '2023-03-01', existingCustomers: 1 }, [
      ev('PROVIDER_REQUESTS_PARTNERSHIP'),
      ev('RESELLER_ACCEPTS'),
      ev('ADD_SUBSCRIPTION', { mpnId: 'partnerLocation' }),
      ev('SET_SUPPORT_CONTACT', { to: 'reseller' }),
      ev('REMOVE_PARTNERSHIP'),
      ev('CONFIRM_REMOVAL'),
    ]);
    expect(r.final.outcome).toBe('relationship-ended');
    expect(r.final.facts).toMatchObject({ supportContact: null, incentivesForReseller: null, resellerAdminAccess: null, customersKept: true });
  });

  it('AMB-04: when two CSP-transacting partners would hold DAP, neither partner’s DAP is stated', () => {
    const r = run('multi-partner', { cloud: '21vianet', partners: 3 }, [
      ev('CUSTOMER_REMOVES_DAP', { partner: 'A' }),
      ev('REQUEST_RELATIONSHIP', { partner: 'B', dap: true }),
      ev('CUSTOMER_ACCEPTS', { partner: 'B' }),
      ev('PARTNER_ACTION', { partner: 'B', action: 'provisionSubscription', service: 'm365' }),
      ev('REQUEST_RELATIONSHIP', { partner: 'A', dap: true }),
      ev('CUSTOMER_ACCEPTS', { partner: 'A' }),
    ]);
    expect(r.final.ambiguities).toContain('AMB-04');
    expect(r.final.facts).toMatchObject({ 'dap:A': null, 'dap:B': null, 'dapTransacting:m365': null });
  });

  it('AMB-06: US Government and Germany give one answer to one question when a second partner joins', () => {
    const steps = [ev('REQUEST_RELATIONSHIP', { partner: 'B', dap: true }), ev('CUSTOMER_ACCEPTS', { partner: 'B' })];
    const [usgov, germany] = (['usgov', 'germany'] as const).map((cloud) => run('multi-partner', { cloud, asOf: '2023-03-01' }, steps).final);
    expect(usgov?.outcome).toBe('ambiguous');
    expect(germany?.outcome).toBe(usgov?.outcome);
    expect(germany?.ambiguities).toEqual(usgov?.ambiguities);
    expect(usgov?.facts).toMatchObject({ 'relationship:B': null, 'dap:B': null, 'relationship:A': true });
  });

  it('not applicable is not "not documented": a fact that does not arise says so', () => {
    const blocked = runInvitation({ customerInRegion: false, asOf: '2023-03-01' }, HAPPY);
    expect(blocked.outcome).toBe('blocked');
    expect(blocked.facts.sent).toBe(false);
    expect(blocked.facts.billOnlyAsOriginalReseller).toBe(NOT_APPLICABLE);
    // With DAP the question "Azure without DAP" does not arise (INV-05).
    expect(runInvitation({ asOf: '2023-03-01' }, HAPPY).facts.azureWithoutDap).toBe(NOT_APPLICABLE);
  });
});

describe('inputs the outcome does not rest on', () => {
  it('INV-08: a customer outside the partner’s region in 21Vianet or Germany is not covered there, and the run says so', () => {
    for (const cloud of ['21vianet', 'germany']) {
      const r = runScenario({ flow: 'invitation', given: { cloud, customerInRegion: false, asOf: '2023-03-01' }, steps: HAPPY.map((type) => ({ type })) });
      expect(r.inputsWithoutEffect, cloud).toEqual([{ input: 'customerInRegion', rule: 'INV-08', reason: 'regionRuleGlobalOnly' }]);
    }
    const global = runScenario({ flow: 'invitation', given: { customerInRegion: false }, steps: [] });
    expect(global.inputsWithoutEffect).toEqual([]);
  });

  it('DAP-05, DAP-06: Azure RBAC and self-serve removal set outside the global cloud are named as not covered', () => {
    const r = runScenario({ flow: 'dap-revocation', given: { cloud: 'usgov', partnerHasAzureRbac: true, partnerUserIsAdminAgent: false }, steps: [] });
    expect(r.inputsWithoutEffect.map((w) => w.rule)).toEqual(['DAP-06']);
    // A value equal to the one the flow runs on changes nothing and is not listed; another one is.
    const rbac = runScenario({ flow: 'dap-revocation', given: { cloud: 'usgov', partnerHasAzureRbac: false }, steps: [] });
    expect(rbac.inputsWithoutEffect).toEqual([{ input: 'partnerHasAzureRbac', rule: 'DAP-05', reason: 'rbacGlobalOnly' }]);
  });
});
