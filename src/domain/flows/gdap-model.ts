/**
 * The GDAP flow's vocabulary: its inputs and their defaults, its events, the dates the sources
 * give, and what the machine remembers (src/domain/flows/gdap.ts runs it).
 */
import type { AmbiguityId, CitationId, Cloud } from '../rules';

export const GDAP_ORIGINS = ['partnerRequest', 'microsoftLed', 'providerForReseller'] as const;
export type GdapOrigin = (typeof GDAP_ORIGINS)[number];
/** The partner user whose work the scenario follows: Partner Center role and group membership. */
export const PARTNER_USERS = ['adminAgentInGroup', 'groupOnly', 'adminAgentOnly'] as const;
export type PartnerUser = (typeof PARTNER_USERS)[number];
export const APPROVERS = ['globalAdmin', 'otherRole'] as const;
export type Approver = (typeof APPROVERS)[number];
export const GDAP_TASKS = ['administer', 'supportTicket', 'purchase'] as const;
export type GdapTask = (typeof GDAP_TASKS)[number];

export interface GdapGiven {
  cloud: Cloud;
  /** ISO date; null follows the latest documented rules. */
  asOf: string | null;
  /** The requested duration, 1–730 days (GDAP-04). */
  durationDays: number;
  autoExtend: boolean;
  includesGlobalAdmin: boolean;
  includesServiceSupportAdmin: boolean;
  origin: GdapOrigin;
  partnerUser: PartnerUser;
  /** The customer user who approves or removes the relationship (GDAP-09, AMB-32). */
  approver: Approver;
  customerHasDap: boolean;
  enterpriseAgreement: boolean;
}

export const GDAP_DEFAULTS: GdapGiven = {
  cloud: 'global',
  asOf: null,
  // GDAP-04: two years by default; GDAP-02: auto extend defaults to No.
  durationDays: 730,
  autoExtend: false,
  includesGlobalAdmin: false,
  includesServiceSupportAdmin: true,
  origin: 'partnerRequest',
  partnerUser: 'adminAgentInGroup',
  approver: 'globalAdmin',
  customerHasDap: false,
  enterpriseAgreement: false,
};

/** Dates the sources give (GDAP-35, GDAP-28/29, AMB-10). ISO strings compare as text. */
export const TRANSITION_START = '2023-05-22';
/** The obtain page of 2023-10-23 shows the Auto extend switch; the announcements say from 2023-10-30 (AMB-10). */
export const AUTO_EXTEND_SHOWN = '2023-10-23';
export const AUTO_EXTEND_FROM = '2023-10-30';
/** One Microsoft-led transition GDAP lasted one year (GDAP-35). */
export const TRANSITION_DAYS = 365;

export type AutoExtendEra = 'none' | 'disputed' | 'available';
export function autoExtendEra(asOf: string | null): AutoExtendEra {
  if (asOf === null || asOf >= AUTO_EXTEND_FROM) return 'available';
  return asOf >= AUTO_EXTEND_SHOWN ? 'disputed' : 'none';
}

export const GDAP_EVENTS = [
  'PARTNER_CREATES_REQUEST',
  'PARTNER_EDITS_REQUEST',
  'PARTNER_DELETES_REQUEST',
  'PARTNER_FINALIZES_REQUEST',
  'PARTNER_CHANGES_LINK',
  'MICROSOFT_CREATES_TRANSITION_GDAP',
  'CUSTOMER_APPROVES',
  'CUSTOMER_DECLINES',
  'RESELLER_APPROVES',
  'RESELLER_REJECTS',
  'REQUEST_UNANSWERED_90_DAYS',
  'SYSTEM_PROCEEDS',
  'PARTNER_ASSIGNS_GROUP',
  'PARTNER_USER_TRIES',
  'END_DATE_NEARS',
  'END_DATE_ARRIVES',
  'PARTNER_SETS_AUTO_EXTEND',
  'PARTNER_REMOVES_GLOBAL_ADMIN',
  'PARTNER_TERMINATES',
  'CUSTOMER_REMOVES_ROLES',
  'CUSTOMER_REMOVES_DAP',
  'MICROSOFT_REMOVES_DAP',
] as const;
export type GdapEventType = (typeof GDAP_EVENTS)[number];

export type GdapEvent =
  | { type: 'PARTNER_USER_TRIES'; task: GdapTask }
  | { type: 'PARTNER_SETS_AUTO_EXTEND'; on: boolean }
  | { type: Exclude<GdapEventType, 'PARTNER_USER_TRIES' | 'PARTNER_SETS_AUTO_EXTEND'> };

export interface GdapContext {
  given: GdapGiven;
  /** The relationship's current settings (they change after the request: GDAP-18, GDAP-29). */
  autoExtend: boolean;
  globalAdmin: boolean;
  /** The partner user's security group has an active access assignment (GDAP-21, GDAP-22). */
  groupAssigned: boolean;
  customerHasDap: boolean;
  /** The end date has rolled forward at least once (GDAP-28). */
  extended: boolean;
  /** Expiry reminders have started (GDAP-27). */
  endNear: boolean;
  /** The current relationship is Microsoft's transition GDAP (GDAP-35, GDAP-36). */
  viaTransition: boolean;
  /** Who made the relationship active: only the customer's approval or the transition does. */
  approvedBy: 'customer' | 'microsoft' | null;
  terminatedBy: 'partner' | 'customer' | null;
  blockedBy: CitationId | null;
  ambiguities: AmbiguityId[];
}
