/**
 * Multi-partner and multichannel: one customer, services with existing subscriptions sold by
 * partner A (the original reseller and Partner of Record), and up to three more partners that
 * request relationships, get or lose DAP, and try actions on subscriptions.
 * Rules MP-01, MP-02, MC-01, NOR-01, NOR-02, INV-06, INV-07, INV-12, DAP-01, with AMB-04 and AMB-06.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import { stateKey, type FactValue, type FlowDefinition, type FlowEvent, type Given, type GivenValue, type Inapplicable, type Outcome, type Premise, type RejectParams } from '../flow';
import type { AmbiguityId, CitationId, Cloud, RuleId } from '../rules';
import { CLOUDS } from '../rules';
import { refuse, refuseUndocumented } from '../refuse';
import { dapInDoubt, globalDapEnded, LAST_DAP_DAY } from '../dates';
import { defineFlow, factsNamed, NOT_APPLICABLE, type FactSpec } from '../facts';


export const PARTNERS = ['A', 'B', 'C', 'D'] as const;
export type PartnerId = (typeof PARTNERS)[number];
export const SERVICES = ['m365', 'azure', 'dynamics365'] as const;
export type ServiceId = (typeof SERVICES)[number];
export const SUBSCRIPTION_ACTIONS = [
  'provisionSubscription',
  'receiveBill',
  'removeSeats',
  'orderAddOns',
  'transition',
  'changePartnerOfRecord',
] as const;
export type SubscriptionAction = (typeof SUBSCRIPTION_ACTIONS)[number];

export interface MultiPartnerGiven {
  cloud: Cloud;
  /** How many partners serve the customer, A included (2–4). */
  partners: number;
  /**
   * The services A sold the customer a subscription of. Partners may also sell services A does
   * not (MP-01: a second reseller that specializes in another service).
   */
  m365: boolean;
  azure: boolean;
  dynamics365: boolean;
  originalResellerHasDap: boolean;
  /** ISO date; null follows the latest documented rules (today). */
  asOf: string | null;
}

export const MULTI_PARTNER_DEFAULTS: MultiPartnerGiven = {
  cloud: 'global',
  partners: 2,
  m365: true,
  azure: true,
  dynamics365: false,
  originalResellerHasDap: true,
  asOf: null,
};

export const MULTI_PARTNER_EVENTS = ['REQUEST_RELATIONSHIP', 'CUSTOMER_ACCEPTS', 'CUSTOMER_REMOVES_DAP', 'PARTNER_ACTION'] as const;

export type MultiPartnerEvent =
  | { type: 'REQUEST_RELATIONSHIP'; partner: PartnerId; dap: boolean }
  | { type: 'CUSTOMER_ACCEPTS'; partner: PartnerId }
  | { type: 'CUSTOMER_REMOVES_DAP'; partner: PartnerId }
  | { type: 'PARTNER_ACTION'; partner: PartnerId; action: SubscriptionAction; service: ServiceId };

interface PartnerState {
  relationship: boolean;
  dap: boolean;
  /** A request sent and not yet accepted: whether it asks for DAP. */
  pending: boolean | null;
}

interface ServiceState {
  /** The Partner of Record of the subscription A sold, or null where A sold none. */
  partnerOfRecord: PartnerId | null;
  /** Partners that sell (transact) subscriptions of this service. */
  transacting: PartnerId[];
}

export interface MultiPartnerContext {
  given: MultiPartnerGiven;
  partners: Partial<Record<PartnerId, PartnerState>>;
  services: Partial<Record<ServiceId, ServiceState>>;
  blockedBy: CitationId | null;
  ambiguities: AmbiguityId[];
  /** The partner whose accepted request may or may not have given DAP (AMB-05, AMB-31). */
  dapUnknown: PartnerId | null;
}

export function partnersOf(given: Pick<MultiPartnerGiven, 'partners'>): PartnerId[] {
  return PARTNERS.slice(0, Math.min(4, Math.max(2, given.partners)));
}

export function servicesOf(given: Pick<MultiPartnerGiven, ServiceId>): ServiceId[] {
  return SERVICES.filter((s) => given[s]);
}

/** The services in play given their states in a fixed order (by their serialization). */
function sortServices(context: MultiPartnerContext): MultiPartnerContext {
  const names = SERVICES.filter((s) => context.services[s]);
  if (names.length < 2) return context;
  const states = names.map((s) => ({ state: context.services[s]!, text: JSON.stringify(context.services[s]) })).sort((x, y) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
  const services: MultiPartnerContext['services'] = {};
  names.forEach((name, i) => (services[name] = states[i]!.state));
  return { ...context, services };
}

/** Everything the context says about one partner: its own state, the services it sells, whether its DAP is in doubt. */
function partnerSignature(context: MultiPartnerContext, p: PartnerId): string {
  const sells = SERVICES.map((s) => (context.services[s]?.transacting.includes(p) ? '1' : '0')).join('');
  return `${JSON.stringify(context.partners[p])}|${sells}|${context.dapUnknown === p ? 1 : 0}`;
}

/** The same context with two partners' labels exchanged: partners B, C and D are alike until they act. */
function swapPartners(context: MultiPartnerContext, x: PartnerId, y: PartnerId): MultiPartnerContext {
  const swap = (p: PartnerId): PartnerId => (p === x ? y : p === y ? x : p);
  const partners: MultiPartnerContext['partners'] = {};
  // Built in partner order: the key serializes objects in insertion order.
  for (const p of PARTNERS) {
    const state = context.partners[swap(p)];
    if (state) partners[p] = state;
  }
  const services: MultiPartnerContext['services'] = {};
  for (const s of SERVICES) {
    const service = context.services[s];
    if (service) services[s] = { ...service, transacting: PARTNERS.filter((p) => service.transacting.map(swap).includes(p)) };
  }
  return { ...context, partners, services, dapUnknown: context.dapUnknown && swap(context.dapUnknown) };
}

/** The services exploration tries: those A sold, and the first one it did not (see candidateEvents). */
function explorationServices(given: MultiPartnerGiven): ServiceId[] {
  const sold = servicesOf(given);
  const unsold = SERVICES.find((s) => !sold.includes(s));
  return unsold ? [...sold, unsold] : sold;
}

/** Multi-partner rules (MP-01, MP-02) are documented for these clouds; elsewhere AMB-06. */
const rulesDocumented = (cloud: Cloud) => cloud === 'global' || cloud === '21vianet';
/**
 * The multichannel limit (MC-01) is stated for 21Vianet (the global pages stated it in 2018 only):
 * there the outcome cites it. How the limit is kept is stated nowhere (AMB-04).
 */
const limitStated = (cloud: Cloud) => cloud === '21vianet';


/** Partners other than `partner` that transact in `service` and hold DAP (the MC-01 limit). */
function otherDapTransacting(context: MultiPartnerContext, partner: PartnerId, service: ServiceId): PartnerId[] {
  return (context.services[service]?.transacting ?? []).filter((p) => p !== partner && context.partners[p]?.dap);
}

/** Services where giving `partner` DAP would make a second CSP-transacting DAP partner. */
function dapConflicts(context: MultiPartnerContext, partner: PartnerId): ServiceId[] {
  return SERVICES.filter(
    (s) => context.services[s]?.transacting.includes(partner) && otherDapTransacting(context, partner, s).length > 0,
  );
}

type PartnerEvent = Extract<MultiPartnerEvent, { partner: PartnerId }>;
type ActionEvent = Extract<MultiPartnerEvent, { type: 'PARTNER_ACTION' }>;
const actionOf = (event: MultiPartnerEvent): ActionEvent | null => (event.type === 'PARTNER_ACTION' ? event : null);

/** The subscription an action targets: the partner's own in that service, else A's existing one. */
function target(context: MultiPartnerContext, event: ActionEvent): 'own' | 'other' | 'none' {
  const service = context.services[event.service];
  if (service?.transacting.includes(event.partner)) return 'own';
  if (service?.partnerOfRecord) return 'other';
  return 'none';
}

export const multiPartnerMachine = setup({
  types: {
    context: {} as MultiPartnerContext,
    events: {} as MultiPartnerEvent,
    input: {} as MultiPartnerGiven,
  },
  guards: {
    'INV-12/unknownPartner': ({ context, event }) => !context.partners[(event as PartnerEvent).partner],
    'INV-12/noRelationship': ({ context, event }) => !context.partners[(event as PartnerEvent).partner]?.relationship,
    'DAP-04/alreadyHoldsDap': ({ context, event }) => {
      const p = context.partners[(event as PartnerEvent).partner];
      return Boolean(p?.relationship && p.dap);
    },
    'INV-01/requestPending': ({ context, event }) => context.partners[(event as PartnerEvent).partner]?.pending != null,
    'INV-14/noDapInRequests': ({ context, event }) => event.type === 'REQUEST_RELATIONSHIP' && event.dap && globalDapEnded(context.given),
    'AMB-05-31/dapAcceptanceUndocumented': ({ context, event }) =>
      context.partners[(event as PartnerEvent).partner]?.pending === true && dapInDoubt(context.given) !== null,
    'INV-06/withoutDapNotOffered': ({ context, event }) =>
      event.type === 'REQUEST_RELATIONSHIP' && !event.dap && (context.given.cloud === 'usgov' || context.given.cloud === 'germany'),
    'INV-07/alwaysDapIn21Vianet': ({ context, event }) =>
      event.type === 'REQUEST_RELATIONSHIP' && !event.dap && context.given.cloud === '21vianet',
    'DAP-04/noRequestPending': ({ context, event }) => context.partners[(event as PartnerEvent).partner]?.pending == null,
    'AMB-04/dapForSecondTransactingPartner': ({ context, event }) =>
      context.partners[(event as PartnerEvent).partner]?.pending === true && dapConflicts(context, (event as PartnerEvent).partner).length > 0,
    'DAP-01/noDapToRemove': ({ context, event }) => !context.partners[(event as PartnerEvent).partner]?.dap,
    // Only provisioning can start a service nobody sells yet; anything else needs a subscription.
    'INV-12/serviceNotUsed': ({ context, event }) => {
      const e = actionOf(event);
      return e !== null && e.action !== 'provisionSubscription' && !context.services[e.service];
    },
    // A second CSP-transacting DAP partner: MC-01 states the limit (21Vianet) but no page says how
    // it is kept (AMB-04), whichever comes first, the DAP or the subscription.
    'AMB-04-06/multichannelUndocumented': ({ context, event }) => {
      const e = actionOf(event);
      if (e === null) return false;
      if (e.action === 'provisionSubscription') {
        return (
          Boolean(context.partners[e.partner]?.dap) &&
          !context.services[e.service]?.transacting.includes(e.partner) &&
          otherDapTransacting(context, e.partner, e.service).length > 0
        );
      }
      if (rulesDocumented(context.given.cloud)) return false;
      return target(context, e) === 'other' || e.action === 'changePartnerOfRecord';
    },
    isProvision: ({ event }) => actionOf(event)?.action === 'provisionSubscription',
    'MP-02/partnerOfRecordNeverChanges': ({ event }) => actionOf(event)?.action === 'changePartnerOfRecord',
    'NOR-01/billOnlyToOriginalReseller': ({ context, event }) => {
      const e = actionOf(event);
      return e !== null && e.action === 'receiveBill' && target(context, e) === 'other' && context.given.cloud === '21vianet';
    },
    'NOR-02/noChangesToOthersSubscription': ({ context, event }) => {
      const e = actionOf(event);
      return e !== null && target(context, e) === 'other' && context.given.cloud === '21vianet';
    },
    'MP-02/othersSubscriptionUnchanged': ({ context, event }) => {
      const e = actionOf(event);
      return e !== null && target(context, e) === 'other';
    },
    'INV-12/noSubscriptionHere': ({ context, event }) => {
      const e = actionOf(event);
      return e !== null && target(context, e) === 'none';
    },
  },
  actions: {
    reject: (_, _params: RejectParams) => {},
    block: assign((_, params: RejectParams) => ({ blockedBy: params.rule })),
    request: assign(({ context, event }) => {
      if (event.type !== 'REQUEST_RELATIONSHIP') return {};
      const current = context.partners[event.partner];
      if (!current) return {};
      return { partners: { ...context.partners, [event.partner]: { ...current, pending: event.dap } } };
    }),
    accept: assign(({ context, event }) => {
      const p = (event as PartnerEvent).partner;
      const current = context.partners[p];
      if (!current) return {};
      return { partners: { ...context.partners, [p]: { relationship: true, dap: current.dap || current.pending === true, pending: null } } };
    }),
    // The relationship is certain; only whether it carries DAP is open.
    noteDapInDoubt: assign(({ context, event }) => {
      const p = (event as PartnerEvent).partner;
      return {
        ambiguities: [...context.ambiguities, dapInDoubt(context.given) ?? 'AMB-05'],
        partners: { ...context.partners, [p]: { relationship: true, dap: false, pending: null } },
        dapUnknown: p,
      };
    }),
    noteDapConflict: assign(({ context }) => {
      const notes: AmbiguityId[] = ['AMB-04'];
      if (!rulesDocumented(context.given.cloud)) notes.push('AMB-06');
      return { ambiguities: [...context.ambiguities, ...notes] };
    }),
    noteUndocumentedCase: assign(({ context, event }) => {
      const e = actionOf(event);
      // A second CSP-transacting DAP partner is AMB-04 (and AMB-06 where multi-partner itself is open).
      const notes: AmbiguityId[] = e?.action === 'provisionSubscription' ? ['AMB-04'] : [];
      if (!rulesDocumented(context.given.cloud)) notes.push('AMB-06');
      return { ambiguities: [...context.ambiguities, ...notes] };
    }),
    removeDap: assign(({ context, event }) => {
      const p = (event as PartnerEvent).partner;
      const current = context.partners[p];
      if (!current) return {};
      return { partners: { ...context.partners, [p]: { ...current, dap: false } } };
    }),
    provision: assign(({ context, event }) => {
      const e = actionOf(event);
      if (!e) return {};
      const service = context.services[e.service] ?? { partnerOfRecord: null, transacting: [] };
      if (service.transacting.includes(e.partner)) return {};
      // Kept in partner order: who sells a service matters, not in which order they started.
      const transacting = PARTNERS.filter((p) => p === e.partner || service.transacting.includes(p));
      return { services: { ...context.services, [e.service]: { ...service, transacting } } };
    }),
  },
}).createMachine({
  id: 'multi-partner',
  context: ({ input }) => {
    const partners: Partial<Record<PartnerId, PartnerState>> = {};
    for (const p of partnersOf(input)) {
      partners[p] = p === 'A' ? { relationship: true, dap: input.originalResellerHasDap && !globalDapEnded(input), pending: null } : { relationship: false, dap: false, pending: null };
    }
    const services: Partial<Record<ServiceId, ServiceState>> = {};
    for (const s of servicesOf(input)) services[s] = { partnerOfRecord: 'A', transacting: ['A'] };
    return { given: input, partners, services, blockedBy: null, ambiguities: [], dapUnknown: null };
  },
  initial: 'serving',
  states: {
    /** The customer works with its partners; each event is one party's move. */
    serving: {
      on: {
        REQUEST_RELATIONSHIP: [
          { guard: 'INV-12/unknownPartner', ...refuse('INV-12', 'unknownPartner') },
          { guard: 'DAP-04/alreadyHoldsDap', ...refuse('DAP-04', 'dapAlreadyHeld') },
          { guard: 'INV-01/requestPending', ...refuse('INV-01', 'alreadySent') },
          { guard: 'INV-14/noDapInRequests', ...refuse('INV-14', 'noDapToday') },
          { guard: 'INV-06/withoutDapNotOffered', ...refuse('INV-06', 'noOptionWithoutDap') },
          { guard: 'INV-07/alwaysDapIn21Vianet', ...refuse('INV-07', 'noCheckboxIn21Vianet') },
          { actions: 'request' },
        ],
        CUSTOMER_ACCEPTS: [
          { guard: 'INV-12/unknownPartner', ...refuse('INV-12', 'unknownPartner') },
          { guard: 'DAP-04/noRequestPending', ...refuse('DAP-04', 'noRequestPending') },
          { guard: 'AMB-05-31/dapAcceptanceUndocumented', target: 'undocumented', actions: 'noteDapInDoubt' },
          { guard: 'AMB-04/dapForSecondTransactingPartner', target: 'undocumented', actions: 'noteDapConflict' },
          { actions: 'accept' },
        ],
        CUSTOMER_REMOVES_DAP: [
          { guard: 'INV-12/unknownPartner', ...refuse('INV-12', 'unknownPartner') },
          { guard: 'DAP-01/noDapToRemove', ...refuse('DAP-01', 'noDapToRemove') },
          { actions: 'removeDap' },
        ],
        PARTNER_ACTION: [
          { guard: 'INV-12/unknownPartner', ...refuse('INV-12', 'unknownPartner') },
          { guard: 'INV-12/noRelationship', ...refuse('INV-12', 'noRelationship') },
          { guard: 'INV-12/serviceNotUsed', ...refuse('INV-12', 'noSubscriptionHere') },
          { guard: 'AMB-04-06/multichannelUndocumented', target: 'undocumented', actions: 'noteUndocumentedCase' },
          { guard: 'isProvision', actions: 'provision' },
          { guard: 'MP-02/partnerOfRecordNeverChanges', ...refuse('MP-02', 'partnerOfRecordStays') },
          { guard: 'NOR-01/billOnlyToOriginalReseller', ...refuse('NOR-01', 'billGoesToOriginalReseller') },
          { guard: 'NOR-02/noChangesToOthersSubscription', ...refuse('NOR-02', 'notYourSubscription') },
          { guard: 'MP-02/othersSubscriptionUnchanged', ...refuse('MP-02', 'notYourSubscription') },
          { guard: 'INV-12/noSubscriptionHere', ...refuse('INV-12', 'noSubscriptionHere') },
          // A partner acting on its own subscription: allowed, and nothing this flow tracks changes.
          {},
        ],
      },
    },
    /** The sources do not say what happens next (AMB-04, AMB-06); nothing is invented. */
    undocumented: {
      on: refuseUndocumented(MULTI_PARTNER_EVENTS, 'AMB-04'),
    },
  },
});

export type MultiPartnerSnapshot = SnapshotFrom<typeof multiPartnerMachine>;

function multiPartnerFacts(context: MultiPartnerContext): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {};
  for (const p of partnersOf(context.given)) {
    const state = context.partners[p];
    facts[`relationship:${p}`] = state?.relationship ?? false;
    facts[`dap:${p}`] = context.dapUnknown === p ? null : (state?.dap ?? false);
  }
  for (const s of SERVICES) {
    const service = context.services[s];
    if (!service) continue;
    // The record of A's subscription; where A sold none there is no such record.
    facts[`partnerOfRecord:${s}`] = service.partnerOfRecord ?? NOT_APPLICABLE;
    facts[`transacting:${s}`] = service.transacting.join(', ');
    facts[`dapTransacting:${s}`] =
      context.dapUnknown && service.transacting.includes(context.dapUnknown) ? null : service.transacting.filter((p) => context.partners[p]?.dap).join(', ') || '—';
  }
  return facts;
}

function multiPartnerOutcome(snapshot: MultiPartnerSnapshot): Outcome {
  const { context } = snapshot;
  const facts = multiPartnerFacts(context);
  const documented = rulesDocumented(context.given.cloud);
  if (snapshot.value === 'undocumented') {
    const rules: RuleId[] = context.ambiguities.includes('AMB-04') ? ['MC-01', 'MP-01'] : context.ambiguities.some((a) => a === 'AMB-05' || a === 'AMB-31') ? ['MP-01', 'INV-14'] : ['MP-02', 'MC-01'];
    return { outcome: 'ambiguous', facts, rules, ambiguities: [...new Set(context.ambiguities)] };
  }
  const joined = partnersOf(context.given).filter((p) => p !== 'A' && context.partners[p]?.relationship);
  // Whether several partners may serve one customer here at all is AMB-06's question: one answer
  // for US Government and Germany alike, with what it bears on unknown.
  if (joined.length > 0 && !documented) {
    return { outcome: 'ambiguous', facts, rules: ['MP-01', 'INV-12'], ambiguities: ['AMB-06'] };
  }
  if (joined.length > 0) {
    const rules: RuleId[] = ['MP-01', 'INV-12', 'MP-02'];
    if (limitStated(context.given.cloud)) rules.push('MC-01');
    if (context.given.cloud === '21vianet') rules.push('NOR-01', 'NOR-02');
    if (globalDapEnded(context.given)) rules.push('INV-14');
    return { outcome: 'established', facts, rules, ambiguities: [] };
  }
  return { outcome: 'in-progress', facts, rules: [], ambiguities: [] };
}

const PARTNER_AND_SERVICE_FACTS = factsNamed('relationship:', 'dap:', 'partnerOfRecord:', 'transacting:', 'dapTransacting:');

/** Which partner holds DAP is AMB-04's question; whether other partners and records count at all, AMB-06's. */
const MULTI_PARTNER_FACTS: FactSpec = {
  keys: (given) => [
    ...partnersOf(given as unknown as MultiPartnerGiven).flatMap((p) => [`relationship:${p}`, `dap:${p}`]),
    ...SERVICES.flatMap((s) => [`partnerOfRecord:${s}`, `transacting:${s}`, `dapTransacting:${s}`]),
  ],
  openFacts: {
    'AMB-04': factsNamed('dap:', 'dapTransacting:'),
    'AMB-06': (key) => !key.endsWith(':A') && PARTNER_AND_SERVICE_FACTS(key),
  },
};

function multiPartnerInapplicable(field: string, raw: Given): Inapplicable {
  const given = raw as unknown as MultiPartnerGiven;
  if (field === 'originalResellerHasDap' && globalDapEnded(given)) return { rule: 'INV-14', reason: 'noDapToday' };
  // 21Vianet is treated as DAP-based whatever the date (no GDAP page covers it).
  if (field === 'asOf' && given.cloud === '21vianet') return { rule: 'INV-07', reason: 'dateNoEffectIn21Vianet' };
  return null;
}

export const multiPartnerFlow: FlowDefinition<typeof multiPartnerMachine> = defineFlow({
  id: 'multi-partner',
  machine: multiPartnerMachine,
  defaults: { ...MULTI_PARTNER_DEFAULTS },
  fields: [
    { key: 'cloud', kind: 'choice', options: CLOUDS },
    { key: 'partners', kind: 'number', min: 2, max: 4 },
    { key: 'm365', kind: 'boolean' },
    { key: 'azure', kind: 'boolean' },
    { key: 'dynamics365', kind: 'boolean' },
    { key: 'originalResellerHasDap', kind: 'boolean' },
    // One date per era: DAP, disputed (AMB-05), today; the date has no effect in 21Vianet.
    { key: 'asOf', kind: 'date', samples: [null, '2023-03-01', '2023-10-01'] },
  ],
  eventTypes: MULTI_PARTNER_EVENTS,
  payloads: {
    REQUEST_RELATIONSHIP: { partner: PARTNERS, dap: [true, false] },
    CUSTOMER_ACCEPTS: { partner: PARTNERS },
    CUSTOMER_REMOVES_DAP: { partner: PARTNERS },
    PARTNER_ACTION: { partner: PARTNERS, action: SUBSCRIPTION_ACTIONS, service: SERVICES },
  },
  payloadOptions: (given, field) => {
    const g = given as unknown as MultiPartnerGiven;
    if (field === 'partner') return partnersOf(g);
    if (field === 'service') return SERVICES;
    return undefined;
  },
  focus: [
    // The newcomer, B, is who most stories follow; A is one pick away.
    { key: 'partner', options: (given: Given) => partnersOf(given as unknown as MultiPartnerGiven), initial: () => 'B' },
    {
      key: 'service',
      options: () => SERVICES,
      initial: (given: Given) => servicesOf(given as unknown as MultiPartnerGiven)[0] ?? 'm365',
    },
  ],
  candidateEvents: (snapshot, focus): FlowEvent[] => {
    const partners = focus?.partner ? [focus.partner as PartnerId] : partnersOf(snapshot.context.given);
    // Without a picked service (exploration, tests): A's services and one service A does not sell.
    // Services A does not sell are alike (no rule names a service), so one stands for all of them.
    const services = focus?.service ? [focus.service as ServiceId] : explorationServices(snapshot.context.given);
    const events: FlowEvent[] = [];
    for (const partner of partners) {
      if (partner !== 'A') {
        events.push({ type: 'REQUEST_RELATIONSHIP', partner, dap: true }, { type: 'REQUEST_RELATIONSHIP', partner, dap: false });
        events.push({ type: 'CUSTOMER_ACCEPTS', partner });
      }
      events.push({ type: 'CUSTOMER_REMOVES_DAP', partner });
      for (const service of services) {
        for (const action of SUBSCRIPTION_ACTIONS) events.push({ type: 'PARTNER_ACTION', partner, action, service });
      }
    }
    return events;
  },
  // No rule names a service: A selling k services is one case whichever k they are.
  canonicalGiven: (given: Given): Given => {
    const sold = SERVICES.filter((s) => given[s] === true).length;
    return { ...given, ...Object.fromEntries(SERVICES.map((s, i) => [s, i < sold])) };
  },
  // No rule names a service and B and C are alike until they act: the key sorts the services in
  // play by their state, then orders B and C by what distinguishes them. Only states that are
  // mirrors of each other share a key (tests/unit/explore.test.ts compares with the plain search).
  symmetricKey: (snapshot) => {
    const sorted = sortServices(snapshot.context);
    const context = sorted.partners.C && partnerSignature(sorted, 'B') > partnerSignature(sorted, 'C') ? swapPartners(sorted, 'B', 'C') : sorted;
    return stateKey({ ...snapshot, context } as typeof snapshot);
  },
  inapplicable: multiPartnerInapplicable,
  inForce: (field: string, given: Given): GivenValue | undefined =>
    field === 'originalResellerHasDap' && globalDapEnded(given as unknown as MultiPartnerGiven) ? false : undefined,
  // Today's global cloud: no partner gets DAP by request, so the DAP-era rules (MP-01, MC-01) are history there.
  premise: (given: Given): Premise | null =>
    globalDapEnded(given as unknown as MultiPartnerGiven) ? { rule: 'INV-14', reason: 'dapEraRules', lastDate: LAST_DAP_DAY, gdap: true } : null,
  facts: MULTI_PARTNER_FACTS,
  outcome: multiPartnerOutcome,
});
