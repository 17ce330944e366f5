/**
 * The invariants the exhaustive checks assert, each named for its rule. A check receives a
 * reachable state (and, for transition checks, one step out of it) and returns what is wrong,
 * or null.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { stateText, type FlowId, type StepResult } from '../../src/domain/flow';
import type { ExploredState } from '../../src/domain/explore';

type Ctx = Record<string, unknown>;
const ctx = (s: AnyMachineSnapshot) => s.context as Ctx;

export interface StateInvariant {
  rule: string;
  flows: FlowId[];
  check: (state: ExploredState) => string | null;
}

export interface StepInvariant {
  rule: string;
  flows: FlowId[];
  check: (from: ExploredState, step: StepResult<AnyMachineSnapshot>) => string | null;
}

export const STATE_INVARIANTS: StateInvariant[] = [
  {
    rule: 'MC-01',
    flows: ['multi-partner'],
    check: ({ snapshot }) => {
      const { partners, services } = ctx(snapshot) as {
        partners: Record<string, { dap: boolean }>;
        services: Record<string, { transacting: string[] }>;
      };
      for (const [service, state] of Object.entries(services)) {
        const holders = state.transacting.filter((p) => partners[p]?.dap);
        if (holders.length > 1) return `${service} has ${holders.length} CSP-transacting partners holding DAP: ${holders.join(', ')}`;
      }
      return null;
    },
  },
  {
    rule: 'MP-02',
    flows: ['multi-partner'],
    check: ({ snapshot, given }) => {
      const { services } = ctx(snapshot) as { services: Record<string, { partnerOfRecord: string | null }> };
      for (const service of ['m365', 'azure', 'dynamics365']) {
        const expected = given[service] === true ? 'A' : null;
        const actual = services[service]?.partnerOfRecord ?? null;
        if (actual !== expected) return `Partner of Record of the existing ${service} subscription is ${actual}, expected ${expected}`;
      }
      return null;
    },
  },
  {
    rule: 'DAP-02/DAP-03',
    flows: ['dap-revocation'],
    check: ({ snapshot, outcome }) => {
      const c = ctx(snapshot);
      if (c.commercialRelationship !== true) return 'the commercial relationship ended';
      if (c.supportObligation !== true) return 'the support obligation ended';
      if (outcome.facts.commercialRelationship !== true || outcome.facts.supportObligation !== true) return 'the outcome does not state that both continue';
      return null;
    },
  },
  {
    rule: 'IND-07',
    flows: ['indirect-reseller'],
    check: ({ snapshot }) =>
      ctx(snapshot).passwordVisible === true && stateText(snapshot.value) !== 'partnered.wizard.confirmation'
        ? `the temporary password is viewable in ${stateText(snapshot.value)}`
        : null,
  },
  {
    // Unknown stays unknown: after the DAP era no page says what association gives a reseller
    // (IND-06 rests on DAP, GDAP-40 ended it for new customers), nor who may be its support contact.
    rule: 'GDAP-40',
    flows: ['indirect-reseller'],
    check: ({ given, snapshot, outcome }) => {
      if (given.asOf !== null && String(given.asOf) < '2023-09-25') return null;
      const c = ctx(snapshot);
      if (c.customerAdded === true && outcome.facts.resellerAdminAccess !== null) return `a customer added on ${String(given.asOf ?? 'today')} states the reseller's admin access`;
      if (c.customerAdded === true && given.existingCustomers === 0 && c.resellerDap === true) return 'a customer added after DAP ended gave the reseller DAP';
      if (outcome.facts.supportContact === 'reseller' && c.resellerDap !== true) return 'the reseller became the support contact with no known DAP';
      return null;
    },
  },
  {
    rule: 'INV-06',
    flows: ['invitation'],
    check: ({ given, outcome }) =>
      // Unknown (AMB-31, after October 2023) is not "without": only a stated false breaks INV-06.
      (given.cloud === 'usgov' || given.cloud === 'germany') && outcome.facts.relationship === true && outcome.facts.dap === false
        ? `a relationship without DAP was established in ${String(given.cloud)}`
        : null,
  },
];


/** GDAP: who reaches the customer, computed from the state alone (not through the flow's own helpers). */
function gdapReach({ snapshot, given }: ExploredState) {
  const c = ctx(snapshot) as { viaTransition: boolean; groupAssigned: boolean; customerHasDap: boolean };
  const user = given.partnerUser;
  const active = stateText(snapshot.value) === 'active';
  const gdap = active && ((c.viaTransition && user !== 'groupOnly') || (c.groupAssigned && user !== 'adminAgentOnly'));
  const dap = user !== 'groupOnly' && c.customerHasDap;
  const support = c.viaTransition || given.includesServiceSupportAdmin === true;
  return { gdap, dap, support };
}

const AFTER_APPROVAL = ['approved', 'activating', 'active', 'expiring', 'expired', 'terminationRequested', 'terminating', 'terminated'];

export const GDAP_STATE_INVARIANTS: StateInvariant[] = [
  {
    rule: 'GDAP-21/GDAP-25/GDAP-26: no access without an active relationship and an active assignment of a covering role (or DAP where it still exists)',
    flows: ['gdap'],
    check: (state) => {
      const { facts } = state.outcome;
      const { gdap, dap, support } = gdapReach(state);
      if (facts['task:administer'] === true && !gdap && !dap) return 'administers without an active assigned relationship or DAP';
      if (facts['task:supportTicket'] === true && !(gdap && support)) return 'opens a support request without Service support administrator through GDAP';
      return null;
    },
  },
  {
    rule: 'GDAP-27/GDAP-32/GDAP-33: access ends at expiry and at termination',
    flows: ['gdap'],
    check: (state) => {
      const status = stateText(state.snapshot.value);
      if (!['expiring', 'expired', 'terminationRequested', 'terminating', 'terminated'].includes(status)) return null;
      const { facts } = state.outcome;
      if (facts['task:supportTicket'] !== false) return `a support request is possible in ${status}`;
      if (facts['task:administer'] === true && !gdapReach(state).dap) return `GDAP access continues in ${status}`;
      return null;
    },
  },
  {
    rule: 'GDAP-25: a user reached by both GDAP and DAP gets what GDAP gives',
    flows: ['gdap'],
    check: (state) => {
      const { gdap, dap, support } = gdapReach(state);
      if (!gdap || !dap) return null;
      const { facts } = state.outcome;
      if (facts['task:supportTicket'] !== support) return 'support requests follow DAP, not the GDAP roles';
      if (facts['task:administer'] === true && facts['taskRule:administer'] !== 'GDAP-25') return 'access not decided by GDAP-25';
      return null;
    },
  },
  {
    rule: 'GDAP-15/GDAP-35: active only after the customer’s approval or the Microsoft-led transition',
    flows: ['gdap'],
    check: ({ snapshot, path }) => {
      if (!AFTER_APPROVAL.includes(stateText(snapshot.value))) return null;
      const c = ctx(snapshot);
      const ok = (c.approvedBy === 'customer' && path.some((e) => e.type === 'CUSTOMER_APPROVES')) || (c.approvedBy === 'microsoft' && c.viaTransition === true && path.some((e) => e.type === 'MICROSOFT_CREATES_TRANSITION_GDAP'));
      return ok ? null : `${stateText(snapshot.value)} reached without approval`;
    },
  },
  {
    rule: 'GDAP-04: one term is 1 to 730 days',
    flows: ['gdap'],
    check: ({ outcome }) => {
      const days = outcome.facts.durationDays;
      if (days === null) return null;
      return typeof days === 'number' && days >= 1 && days <= 730 ? null : `a term of ${String(days)} days`;
    },
  },
  {
    rule: 'GDAP-34: ending GDAP never ends the reseller relationship nor removes Azure RBAC',
    flows: ['gdap'],
    check: ({ outcome, given }) => {
      if (given.cloud !== 'global') return null;
      return outcome.facts.resellerRelationship === true && outcome.facts.azureRbacUnchanged === true && outcome.facts.subscriptionsUnaffected === true
        ? null
        : 'the reseller relationship, Azure RBAC or the subscriptions are not stated as continuing';
    },
  },
  {
    rule: 'unknown stays unknown: an ambiguous outcome states no relationship status',
    flows: ['gdap'],
    check: ({ outcome }) => (outcome.outcome === 'ambiguous' && (outcome.facts.status !== null || outcome.facts['task:administer'] !== null) ? 'an undocumented outcome states a status or access' : null),
  },
];

export const GDAP_STEP_INVARIANTS: StepInvariant[] = [
  {
    rule: 'GDAP-13: only a relationship in created is edited or deleted',
    flows: ['gdap'],
    check: (from, step) =>
      step.accepted && (step.event.type === 'PARTNER_EDITS_REQUEST' || step.event.type === 'PARTNER_DELETES_REQUEST') && stateText(from.snapshot.value) !== 'created'
        ? `${step.event.type} accepted in ${stateText(from.snapshot.value)}`
        : null,
  },
  {
    rule: 'GDAP-28/AMB-10/AMB-12: an extension happens only with auto extend on, without Global Administrator, once it exists',
    flows: ['gdap'],
    check: (from, step) => {
      if (step.event.type !== 'END_DATE_ARRIVES' || !step.accepted || stateText(step.snapshot.value) !== 'active') return null;
      const c = ctx(from.snapshot);
      const asOf = from.given.asOf;
      const launched = asOf === null || (typeof asOf === 'string' && asOf >= '2023-10-30');
      if (c.autoExtend !== true || c.globalAdmin !== false || !launched) return 'extended without auto extend, with Global Administrator, or before auto extend existed';
      return ctx(step.snapshot).extended === true ? null : 'the extension is not recorded';
    },
  },
  {
    rule: 'GDAP-15: approved only through the approval; active from nothing only through the transition',
    flows: ['gdap'],
    check: (from, step) => {
      const to = stateText(step.snapshot.value);
      const was = stateText(from.snapshot.value);
      if (to === was) return null;
      if (to === 'approved' && step.event.type !== 'CUSTOMER_APPROVES') return `approved by ${step.event.type}`;
      if (to === 'active' && was !== 'activating' && step.event.type !== 'MICROSOFT_CREATES_TRANSITION_GDAP') return `active from ${was} by ${step.event.type}`;
      return null;
    },
  },
];

export const STEP_INVARIANTS: StepInvariant[] = [
  {
    rule: 'refusal leaves the state unchanged',
    flows: ['gdap', 'invitation', 'dap-revocation', 'multi-partner', 'indirect-reseller'],
    check: (from, step) => {
      if (step.accepted) return null;
      if (stateText(step.snapshot.value) !== stateText(from.snapshot.value)) return `refused ${step.event.type} moved to ${stateText(step.snapshot.value)}`;
      const { blockedBy: _a, ...before } = ctx(from.snapshot);
      const { blockedBy: _b, ...after } = ctx(step.snapshot);
      return JSON.stringify(before) === JSON.stringify(after) ? null : `refused ${step.event.type} changed the context`;
    },
  },
  {
    rule: 'SUP-01',
    flows: ['indirect-reseller'],
    check: (_from, step) =>
      step.accepted && step.event.type === 'ADD_SUBSCRIPTION' && ctx(step.snapshot).supportContact !== 'provider'
        ? 'a new subscription did not start with the provider as its support contact'
        : null,
  },
  {
    rule: 'IND-09',
    flows: ['indirect-reseller'],
    check: (from, step) => {
      if (stateText(step.snapshot.value) !== 'removed' || stateText(from.snapshot.value) === 'removed') return null;
      const before = ctx(from.snapshot);
      const after = ctx(step.snapshot);
      if (after.customers !== before.customers) return `removing the partnership changed the customers from ${String(before.customers)} to ${String(after.customers)}`;
      if (after.resellerDap !== before.resellerDap) return 'removing the partnership changed DAP';
      if (after.noticeSent !== false) return 'removing the partnership sent a notice';
      return null;
    },
  },
  {
    rule: 'INV-06',
    flows: ['multi-partner'],
    check: (from, step) => {
      // An acceptance the sources leave undocumented (AMB-04) changes nothing, so it is not checked here.
      if (step.event.type !== 'CUSTOMER_ACCEPTS' || !step.accepted || stateText(step.snapshot.value) !== 'serving') return null;
      const cloud = from.given.cloud;
      if (cloud !== 'usgov' && cloud !== 'germany') return null;
      const partner = String(step.event.partner);
      const after = (ctx(step.snapshot).partners as Record<string, { relationship: boolean; dap: boolean }>)[partner];
      return after?.relationship && !after.dap ? `partner ${partner} got a relationship without DAP in ${String(cloud)}` : null;
    },
  },
  {
    rule: 'DAP-02/DAP-03',
    flows: ['dap-revocation'],
    check: (_from, step) => {
      const c = ctx(step.snapshot);
      return c.commercialRelationship === true && c.supportObligation === true ? null : `${step.event.type} ended the commercial relationship or the support obligation`;
    },
  },
];
