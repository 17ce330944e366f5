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
    rule: 'INV-06',
    flows: ['invitation'],
    check: ({ given, outcome }) =>
      (given.cloud === 'usgov' || given.cloud === 'germany') && outcome.facts.relationship === true && outcome.facts.dap !== true
        ? `a relationship without DAP was established in ${String(given.cloud)}`
        : null,
  },
];

export const STEP_INVARIANTS: StepInvariant[] = [
  {
    rule: 'refusal leaves the state unchanged',
    flows: ['invitation', 'dap-revocation', 'multi-partner', 'indirect-reseller'],
    check: (from, step) => {
      if (step.accepted) return null;
      if (stateText(step.snapshot.value) !== stateText(from.snapshot.value)) return `refused ${step.event.type} moved to ${stateText(step.snapshot.value)}`;
      const { blockedBy: _a, ...before } = ctx(from.snapshot);
      const { blockedBy: _b, ...after } = ctx(step.snapshot);
      return JSON.stringify(before) === JSON.stringify(after) ? null : `refused ${step.event.type} changed the context`;
    },
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
