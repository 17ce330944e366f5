import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { invitationFlow, invitationMachine, INVITATION_DEFAULTS } from '../../src/domain/flows/invitation';
import { effectiveGiven, step, start, stateText, type FlowDefinition } from '../../src/domain/flow';
import { CLOUDS, isCitationId } from '../../src/domain/rules';
import { HAPPY, runInvitation } from './helpers';

const flow = invitationFlow as unknown as FlowDefinition;

describe('invitation flow', () => {
  it('INV-01: the partner sends the request; nothing reaches the customer before that', () => {
    const r = runInvitation({}, ['OPEN_LINK', 'ACCEPT_INVITATION', 'SEND_INVITATION']);
    expect(r.steps[0]).toMatchObject({ accepted: false, rule: 'INV-01', state: 'composing' });
    expect(r.steps[1]).toMatchObject({ accepted: false, rule: 'INV-01', state: 'composing' });
    expect(r.steps[2]).toMatchObject({ accepted: true, state: 'sent' });
    expect(runInvitation({}, ['SEND_INVITATION', 'SEND_INVITATION']).steps[1]).toMatchObject({ accepted: false, rule: 'INV-01' });
  });

  it('INV-02: the email text may be edited, the link may not', () => {
    const r = runInvitation({}, ['EDIT_EMAIL_TEXT', 'CHANGE_LINK', ...HAPPY]);
    expect(r.steps[0]).toMatchObject({ accepted: true, state: 'composing' });
    expect(r.steps[1]).toMatchObject({ accepted: false, rule: 'INV-02', state: 'composing' });
    expect(r.outcome).toBe('established');
  });

  it('INV-03: in 21Vianet the same link can go to every customer', () => {
    const r = runInvitation({ cloud: '21vianet', linkReused: true }, HAPPY);
    expect(r.outcome).toBe('established');
    expect(r.rules).toContain('INV-03');
    expect(r.ambiguities).toEqual([]);
  });

  it('AMB-08: a reused link outside 21Vianet is undocumented, not invented', () => {
    for (const cloud of ['global', 'usgov', 'germany']) {
      const r = runInvitation({ cloud, linkReused: true, asOf: '2023-03-01' }, HAPPY);
      expect(r.outcome, cloud).toBe('ambiguous');
      expect(r.ambiguities, cloud).toEqual(['AMB-08']);
      expect(r.facts.relationship, cloud).toBeNull();
    }
  });

  it('INV-04: in the global cloud the checkbox decides whether DAP is requested', () => {
    // Before October 2023: today a global request carries no DAP whatever the box says (INV-14).
    const withDap = runInvitation({ includeDap: true, asOf: '2023-03-01' }, HAPPY);
    const without = runInvitation({ includeDap: false, asOf: '2023-03-01' }, HAPPY);
    expect(withDap).toMatchObject({ outcome: 'established', facts: { dap: true } });
    expect(without).toMatchObject({ outcome: 'established', facts: { dap: false } });
    expect(withDap.rules).toContain('INV-04');
    expect(without.rules).toContain('INV-04');
  });

  it('INV-05: without admin rights the partner still manages the Azure subscriptions it provisions', () => {
    const r = runInvitation({ includeDap: false }, HAPPY);
    expect(r.facts.azureWithoutDap).toBe(true);
    expect(r.rules).toContain('INV-05');
  });

  it('INV-06: US Government and Germany offer no request without DAP', () => {
    for (const cloud of ['usgov', 'germany']) {
      const blocked = runInvitation({ cloud, includeDap: false }, HAPPY);
      expect(blocked.steps[0], cloud).toMatchObject({ accepted: false, rule: 'INV-06', state: 'composing' });
      expect(blocked.outcome, cloud).toBe('blocked');
      expect(blocked.rules, cloud).toEqual(['INV-06']);
      const ok = runInvitation({ cloud, includeDap: true, asOf: '2023-03-01' }, HAPPY);
      expect(ok, cloud).toMatchObject({ outcome: 'established', facts: { dap: true } });
      expect(ok.rules, cloud).toContain('INV-06');
    }
  });

  it('INV-07: a 21Vianet request always adds DAP', () => {
    const blocked = runInvitation({ cloud: '21vianet', includeDap: false }, HAPPY);
    expect(blocked.steps[0]).toMatchObject({ accepted: false, rule: 'INV-07' });
    expect(blocked.outcome).toBe('blocked');
    const ok = runInvitation({ cloud: '21vianet' }, HAPPY);
    expect(ok).toMatchObject({ outcome: 'established', facts: { dap: true } });
    expect(ok.rules).toEqual(expect.arrayContaining(['INV-07', 'NOR-01', 'NOR-02']));
  });

  it('INV-08: global requests only reach customers in the partner’s country or region', () => {
    const r = runInvitation({ customerInRegion: false }, HAPPY);
    expect(r.steps[0]).toMatchObject({ accepted: false, rule: 'INV-08' });
    expect(r.outcome).toBe('blocked');
    // The other clouds' pages do not state the limit: the input is disabled there, with the reason.
    expect(flow.inapplicable('customerInRegion', { ...INVITATION_DEFAULTS, cloud: '21vianet' })).toEqual({ rule: 'INV-08', reason: 'regionRuleGlobalOnly' });
    expect(flow.inapplicable('customerInRegion', { ...INVITATION_DEFAULTS, cloud: 'global' })).toBeNull();
    expect(runInvitation({ cloud: 'usgov', customerInRegion: false, asOf: '2023-03-01' }, HAPPY).outcome).toBe('established');
  });

  it('INV-09: the customer accepts in its cloud’s admin portal, after opening the link', () => {
    const expected = { global: 'm365AdminCenter', usgov: 'officeAdminPortal', germany: 'officeAdminPortal', '21vianet': 'o365AdminCenter21Vianet' };
    for (const cloud of CLOUDS) {
      expect(runInvitation({ cloud }, HAPPY).facts.acceptedIn, cloud).toBe(expected[cloud]);
    }
    const early = runInvitation({}, ['SEND_INVITATION', 'ACCEPT_INVITATION']);
    expect(early.steps[1]).toMatchObject({ accepted: false, rule: 'INV-09', state: 'sent' });
  });

  it('INV-10: in the global cloud only a Global admin can accept', () => {
    const r = runInvitation({ acceptorIsGlobalAdmin: false }, HAPPY);
    expect(r.steps[2]).toMatchObject({ accepted: false, rule: 'INV-10', state: 'reviewing' });
    expect(r.outcome).toBe('blocked');
    expect(r.rules).toEqual(['INV-10']);
  });

  it('INV-11: a customer without the MCA accepts it first', () => {
    const r = runInvitation({ customerAcceptedMca: false }, ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION', 'ACCEPT_MCA', 'ACCEPT_INVITATION']);
    expect(r.steps.map((s) => s.state)).toEqual(['sent', 'mcaPrompt', 'mcaPrompt', 'reviewing', 'established']);
    expect(r.steps[2]).toMatchObject({ accepted: false, rule: 'INV-11' });
    expect(r.outcome).toBe('established');
    expect(r.rules).toContain('INV-11');
    expect(runInvitation({}, ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_MCA']).steps[2]).toMatchObject({ accepted: false, rule: 'INV-11' });
  });

  it('AMB-09: outside the global cloud, a non-Global-admin acceptor or a missing MCA is undocumented', () => {
    for (const cloud of ['21vianet', 'usgov', 'germany']) {
      const admin = runInvitation({ cloud, acceptorIsGlobalAdmin: false, asOf: '2023-03-01' }, HAPPY);
      expect(admin, cloud).toMatchObject({ outcome: 'ambiguous', ambiguities: ['AMB-09'] });
      const mca = runInvitation({ cloud, customerAcceptedMca: false, asOf: '2023-03-01' }, HAPPY);
      expect(mca, cloud).toMatchObject({ outcome: 'ambiguous', ambiguities: ['AMB-09'] });
    }
  });

  it('INV-11: only the global pages describe the MCA prompt, so elsewhere accepting the MCA is not a step', () => {
    for (const cloud of ['21vianet', 'usgov', 'germany']) {
      const r = runInvitation({ cloud, customerAcceptedMca: false, asOf: '2023-03-01' }, ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_MCA', 'ACCEPT_INVITATION']);
      expect(r.steps[2], cloud).toMatchObject({ accepted: false, rule: 'INV-11' });
      // The question stays open: the acceptance is undocumented, not made certain by an invented step.
      expect(r, cloud).toMatchObject({ outcome: 'ambiguous', ambiguities: ['AMB-09'] });
      expect(r.facts.relationship, cloud).toBeNull();
    }
    const global = runInvitation({ customerAcceptedMca: false }, ['SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_MCA', 'ACCEPT_INVITATION']);
    expect(global.outcome).toBe('established');
  });

  it('INV-12: acceptance lists the customer and lets the partner manage subscriptions', () => {
    const r = runInvitation({}, HAPPY);
    expect(r.state).toBe('established');
    expect(r.facts).toMatchObject({ relationship: true, customerListed: true, canManageSubscriptions: true });
    expect(r.rules[0]).toBe('INV-12');
    expect(runInvitation({}, [...HAPPY, 'SEND_INVITATION']).steps[3]).toMatchObject({ accepted: false, rule: 'INV-12' });
  });

  it('INV-13: a global DAP relationship cites the roles DAP grants', () => {
    expect(runInvitation({ asOf: '2023-03-01' }, HAPPY).rules).toContain('INV-13');
    expect(runInvitation({ includeDap: false, asOf: '2023-03-01' }, HAPPY).rules).not.toContain('INV-13');
    expect(runInvitation({}, HAPPY).rules).not.toContain('INV-13');
  });

  it('INV-14: without a date the latest rules apply: a global request carries no DAP, and the box reads as cleared', () => {
    const r = runInvitation({ includeDap: true }, HAPPY);
    expect(r).toMatchObject({ outcome: 'established', facts: { dap: false } });
    expect(r.rules).toContain('INV-14');
    expect(effectiveGiven(flow, { ...INVITATION_DEFAULTS }).includeDap).toBe(false);
    expect(flow.premise?.({ ...INVITATION_DEFAULTS })).toMatchObject({ rule: 'INV-14', lastDate: '2023-09-24', gdap: true });
    expect(flow.premise?.({ ...INVITATION_DEFAULTS, asOf: '2023-03-01' })).toBeNull();
  });

  it('AMB-31: today in US Government and Germany the relationship is made, and whether it carries DAP is undocumented', () => {
    for (const cloud of ['usgov', 'germany']) {
      const r = runInvitation({ cloud }, HAPPY);
      expect(r, cloud).toMatchObject({ outcome: 'ambiguous', ambiguities: ['AMB-31'], facts: { relationship: true, dap: null } });
      expect(r.rules, cloud).toEqual(expect.arrayContaining(['INV-06', 'INV-14']));
      // Still no request without DAP: that part of INV-06 has no later source.
      expect(runInvitation({ cloud, includeDap: false }, HAPPY).steps[0], cloud).toMatchObject({ accepted: false, rule: 'INV-06' });
      expect(runInvitation({ cloud, asOf: '2023-10-09' }, HAPPY).facts.dap, cloud).toBe(true);
    }
  });

  it('INV-14: from 2023-10-10 a global request carries no DAP, checkbox or not', () => {
    const r = runInvitation({ asOf: '2024-03-01', includeDap: true }, HAPPY);
    expect(r).toMatchObject({ outcome: 'established', facts: { dap: false } });
    expect(r.rules).toContain('INV-14');
    expect(flow.inapplicable('includeDap', { ...INVITATION_DEFAULTS, asOf: '2023-10-10' })).toEqual({ rule: 'INV-14', reason: 'noDapAfterGdap' });
    expect(flow.inapplicable('includeDap', { ...INVITATION_DEFAULTS, asOf: '2023-09-24' })).toBeNull();
    // 21Vianet has no documented GDAP change: still DAP-based.
    expect(runInvitation({ cloud: '21vianet', asOf: '2024-03-01' }, HAPPY).facts.dap).toBe(true);
    expect(runInvitation({ asOf: '2023-09-24' }, HAPPY).facts.dap).toBe(true);
  });

  it('AMB-05: a request in the disputed window leaves DAP undocumented, not the relationship', () => {
    for (const asOf of ['2023-09-25', '2023-10-01', '2023-10-09']) {
      const r = runInvitation({ asOf }, HAPPY);
      expect(r, asOf).toMatchObject({ outcome: 'ambiguous', ambiguities: ['AMB-05'], facts: { relationship: true, dap: null } });
    }
    // Without DAP requested, the date does not matter.
    expect(runInvitation({ asOf: '2023-10-01', includeDap: false }, HAPPY).outcome).toBe('established');
  });

  it('a refused step leaves the state as it was', () => {
    const s0 = start(flow, {});
    const refused = step(flow, s0, { type: 'ACCEPT_INVITATION' });
    expect(refused.accepted).toBe(false);
    expect(stateText(refused.snapshot.value)).toBe('composing');
    expect(refused.snapshot.context).toEqual(s0.context);
  });

  it('every rule a refusal or outcome cites exists in the catalogue', () => {
    const cited = new Set<string>();
    for (const cloud of CLOUDS) {
      for (const includeDap of [true, false]) {
        for (const acceptorIsGlobalAdmin of [true, false]) {
          const r = runInvitation({ cloud, includeDap, acceptorIsGlobalAdmin, customerAcceptedMca: false, linkReused: true }, [
            'CHANGE_LINK', 'OPEN_LINK', 'SEND_INVITATION', 'ACCEPT_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION', 'ACCEPT_MCA', 'ACCEPT_INVITATION', 'SEND_INVITATION',
          ]);
          r.steps.forEach((s) => s.rule && cited.add(s.rule));
          r.rules.forEach((id) => cited.add(id));
          r.ambiguities.forEach((id) => cited.add(id));
        }
      }
    }
    expect(cited.size).toBeGreaterThan(5);
    for (const id of cited) expect(isCitationId(id), id).toBe(true);
  });

  it('the live actor and the replay agree step by step', () => {
    const given = { ...INVITATION_DEFAULTS, cloud: 'global' as const, customerAcceptedMca: false };
    // The machine runs on the inputs in force, as the simulator's actor does (it starts from start()).
    const actor = createActor(invitationMachine, { input: effectiveGiven(flow, given) as typeof given }).start();
    const events = ['OPEN_LINK', 'SEND_INVITATION', 'OPEN_LINK', 'ACCEPT_INVITATION', 'ACCEPT_MCA', 'ACCEPT_INVITATION'];
    let snapshot = start(flow, given);
    for (const type of events) {
      snapshot = step(flow, snapshot, { type }).snapshot;
      actor.send({ type } as never);
      expect(stateText(actor.getSnapshot().value)).toBe(stateText(snapshot.value));
      expect(actor.getSnapshot().context).toEqual(snapshot.context);
    }
    actor.stop();
  });
});
