/**
 * Who can do what for the customer, from the relationship's status and settings: administer a
 * workload, open a support request, buy (GDAP-21, -24, -25, -26, -36, -41, -44). The machine refuses
 * a task with the rule this returns; the outcome states all three.
 */
import type { RuleId } from '../rules';
import type { GdapContext, GdapTask } from './gdap-model';

export const isAdminAgent = (c: GdapContext) => c.given.partnerUser !== 'groupOnly';
export const inGdapGroup = (c: GdapContext) => c.given.partnerUser !== 'adminAgentOnly';

/** The transition GDAP's roles went to the Admin Agents group (GDAP-36); otherwise the user's own group must be assigned. */
export function reachedByGdap(status: string, c: GdapContext): boolean {
  if (status !== 'active') return false;
  if (c.viaTransition && isAdminAgent(c)) return true;
  return c.groupAssigned && inGdapGroup(c);
}

export function hasServiceSupportRole(c: GdapContext): boolean {
  return c.viaTransition || c.given.includesServiceSupportAdmin;
}

/** Why a user reaches nothing through GDAP: the status, else the missing assignment, else Admin agents alone. */
function noAccessRule(status: string, c: GdapContext): RuleId {
  switch (status) {
    case 'expiring':
    case 'expired':
      return 'GDAP-27';
    case 'terminationRequested':
    case 'terminating':
    case 'terminated':
      return c.terminatedBy === 'customer' ? 'GDAP-33' : 'GDAP-32';
    case 'active':
      return inGdapGroup(c) ? 'GDAP-21' : 'GDAP-25';
    default:
      return 'GDAP-15';
  }
}

export interface TaskResult {
  ok: boolean;
  rule: RuleId;
}

/** Whether the partner user can do a task now, and the rule that decides (GDAP-21, -24, -25, -26, -41, -44). */
export function taskResult(status: string, c: GdapContext, task: GdapTask): TaskResult {
  if (task === 'purchase') {
    // Buying is commerce: the Admin agent role and the reseller relationship, no GDAP (GDAP-24, GDAP-41).
    return isAdminAgent(c) ? { ok: true, rule: 'GDAP-41' } : { ok: false, rule: 'GDAP-24' };
  }
  const gdap = reachedByGdap(status, c);
  const viaDap = !gdap && isAdminAgent(c) && c.customerHasDap;
  if (task === 'supportTicket') {
    if (gdap) return { ok: hasServiceSupportRole(c), rule: 'GDAP-26' };
    if (viaDap) return { ok: false, rule: 'GDAP-26' };
    return { ok: false, rule: noAccessRule(status, c) };
  }
  if (gdap) {
    if (c.given.enterpriseAgreement) return { ok: false, rule: 'GDAP-44' };
    // Reached by both: GDAP wins over DAP (GDAP-25).
    return { ok: true, rule: isAdminAgent(c) && c.customerHasDap ? 'GDAP-25' : c.viaTransition ? 'GDAP-36' : 'GDAP-22' };
  }
  // Only in Admin agents: DAP where the customer still has it, nothing where it does not (GDAP-25).
  if (viaDap) return { ok: true, rule: 'GDAP-25' };
  return { ok: false, rule: noAccessRule(status, c) };
}

export const TASK_REASON: Record<GdapTask, string> = {
  administer: 'cannotAdminister',
  supportTicket: 'cannotOpenTicket',
  purchase: 'cannotPurchase',
};
