/**
 * Invitation and acceptance: a partner requests a reseller relationship, the customer follows
 * the link and accepts. Rules INV-01…INV-14, with AMB-05, AMB-08, AMB-09 and AMB-31 where the sources
 * are silent or disagree.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { FactValue, FlowDefinition, FlowEvent, Given, GivenValue, Inapplicable, Outcome, Premise, RejectParams } from '../flow';
import { defineFlow, factsNamed, NOT_APPLICABLE, type FactSpec } from '../facts';
import type { AmbiguityId, CitationId, Cloud, RuleId } from '../rules';
import { CLOUDS } from '../rules';
import { dapEra, dapInDoubt, globalDapEnded, LAST_DAP_DAY, nationalDapUndocumented } from '../dates';
import { refuse, refuseAll, refuseUndocumented } from '../refuse';

export interface InvitationGiven {
  cloud: Cloud;
  /** The partner leaves the "include delegated admin privileges" box checked (global), or wants DAP. */
  includeDap: boolean;
  customerInRegion: boolean;
  acceptorIsGlobalAdmin: boolean;
  customerAcceptedMca: boolean;
  /** The same link was already sent to another customer. */
  linkReused: boolean;
  /** ISO date the scenario happens on; null follows the latest documented rules (today). */
  asOf: string | null;
}

export const INVITATION_DEFAULTS: InvitationGiven = {
  cloud: 'global',
  includeDap: true,
  customerInRegion: true,
  acceptorIsGlobalAdmin: true,
  customerAcceptedMca: true,
  linkReused: false,
  asOf: null,
};

export const INVITATION_EVENTS = [
  'EDIT_EMAIL_TEXT',
  'CHANGE_LINK',
  'SEND_INVITATION',
  'OPEN_LINK',
  'ACCEPT_MCA',
  'ACCEPT_INVITATION',
] as const;
export type InvitationEventType = (typeof INVITATION_EVENTS)[number];
export type InvitationEvent = { type: InvitationEventType };

export interface InvitationContext {
  given: InvitationGiven;
  emailEdited: boolean;
  /** Whether the request sent carries DAP; null while nothing is sent or the date is disputed. */
  dapRequested: boolean | null;
  mcaAccepted: boolean;
  /** The rule that refused a step for good under these inputs. */
  blockedBy: CitationId | null;
  /** Ambiguities the run has met; an acceptance that meets any ends undocumented. */
  ambiguities: AmbiguityId[];
}

/** Where the link takes the customer (INV-09). */
export const ACCEPTANCE_PORTAL: Record<Cloud, string> = {
  global: 'm365AdminCenter',
  usgov: 'officeAdminPortal',
  germany: 'officeAdminPortal',
  '21vianet': 'o365AdminCenter21Vianet',
};

/**
 * What the sources leave open when the customer accepts under these inputs: the acceptance
 * requirements outside the global cloud (AMB-09), a reused link outside 21Vianet (AMB-08), and
 * whether DAP was still in the request on a disputed date (AMB-05).
 */
function undocumentedAcceptance(context: InvitationContext): AmbiguityId[] {
  const { given } = context;
  const found: AmbiguityId[] = [];
  if (given.cloud !== 'global' && (!given.acceptorIsGlobalAdmin || !context.mcaAccepted)) found.push('AMB-09');
  if (given.linkReused && given.cloud !== '21vianet') found.push('AMB-08');
  // DAP in doubt: the disputed days in the global cloud (AMB-05); after October 2023 in US
  // Government and Germany, where no source says whether requests still carry it (AMB-31).
  if (context.dapRequested === null) found.push(dapInDoubt(given) ?? 'AMB-05');
  return found;
}

export const invitationMachine = setup({
  types: {
    context: {} as InvitationContext,
    events: {} as InvitationEvent,
    input: {} as InvitationGiven,
  },
  guards: {
    'INV-06/withoutDapNotOffered': ({ context }) =>
      (context.given.cloud === 'usgov' || context.given.cloud === 'germany') && !context.given.includeDap,
    'INV-07/alwaysDapIn21Vianet': ({ context }) => context.given.cloud === '21vianet' && !context.given.includeDap,
    'INV-08/customerOutsideRegion': ({ context }) => context.given.cloud === 'global' && !context.given.customerInRegion,
    'INV-11/mcaPromptFirst': ({ context }) => context.given.cloud === 'global' && !context.mcaAccepted,
    'INV-11/mcaAlreadyAccepted': ({ context }) => context.mcaAccepted,
    // Only the global pages describe the MCA prompt; elsewhere accepting it is not a documented step.
    'INV-11/mcaPromptOutsideGlobal': ({ context }) => context.given.cloud !== 'global',
    'INV-10/acceptorNotGlobalAdmin': ({ context }) =>
      context.given.cloud === 'global' && !context.given.acceptorIsGlobalAdmin,
    'AMB-05-08-09/acceptanceUndocumented': ({ context }) => undocumentedAcceptance(context).length > 0,
  },
  actions: {
    /** Reports a refusal; the flow helpers read it back from the transition. */
    reject: (_, _params: RejectParams) => {},
    block: assign((_, params: RejectParams) => ({ blockedBy: params.rule })),
    markEmailEdited: assign({ emailEdited: true }),
    recordRequest: assign(({ context }) => {
      const era = dapEra(context.given.asOf);
      if (nationalDapUndocumented(context.given)) return { dapRequested: null };
      if (context.given.cloud !== 'global') return { dapRequested: true };
      if (era === 'disputed') return { dapRequested: context.given.includeDap ? null : false };
      return { dapRequested: era === 'gdap' ? false : context.given.includeDap };
    }),
    acceptMca: assign({ mcaAccepted: true }),
    noteUndocumented: assign(({ context }) => ({
      ambiguities: [...context.ambiguities, ...undocumentedAcceptance(context)],
    })),
  },
}).createMachine({
  id: 'invitation',
  context: ({ input }) => ({
    given: input,
    emailEdited: false,
    dapRequested: null,
    mcaAccepted: input.customerAcceptedMca,
    blockedBy: null,
    ambiguities: [],
  }),
  initial: 'composing',
  states: {
    /** The partner is on Customers > Request a reseller relationship, with the draft email (INV-01). */
    composing: {
      on: {
        EDIT_EMAIL_TEXT: { actions: 'markEmailEdited' },
        CHANGE_LINK: refuse('INV-02', 'linkMustStay'),
        SEND_INVITATION: [
          { guard: 'INV-06/withoutDapNotOffered', ...refuse('INV-06', 'noOptionWithoutDap', true) },
          { guard: 'INV-07/alwaysDapIn21Vianet', ...refuse('INV-07', 'noCheckboxIn21Vianet', true) },
          { guard: 'INV-08/customerOutsideRegion', ...refuse('INV-08', 'customerOutsideRegion', true) },
          { target: 'sent', actions: 'recordRequest' },
        ],
        OPEN_LINK: refuse('INV-01', 'notSentYet'),
        ACCEPT_MCA: refuse('INV-01', 'notSentYet'),
        ACCEPT_INVITATION: refuse('INV-01', 'notSentYet'),
      },
    },
    /** The email is on its way; the customer has not followed the link yet. */
    sent: {
      on: {
        EDIT_EMAIL_TEXT: refuse('INV-01', 'alreadySent'),
        CHANGE_LINK: refuse('INV-01', 'alreadySent'),
        SEND_INVITATION: refuse('INV-01', 'alreadySent'),
        OPEN_LINK: [{ guard: 'INV-11/mcaPromptFirst', target: 'mcaPrompt' }, { target: 'reviewing' }],
        ACCEPT_MCA: refuse('INV-09', 'openLinkFirst'),
        ACCEPT_INVITATION: refuse('INV-09', 'openLinkFirst'),
      },
    },
    /** The customer followed the link and is first asked to accept the MCA (INV-11). */
    mcaPrompt: {
      on: {
        EDIT_EMAIL_TEXT: refuse('INV-01', 'alreadySent'),
        CHANGE_LINK: refuse('INV-01', 'alreadySent'),
        SEND_INVITATION: refuse('INV-01', 'alreadySent'),
        OPEN_LINK: refuse('INV-09', 'linkAlreadyOpen'),
        ACCEPT_MCA: { target: 'reviewing', actions: 'acceptMca' },
        ACCEPT_INVITATION: refuse('INV-11', 'acceptMcaFirst'),
      },
    },
    /** The customer reviews the request in its admin center (INV-09). */
    reviewing: {
      on: {
        EDIT_EMAIL_TEXT: refuse('INV-01', 'alreadySent'),
        CHANGE_LINK: refuse('INV-01', 'alreadySent'),
        SEND_INVITATION: refuse('INV-01', 'alreadySent'),
        OPEN_LINK: refuse('INV-09', 'linkAlreadyOpen'),
        ACCEPT_MCA: [
          { guard: 'INV-11/mcaPromptOutsideGlobal', ...refuse('INV-11', 'mcaPromptGlobalOnly') },
          { guard: 'INV-11/mcaAlreadyAccepted', ...refuse('INV-11', 'mcaAlreadyAccepted') },
          { actions: 'acceptMca' },
        ],
        ACCEPT_INVITATION: [
          { guard: 'INV-10/acceptorNotGlobalAdmin', ...refuse('INV-10', 'acceptorNotGlobalAdmin', true) },
          { guard: 'AMB-05-08-09/acceptanceUndocumented', target: 'undocumented', actions: 'noteUndocumented' },
          { target: 'established' },
        ],
      },
    },
    /** The reseller relationship exists (INV-12). */
    established: {
      on: refuseAll(INVITATION_EVENTS, 'INV-12', 'alreadyEstablished'),
    },
    /** The customer accepted, but the sources do not say what follows under these inputs. */
    undocumented: {
      on: refuseUndocumented(INVITATION_EVENTS, 'AMB-09'),
    },
  },
});

export type InvitationSnapshot = SnapshotFrom<typeof invitationMachine>;

/** What an acceptance gives; where an open question bears on a fact, `settleFacts` makes it unknown. */
function acceptanceFacts(context: InvitationContext): Record<string, FactValue> {
  const { given } = context;
  const dap = context.dapRequested;
  return {
    relationship: true,
    customerListed: true,
    canManageSubscriptions: true,
    dap,
    // INV-05 speaks of a relationship without DAP; with DAP the question does not arise.
    azureWithoutDap: dap === true ? NOT_APPLICABLE : dap === false ? true : null,
    acceptedIn: ACCEPTANCE_PORTAL[given.cloud],
    mcaAccepted: context.mcaAccepted,
    billOnlyAsOriginalReseller: true,
  };
}

function invitationOutcome(snapshot: InvitationSnapshot): Outcome {
  const { context } = snapshot;
  const { given } = context;
  const portal = ACCEPTANCE_PORTAL[given.cloud];
  if (snapshot.value === 'established') {
    const dap = context.dapRequested === true;
    const rules: RuleId[] = ['INV-12', 'INV-09'];
    if (given.cloud === 'global') rules.push('INV-04');
    if (given.cloud === 'usgov' || given.cloud === 'germany') rules.push('INV-06');
    if (given.cloud === '21vianet') rules.push('INV-07', 'NOR-01', 'NOR-02');
    if (globalDapEnded(given)) rules.push('INV-14');
    if (dap && given.cloud === 'global') rules.push('INV-13');
    if (!dap) rules.push('INV-05');
    if (given.cloud === 'global') rules.push('INV-10');
    if (given.cloud === 'global' && !given.customerAcceptedMca) rules.push('INV-11');
    if (given.linkReused && given.cloud === '21vianet') rules.push('INV-03');
    return { outcome: 'established', facts: acceptanceFacts(context), rules, ambiguities: [] };
  }
  if (snapshot.value === 'undocumented') {
    const rules: RuleId[] = ['INV-09'];
    if (context.ambiguities.includes('AMB-09')) rules.push('INV-10', 'INV-11');
    if (context.ambiguities.includes('AMB-08')) rules.push('INV-02', 'INV-03');
    if (context.ambiguities.includes('AMB-05')) rules.push('INV-14');
    if (context.ambiguities.includes('AMB-31')) rules.push('INV-06', 'INV-14');
    return { outcome: 'ambiguous', facts: acceptanceFacts(context), rules, ambiguities: [...context.ambiguities] };
  }
  if (context.blockedBy) {
    return {
      outcome: 'blocked',
      facts: { relationship: false, sent: snapshot.value !== 'composing', customerListed: false, canManageSubscriptions: false, dap: false, acceptedIn: portal, mcaAccepted: context.mcaAccepted },
      rules: [context.blockedBy],
      ambiguities: [],
    };
  }
  return {
    outcome: 'in-progress',
    facts: { relationship: false, sent: snapshot.value !== 'composing', acceptedIn: portal, mcaAccepted: context.mcaAccepted },
    rules: [],
    ambiguities: [],
  };
}

/** Whether the relationship came to be at all is open (AMB-08, AMB-09); only DAP is (AMB-05, AMB-31). */
const ACCEPTANCE = factsNamed('relationship', 'customerListed', 'canManageSubscriptions', 'dap', 'azureWithoutDap', 'billOnlyAsOriginalReseller');
const DAP_ONLY = factsNamed('dap', 'azureWithoutDap');

const INVITATION_FACTS: FactSpec = {
  keys: () => ['relationship', 'sent', 'customerListed', 'canManageSubscriptions', 'dap', 'azureWithoutDap', 'acceptedIn', 'mcaAccepted', 'billOnlyAsOriginalReseller'],
  openFacts: { 'AMB-08': ACCEPTANCE, 'AMB-09': ACCEPTANCE, 'AMB-05': DAP_ONLY, 'AMB-31': DAP_ONLY },
  // Billing only as the original reseller is stated for 21Vianet (NOR-01); elsewhere the pages are silent.
  cloudBound: { billOnlyAsOriginalReseller: { rule: 'NOR-01', clouds: ['21vianet'] } },
};

function invitationInapplicable(field: string, raw: Given): Inapplicable {
  const given = raw as unknown as InvitationGiven;
  switch (field) {
    case 'includeDap':
      if (globalDapEnded(given)) return { rule: 'INV-14', reason: 'noDapAfterGdap' };
      return null;
    case 'customerInRegion':
      return given.cloud === 'global' ? null : { rule: 'INV-08', reason: 'regionRuleGlobalOnly' };
    case 'linkReused':
      return null;
    default:
      return null;
  }
}

/** After 2023-10-10 in the global cloud the DAP box gives nothing: it reads as cleared (INV-14). */
function invitationInForce(field: string, raw: Given): GivenValue | undefined {
  const given = raw as unknown as InvitationGiven;
  if (field === 'includeDap' && globalDapEnded(given)) return false;
  return undefined;
}

/** Today's global cloud: the relationship carries no DAP; admin access comes through GDAP. */
function invitationPremise(raw: Given): Premise | null {
  const given = raw as unknown as InvitationGiven;
  if (globalDapEnded(given)) return { rule: 'INV-14', reason: 'accessThroughGdap', lastDate: LAST_DAP_DAY, gdap: true };
  return null;
}

export const invitationFlow: FlowDefinition<typeof invitationMachine> = defineFlow({
  id: 'invitation',
  machine: invitationMachine,
  defaults: { ...INVITATION_DEFAULTS },
  fields: [
    { key: 'cloud', kind: 'choice', options: CLOUDS },
    { key: 'asOf', kind: 'date' },
    { key: 'includeDap', kind: 'boolean' },
    { key: 'customerInRegion', kind: 'boolean' },
    { key: 'acceptorIsGlobalAdmin', kind: 'boolean' },
    { key: 'customerAcceptedMca', kind: 'boolean' },
    { key: 'linkReused', kind: 'boolean' },
  ],
  eventTypes: INVITATION_EVENTS,
  candidateEvents: (): FlowEvent[] => INVITATION_EVENTS.map((type) => ({ type })),
  inapplicable: invitationInapplicable,
  inForce: invitationInForce,
  premise: invitationPremise,
  facts: INVITATION_FACTS,
  stateFacts: {
    composing: { relationship: false },
    sent: { relationship: false, sent: true },
    mcaPrompt: { relationship: false, sent: true },
    reviewing: { relationship: false, sent: true },
    established: { relationship: true, customerListed: true },
  },
  outcome: invitationOutcome,
});
