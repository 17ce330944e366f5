/**
 * GDAP: a partner's admin access to a customer today. A granular delegated admin privileges
 * relationship is requested with Microsoft Entra roles for a set time, approved by the customer,
 * activated, given to the partner's security groups, extended or expired, terminated. Statuses are
 * Microsoft Graph's delegatedAdminRelationship values. Rules GDAP-01…GDAP-44 with AMB-10…AMB-32.
 *
 * Time passes in coarse events (the end date comes near, arrives; a request goes unanswered for
 * 90 days) rather than days ticking, so exhaustive exploration stays small.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { FlowDefinition, FlowEvent, Given, GivenValue, Inapplicable, RejectParams } from '../flow';
import type { AmbiguityId } from '../rules';
import { CLOUDS } from '../rules';
import { refuse, refuseAll, refuseUndocumented } from '../refuse';
import { isAdminAgent, TASK_REASON, taskResult } from './gdap-access';
import {
  APPROVERS,
  autoExtendEra,
  GDAP_DEFAULTS,
  GDAP_EVENTS,
  GDAP_ORIGINS,
  GDAP_TASKS,
  PARTNER_USERS,
  TRANSITION_DAYS,
  TRANSITION_START,
  type GdapContext,
  type GdapEvent,
  type GdapGiven,
} from './gdap-model';
import { GDAP_FACTS, gdapOutcome } from './gdap-outcome';
import { defineFlow } from '../facts';

export * from './gdap-model';

const isGlobal = (c: GdapContext) => c.given.cloud === 'global';
const note = (list: AmbiguityId[], ...ids: AmbiguityId[]) => [...list, ...ids.filter((id) => !list.includes(id))];

/** The settings a new relationship starts with (the request form, GDAP-02). */
function freshRelationship(c: GdapContext) {
  return {
    autoExtend: c.given.autoExtend,
    globalAdmin: c.given.includesGlobalAdmin,
    groupAssigned: false,
    extended: false,
    endNear: false,
    viaTransition: false,
    approvedBy: null,
    terminatedBy: null,
  } as const;
}

/** Refusals shared by states where no relationship is in flight. */
const lifecycleRefusals = {
  PARTNER_EDITS_REQUEST: refuse('GDAP-13', 'onlyWhileCreated'),
  PARTNER_DELETES_REQUEST: refuse('GDAP-13', 'onlyWhileCreated'),
  PARTNER_FINALIZES_REQUEST: refuse('GDAP-14', 'onlyWhileCreated'),
  PARTNER_CHANGES_LINK: refuse('GDAP-05', 'linkMustStay'),
  CUSTOMER_APPROVES: refuse('GDAP-15', 'noRequestPending'),
  CUSTOMER_DECLINES: refuse('AMB-26', 'declineNotDocumented'),
  RESELLER_APPROVES: refuse('GDAP-19', 'noRequestPending'),
  RESELLER_REJECTS: refuse('GDAP-19', 'noRequestPending'),
  REQUEST_UNANSWERED_90_DAYS: refuse('GDAP-07', 'noRequestPending'),
  SYSTEM_PROCEEDS: refuse('GDAP-12', 'nothingToComplete'),
  PARTNER_ASSIGNS_GROUP: refuse('GDAP-21', 'onlyWhileActive'),
  END_DATE_NEARS: refuse('GDAP-17', 'notActive'),
  END_DATE_ARRIVES: refuse('GDAP-17', 'notActive'),
  PARTNER_REMOVES_GLOBAL_ADMIN: refuse('GDAP-18', 'globalAdminOnlyWhileActive'),
  PARTNER_TERMINATES: refuse('GDAP-16', 'terminateOnlyActive'),
  CUSTOMER_REMOVES_ROLES: refuse('GDAP-33', 'noActiveRelationship'),
  MICROSOFT_CREATES_TRANSITION_GDAP: refuse('GDAP-37', 'transitionNotEligible'),
  PARTNER_SETS_AUTO_EXTEND: refuse('GDAP-18', 'autoExtendCreatedOrActive'),
};

/** A task is tried in a state: refused with the deciding rule when the user cannot do it. */
function taskIn(status: string) {
  return [
    {
      guard: { type: 'GDAP-21-26/taskRefused' as const, params: { status } },
      actions: { type: 'reject' as const, params: ({ context, event }: { context: GdapContext; event: GdapEvent }): RejectParams => {
        const task = event.type === 'PARTNER_USER_TRIES' ? event.task : 'administer';
        return { rule: taskResult(status, context, task).rule, reason: TASK_REASON[task] };
      } },
    },
  ];
}

const removeDap = [
  { guard: 'DAP-01/noDapLeft' as const, ...refuse('DAP-01', 'noDapToRemove') },
  { actions: 'removeDap' as const },
];

const microsoftRemovesDap = [
  { guard: 'GDAP-35/notAfterTransition' as const, ...refuse('GDAP-35', 'onlyAfterTransition') },
  { guard: 'DAP-01/noDapLeft' as const, ...refuse('DAP-01', 'noDapToRemove') },
  { actions: 'removeDap' as const },
];

const requestAgain = [
  { guard: 'GDAP-01/notAdminAgent' as const, ...refuse('GDAP-01', 'adminAgentCreates') },
  { target: 'created' as const, actions: 'startRelationship' as const },
];

const oneAtATime = refuse('GDAP-08', 'oneRelationshipAtATime');

export const gdapMachine = setup({
  types: {
    context: {} as GdapContext,
    events: {} as GdapEvent,
    input: {} as GdapGiven,
  },
  guards: {
    'AMB-21/cloudNotCovered': ({ context }) => !isGlobal(context),
    'GDAP-01/notAdminAgent': ({ context }) => !isAdminAgent(context),
    'GDAP-35/createdByMicrosoft': ({ context }) => context.given.origin === 'microsoftLed',
    'GDAP-35/notTransitionOrigin': ({ context }) => context.given.origin !== 'microsoftLed',
    'GDAP-35/beforeTransition': ({ context }) => context.given.asOf !== null && context.given.asOf < TRANSITION_START,
    'GDAP-37/customerWithoutDap': ({ context }) => !context.customerHasDap,
    'GDAP-35/notAfterTransition': ({ context }) => !context.viaTransition,
    'DAP-01/noDapLeft': ({ context }) => !context.customerHasDap,
    'GDAP-19/notProviderCreated': ({ context }) => context.given.origin !== 'providerForReseller',
    'AMB-24/providerCreated': ({ context }) => context.given.origin === 'providerForReseller',
    'AMB-32/approverNotGlobalAdmin': ({ context }) => context.given.approver !== 'globalAdmin',
    'AMB-14/customerStillHasDap': ({ context }) => context.customerHasDap,
    'GDAP-21/alreadyAssigned': ({ context }) => context.groupAssigned,
    'AMB-22/assignerNotAdminAgent': ({ context }) => !isAdminAgent(context),
    'GDAP-27/alreadyNear': ({ context }) => context.endNear,
    'AMB-12/autoExtendWithGlobalAdmin': ({ context }) => context.autoExtend && context.globalAdmin,
    'AMB-10/autoExtendDateDisputed': ({ context }) => context.autoExtend && autoExtendEra(context.given.asOf) === 'disputed',
    'GDAP-28/autoExtends': ({ context }) => context.autoExtend,
    'GDAP-29/notAdminAgent': ({ context }) => !isAdminAgent(context),
    'GDAP-28/notYetAvailable': ({ context }) => autoExtendEra(context.given.asOf) === 'none',
    'AMB-10/switchDateDisputed': ({ context }) => autoExtendEra(context.given.asOf) === 'disputed',
    'GDAP-29/alreadySet': ({ context, event }) => event.type === 'PARTNER_SETS_AUTO_EXTEND' && event.on === context.autoExtend,
    'GDAP-18/noGlobalAdmin': ({ context }) => !context.globalAdmin,
    'GDAP-32/notAdminAgent': ({ context }) => !isAdminAgent(context),
    'AMB-29/removerNotGlobalAdmin': ({ context }) => context.given.approver !== 'globalAdmin',
    'GDAP-21-26/taskRefused': ({ context, event }, params: { status: string }) =>
      event.type === 'PARTNER_USER_TRIES' && !taskResult(params.status, context, event.task).ok,
  },
  actions: {
    reject: (_, _params: RejectParams) => {},
    block: assign((_, params: RejectParams) => ({ blockedBy: params.rule })),
    startRelationship: assign(({ context }) => freshRelationship(context)),
    activateTransition: assign({ viaTransition: true, approvedBy: 'microsoft' as const, groupAssigned: false, autoExtend: false, globalAdmin: false }),
    approve: assign({ approvedBy: 'customer' as const }),
    activate: assign({ extended: false, endNear: false }),
    assignGroup: assign({ groupAssigned: true }),
    nearEnd: assign({ endNear: true }),
    extend: assign({ extended: true, endNear: false }),
    setAutoExtend: assign(({ event, context }) => ({ autoExtend: event.type === 'PARTNER_SETS_AUTO_EXTEND' ? event.on : context.autoExtend })),
    removeGlobalAdmin: assign({ globalAdmin: false }),
    partnerTerminates: assign({ terminatedBy: 'partner' as const }),
    customerTerminates: assign({ terminatedBy: 'customer' as const }),
    removeDap: assign({ customerHasDap: false }),
    noteApprovalUndocumented: assign(({ context }) => ({
      ambiguities: note(
        context.ambiguities,
        ...(context.given.origin === 'providerForReseller' ? (['AMB-24'] as const) : []),
        ...(context.given.approver !== 'globalAdmin' ? (['AMB-32'] as const) : []),
        ...(context.customerHasDap ? (['AMB-14'] as const) : []),
      ),
    })),
    noteResellerApproval: assign(({ context }) => ({ ambiguities: note(context.ambiguities, 'AMB-24') })),
    noteRemovalUndocumented: assign(({ context }) => ({ ambiguities: note(context.ambiguities, 'AMB-29', 'AMB-32') })),
    noteGlobalAdminExtension: assign(({ context }) => ({ ambiguities: note(context.ambiguities, 'AMB-12') })),
    noteDisputedExtension: assign(({ context }) => ({ ambiguities: note(context.ambiguities, 'AMB-10') })),
  },
}).createMachine({
  id: 'gdap',
  context: ({ input }) => ({
    given: input,
    autoExtend: input.autoExtend,
    globalAdmin: input.includesGlobalAdmin,
    groupAssigned: false,
    customerHasDap: input.customerHasDap,
    extended: false,
    endNear: false,
    viaTransition: false,
    approvedBy: null,
    terminatedBy: null,
    blockedBy: null,
    ambiguities: [],
  }),
  initial: 'none',
  // What every state does unless it says otherwise (a state's own handler wins): the lifecycle
  // steps that belong to other statuses, one relationship at a time, and the customer's DAP.
  on: {
    ...lifecycleRefusals,
    PARTNER_CREATES_REQUEST: oneAtATime,
    CUSTOMER_REMOVES_DAP: removeDap,
    MICROSOFT_REMOVES_DAP: microsoftRemovesDap,
  },
  states: {
    /** No GDAP relationship yet; the partner may already be the customer's reseller. */
    none: {
      always: { guard: 'AMB-21/cloudNotCovered', target: 'notCovered' },
      on: {
        PARTNER_CREATES_REQUEST: [
          { guard: 'GDAP-35/createdByMicrosoft', ...refuse('GDAP-35', 'transitionCreatedByMicrosoft') },
          { guard: 'GDAP-01/notAdminAgent', ...refuse('GDAP-01', 'adminAgentCreates', true) },
          { target: 'created', actions: 'startRelationship' },
        ],
        MICROSOFT_CREATES_TRANSITION_GDAP: [
          { guard: 'GDAP-35/notTransitionOrigin', ...refuse('GDAP-35', 'notTransitionOrigin') },
          { guard: 'GDAP-35/beforeTransition', ...refuse('GDAP-35', 'transitionNotStarted', true) },
          { guard: 'GDAP-37/customerWithoutDap', ...refuse('GDAP-37', 'transitionNeedsDap', true) },
          { target: 'active', actions: 'activateTransition' },
        ],
        PARTNER_USER_TRIES: taskIn('none'),
      },
    },
    /** Created: name, duration, roles and customer can still change; only now can it be deleted (GDAP-13). */
    created: {
      on: {
        PARTNER_EDITS_REQUEST: {},
        PARTNER_DELETES_REQUEST: { target: 'deleted' },
        PARTNER_FINALIZES_REQUEST: { target: 'approvalPending' },
        PARTNER_SETS_AUTO_EXTEND: autoExtendSwitch(),
        PARTNER_USER_TRIES: taskIn('created'),
      },
    },
    /** Finalized and sent: waiting for the customer's approval (GDAP-05, GDAP-14). */
    approvalPending: {
      on: {
        PARTNER_EDITS_REQUEST: refuse('GDAP-13', 'onlyWhileCreated'),
        PARTNER_DELETES_REQUEST: refuse('GDAP-13', 'onlyWhileCreated'),
        CUSTOMER_APPROVES: [
          { guard: 'AMB-24/providerCreated', target: 'undocumented', actions: 'noteApprovalUndocumented' },
          { guard: 'AMB-32/approverNotGlobalAdmin', target: 'undocumented', actions: 'noteApprovalUndocumented' },
          { guard: 'AMB-14/customerStillHasDap', target: 'undocumented', actions: 'noteApprovalUndocumented' },
          { target: 'approved', actions: 'approve' },
        ],
        RESELLER_APPROVES: [
          { guard: 'GDAP-19/notProviderCreated', ...refuse('GDAP-19', 'resellerOnlyForProviderCreated') },
          { target: 'undocumented', actions: 'noteResellerApproval' },
        ],
        RESELLER_REJECTS: [
          { guard: 'GDAP-19/notProviderCreated', ...refuse('GDAP-19', 'resellerOnlyForProviderCreated') },
          { target: 'rejected' },
        ],
        REQUEST_UNANSWERED_90_DAYS: { target: 'requestExpired' },
        PARTNER_USER_TRIES: taskIn('approvalPending'),
      },
    },
    /** The customer approved; Microsoft provisions the relationship next (GDAP-15). */
    approved: {
      on: {
        SYSTEM_PROCEEDS: { target: 'activating' },
        PARTNER_USER_TRIES: taskIn('approved'),
      },
    },
    activating: {
      on: {
        SYSTEM_PROCEEDS: { target: 'active', actions: 'activate' },
        PARTNER_USER_TRIES: taskIn('activating'),
      },
    },
    /** Active: the end date counts from activation (GDAP-15); roles work once assigned to groups (GDAP-21). */
    active: {
      on: {
        PARTNER_EDITS_REQUEST: refuse('GDAP-13', 'onlyWhileCreated'),
        PARTNER_DELETES_REQUEST: refuse('GDAP-13', 'onlyWhileCreated'),
        PARTNER_ASSIGNS_GROUP: [
          { guard: 'GDAP-21/alreadyAssigned', ...refuse('GDAP-21', 'alreadyAssigned') },
          { guard: 'AMB-22/assignerNotAdminAgent', ...refuse('AMB-22', 'assignerRoleUnsettled') },
          { actions: 'assignGroup' },
        ],
        PARTNER_USER_TRIES: taskIn('active'),
        END_DATE_NEARS: [{ guard: 'GDAP-27/alreadyNear', ...refuse('GDAP-27', 'alreadyNear') }, { actions: 'nearEnd' }],
        END_DATE_ARRIVES: [
          { guard: 'AMB-12/autoExtendWithGlobalAdmin', target: 'undocumented', actions: 'noteGlobalAdminExtension' },
          { guard: 'AMB-10/autoExtendDateDisputed', target: 'undocumented', actions: 'noteDisputedExtension' },
          { guard: 'GDAP-28/autoExtends', actions: 'extend' },
          { target: 'expiring' },
        ],
        PARTNER_SETS_AUTO_EXTEND: autoExtendSwitch(),
        PARTNER_REMOVES_GLOBAL_ADMIN: [
          { guard: 'GDAP-18/noGlobalAdmin', ...refuse('GDAP-18', 'noGlobalAdmin') },
          { actions: 'removeGlobalAdmin' },
        ],
        PARTNER_TERMINATES: [
          { guard: 'GDAP-32/notAdminAgent', ...refuse('GDAP-32', 'adminAgentTerminates') },
          { target: 'terminationRequested', actions: 'partnerTerminates' },
        ],
        CUSTOMER_REMOVES_ROLES: [
          { guard: 'AMB-29/removerNotGlobalAdmin', target: 'undocumented', actions: 'noteRemovalUndocumented' },
          { target: 'terminationRequested', actions: 'customerTerminates' },
        ],
      },
    },
    /** Past its end date; Microsoft deprovisions it (GDAP-17). */
    expiring: {
      on: {
        SYSTEM_PROCEEDS: { target: 'expired' },
        PARTNER_USER_TRIES: taskIn('expiring'),
      },
    },
    /** Expired: the groups lost access; the partner can request a new relationship (GDAP-27, GDAP-31). */
    expired: {
      on: {
        PARTNER_CREATES_REQUEST: requestAgain,
        PARTNER_USER_TRIES: taskIn('expired'),
      },
    },
    terminationRequested: {
      on: {
        SYSTEM_PROCEEDS: { target: 'terminating' },
        PARTNER_USER_TRIES: taskIn('terminationRequested'),
      },
    },
    terminating: {
      on: {
        SYSTEM_PROCEEDS: { target: 'terminated' },
        PARTNER_USER_TRIES: taskIn('terminating'),
      },
    },
    /** Terminated by the partner or the customer (GDAP-16, GDAP-32, GDAP-33). */
    terminated: {
      on: {
        PARTNER_CREATES_REQUEST: requestAgain,
        PARTNER_USER_TRIES: taskIn('terminated'),
      },
    },
    /** Deleted while created (GDAP-13). */
    deleted: {
      on: {
        PARTNER_CREATES_REQUEST: requestAgain,
        PARTNER_USER_TRIES: taskIn('deleted'),
      },
    },
    /** Not approved within 90 days (GDAP-07, GDAP-20); no Graph status is documented for it (AMB-20). */
    requestExpired: {
      on: {
        PARTNER_CREATES_REQUEST: requestAgain,
        PARTNER_USER_TRIES: taskIn('requestExpired'),
      },
    },
    /** The indirect reseller rejected the provider's relationship (GDAP-19); its status is not documented. */
    rejected: {
      on: {
        PARTNER_CREATES_REQUEST: requestAgain,
        PARTNER_USER_TRIES: taskIn('rejected'),
      },
    },
    /** The sources do not say what follows (AMB-10, -12, -14, -24, -29, -32). */
    undocumented: {
      on: refuseUndocumented(GDAP_EVENTS, 'AMB-32'),
    },
    /** No Partner Center GDAP page covers this cloud (AMB-21). */
    notCovered: {
      on: refuseAll(GDAP_EVENTS, 'AMB-21', 'notCoveredInCloud'),
    },
  },
});

/** Switching auto extend: Admin agent (GDAP-29), in created or active (GDAP-18), from its launch (GDAP-28, AMB-10). */
function autoExtendSwitch() {
  return [
    { guard: 'GDAP-29/notAdminAgent' as const, ...refuse('GDAP-29', 'adminAgentSwitches') },
    { guard: 'GDAP-28/notYetAvailable' as const, ...refuse('GDAP-28', 'autoExtendNotYetAvailable') },
    { guard: 'AMB-10/switchDateDisputed' as const, ...refuse('AMB-10', 'autoExtendDateDisputed') },
    { guard: 'GDAP-29/alreadySet' as const, ...refuse('GDAP-29', 'autoExtendAlreadySet') },
    { actions: 'setAutoExtend' as const },
  ];
}

export type GdapSnapshot = SnapshotFrom<typeof gdapMachine>;

/** Inputs with no effect under the others, and the value in force instead. */
const NOT_FOR_TRANSITION = new Set(['durationDays', 'autoExtend', 'includesGlobalAdmin', 'includesServiceSupportAdmin', 'approver']);

function gdapInapplicable(field: string, raw: Given): Inapplicable {
  const given = raw as unknown as GdapGiven;
  if (field === 'cloud') return null;
  if (given.cloud !== 'global') return { rule: 'AMB-21', reason: 'notCoveredInCloud' };
  if (given.origin === 'microsoftLed' && NOT_FOR_TRANSITION.has(field)) {
    // The customer removes roles as in any relationship, so who acts still matters there.
    if (field === 'approver') return null;
    return { rule: 'GDAP-36', reason: 'setByTransition' };
  }
  if (field === 'autoExtend' && autoExtendEra(given.asOf) === 'none') return { rule: 'GDAP-28', reason: 'autoExtendNotYetAvailable' };
  return null;
}

function gdapInForce(field: string, raw: Given): GivenValue | undefined {
  const given = raw as unknown as GdapGiven;
  if (given.origin === 'microsoftLed' && given.cloud === 'global') {
    if (field === 'durationDays') return TRANSITION_DAYS;
    if (field === 'includesServiceSupportAdmin') return true;
    if (field === 'includesGlobalAdmin' || field === 'autoExtend') return false;
  }
  if (field === 'autoExtend') return false;
  return undefined;
}

export const gdapFlow: FlowDefinition<typeof gdapMachine> = defineFlow({
  id: 'gdap',
  machine: gdapMachine,
  defaults: { ...GDAP_DEFAULTS },
  fields: [
    { key: 'cloud', kind: 'choice', options: CLOUDS },
    { key: 'asOf', kind: 'date', samples: [null, '2023-01-15', '2023-10-01', '2023-10-25'] },
    { key: 'origin', kind: 'choice', options: GDAP_ORIGINS },
    { key: 'partnerUser', kind: 'choice', options: PARTNER_USERS },
    // Only the end-date facts read the duration: one value explores every path (tests/unit/gdap.test.ts tries others).
    { key: 'durationDays', kind: 'number', min: 1, max: 730, samples: [730], factsOnly: true },
    { key: 'autoExtend', kind: 'boolean' },
    { key: 'includesGlobalAdmin', kind: 'boolean' },
    { key: 'includesServiceSupportAdmin', kind: 'boolean', factsOnly: true },
    { key: 'approver', kind: 'choice', options: APPROVERS },
    { key: 'customerHasDap', kind: 'boolean' },
    { key: 'enterpriseAgreement', kind: 'boolean', factsOnly: true },
  ],
  eventTypes: GDAP_EVENTS,
  payloads: {
    PARTNER_USER_TRIES: { task: GDAP_TASKS },
    PARTNER_SETS_AUTO_EXTEND: { on: [true, false] },
  },
  candidateEvents: (): FlowEvent[] =>
    GDAP_EVENTS.flatMap((type): FlowEvent[] => {
      if (type === 'PARTNER_USER_TRIES') return GDAP_TASKS.map((task) => ({ type, task }));
      if (type === 'PARTNER_SETS_AUTO_EXTEND') return [true, false].map((on) => ({ type, on }));
      return [{ type }];
    }),
  inapplicable: gdapInapplicable,
  inForce: gdapInForce,
  facts: GDAP_FACTS,
  stateFacts: {
    none: { status: 'none' },
    created: { status: 'created' },
    approvalPending: { status: 'approvalPending' },
    approved: { status: 'approved' },
    activating: { status: 'activating' },
    active: { status: 'active' },
    expiring: { status: 'expiring' },
    expired: { status: 'expired' },
    terminationRequested: { status: 'terminationRequested' },
    terminating: { status: 'terminating' },
    terminated: { status: 'terminated' },
    deleted: { status: 'deleted' },
    undocumented: { status: null },
    notCovered: { status: null },
  },
  outcome: gdapOutcome,
});
