/**
 * DAP removal and restoration: a customer's partner holds delegated admin privileges; the
 * customer removes them (from this partner or from all), or the partner removes them itself;
 * the partner may ask Microsoft support for help (AMB-01) and request the relationship again
 * (DAP-04). Rules DAP-01…DAP-06, INV-14, INV-15, with AMB-01, AMB-05 and AMB-31.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { FlowDefinition, FlowEvent, Given, Inapplicable, Outcome, Premise, RejectParams } from '../flow';
import type { AmbiguityId, CitationId, Cloud, RuleId } from '../rules';
import { CLOUDS } from '../rules';
import { dapEra, dapInDoubt, globalDapEnded, LAST_DAP_DAY, nationalDapUndocumented } from '../dates';
import { refuse, refuseAll, refuseUndocumented } from '../refuse';
import { defineFlow, factsNamed, type FactSpec } from '../facts';

export interface DapRevocationGiven {
  cloud: Cloud;
  /** Other partners of the same customer that also hold DAP (0–2). */
  otherPartnersWithDap: number;
  /** The partner also holds Azure RBAC roles on the customer's Azure subscriptions. */
  partnerHasAzureRbac: boolean;
  /** The partner's user is an Admin agent (needed for self-serve removal, DAP-06). */
  partnerUserIsAdminAgent: boolean;
  /** ISO date the scenario happens on; null follows the latest documented rules (today). */
  asOf: string | null;
}

export const DAP_REVOCATION_DEFAULTS: DapRevocationGiven = {
  cloud: 'global',
  otherPartnersWithDap: 1,
  partnerHasAzureRbac: true,
  partnerUserIsAdminAgent: true,
  asOf: null,
};

export const DAP_REVOCATION_EVENTS = [
  'CUSTOMER_REMOVES_DAP',
  'PARTNER_REMOVES_DAP',
  'CUSTOMER_REMOVES_AZURE_RBAC',
  'PARTNER_ASKS_MICROSOFT_SUPPORT',
  'PARTNER_REQUESTS_RELATIONSHIP',
  'CUSTOMER_ACCEPTS_REQUEST',
] as const;
export type DapRevocationEventType = (typeof DAP_REVOCATION_EVENTS)[number];

export const REMOVAL_SCOPES = ['this-partner', 'all-partners'] as const;
export type RemovalScope = (typeof REMOVAL_SCOPES)[number];

export type DapRevocationEvent =
  | { type: 'CUSTOMER_REMOVES_DAP'; scope: RemovalScope }
  | { type: Exclude<DapRevocationEventType, 'CUSTOMER_REMOVES_DAP'> };

export interface DapRevocationContext {
  given: DapRevocationGiven;
  dap: boolean;
  otherPartnersWithDap: number;
  azureAdRoles: boolean;
  azureRbac: boolean;
  /** These never change in this flow: removing DAP does not end them (DAP-02, DAP-03). */
  commercialRelationship: true;
  supportObligation: true;
  removedBy: 'customer' | 'partner' | null;
  /** Whether a pending request carries DAP; null when the date is disputed (AMB-05, AMB-31). */
  requestCarriesDap: boolean | null;
  supportAsked: boolean;
  restored: boolean;
  blockedBy: CitationId | null;
  ambiguities: AmbiguityId[];
}

/** The agreement that keeps binding the partner (DAP-03). */
export const PARTNER_AGREEMENT: Record<Cloud, string> = {
  global: 'microsoftPartnerAgreement',
  '21vianet': 'chinaCspResellerAgreement',
  germany: 'partnerAgreement',
  usgov: 'partnerAgreement',
};

/** The customer can remove the partner's Azure RBAC roles whatever the state of DAP (DAP-05). */
const removeAzureRbac = [
  { guard: 'DAP-05/rbacOutsideGlobal' as const, ...refuse('DAP-05', 'rbacGlobalOnly') },
  { guard: 'DAP-05/noRbacLeft' as const, ...refuse('DAP-05', 'noRbacLeft') },
  { actions: 'removeRbac' as const },
];

export const dapRevocationMachine = setup({
  types: {
    context: {} as DapRevocationContext,
    events: {} as DapRevocationEvent,
    input: {} as DapRevocationGiven,
  },
  guards: {
    'DAP-06/selfServeOutsideGlobal': ({ context }) => context.given.cloud !== 'global',
    'DAP-06/notAdminAgent': ({ context }) => !context.given.partnerUserIsAdminAgent,
    'DAP-05/rbacOutsideGlobal': ({ context }) => context.given.cloud !== 'global',
    'DAP-05/noRbacLeft': ({ context }) => !context.azureRbac,
    'INV-14/requestCarriesNoDap': ({ context }) => context.requestCarriesDap === false,
    'AMB-05/requestDapDisputed': ({ context }) => context.requestCarriesDap === null,
  },
  actions: {
    reject: (_, _params: RejectParams) => {},
    block: assign((_, params: RejectParams) => ({ blockedBy: params.rule })),
    customerRemoves: assign(({ context, event }) => ({
      dap: false,
      azureAdRoles: false,
      removedBy: 'customer' as const,
      otherPartnersWithDap:
        event.type === 'CUSTOMER_REMOVES_DAP' && event.scope === 'all-partners' ? 0 : context.otherPartnersWithDap,
      restored: false,
    })),
    partnerRemoves: assign({ dap: false, azureAdRoles: false, removedBy: 'partner' as const, restored: false }),
    removeRbac: assign({ azureRbac: false }),
    askSupport: assign(({ context }) => ({
      supportAsked: true,
      ambiguities: context.ambiguities.includes('AMB-01') ? context.ambiguities : [...context.ambiguities, 'AMB-01' as const],
    })),
    sendRequest: assign(({ context }) => {
      if (nationalDapUndocumented(context.given)) return { requestCarriesDap: null };
      if (context.given.cloud !== 'global') return { requestCarriesDap: true };
      const era = dapEra(context.given.asOf);
      return { requestCarriesDap: era === 'dap' ? true : era === 'gdap' ? false : null };
    }),
    restore: assign({ dap: true, azureAdRoles: true, restored: true, supportAsked: false, ambiguities: [] as AmbiguityId[] }),
    noteDisputedDate: assign(({ context }) => ({
      ambiguities: [...context.ambiguities, dapInDoubt(context.given) ?? 'AMB-05'],
    })),
  },
}).createMachine({
  id: 'dap-revocation',
  context: ({ input }) => ({
    given: input,
    dap: true,
    otherPartnersWithDap: input.otherPartnersWithDap,
    azureAdRoles: true,
    azureRbac: input.cloud === 'global' && input.partnerHasAzureRbac,
    commercialRelationship: true,
    supportObligation: true,
    removedBy: null,
    requestCarriesDap: null,
    supportAsked: false,
    restored: false,
    blockedBy: null,
    ambiguities: [],
  }),
  initial: 'dapActive',
  states: {
    /** The partner holds DAP for the customer (through acceptance, INV-13). */
    dapActive: {
      on: {
        CUSTOMER_REMOVES_DAP: { target: 'dapRemoved', actions: 'customerRemoves' },
        PARTNER_REMOVES_DAP: [
          // Not final: the customer can still remove DAP itself (DAP-01).
          { guard: 'DAP-06/selfServeOutsideGlobal', ...refuse('DAP-06', 'selfServeGlobalOnly') },
          { guard: 'DAP-06/notAdminAgent', ...refuse('DAP-06', 'adminAgentOnly') },
          { target: 'dapRemoved', actions: 'partnerRemoves' },
        ],
        CUSTOMER_REMOVES_AZURE_RBAC: removeAzureRbac,
        PARTNER_ASKS_MICROSOFT_SUPPORT: refuse('INV-15', 'onlyAfterRemoval'),
        PARTNER_REQUESTS_RELATIONSHIP: refuse('DAP-04', 'dapAlreadyHeld'),
        CUSTOMER_ACCEPTS_REQUEST: refuse('DAP-04', 'noRequestPending'),
      },
    },
    /** DAP is gone; the account, the commercial relationship and the obligations stay (DAP-02, DAP-03). */
    dapRemoved: {
      on: {
        CUSTOMER_REMOVES_DAP: refuse('DAP-01', 'noDapToRemove'),
        PARTNER_REMOVES_DAP: refuse('DAP-06', 'noDapToRemove'),
        CUSTOMER_REMOVES_AZURE_RBAC: removeAzureRbac,
        PARTNER_ASKS_MICROSOFT_SUPPORT: { actions: 'askSupport' },
        PARTNER_REQUESTS_RELATIONSHIP: { target: 'requestPending', actions: 'sendRequest' },
        CUSTOMER_ACCEPTS_REQUEST: refuse('DAP-04', 'noRequestPending'),
      },
    },
    /** The partner has sent a new reseller relationship request (DAP-04). */
    requestPending: {
      on: {
        CUSTOMER_REMOVES_DAP: refuse('DAP-01', 'noDapToRemove'),
        PARTNER_REMOVES_DAP: refuse('DAP-06', 'noDapToRemove'),
        CUSTOMER_REMOVES_AZURE_RBAC: removeAzureRbac,
        PARTNER_ASKS_MICROSOFT_SUPPORT: { actions: 'askSupport' },
        PARTNER_REQUESTS_RELATIONSHIP: refuse('INV-01', 'alreadySent'),
        CUSTOMER_ACCEPTS_REQUEST: [
          { guard: 'INV-14/requestCarriesNoDap', target: 'acceptedWithoutDap' },
          { guard: 'AMB-05/requestDapDisputed', target: 'undocumented', actions: 'noteDisputedDate' },
          { target: 'dapActive', actions: 'restore' },
        ],
      },
    },
    /** Accepted, but a global request on this date carries no DAP: GDAP is the way back (INV-14). */
    acceptedWithoutDap: {
      // Azure RBAC is the customer's to remove in every state where the partner holds it (DAP-05).
      on: { ...refuseAll(DAP_REVOCATION_EVENTS, 'INV-14', 'dapNotRestorable'), CUSTOMER_REMOVES_AZURE_RBAC: removeAzureRbac },
    },
    /** Accepted where the sources do not say whether DAP came back (AMB-05, AMB-31). */
    undocumented: {
      on: { ...refuseUndocumented(DAP_REVOCATION_EVENTS, 'AMB-05'), CUSTOMER_REMOVES_AZURE_RBAC: removeAzureRbac },
    },
  },
});

export type DapRevocationSnapshot = SnapshotFrom<typeof dapRevocationMachine>;

function continuing(context: DapRevocationContext) {
  return {
    commercialRelationship: context.commercialRelationship,
    supportObligation: context.supportObligation,
    bindingAgreement: PARTNER_AGREEMENT[context.given.cloud],
    azureAdRoles: context.azureAdRoles,
    azureRbac: context.azureRbac,
    otherPartnersWithDap: context.otherPartnersWithDap,
  };
}

function dapRevocationOutcome(snapshot: DapRevocationSnapshot): Outcome {
  const { context } = snapshot;
  const global = context.given.cloud === 'global';
  const removalRules: RuleId[] = [context.removedBy === 'partner' ? 'DAP-06' : 'DAP-01', 'DAP-02', 'DAP-03'];
  if (global) removalRules.push('DAP-05');
  const facts = { dap: context.dap, ...continuing(context) };

  switch (snapshot.value) {
    case 'dapActive':
      if (context.restored) {
        return { outcome: 'established', facts, rules: ['DAP-04', 'INV-12', ...(global ? (['INV-13'] as RuleId[]) : [])], ambiguities: [] };
      }
      break;
    case 'acceptedWithoutDap':
      return { outcome: 'access-ended', facts: { ...facts, relationship: true }, rules: ['DAP-04', 'INV-14', 'DAP-02'], ambiguities: [] };
    case 'undocumented':
      return { outcome: 'ambiguous', facts: { ...facts, relationship: true }, rules: ['DAP-04', 'INV-14'], ambiguities: [...context.ambiguities] };
    default:
      break;
  }
  if (context.blockedBy) {
    return { outcome: 'blocked', facts, rules: [context.blockedBy], ambiguities: [] };
  }
  if (!context.dap) {
    if (context.supportAsked) {
      return {
        outcome: 'ambiguous',
        facts: { ...facts, supportRequestForCustomer: null },
        rules: [...removalRules, 'INV-15'],
        ambiguities: ['AMB-01'],
      };
    }
    return { outcome: 'access-ended', facts, rules: removalRules, ambiguities: [] };
  }
  return { outcome: 'in-progress', facts, rules: [], ambiguities: [] };
}

/** DAP is those Azure AD role assignments: where DAP is in doubt, so are they (AMB-05, AMB-31). */
const DAP_FACTS = factsNamed('dap', 'azureAdRoles');

const DAP_REVOCATION_FACTS: FactSpec = {
  keys: () => ['dap', 'relationship', 'commercialRelationship', 'supportObligation', 'bindingAgreement', 'azureAdRoles', 'azureRbac', 'otherPartnersWithDap', 'supportRequestForCustomer'],
  openFacts: { 'AMB-05': DAP_FACTS, 'AMB-31': DAP_FACTS, 'AMB-01': factsNamed('supportRequestForCustomer') },
  cloudBound: { azureRbac: { rule: 'DAP-05', clouds: ['global'] } },
};

function dapRevocationInapplicable(field: string, raw: Given): Inapplicable {
  const given = raw as unknown as DapRevocationGiven;
  if (field === 'partnerHasAzureRbac' && given.cloud !== 'global') return { rule: 'DAP-05', reason: 'rbacGlobalOnly' };
  if (field === 'partnerUserIsAdminAgent' && given.cloud !== 'global') return { rule: 'DAP-06', reason: 'selfServeGlobalOnly' };
  return null;
}

/**
 * In today's global cloud no partner gets DAP any more (INV-14): the flow's starting point is
 * history there. The simulator says so, offers the last day it held, and points to GDAP, where
 * the customer removing the roles is the equivalent step.
 */
function dapRevocationPremise(raw: Given): Premise | null {
  const given = raw as unknown as DapRevocationGiven;
  if (globalDapEnded(given)) return { rule: 'INV-14', reason: 'noDapToday', lastDate: LAST_DAP_DAY, gdap: true };
  return null;
}

export const dapRevocationFlow: FlowDefinition<typeof dapRevocationMachine> = defineFlow({
  id: 'dap-revocation',
  machine: dapRevocationMachine,
  defaults: { ...DAP_REVOCATION_DEFAULTS },
  fields: [
    { key: 'cloud', kind: 'choice', options: CLOUDS },
    { key: 'asOf', kind: 'date' },
    { key: 'otherPartnersWithDap', kind: 'number', min: 0, max: 2 },
    { key: 'partnerHasAzureRbac', kind: 'boolean' },
    { key: 'partnerUserIsAdminAgent', kind: 'boolean' },
  ],
  eventTypes: DAP_REVOCATION_EVENTS,
  payloads: { CUSTOMER_REMOVES_DAP: { scope: REMOVAL_SCOPES } },
  candidateEvents: (): FlowEvent[] => [
    ...REMOVAL_SCOPES.map((scope) => ({ type: 'CUSTOMER_REMOVES_DAP', scope })),
    ...DAP_REVOCATION_EVENTS.filter((t) => t !== 'CUSTOMER_REMOVES_DAP').map((type) => ({ type })),
  ],
  inapplicable: dapRevocationInapplicable,
  premise: dapRevocationPremise,
  facts: DAP_REVOCATION_FACTS,
  stateFacts: {
    dapActive: { dap: true },
    dapRemoved: { dap: false, commercialRelationship: true },
    requestPending: { dap: false, commercialRelationship: true },
    acceptedWithoutDap: { dap: false, relationship: true },
    undocumented: { dap: null },
  },
  outcome: dapRevocationOutcome,
});
