/** The GDAP flow, rule by rule (shared/DOMAIN-GDAP.md): each test is named for the rule it proves. */
import { describe, expect, it } from 'vitest';
import { replay, stateText, type FlowDefinition, type FlowEvent, type Given } from '../../src/domain/flow';
import { gdapFlow } from '../../src/domain/flows/gdap';
import { combinations, explore } from '../../src/domain/explore';

const flow = gdapFlow as unknown as FlowDefinition;

type Step = string | FlowEvent;
const ev = (s: Step): FlowEvent => {
  if (typeof s !== 'string') return s;
  const [type, value] = s.split(':');
  if (type === 'PARTNER_USER_TRIES') return { type, task: value! };
  if (type === 'PARTNER_SETS_AUTO_EXTEND') return { type, on: value === 'on' };
  return { type: type! };
};

function run(given: Partial<Given>, steps: Step[]) {
  const r = replay(flow, given as Given, steps.map(ev));
  return {
    steps: r.steps.map((s) => ({ accepted: s.accepted, rule: s.rejection?.rule, state: stateText(s.snapshot.value) })),
    state: stateText(r.final.value),
    ...flow.outcome(r.final),
  };
}

const ACTIVE = ['PARTNER_CREATES_REQUEST', 'PARTNER_FINALIZES_REQUEST', 'CUSTOMER_APPROVES', 'SYSTEM_PROCEEDS', 'SYSTEM_PROCEEDS'];
const WORKING = [...ACTIVE, 'PARTNER_ASSIGNS_GROUP'];

describe('gdap flow', () => {
  it('GDAP-01: only an Admin agent creates the request', () => {
    expect(run({ partnerUser: 'groupOnly' }, ['PARTNER_CREATES_REQUEST']).steps[0]).toMatchObject({ accepted: false, rule: 'GDAP-01' });
    expect(run({ partnerUser: 'adminAgentOnly' }, ['PARTNER_CREATES_REQUEST']).state).toBe('created');
  });

  it('GDAP-02/GDAP-04: the request form: two years and auto extend off by default', () => {
    const r = run({}, ['PARTNER_CREATES_REQUEST']);
    expect(r.facts).toMatchObject({ status: 'created', durationDays: 730, autoExtend: false });
    expect(r.rules).toContain('GDAP-02');
    expect(flow.fields.find((f) => f.key === 'durationDays')).toMatchObject({ min: 1, max: 730 });
  });

  it('GDAP-05: the link stays as generated', () => {
    expect(run({}, ['PARTNER_CREATES_REQUEST', 'PARTNER_FINALIZES_REQUEST', 'PARTNER_CHANGES_LINK']).steps[2]).toMatchObject({ accepted: false, rule: 'GDAP-05' });
  });

  it('GDAP-07/GDAP-20/AMB-20: an unanswered request expires after 90 days, with no documented Graph status', () => {
    const r = run({}, ['PARTNER_CREATES_REQUEST', 'PARTNER_FINALIZES_REQUEST', 'REQUEST_UNANSWERED_90_DAYS', 'CUSTOMER_APPROVES']);
    expect(r.state).toBe('requestExpired');
    expect(r.outcome).toBe('relationship-ended');
    expect(r.rules).toEqual(expect.arrayContaining(['GDAP-07', 'GDAP-20']));
    expect(r.ambiguities).toEqual(['AMB-20']);
    expect(r.facts.status).toBeNull();
    expect(r.steps[3]).toMatchObject({ accepted: false, rule: 'GDAP-15' });
  });

  it('GDAP-08: one relationship at a time in this simulator (several are allowed)', () => {
    expect(run({}, ['PARTNER_CREATES_REQUEST', 'PARTNER_CREATES_REQUEST']).steps[1]).toMatchObject({ accepted: false, rule: 'GDAP-08' });
  });

  it('GDAP-09/GDAP-15: the Global admin approves; Microsoft activates; the end date counts from activation', () => {
    const r = run({}, ACTIVE);
    expect(r.steps.map((s) => s.state)).toEqual(['created', 'approvalPending', 'approved', 'activating', 'active']);
    expect(r.outcome).toBe('established');
    expect(r.facts.endDay).toBe(730);
    expect(run({}, ACTIVE.slice(0, 3)).facts.endDay).toBe('notActivated');
  });

  it('AMB-32: approval by a customer user who is not a Global admin is not documented', () => {
    const r = run({ approver: 'otherRole' }, ACTIVE.slice(0, 3));
    expect(r.outcome).toBe('ambiguous');
    expect(r.ambiguities).toContain('AMB-32');
    expect(r.facts.status).toBeNull();
    expect(r.facts['task:administer']).toBeNull();
  });

  it('AMB-26: declining is not documented', () => {
    expect(run({}, ['PARTNER_CREATES_REQUEST', 'PARTNER_FINALIZES_REQUEST', 'CUSTOMER_DECLINES']).steps[2]).toMatchObject({ accepted: false, rule: 'AMB-26' });
  });

  it('GDAP-11/AMB-14: approving while the customer still has DAP is not settled; removing DAP first is', () => {
    expect(run({ customerHasDap: true }, ACTIVE.slice(0, 3))).toMatchObject({ outcome: 'ambiguous', ambiguities: ['AMB-14'] });
    expect(run({ customerHasDap: true }, ['PARTNER_CREATES_REQUEST', 'PARTNER_FINALIZES_REQUEST', 'CUSTOMER_REMOVES_DAP', 'CUSTOMER_APPROVES']).state).toBe('approved');
  });

  it('GDAP-13: only a created relationship is edited or deleted', () => {
    const r = run({}, ['PARTNER_CREATES_REQUEST', 'PARTNER_EDITS_REQUEST', 'PARTNER_FINALIZES_REQUEST', 'PARTNER_EDITS_REQUEST', 'PARTNER_DELETES_REQUEST']);
    expect(r.steps.map((s) => s.accepted)).toEqual([true, true, true, false, false]);
    expect(r.steps[3]!.rule).toBe('GDAP-13');
    expect(run({}, ['PARTNER_CREATES_REQUEST', 'PARTNER_DELETES_REQUEST'])).toMatchObject({ state: 'deleted', outcome: 'relationship-ended' });
  });

  it('GDAP-21: approval alone gives the technician nothing; an assignment does', () => {
    const r = run({}, [...ACTIVE, 'PARTNER_USER_TRIES:administer', 'PARTNER_ASSIGNS_GROUP', 'PARTNER_USER_TRIES:administer']);
    expect(r.steps[5]).toMatchObject({ accepted: false, rule: 'GDAP-21' });
    expect(r.steps[7]).toMatchObject({ accepted: true });
    expect(r.facts).toMatchObject({ groupAssigned: true, 'task:administer': true });
  });

  it('AMB-22: a user without the Admin agent role assigning roles is not settled', () => {
    const r = run({ origin: 'microsoftLed', customerHasDap: true, partnerUser: 'groupOnly' }, ['MICROSOFT_CREATES_TRANSITION_GDAP', 'PARTNER_ASSIGNS_GROUP']);
    expect(r.steps[1]).toMatchObject({ accepted: false, rule: 'AMB-22' });
  });

  it('GDAP-24/GDAP-41: buying is commerce: the Admin agent role, no GDAP', () => {
    expect(run({}, []).facts).toMatchObject({ 'task:purchase': true, 'taskRule:purchase': 'GDAP-41' });
    expect(run({ partnerUser: 'groupOnly' }, []).facts).toMatchObject({ 'task:purchase': false, 'taskRule:purchase': 'GDAP-24' });
  });

  it('GDAP-25: a user only in Admin agents: DAP where it exists, nothing at a GDAP-only customer', () => {
    expect(run({ partnerUser: 'adminAgentOnly' }, [...WORKING, 'PARTNER_USER_TRIES:administer']).steps[6]).toMatchObject({ accepted: false, rule: 'GDAP-25' });
    const withDap = run({ partnerUser: 'adminAgentOnly', customerHasDap: true }, ['PARTNER_USER_TRIES:administer', 'PARTNER_USER_TRIES:supportTicket']);
    expect(withDap.steps[0]).toMatchObject({ accepted: true });
    expect(withDap.steps[1]).toMatchObject({ accepted: false, rule: 'GDAP-26' });
  });

  it('GDAP-25: reached by both, GDAP wins over DAP', () => {
    const r = run({ origin: 'microsoftLed', customerHasDap: true, partnerUser: 'adminAgentInGroup' }, ['MICROSOFT_CREATES_TRANSITION_GDAP']);
    expect(r.facts).toMatchObject({ 'task:administer': true, 'taskRule:administer': 'GDAP-25', customerHasDap: true });
  });

  it('GDAP-26: support requests need Service support administrator through GDAP', () => {
    expect(run({ includesServiceSupportAdmin: false }, [...WORKING, 'PARTNER_USER_TRIES:supportTicket']).steps[6]).toMatchObject({ accepted: false, rule: 'GDAP-26' });
    expect(run({}, [...WORKING, 'PARTNER_USER_TRIES:supportTicket']).steps[6]).toMatchObject({ accepted: true });
  });

  it('GDAP-44: subscriptions from an Enterprise Agreement are not supported', () => {
    expect(run({ enterpriseAgreement: true }, [...WORKING, 'PARTNER_USER_TRIES:administer']).steps[6]).toMatchObject({ accepted: false, rule: 'GDAP-44' });
  });

  it('GDAP-17/GDAP-27/GDAP-34: expiry ends access; the reseller relationship, RBAC and subscriptions continue', () => {
    const r = run({}, [...WORKING, 'END_DATE_ARRIVES', 'SYSTEM_PROCEEDS']);
    expect(r.steps.slice(-2).map((s) => s.state)).toEqual(['expiring', 'expired']);
    expect(r.outcome).toBe('access-ended');
    expect(r.facts).toMatchObject({ 'task:administer': false, 'taskRule:administer': 'GDAP-27', resellerRelationship: true, azureRbacUnchanged: true, subscriptionsUnaffected: true });
  });

  it('GDAP-28/AMB-11: auto extend rolls the relationship forward; the new end date is not settled', () => {
    const r = run({ autoExtend: true }, [...WORKING, 'END_DATE_ARRIVES']);
    expect(r.state).toBe('active');
    expect(r.facts).toMatchObject({ autoExtended: true, endDay: null, 'task:administer': true });
    expect(r.ambiguities).toEqual(['AMB-11']);
  });

  it('GDAP-28/AMB-10: before its launch a relationship cannot renew itself; in the disputed week it is not documented', () => {
    expect(flow.inapplicable('autoExtend', { ...flow.defaults, asOf: '2023-10-01' })).toMatchObject({ rule: 'GDAP-28' });
    expect(run({ asOf: '2023-10-01' }, [...ACTIVE, 'PARTNER_SETS_AUTO_EXTEND:on']).steps[5]).toMatchObject({ accepted: false, rule: 'GDAP-28' });
    expect(run({ asOf: '2023-10-25', autoExtend: true }, [...ACTIVE, 'END_DATE_ARRIVES'])).toMatchObject({ outcome: 'ambiguous', ambiguities: ['AMB-10'] });
  });

  it('GDAP-30/AMB-12: auto extend with Global Administrator is not documented; without it, it works', () => {
    expect(run({ autoExtend: true, includesGlobalAdmin: true }, [...ACTIVE, 'END_DATE_ARRIVES'])).toMatchObject({ outcome: 'ambiguous', ambiguities: ['AMB-12'] });
    expect(run({ autoExtend: true, includesGlobalAdmin: true }, [...ACTIVE, 'PARTNER_REMOVES_GLOBAL_ADMIN', 'END_DATE_ARRIVES']).facts.autoExtended).toBe(true);
  });

  it('GDAP-18: Global Administrator is removed only from an active relationship', () => {
    expect(run({ includesGlobalAdmin: true }, ['PARTNER_CREATES_REQUEST', 'PARTNER_REMOVES_GLOBAL_ADMIN']).steps[1]).toMatchObject({ accepted: false, rule: 'GDAP-18' });
  });

  it('GDAP-29: only an Admin agent switches auto extend', () => {
    expect(run({ origin: 'microsoftLed', customerHasDap: true, partnerUser: 'groupOnly' }, ['MICROSOFT_CREATES_TRANSITION_GDAP', 'PARTNER_SETS_AUTO_EXTEND:on']).steps[1]).toMatchObject({ accepted: false, rule: 'GDAP-29' });
  });

  it('GDAP-27/AMB-27: reminders go out without auto extend; with it, they are not settled', () => {
    expect(run({}, [...ACTIVE, 'END_DATE_NEARS']).facts.expiryReminders).toBe(true);
    expect(run({ autoExtend: true }, [...ACTIVE, 'END_DATE_NEARS'])).toMatchObject({ ambiguities: ['AMB-27'], facts: { expiryReminders: null } });
  });

  it('GDAP-31: after expiry the partner requests again and the customer approves again', () => {
    const r = run({}, [...WORKING, 'END_DATE_ARRIVES', 'SYSTEM_PROCEEDS', ...ACTIVE]);
    expect(r.state).toBe('active');
    expect(r.facts.groupAssigned).toBe(false);
  });

  it('GDAP-16/GDAP-32: the partner terminates an active relationship', () => {
    const r = run({}, [...WORKING, 'PARTNER_TERMINATES', 'SYSTEM_PROCEEDS', 'SYSTEM_PROCEEDS']);
    expect(r).toMatchObject({ state: 'terminated', outcome: 'access-ended' });
    expect(r.rules).toEqual(expect.arrayContaining(['GDAP-16', 'GDAP-32', 'GDAP-34']));
    expect(run({}, ['PARTNER_CREATES_REQUEST', 'PARTNER_TERMINATES']).steps[1]).toMatchObject({ accepted: false, rule: 'GDAP-16' });
  });

  it('GDAP-33/AMB-29: the customer removes the roles; a non-Global admin doing so is not documented', () => {
    expect(run({}, [...ACTIVE, 'CUSTOMER_REMOVES_ROLES', 'SYSTEM_PROCEEDS', 'SYSTEM_PROCEEDS']).rules).toContain('GDAP-33');
    const other = run({ origin: 'microsoftLed', customerHasDap: true, approver: 'otherRole' }, ['MICROSOFT_CREATES_TRANSITION_GDAP', 'CUSTOMER_REMOVES_ROLES']);
    expect(other.ambiguities).toEqual(expect.arrayContaining(['AMB-29', 'AMB-32']));
  });

  it('GDAP-35/GDAP-36/GDAP-37: the Microsoft-led transition: DAP customers, active at once, one year, roles for Admin Agents', () => {
    const r = run({ origin: 'microsoftLed', customerHasDap: true, partnerUser: 'adminAgentOnly' }, ['MICROSOFT_CREATES_TRANSITION_GDAP', 'MICROSOFT_REMOVES_DAP']);
    expect(r).toMatchObject({ state: 'active', outcome: 'established' });
    expect(r.facts).toMatchObject({ durationDays: 365, customerHasDap: false, 'task:supportTicket': true });
    expect(run({ origin: 'microsoftLed' }, ['MICROSOFT_CREATES_TRANSITION_GDAP']).steps[0]).toMatchObject({ accepted: false, rule: 'GDAP-37' });
    expect(run({ origin: 'microsoftLed', customerHasDap: true, asOf: '2023-01-15' }, ['MICROSOFT_CREATES_TRANSITION_GDAP']).steps[0]).toMatchObject({ accepted: false, rule: 'GDAP-35' });
    expect(flow.inapplicable('durationDays', { ...flow.defaults, origin: 'microsoftLed' })).toMatchObject({ rule: 'GDAP-36' });
  });

  it('GDAP-19/GDAP-43/AMB-24: a provider creates a relationship for its reseller; what follows its approval is not settled', () => {
    expect(run({ origin: 'providerForReseller' }, ['PARTNER_CREATES_REQUEST', 'PARTNER_FINALIZES_REQUEST', 'RESELLER_APPROVES'])).toMatchObject({ outcome: 'ambiguous', ambiguities: ['AMB-24'] });
    expect(run({ origin: 'providerForReseller' }, ['PARTNER_CREATES_REQUEST', 'PARTNER_FINALIZES_REQUEST', 'RESELLER_REJECTS'])).toMatchObject({ state: 'rejected', outcome: 'relationship-ended' });
    expect(run({}, ['PARTNER_CREATES_REQUEST', 'PARTNER_FINALIZES_REQUEST', 'RESELLER_REJECTS']).steps[2]).toMatchObject({ accepted: false, rule: 'GDAP-19' });
  });

  it('AMB-21: in 21Vianet, US Government and Germany the flow says no GDAP page covers the cloud', () => {
    for (const cloud of ['21vianet', 'usgov', 'germany']) {
      const r = run({ cloud }, ['PARTNER_CREATES_REQUEST']);
      expect(r, cloud).toMatchObject({ state: 'notCovered', outcome: 'ambiguous', ambiguities: ['AMB-21'] });
      expect(r.steps[0], cloud).toMatchObject({ accepted: false, rule: 'AMB-21' });
      expect(Object.values(r.facts).every((v) => v === null), cloud).toBe(true);
      expect(flow.inapplicable('origin', { ...flow.defaults, cloud }), cloud).toMatchObject({ rule: 'AMB-21' });
    }
  });

  it('the status is Microsoft Graph’s value (GDAP-12)', () => {
    const graph = ['created', 'approvalPending', 'approved', 'activating', 'active', 'expiring', 'expired', 'terminationRequested', 'terminating', 'terminated'];
    const seen = new Set(explore(flow).states.map((s) => s.outcome.facts.status));
    for (const status of graph) expect(seen.has(status), status).toBe(true);
  }, 120_000);

  it('facts-only inputs never change which states are reachable (what exploration relies on)', () => {
    const factsOnly = flow.fields.filter((f) => f.factsOnly).map((f) => f.key);
    expect(factsOnly.sort()).toEqual(['durationDays', 'enterpriseAgreement', 'includesServiceSupportAdmin']);
    const keys = (given: Given) => explore(flow, Object.fromEntries(Object.entries(given).map(([k, v]) => [k, [v]]))).states.map((s) => `${stateText(s.snapshot.value)}|${JSON.stringify({ ...(s.snapshot.context as object), given: undefined })}`).sort();
    const samples = combinations(flow).filter((_, i) => i % 97 === 0);
    for (const given of samples) {
      const flipped = { ...given, durationDays: 17, enterpriseAgreement: !given.enterpriseAgreement, includesServiceSupportAdmin: !given.includesServiceSupportAdmin };
      expect(keys(flipped), JSON.stringify(given)).toEqual(keys(given));
    }
  }, 120_000);
});
