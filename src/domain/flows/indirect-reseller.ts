/**
 * Indirect provider and indirect reseller (two-tier CSP): the partnership request and its
 * acceptance, the add-customer wizard with its one-time password, subscriptions with the
 * reseller's MPN ID, the designated support contact, and removing the partnership.
 * Rules IND-01…IND-09, SUP-01, with AMB-07.
 *
 * The 2020 pages rest on the reseller's DAP: adding a customer for it grants admin access
 * (IND-06) and only a reseller with DAP can be the support contact (SUP-01). Since October 2023
 * a new customer comes with no DAP (GDAP-40), and no page says what replaced either, so under
 * today's rules those two facts are unknown rather than read from the 2020 pages.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { FlowDefinition, FlowEvent, Given, Inapplicable, Outcome, Premise, RejectParams } from '../flow';
import type { AmbiguityId, CitationId, RuleId } from '../rules';
import { refuse, refuseAll } from '../refuse';
import { dapEra, LAST_DAP_DAY, type DapEra } from '../dates';
import { defineFlow, factsNamed, type FactSpec } from '../facts';

export const PROVIDER_ROLES = ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent', 'helpdeskAgent', 'billingAdmin'] as const;
export type ProviderRole = (typeof PROVIDER_ROLES)[number];
/** The provider roles that may carry out indirect reseller tasks (IND-01). */
export const RESELLER_TASK_ROLES: readonly ProviderRole[] = ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent'];

export const MPN_ID_KINDS = ['partnerLocation', 'otherMpnId', 'none'] as const;
export type MpnIdKind = (typeof MPN_ID_KINDS)[number];

export const SUPPORT_CONTACTS = ['reseller', 'provider'] as const;
export type SupportContact = (typeof SUPPORT_CONTACTS)[number];

export interface IndirectResellerGiven {
  providerRole: ProviderRole;
  /** The reseller is enrolled in CSP as an indirect reseller with its own Partner Center account. */
  resellerEnrolled: boolean;
  /** Customers already associated with this reseller before the scenario starts. */
  existingCustomers: number;
  /** The day the scenario happens on; null = today's rules. The pages are global only. */
  asOf: string | null;
}

export const INDIRECT_RESELLER_DEFAULTS: IndirectResellerGiven = {
  providerRole: 'adminAgent',
  resellerEnrolled: true,
  existingCustomers: 0,
  asOf: null,
};

export const INDIRECT_RESELLER_EVENTS = [
  'PROVIDER_REQUESTS_PARTNERSHIP',
  'RESELLER_ACCEPTS',
  'START_ADD_CUSTOMER',
  'WIZARD_NEXT',
  'WIZARD_SUBMIT',
  'WIZARD_CANCEL',
  'VIEW_TEMPORARY_PASSWORD',
  'WIZARD_DONE',
  'ADD_SUBSCRIPTION',
  'ADD_SUBSCRIPTION_IN_AZURE_PORTAL',
  'SET_SUPPORT_CONTACT',
  'CUSTOMER_REMOVES_RESELLER_DAP',
  'REMOVE_PARTNERSHIP',
  'CONFIRM_REMOVAL',
  'CANCEL_REMOVAL',
] as const;
export type IndirectResellerEventType = (typeof INDIRECT_RESELLER_EVENTS)[number];

export type IndirectResellerEvent =
  | { type: 'ADD_SUBSCRIPTION'; mpnId: MpnIdKind }
  | { type: 'SET_SUPPORT_CONTACT'; to: SupportContact }
  | { type: Exclude<IndirectResellerEventType, 'ADD_SUBSCRIPTION' | 'SET_SUPPORT_CONTACT'> };

export interface IndirectResellerContext {
  given: IndirectResellerGiven;
  /** Customers associated with the reseller; the wizard adds one, nothing else removes one. */
  customers: number;
  /** A customer was added through the wizard in this scenario (adding more tells nothing new). */
  customerAdded: boolean;
  /**
   * The reseller holds DAP for at least one of its customers (through association, IND-06);
   * null where the date leaves it open (AMB-15) or earlier customers' DAP is not known today.
   */
  resellerDap: boolean | null;
  /** A subscription was added (later ones tell nothing new: the last MPN ID choice counts). */
  subscriptionAdded: boolean;
  incentivesForReseller: boolean | null;
  supportContact: SupportContact | null;
  /** Only ever true on the wizard's confirmation step (IND-07). */
  passwordVisible: boolean;
  /** A wizard was completed: its password was shown once and is gone. */
  wizardCompleted: boolean;
  noticeSent: false;
  blockedBy: CitationId | null;
  ambiguities: AmbiguityId[];
}

const WIZARD_EVENTS = ['WIZARD_NEXT', 'WIZARD_SUBMIT', 'WIZARD_CANCEL', 'VIEW_TEMPORARY_PASSWORD', 'WIZARD_DONE'] as const;
const PARTNERED_TASKS = ['ADD_SUBSCRIPTION', 'ADD_SUBSCRIPTION_IN_AZURE_PORTAL', 'SET_SUPPORT_CONTACT', 'REMOVE_PARTNERSHIP', 'START_ADD_CUSTOMER', 'CUSTOMER_REMOVES_RESELLER_DAP'] as const;

/** Wizard events outside the wizard: explain by the wizard's rule. */
const outsideWizard = refuseAll(WIZARD_EVENTS, 'IND-07', 'noWizardOpen');
/** Partnership tasks while the wizard is open. */
const PROVIDER_TASKS = PARTNERED_TASKS.filter((t) => t !== 'CUSTOMER_REMOVES_RESELLER_DAP');
const insideWizard = refuseAll([...PROVIDER_TASKS, 'PROVIDER_REQUESTS_PARTNERSHIP', 'RESELLER_ACCEPTS', 'CONFIRM_REMOVAL', 'CANCEL_REMOVAL'], 'IND-07', 'finishWizardFirst');

export const indirectResellerMachine = setup({
  types: {
    context: {} as IndirectResellerContext,
    events: {} as IndirectResellerEvent,
    input: {} as IndirectResellerGiven,
  },
  guards: {
    'IND-01/roleCannotDoResellerTasks': ({ context }) => !RESELLER_TASK_ROLES.includes(context.given.providerRole),
    'IND-02/resellerNotEnrolled': ({ context }) => !context.given.resellerEnrolled,
    'IND-08/noCustomerYet': ({ context }) => context.customers === 0,
    // SUP-01's DAP condition is only applied where the DAP-era pages are the rules in force.
    'SUP-01/resellerWithoutDap': ({ context, event }) =>
      event.type === 'SET_SUPPORT_CONTACT' && event.to === 'reseller' && context.resellerDap === false && eraOf(context) === 'dap',
    'SUP-01/resellerDapUndocumented': ({ context, event }) =>
      event.type === 'SET_SUPPORT_CONTACT' && event.to === 'reseller' && context.resellerDap !== true,
    'SUP-01/noSubscriptionYet': ({ context }) => !context.subscriptionAdded,
    'IND-07/passwordAlreadyShown': ({ context }) => context.wizardCompleted,
    'DAP-01/resellerHoldsNoDap': ({ context }) => context.resellerDap === false,
  },
  actions: {
    reject: (_, _params: RejectParams) => {},
    block: assign((_, params: RejectParams) => ({ blockedBy: params.rule })),
    // Submit creates the customer, associated with the reseller, and Setup info shows its
    // password at once (IND-07): the facts say so from the confirmation page on.
    submitCustomer: assign(({ context }) => ({
      customers: context.given.existingCustomers + 1,
      customerAdded: true,
      resellerDap: atLeastOne(context.resellerDap, newCustomerDap(eraOf(context))),
      passwordVisible: true,
    })),
    finishWizard: assign({ passwordVisible: false, wizardCompleted: true }),
    // Every new subscription starts with the provider as its support contact (SUP-01), whatever
    // an earlier subscription was given: the facts describe the latest subscription.
    addSubscription: assign(({ event }) => {
      if (event.type !== 'ADD_SUBSCRIPTION') return {};
      return {
        subscriptionAdded: true,
        incentivesForReseller: event.mpnId === 'none' ? null : event.mpnId === 'partnerLocation',
        supportContact: 'provider' as const,
      };
    }),
    setSupportContact: assign(({ event }) => (event.type === 'SET_SUPPORT_CONTACT' ? { supportContact: event.to } : {})),
    /** The provider chose the reseller, but whether a reseller without DAP can be chosen today is not documented. */
    setSupportContactUndocumented: assign({ supportContact: null }),
    removeResellerDap: assign({ resellerDap: false }),
    noteAfterRemoval: assign({ ambiguities: ['AMB-07'] as AmbiguityId[] }),
  },
}).createMachine({
  id: 'indirect-reseller',
  context: ({ input }) => ({
    given: input,
    customers: input.existingCustomers,
    customerAdded: false,
    // Customers associated earlier were delegated to the reseller already (IND-06); after the
    // DAP era, whether that DAP is still in place is not known.
    resellerDap: input.existingCustomers === 0 ? false : dapEra(input.asOf) === 'dap' ? true : null,
    subscriptionAdded: false,
    incentivesForReseller: null,
    supportContact: null,
    passwordVisible: false,
    wizardCompleted: false,
    noticeSent: false,
    blockedBy: null,
    ambiguities: [],
  }),
  initial: 'noPartnership',
  states: {
    /** The provider has not asked the reseller yet. */
    noPartnership: {
      on: {
        PROVIDER_REQUESTS_PARTNERSHIP: [
          { guard: 'IND-01/roleCannotDoResellerTasks', ...refuse('IND-01', 'roleCannotDoResellerTasks', true) },
          { target: 'requestSent' },
        ],
        RESELLER_ACCEPTS: refuse('IND-03', 'noRequestYet'),
        ...refuseAll(PARTNERED_TASKS, 'IND-04', 'noPartnershipYet'),
        ...refuseAll(['CONFIRM_REMOVAL', 'CANCEL_REMOVAL'], 'IND-09', 'noRemovalStarted'),
        ...outsideWizard,
      },
    },
    /** The provider sent the email with its personalized link (IND-03). */
    requestSent: {
      on: {
        PROVIDER_REQUESTS_PARTNERSHIP: refuse('IND-03', 'alreadySent'),
        RESELLER_ACCEPTS: [
          { guard: 'IND-02/resellerNotEnrolled', ...refuse('IND-02', 'resellerNotEnrolled', true) },
          { target: 'partnered' },
        ],
        ...refuseAll(PARTNERED_TASKS, 'IND-04', 'noPartnershipYet'),
        ...refuseAll(['CONFIRM_REMOVAL', 'CANCEL_REMOVAL'], 'IND-09', 'noRemovalStarted'),
        ...outsideWizard,
      },
    },
    /** The reseller is in the provider's list (IND-04). */
    partnered: {
      initial: 'idle',
      on: {
        // The customer's move, whatever the provider is doing in Partner Center meanwhile (DAP-01).
        CUSTOMER_REMOVES_RESELLER_DAP: [
          { guard: 'DAP-01/resellerHoldsNoDap', ...refuse('DAP-01', 'noDapToRemove') },
          { actions: 'removeResellerDap' },
        ],
      },
      states: {
        idle: {
          on: {
            PROVIDER_REQUESTS_PARTNERSHIP: refuse('IND-04', 'alreadyPartnered'),
            RESELLER_ACCEPTS: refuse('IND-04', 'alreadyPartnered'),
            START_ADD_CUSTOMER: [
              { guard: 'IND-01/roleCannotDoResellerTasks', ...refuse('IND-01', 'roleCannotDoResellerTasks', true) },
              { target: 'wizard' },
            ],
            ADD_SUBSCRIPTION: [
              { guard: 'IND-01/roleCannotDoResellerTasks', ...refuse('IND-01', 'roleCannotDoResellerTasks', true) },
              { guard: 'IND-08/noCustomerYet', ...refuse('IND-08', 'noCustomerYet') },
              { actions: 'addSubscription' },
            ],
            ADD_SUBSCRIPTION_IN_AZURE_PORTAL: refuse('IND-08', 'partnerCenterOnly'),
            SET_SUPPORT_CONTACT: [
              { guard: 'IND-01/roleCannotDoResellerTasks', ...refuse('IND-01', 'roleCannotDoResellerTasks', true) },
              { guard: 'SUP-01/noSubscriptionYet', ...refuse('SUP-01', 'noSubscriptionYet') },
              { guard: 'SUP-01/resellerWithoutDap', ...refuse('SUP-01', 'resellerNeedsDap') },
              { guard: 'SUP-01/resellerDapUndocumented', actions: 'setSupportContactUndocumented' },
              { actions: 'setSupportContact' },
            ],
            REMOVE_PARTNERSHIP: [
              { guard: 'IND-01/roleCannotDoResellerTasks', ...refuse('IND-01', 'roleCannotDoResellerTasks', true) },
              { target: 'confirmingRemoval' },
            ],
            ...refuseAll(['CONFIRM_REMOVAL', 'CANCEL_REMOVAL'], 'IND-09', 'noRemovalStarted'),
            ...outsideWizard,
            VIEW_TEMPORARY_PASSWORD: [
              { guard: 'IND-07/passwordAlreadyShown', ...refuse('IND-07', 'passwordShownOnce') },
              refuse('IND-07', 'noWizardOpen'),
            ],
          },
        },
        /** Indirect resellers > the reseller > Add new customer, the reseller preselected (IND-07). */
        wizard: {
          initial: 'customerDetails',
          on: { WIZARD_CANCEL: { target: 'idle' }, ...insideWizard },
          states: {
            customerDetails: {
              on: {
                WIZARD_NEXT: { target: 'subscriptions' },
                WIZARD_SUBMIT: refuse('IND-07', 'reviewFirst'),
                VIEW_TEMPORARY_PASSWORD: refuse('IND-07', 'passwordOnConfirmationOnly'),
                WIZARD_DONE: refuse('IND-07', 'reviewFirst'),
              },
            },
            subscriptions: {
              on: {
                WIZARD_NEXT: { target: 'review' },
                WIZARD_SUBMIT: refuse('IND-07', 'reviewFirst'),
                VIEW_TEMPORARY_PASSWORD: refuse('IND-07', 'passwordOnConfirmationOnly'),
                WIZARD_DONE: refuse('IND-07', 'reviewFirst'),
              },
            },
            review: {
              on: {
                WIZARD_NEXT: refuse('IND-07', 'submitFromReview'),
                WIZARD_SUBMIT: { target: 'confirmation', actions: 'submitCustomer' },
                VIEW_TEMPORARY_PASSWORD: refuse('IND-07', 'passwordOnConfirmationOnly'),
                WIZARD_DONE: refuse('IND-07', 'submitFromReview'),
              },
            },
            /** Submitted: Setup info shows the admin user name and temporary password, this once. */
            confirmation: {
              on: {
                WIZARD_NEXT: refuse('IND-07', 'alreadySubmitted'),
                WIZARD_SUBMIT: refuse('IND-07', 'alreadySubmitted'),
                WIZARD_CANCEL: refuse('IND-07', 'alreadySubmitted'),
                // The provider reads (and copies) what Setup info shows: nothing changes.
                VIEW_TEMPORARY_PASSWORD: {},
                WIZARD_DONE: { target: '#indirect-reseller.partnered.idle', actions: 'finishWizard' },
              },
            },
          },
        },
        /** Indirect resellers > Remove partnership: Partner Center asks to confirm (IND-09). */
        confirmingRemoval: {
          on: {
            CONFIRM_REMOVAL: { target: '#indirect-reseller.removed', actions: 'noteAfterRemoval' },
            CANCEL_REMOVAL: { target: 'idle' },
            ...refuseAll([...PROVIDER_TASKS, 'PROVIDER_REQUESTS_PARTNERSHIP', 'RESELLER_ACCEPTS'], 'IND-09', 'confirmOrCancelFirst'),
            ...outsideWizard,
          },
        },
      },
    },
    /** The reseller left the provider's list; its customers and their DAP stay (IND-09). */
    removed: {
      on: {
        ...refuseAll(INDIRECT_RESELLER_EVENTS, 'IND-09', 'partnershipRemoved'),
        // "Shown once" only where a password was shown; otherwise the removal is what decides.
        VIEW_TEMPORARY_PASSWORD: [
          { guard: 'IND-07/passwordAlreadyShown', ...refuse('IND-07', 'passwordShownOnce') },
          refuse('IND-09', 'partnershipRemoved'),
        ],
      },
    },
  },
});

export type IndirectResellerSnapshot = SnapshotFrom<typeof indirectResellerMachine>;

function eraOf(context: IndirectResellerContext): DapEra {
  return dapEra(context.given.asOf);
}

/** DAP for a customer added on that date: yes before the change, none after it (GDAP-40), open between (AMB-15). */
function newCustomerDap(era: DapEra): boolean | null {
  return era === 'dap' ? true : era === 'gdap' ? false : null;
}

/** "Holds DAP for at least one customer", from what is known of the earlier ones and the new one. */
function atLeastOne(earlier: boolean | null, added: boolean | null): boolean | null {
  if (earlier === true || added === true) return true;
  return earlier === false && added === false ? false : null;
}

/**
 * The reseller's admin access through association (IND-06). Before the change it is its DAP.
 * After it a customer added for the reseller gets no DAP (GDAP-40), and no page says whether
 * association still gives admin access: unknown, as is any earlier customer's DAP.
 */
function resellerAdminAccess(context: IndirectResellerContext): boolean | null {
  if (eraOf(context) === 'dap' || context.resellerDap === true) return context.resellerDap;
  return context.customerAdded ? null : context.resellerDap;
}

function indirectFacts(context: IndirectResellerContext) {
  return {
    existingCustomers: context.given.existingCustomers,
    newCustomerAdded: context.customerAdded,
    resellerAdminAccess: resellerAdminAccess(context),
    subscriptionAdded: context.subscriptionAdded,
    incentivesForReseller: context.incentivesForReseller,
    supportContact: context.supportContact,
    passwordVisible: context.passwordVisible,
  };
}

function indirectOutcome(snapshot: IndirectResellerSnapshot): Outcome {
  const { context } = snapshot;
  const facts = indirectFacts(context);
  if (snapshot.matches('removed')) {
    // What the reseller keeps is AMB-07's question: settleFacts leaves those facts unknown.
    return {
      outcome: 'relationship-ended',
      facts: {
        ...facts,
        partnership: false,
        customersKept: true,
        noticeSent: context.noticeSent,
        dapUnchanged: true,
        resellerMpnOnSubscriptions: null,
        resellerSupportContact: null,
      },
      rules: ['IND-09'],
      ambiguities: ['AMB-07'],
    };
  }
  if (context.blockedBy) return { outcome: 'blocked', facts: { ...facts, partnership: snapshot.matches('partnered') }, rules: [context.blockedBy], ambiguities: [] };
  if (snapshot.matches('partnered')) {
    const era = eraOf(context);
    const rules: RuleId[] = ['IND-04'];
    if (context.customerAdded) rules.push('IND-07', 'IND-06');
    if (context.customerAdded && era === 'gdap') rules.push('GDAP-40');
    if (context.subscriptionAdded) rules.push('IND-08', 'IND-05', 'SUP-01');
    const ambiguities: AmbiguityId[] = context.customerAdded && era === 'disputed' ? ['AMB-15'] : [];
    return { outcome: 'established', facts: { ...facts, partnership: true }, rules, ambiguities };
  }
  return { outcome: 'in-progress', facts: { ...facts, partnership: false }, rules: [], ambiguities: [] };
}

const INDIRECT_FACTS: FactSpec = {
  keys: () => [
    'partnership', 'existingCustomers', 'newCustomerAdded', 'resellerAdminAccess', 'subscriptionAdded', 'incentivesForReseller',
    'supportContact', 'passwordVisible', 'customersKept', 'noticeSent', 'dapUnchanged', 'resellerMpnOnSubscriptions', 'resellerSupportContact',
  ],
  openFacts: {
    'AMB-07': factsNamed('resellerAdminAccess', 'incentivesForReseller', 'supportContact', 'resellerMpnOnSubscriptions', 'resellerSupportContact'),
    'AMB-15': factsNamed('resellerAdminAccess'),
  },
};

function indirectInapplicable(_field: string, _given: Given): Inapplicable {
  return null;
}

export const indirectResellerFlow: FlowDefinition<typeof indirectResellerMachine> = defineFlow({
  id: 'indirect-reseller',
  machine: indirectResellerMachine,
  defaults: { ...INDIRECT_RESELLER_DEFAULTS },
  fields: [
    { key: 'asOf', kind: 'date', samples: [null, '2023-03-01', '2023-10-01'] },
    { key: 'providerRole', kind: 'choice', options: PROVIDER_ROLES },
    { key: 'resellerEnrolled', kind: 'boolean' },
    { key: 'existingCustomers', kind: 'number', min: 0, max: 2 },
  ],
  eventTypes: INDIRECT_RESELLER_EVENTS,
  payloads: { ADD_SUBSCRIPTION: { mpnId: MPN_ID_KINDS }, SET_SUPPORT_CONTACT: { to: SUPPORT_CONTACTS } },
  candidateEvents: (): FlowEvent[] =>
    INDIRECT_RESELLER_EVENTS.flatMap((type): FlowEvent[] => {
      if (type === 'ADD_SUBSCRIPTION') return MPN_ID_KINDS.map((mpnId) => ({ type, mpnId }));
      if (type === 'SET_SUPPORT_CONTACT') return SUPPORT_CONTACTS.map((to) => ({ type, to }));
      return [{ type }];
    }),
  inapplicable: indirectInapplicable,
  // From the disputed days on, a new customer may come without DAP (GDAP-40, AMB-15): the
  // reader is told which facts that leaves open and offered the last day of the 2020 rules.
  premise: (given: Given): Premise | null =>
    dapEra(typeof given.asOf === 'string' ? given.asOf : null) === 'dap'
      ? null
      : { rule: 'GDAP-40', reason: 'dapEraRules', lastDate: LAST_DAP_DAY, gdap: true },
  facts: INDIRECT_FACTS,
  stateFacts: {
    noPartnership: { partnership: false },
    requestSent: { partnership: false },
    'partnered.idle': { partnership: true, passwordVisible: false },
    'partnered.wizard.customerDetails': { partnership: true, passwordVisible: false },
    'partnered.wizard.subscriptions': { partnership: true, passwordVisible: false },
    'partnered.wizard.review': { partnership: true, passwordVisible: false },
    'partnered.wizard.confirmation': { partnership: true, newCustomerAdded: true, passwordVisible: true },
    'partnered.confirmingRemoval': { partnership: true },
    removed: { partnership: false, customersKept: true },
  },
  outcome: indirectOutcome,
});
