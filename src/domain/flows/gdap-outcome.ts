/**
 * What a GDAP snapshot states: the status (Microsoft Graph's value), the settings in force, what
 * the partner user can do and why, what continues; and which rules and open questions it rests on.
 */
import type { FactValue, Outcome } from '../flow';
import { factsNamed, type FactSpec } from '../facts';
import type { AmbiguityId, RuleId } from '../rules';
import { hasServiceSupportRole, isAdminAgent, taskResult } from './gdap-access';
import { GDAP_TASKS, TRANSITION_DAYS, type GdapContext } from './gdap-model';

/** The part of a snapshot the outcome reads (the machine's own snapshot type would import the machine). */
export interface GdapState {
  value: unknown;
  context: GdapContext;
}

/** The statuses of Microsoft Graph's delegatedAdminRelationship that this flow reaches (GDAP-12). */
const GRAPH_STATUS: Record<string, string | null> = {
  none: 'none',
  created: 'created',
  approvalPending: 'approvalPending',
  approved: 'approved',
  activating: 'activating',
  active: 'active',
  expiring: 'expiring',
  expired: 'expired',
  terminationRequested: 'terminationRequested',
  terminating: 'terminating',
  terminated: 'terminated',
  deleted: 'deleted',
  // No Graph status is documented for these (AMB-20; a rejected relationship: not found).
  requestExpired: null,
  rejected: null,
};

/** The requested duration in force: one year for the transition GDAP (GDAP-35). */
function durationOf(c: GdapContext): number {
  return c.viaTransition || c.given.origin === 'microsoftLed' ? TRANSITION_DAYS : c.given.durationDays;
}

const BEFORE_ACTIVE = new Set(['none', 'created', 'approvalPending', 'approved', 'activating', 'deleted', 'requestExpired', 'rejected']);

function gdapFacts(status: string, c: GdapContext): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {
    status: GRAPH_STATUS[status] ?? null,
    durationDays: durationOf(c),
    // Counted from activation (GDAP-15); after an extension, 180 days or six months is not settled (AMB-11).
    endDay: BEFORE_ACTIVE.has(status) ? 'notActivated' : c.extended ? null : durationOf(c),
    autoExtend: c.autoExtend,
    autoExtended: c.extended,
    globalAdminRole: c.globalAdmin,
    serviceSupportRole: hasServiceSupportRole(c),
    groupAssigned: c.viaTransition ? isAdminAgent(c) : c.groupAssigned,
    expiryReminders: !c.endNear || status !== 'active' ? 'notYet' : c.autoExtend ? null : true,
    customerHasDap: c.customerHasDap,
  };
  for (const task of GDAP_TASKS) {
    const result = taskResult(status, c, task);
    facts[`task:${task}`] = result.ok;
    facts[`taskRule:${task}`] = result.rule;
  }
  // What ending GDAP leaves alone (GDAP-27, GDAP-34, GDAP-41).
  facts.resellerRelationship = true;
  facts.azureRbacUnchanged = true;
  facts.subscriptionsUnaffected = true;
  return facts;
}

/** What an open question about approval, extension or removal leaves certain: settings, and what GDAP never touches. */
const UNDOCUMENTED_KEEPS = ['durationDays', 'autoExtend', 'globalAdminRole', 'serviceSupportRole', 'customerHasDap', 'resellerRelationship', 'azureRbacUnchanged', 'subscriptionsUnaffected', 'task:purchase', 'taskRule:purchase'];
const LIFECYCLE_OPEN = (key: string) => !UNDOCUMENTED_KEEPS.includes(key);

export const GDAP_FACTS: FactSpec = {
  keys: () => [
    'status', 'durationDays', 'endDay', 'autoExtend', 'autoExtended', 'globalAdminRole', 'serviceSupportRole', 'groupAssigned', 'expiryReminders', 'customerHasDap',
    ...GDAP_TASKS.flatMap((t) => [`task:${t}`, `taskRule:${t}`]),
    'resellerRelationship', 'azureRbacUnchanged', 'subscriptionsUnaffected',
  ],
  openFacts: {
    'AMB-21': () => true,
    'AMB-10': LIFECYCLE_OPEN,
    'AMB-12': LIFECYCLE_OPEN,
    'AMB-14': LIFECYCLE_OPEN,
    'AMB-24': LIFECYCLE_OPEN,
    'AMB-29': LIFECYCLE_OPEN,
    'AMB-32': LIFECYCLE_OPEN,
    'AMB-11': factsNamed('endDay'),
    'AMB-27': factsNamed('expiryReminders'),
  },
};

export function gdapOutcome(snapshot: GdapState): Outcome {
  const { context: c } = snapshot;
  const status = String(snapshot.value);
  if (status === 'notCovered') {
    // Every fact is unknown here: GDAP_FACTS.openFacts makes AMB-21 bear on all of them.
    return { outcome: 'ambiguous', facts: gdapFacts('none', c), rules: [], ambiguities: ['AMB-21'] };
  }
  if (status === 'undocumented') {
    const rules: RuleId[] = ['GDAP-12'];
    if (c.ambiguities.some((a) => a === 'AMB-12' || a === 'AMB-10')) rules.push('GDAP-28', 'GDAP-30');
    if (c.ambiguities.some((a) => a === 'AMB-14' || a === 'AMB-32' || a === 'AMB-24')) rules.push('GDAP-09');
    if (c.ambiguities.includes('AMB-14')) rules.push('GDAP-11');
    if (c.ambiguities.includes('AMB-24')) rules.push('GDAP-19', 'GDAP-43');
    if (c.ambiguities.includes('AMB-29')) rules.push('GDAP-33');
    // What the open question bears on (all but UNDOCUMENTED_KEEPS) is made unknown by GDAP_FACTS.
    return { outcome: 'ambiguous', facts: gdapFacts('none', c), rules, ambiguities: [...c.ambiguities] };
  }
  const facts = gdapFacts(status, c);
  const ambiguities: AmbiguityId[] = [];
  if (facts.endDay === null) ambiguities.push('AMB-11');
  if (facts.expiryReminders === null) ambiguities.push('AMB-27');
  const taskRules = GDAP_TASKS.map((t) => facts[`taskRule:${t}`] as RuleId);
  const withTasks = (rules: RuleId[]): RuleId[] => [...new Set([...rules, ...taskRules])];
  if (c.blockedBy) return { outcome: 'blocked', facts, rules: [c.blockedBy], ambiguities };
  switch (status) {
    case 'active': {
      const rules: RuleId[] = ['GDAP-15', 'GDAP-12', 'GDAP-04'];
      if (c.approvedBy === 'customer') rules.push('GDAP-09', 'GDAP-10');
      if (c.viaTransition) rules.push('GDAP-35', 'GDAP-36');
      if (c.groupAssigned) rules.push('GDAP-21', 'GDAP-22');
      if (c.extended) rules.push('GDAP-28');
      if (c.endNear) rules.push('GDAP-27');
      return { outcome: 'established', facts, rules: withTasks(rules), ambiguities };
    }
    case 'expiring':
    case 'expired':
      return { outcome: 'access-ended', facts, rules: withTasks(['GDAP-17', 'GDAP-27', 'GDAP-31', 'GDAP-34']), ambiguities };
    case 'terminated':
      return { outcome: 'access-ended', facts, rules: withTasks(['GDAP-16', c.terminatedBy === 'customer' ? 'GDAP-33' : 'GDAP-32', 'GDAP-34']), ambiguities };
    case 'deleted':
      return { outcome: 'relationship-ended', facts, rules: ['GDAP-13'], ambiguities };
    case 'requestExpired':
      return { outcome: 'relationship-ended', facts, rules: ['GDAP-07', 'GDAP-20'], ambiguities: ['AMB-20'] };
    case 'rejected':
      return { outcome: 'relationship-ended', facts, rules: ['GDAP-19', 'GDAP-43'], ambiguities };
    default:
      return { outcome: 'in-progress', facts, rules: withTasks(IN_PROGRESS_RULES[status] ?? []), ambiguities };
  }
}

/** What explains each step on the way: the form, the request, provisioning, termination. */
const IN_PROGRESS_RULES: Record<string, RuleId[]> = {
  created: ['GDAP-02', 'GDAP-13'],
  approvalPending: ['GDAP-05', 'GDAP-14', 'GDAP-07'],
  approved: ['GDAP-09', 'GDAP-15'],
  activating: ['GDAP-15'],
  terminationRequested: ['GDAP-16'],
  terminating: ['GDAP-16'],
};
