/**
 * The rule catalogue: every fact of shared/DOMAIN.md, under the ID it has there.
 * Rule texts live in the i18n dictionaries (src/i18n/rules.*.ts); this file holds what is
 * language-free: where a rule applies, since when, and where it comes from.
 */
import type { SourceId } from './sources';

export const CLOUDS = ['global', '21vianet', 'germany', 'usgov'] as const;
export type Cloud = (typeof CLOUDS)[number];

export const RULE_IDS = [
  'INV-01', 'INV-02', 'INV-03', 'INV-04', 'INV-05', 'INV-06', 'INV-07', 'INV-08',
  'INV-09', 'INV-10', 'INV-11', 'INV-12', 'INV-13', 'INV-14', 'INV-15',
  'NOR-01', 'NOR-02', 'MP-01', 'MP-02', 'MC-01',
  'DAP-01', 'DAP-02', 'DAP-03', 'DAP-04', 'DAP-05', 'DAP-06',
  'IND-01', 'IND-02', 'IND-03', 'IND-04', 'IND-05', 'IND-06', 'IND-07', 'IND-08', 'IND-09',
  'SUP-01',
  'GDAP-01', 'GDAP-02', 'GDAP-03', 'GDAP-04', 'GDAP-05', 'GDAP-06', 'GDAP-07', 'GDAP-08',
  'GDAP-09', 'GDAP-10', 'GDAP-11', 'GDAP-12', 'GDAP-13', 'GDAP-14', 'GDAP-15', 'GDAP-16',
  'GDAP-17', 'GDAP-18', 'GDAP-19', 'GDAP-20', 'GDAP-21', 'GDAP-22', 'GDAP-23', 'GDAP-24',
  'GDAP-25', 'GDAP-26', 'GDAP-27', 'GDAP-28', 'GDAP-29', 'GDAP-30', 'GDAP-31', 'GDAP-32',
  'GDAP-33', 'GDAP-34', 'GDAP-35', 'GDAP-36', 'GDAP-37', 'GDAP-38', 'GDAP-39', 'GDAP-40',
  'GDAP-41', 'GDAP-42', 'GDAP-43', 'GDAP-44',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const AMBIGUITY_IDS = [
  'AMB-01', 'AMB-02', 'AMB-03', 'AMB-04', 'AMB-05', 'AMB-06', 'AMB-07', 'AMB-08', 'AMB-09',
  'AMB-10', 'AMB-11', 'AMB-12', 'AMB-13', 'AMB-14', 'AMB-15', 'AMB-16', 'AMB-17', 'AMB-18',
  'AMB-19', 'AMB-20', 'AMB-21', 'AMB-22', 'AMB-23', 'AMB-24', 'AMB-25', 'AMB-26', 'AMB-27',
  'AMB-28', 'AMB-29', 'AMB-30', 'AMB-31', 'AMB-32',
] as const;
export type AmbiguityId = (typeof AMBIGUITY_IDS)[number];

/** Anything a simulator or a page may cite. */
export type CitationId = RuleId | AmbiguityId;

export type Topic = 'invitation' | 'scope' | 'dap' | 'indirect' | 'gdap';

export interface Rule {
  id: RuleId;
  topic: Topic;
  /** Clouds the sources state the rule for. */
  clouds: readonly Cloud[];
  /** Clouds where the sources say nothing either way (not the same as "does not apply"). */
  unstatedIn?: readonly Cloud[];
  /** ISO dates bounding when the rule holds, where the sources give them. */
  validFrom?: string;
  validUntil?: string;
  sources: readonly SourceId[];
}

export interface Ambiguity {
  id: AmbiguityId;
  topic: Topic;
  /** The rules whose reading is in doubt. */
  concerns: readonly RuleId[];
  /** The competing readings, each with the sources that support it. */
  readings: readonly { key: string; sources: readonly SourceId[] }[];
}

const ALL = CLOUDS;
/** The clouds no GDAP page covers (AMB-21): stated for none, denied for none. */
const NATIONAL = ['21vianet', 'germany', 'usgov'] as const;

export const RULES: Record<RuleId, Rule> = {
  'INV-01': { id: 'INV-01', topic: 'invitation', clouds: ALL, sources: ['000', '001', '002'] },
  'INV-02': { id: 'INV-02', topic: 'invitation', clouds: ALL, sources: ['000', '001', '002'] },
  'INV-03': { id: 'INV-03', topic: 'invitation', clouds: ['21vianet'], unstatedIn: ['global', 'germany', 'usgov'], sources: ['000', '002'] },
  'INV-04': { id: 'INV-04', topic: 'invitation', clouds: ['global'], sources: ['001'] },
  'INV-05': { id: 'INV-05', topic: 'invitation', clouds: ['global'], sources: ['001'] },
  'INV-06': { id: 'INV-06', topic: 'invitation', clouds: ['usgov', 'germany'], sources: ['001'] },
  'INV-07': { id: 'INV-07', topic: 'invitation', clouds: ['21vianet'], sources: ['000', '002'] },
  'INV-08': { id: 'INV-08', topic: 'invitation', clouds: ['global'], unstatedIn: ['21vianet', 'germany', 'usgov'], sources: ['001'] },
  'INV-09': { id: 'INV-09', topic: 'invitation', clouds: ALL, sources: ['000', '001', '002'] },
  'INV-10': { id: 'INV-10', topic: 'invitation', clouds: ['global'], unstatedIn: ['21vianet', 'germany', 'usgov'], sources: ['001'] },
  'INV-11': { id: 'INV-11', topic: 'invitation', clouds: ['global'], unstatedIn: ['21vianet', 'germany', 'usgov'], sources: ['001'] },
  'INV-12': { id: 'INV-12', topic: 'invitation', clouds: ALL, sources: ['000', '001', '002'] },
  'INV-13': { id: 'INV-13', topic: 'dap', clouds: ['global'], sources: ['REV'] },
  'INV-14': { id: 'INV-14', topic: 'gdap', clouds: ['global'], validFrom: '2023-10-10', sources: ['gdap-faq'] },
  'INV-15': { id: 'INV-15', topic: 'dap', clouds: ALL, sources: ['000', '001', '002'] },
  'NOR-01': { id: 'NOR-01', topic: 'scope', clouds: ['21vianet'], sources: ['000', '002'] },
  'NOR-02': { id: 'NOR-02', topic: 'scope', clouds: ['21vianet'], sources: ['000', '002'] },
  'MP-01': { id: 'MP-01', topic: 'scope', clouds: ['21vianet', 'global'], sources: ['003', 'MC'] },
  'MP-02': { id: 'MP-02', topic: 'scope', clouds: ['21vianet', 'global'], sources: ['003'] },
  'MC-01': { id: 'MC-01', topic: 'scope', clouds: ['21vianet'], sources: ['000', '002'] },
  'DAP-01': { id: 'DAP-01', topic: 'dap', clouds: ALL, sources: ['000', '002', 'REV'] },
  'DAP-02': { id: 'DAP-02', topic: 'dap', clouds: ALL, sources: ['000', '002'] },
  'DAP-03': { id: 'DAP-03', topic: 'dap', clouds: ALL, sources: ['000', '002'] },
  'DAP-04': { id: 'DAP-04', topic: 'dap', clouds: ALL, sources: ['000', '002'] },
  'DAP-05': { id: 'DAP-05', topic: 'dap', clouds: ['global'], sources: ['REV'] },
  'DAP-06': { id: 'DAP-06', topic: 'dap', clouds: ['global'], sources: ['dap-monitor'] },
  'IND-01': { id: 'IND-01', topic: 'indirect', clouds: ['global'], sources: ['004'] },
  'IND-02': { id: 'IND-02', topic: 'indirect', clouds: ['global'], sources: ['004'] },
  'IND-03': { id: 'IND-03', topic: 'indirect', clouds: ['global'], sources: ['004'] },
  'IND-04': { id: 'IND-04', topic: 'indirect', clouds: ['global'], sources: ['004'] },
  'IND-05': { id: 'IND-05', topic: 'indirect', clouds: ['global'], sources: ['004'] },
  'IND-06': { id: 'IND-06', topic: 'indirect', clouds: ['global'], sources: ['004'] },
  'IND-07': { id: 'IND-07', topic: 'indirect', clouds: ['global'], sources: ['004'] },
  'IND-08': { id: 'IND-08', topic: 'indirect', clouds: ['global'], sources: ['004'] },
  'IND-09': { id: 'IND-09', topic: 'indirect', clouds: ['global'], sources: ['004'] },
  'SUP-01': { id: 'SUP-01', topic: 'indirect', clouds: ['global'], sources: ['SUP'] },
  // GDAP (shared/DOMAIN-GDAP.md): "global; others n/s" is global with the national clouds unstated.
  'GDAP-01': { id: 'GDAP-01', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-faq', 'gdap-obtain', 'gdap-faq-current'] },
  'GDAP-02': { id: 'GDAP-02', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-obtain', 'gdap-faq', 'gdap-analytics'] },
  'GDAP-03': { id: 'GDAP-03', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-create', 'graph-overview'] },
  'GDAP-04': { id: 'GDAP-04', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-faq', 'gdap-migration-faq', 'gdap-bulk-tool'] },
  'GDAP-05': { id: 'GDAP-05', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-obtain'] },
  'GDAP-06': { id: 'GDAP-06', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-overview'] },
  'GDAP-07': { id: 'GDAP-07', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-faq', 'gdap-faq-current'] },
  'GDAP-08': { id: 'GDAP-08', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-faq'] },
  'GDAP-09': { id: 'GDAP-09', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-approval', 'gdap-approval-current'] },
  'GDAP-10': { id: 'GDAP-10', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-obtain', 'gdap-approval', 'gdap-expiring', 'gdap-transition', 'gdap-approval-current'] },
  'GDAP-11': { id: 'GDAP-11', topic: 'gdap', clouds: ['global'], sources: ['gdap-approval'] },
  'GDAP-12': { id: 'GDAP-12', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-relationship'] },
  'GDAP-13': { id: 'GDAP-13', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-relationship', 'graph-update'] },
  'GDAP-14': { id: 'GDAP-14', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-request', 'graph-relationship'] },
  'GDAP-15': { id: 'GDAP-15', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-relationship'] },
  'GDAP-16': { id: 'GDAP-16', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-relationship', 'graph-request'] },
  'GDAP-17': { id: 'GDAP-17', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-relationship'] },
  'GDAP-18': { id: 'GDAP-18', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-update'] },
  'GDAP-19': { id: 'GDAP-19', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-request'] },
  'GDAP-20': { id: 'GDAP-20', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-activity'] },
  'GDAP-21': { id: 'GDAP-21', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-obtain', 'gdap-assign', 'gdap-faq'] },
  'GDAP-22': { id: 'GDAP-22', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['graph-access-assignment', 'gdap-faq', 'gdap-bulk-tool'] },
  'GDAP-23': { id: 'GDAP-23', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-introduction', 'gdap-faq'] },
  'GDAP-24': { id: 'GDAP-24', topic: 'gdap', clouds: ['global'], sources: ['gdap-faq'] },
  'GDAP-25': { id: 'GDAP-25', topic: 'gdap', clouds: ['global'], sources: ['gdap-faq'] },
  'GDAP-26': { id: 'GDAP-26', topic: 'gdap', clouds: ['global'], sources: ['gdap-faq'] },
  'GDAP-27': { id: 'GDAP-27', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-expiring', 'gdap-faq', 'gdap-expiring-current'] },
  'GDAP-28': { id: 'GDAP-28', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, validFrom: '2023-10-30', sources: ['gdap-auto-extend', 'gdap-faq-current', 'graph-relationship'] },
  'GDAP-29': { id: 'GDAP-29', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, validFrom: '2023-10-30', sources: ['gdap-auto-extend', 'gdap-faq-current', 'gdap-announcements'] },
  'GDAP-30': { id: 'GDAP-30', topic: 'gdap', clouds: ['global'], sources: ['gdap-auto-extend'] },
  'GDAP-31': { id: 'GDAP-31', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-faq', 'gdap-analytics'] },
  'GDAP-32': { id: 'GDAP-32', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-partner-terminate'] },
  'GDAP-33': { id: 'GDAP-33', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-customer-terminate', 'gdap-faq', 'gdap-activity'] },
  'GDAP-34': { id: 'GDAP-34', topic: 'gdap', clouds: ['global'], sources: ['gdap-faq', 'dap-faq'] },
  'GDAP-35': { id: 'GDAP-35', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, validFrom: '2023-05-22', sources: ['gdap-transition', 'gdap-announcements'] },
  'GDAP-36': { id: 'GDAP-36', topic: 'gdap', clouds: ['global'], sources: ['gdap-transition', 'gdap-announcements'] },
  'GDAP-37': { id: 'GDAP-37', topic: 'gdap', clouds: ['global'], sources: ['gdap-transition'] },
  'GDAP-38': { id: 'GDAP-38', topic: 'gdap', clouds: ['global'], validUntil: '2023-11-30', sources: ['gdap-bulk-tool', 'gdap-announcements'] },
  'GDAP-39': { id: 'GDAP-39', topic: 'gdap', clouds: ['global'], sources: ['dap-monitor', 'gdap-announcements'] },
  'GDAP-40': { id: 'GDAP-40', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, validFrom: '2023-10-10', sources: ['gdap-faq', 'create-customer', 'gdap-announcements'] },
  'GDAP-41': { id: 'GDAP-41', topic: 'gdap', clouds: ['global'], sources: ['gdap-faq'] },
  'GDAP-42': { id: 'GDAP-42', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-obtain', 'gdap-announcements'] },
  'GDAP-43': { id: 'GDAP-43', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-faq', 'graph-reseller'] },
  'GDAP-44': { id: 'GDAP-44', topic: 'gdap', clouds: ['global'], unstatedIn: NATIONAL, sources: ['gdap-faq-current'] },
};

export const AMBIGUITIES: Record<AmbiguityId, Ambiguity> = {
  'AMB-01': {
    id: 'AMB-01', topic: 'dap', concerns: ['INV-15', 'DAP-03'],
    readings: [{ key: 'yes', sources: ['000', '001', '002'] }, { key: 'no', sources: ['REV'] }],
  },
  'AMB-02': {
    id: 'AMB-02', topic: 'invitation', concerns: ['INV-01'],
    readings: [{ key: 'adminAgent', sources: ['001'] }, { key: 'globalAdmin', sources: ['001'] }, { key: 'salesAgent', sources: ['001'] }],
  },
  'AMB-03': {
    id: 'AMB-03', topic: 'invitation', concerns: ['INV-04'],
    readings: [{ key: 'cleared', sources: ['001'] }, { key: 'checked', sources: ['gdap-faq'] }],
  },
  'AMB-04': {
    id: 'AMB-04', topic: 'scope', concerns: ['MC-01'],
    readings: [{ key: 'limitStated', sources: ['000', '002'] }, { key: 'tenantWide', sources: ['REV'] }],
  },
  'AMB-05': {
    id: 'AMB-05', topic: 'gdap', concerns: ['INV-14'],
    readings: [{ key: 'sep25', sources: ['gdap-faq'] }, { key: 'oct09', sources: ['gdap-faq'] }, { key: 'oct10', sources: ['gdap-faq'] }],
  },
  'AMB-06': {
    id: 'AMB-06', topic: 'scope', concerns: ['MP-01', 'MP-02', 'MC-01'],
    readings: [{ key: 'applies', sources: ['MC'] }, { key: 'notStated', sources: ['003'] }],
  },
  'AMB-07': {
    id: 'AMB-07', topic: 'indirect', concerns: ['IND-09'],
    readings: [{ key: 'docsSay', sources: ['004'] }, { key: 'unknown', sources: ['004', 'SUP'] }],
  },
  'AMB-08': {
    id: 'AMB-08', topic: 'invitation', concerns: ['INV-03'],
    readings: [{ key: 'vianetOnly', sources: ['000', '002'] }, { key: 'globalSilent', sources: ['001'] }],
  },
  'AMB-09': {
    id: 'AMB-09', topic: 'invitation', concerns: ['INV-10', 'INV-11'],
    readings: [{ key: 'globalStated', sources: ['001'] }, { key: 'othersSilent', sources: ['000', '002'] }],
  },
  'AMB-10': {
    id: 'AMB-10', topic: 'gdap', concerns: ['GDAP-28'],
    readings: [{ key: 'noRenewal', sources: ['gdap-faq'] }, { key: 'autoExtend', sources: ['gdap-faq-current', 'gdap-auto-extend', 'gdap-obtain'] }],
  },
  'AMB-11': {
    id: 'AMB-11', topic: 'gdap', concerns: ['GDAP-28'],
    readings: [{ key: 'sixMonths', sources: ['gdap-obtain', 'gdap-faq-current'] }, { key: 'p180d', sources: ['graph-relationship'] }],
  },
  'AMB-12': {
    id: 'AMB-12', topic: 'gdap', concerns: ['GDAP-28', 'GDAP-30'],
    readings: [{ key: 'advisedAgainst', sources: ['gdap-auto-extend'] }, { key: 'blocked', sources: ['cipp-2315'] }, { key: 'removable', sources: ['graph-update'] }],
  },
  'AMB-13': {
    id: 'AMB-13', topic: 'gdap', concerns: ['GDAP-29'],
    readings: [{ key: 'partnerOnly', sources: ['gdap-auto-extend'] }, { key: 'partnerOrCustomer', sources: ['gdap-faq-current'] }],
  },
  'AMB-14': {
    id: 'AMB-14', topic: 'gdap', concerns: ['GDAP-09', 'GDAP-11'],
    readings: [{ key: 'removeDapFirst', sources: ['gdap-approval'] }, { key: 'noPrerequisite', sources: ['gdap-approval-current'] }, { key: 'gdapPrevails', sources: ['gdap-faq', 'gdap-transition'] }],
  },
  'AMB-15': {
    id: 'AMB-15', topic: 'gdap', concerns: ['INV-14', 'GDAP-40'],
    readings: [{ key: 'sep25', sources: ['gdap-announcements'] }, { key: 'oct09', sources: ['gdap-announcements', 'gdap-faq'] }, { key: 'oct10', sources: ['gdap-faq'] }],
  },
  'AMB-16': {
    id: 'AMB-16', topic: 'gdap', concerns: ['GDAP-40'],
    readings: [{ key: 'announcement', sources: ['gdap-announcements'] }, { key: 'faqTable', sources: ['gdap-faq'] }],
  },
  'AMB-17': {
    id: 'AMB-17', topic: 'gdap', concerns: ['GDAP-36'],
    readings: [{ key: 'eight', sources: ['gdap-transition', 'gdap-announcements'] }, { key: 'nine', sources: ['gdap-transition', 'gdap-announcements'] }],
  },
  'AMB-18': {
    id: 'AMB-18', topic: 'gdap', concerns: ['GDAP-35'],
    readings: [{ key: 'notified', sources: ['gdap-announcements'] }, { key: 'notNotified', sources: ['gdap-announcements', 'gdap-transition'] }],
  },
  'AMB-19': {
    id: 'AMB-19', topic: 'gdap', concerns: ['GDAP-35', 'GDAP-37', 'GDAP-39'],
    readings: [{ key: 'thirtyDays', sources: ['gdap-transition'] }, { key: 'july2023', sources: ['gdap-transition', 'gdap-announcements'] }, { key: 'september2023', sources: ['gdap-announcements'] }],
  },
  'AMB-20': {
    id: 'AMB-20', topic: 'gdap', concerns: ['GDAP-07', 'GDAP-20'],
    readings: [{ key: 'expires', sources: ['gdap-faq'] }, { key: 'cleanedUp', sources: ['gdap-activity', 'gdap-transition'] }, { key: 'noStatus', sources: ['graph-relationship'] }],
  },
  'AMB-21': {
    id: 'AMB-21', topic: 'gdap', concerns: ['GDAP-03', 'GDAP-06', 'GDAP-12'],
    readings: [{ key: 'globalOnly', sources: ['graph-create'] }, { key: 'allClouds', sources: ['graph-create', 'graph-update'] }, { key: 'notVianet', sources: ['graph-create'] }],
  },
  'AMB-22': {
    id: 'AMB-22', topic: 'gdap', concerns: ['GDAP-21'],
    readings: [{ key: 'threeRoles', sources: ['gdap-assign'] }, { key: 'adminAgentOnly', sources: ['gdap-assign'] }],
  },
  'AMB-23': {
    id: 'AMB-23', topic: 'gdap', concerns: ['GDAP-02', 'GDAP-03'],
    readings: [{ key: 'acrossPartner', sources: ['graph-create'] }, { key: 'perCustomer', sources: ['graph-create'] }, { key: 'perPartnerTenant', sources: ['gdap-bulk-tool'] }],
  },
  'AMB-24': {
    id: 'AMB-24', topic: 'gdap', concerns: ['GDAP-15', 'GDAP-19'],
    readings: [{ key: 'customer', sources: ['graph-relationship'] }, { key: 'indirectReseller', sources: ['graph-request'] }],
  },
  'AMB-25': {
    id: 'AMB-25', topic: 'gdap', concerns: ['GDAP-29'],
    readings: [{ key: 'partnerCenter', sources: ['gdap-announcements'] }, { key: 'separateTool', sources: ['gdap-faq-current'] }],
  },
  'AMB-26': {
    id: 'AMB-26', topic: 'gdap', concerns: ['GDAP-09'],
    readings: [{ key: 'approveAll', sources: ['gdap-approval', 'gdap-approval-current'] }, { key: 'resellerOnly', sources: ['graph-request'] }],
  },
  'AMB-27': {
    id: 'AMB-27', topic: 'gdap', concerns: ['GDAP-27', 'GDAP-29'],
    readings: [{ key: 'partnerAndCustomer', sources: ['gdap-expiring'] }, { key: 'partnerWhenDisabled', sources: ['gdap-auto-extend'] }, { key: 'noDayCounts', sources: ['gdap-expiring-current'] }],
  },
  'AMB-28': {
    id: 'AMB-28', topic: 'gdap', concerns: [],
    readings: [{ key: 'korean', sources: ['gdap-faq-current', 'gdap-workloads'] }, { key: 'chinese', sources: ['gdap-faq-current', 'gdap-expiring-current'] }],
  },
  'AMB-29': {
    id: 'AMB-29', topic: 'gdap', concerns: ['GDAP-33'],
    readings: [{ key: 'noCustomerRole', sources: ['gdap-customer-terminate'] }, { key: 'globalAdmin', sources: ['REV'] }],
  },
  'AMB-30': {
    id: 'AMB-30', topic: 'gdap', concerns: ['GDAP-40'],
    readings: [{ key: 'headerListsClouds', sources: ['create-customer'] }, { key: 'timelineUnqualified', sources: ['gdap-faq'] }],
  },
  'AMB-31': {
    id: 'AMB-31', topic: 'gdap', concerns: ['INV-06', 'INV-14'],
    readings: [{ key: 'alwaysDap', sources: ['001'] }, { key: 'announcementsSilent', sources: ['gdap-announcements'] }],
  },
  'AMB-32': {
    id: 'AMB-32', topic: 'gdap', concerns: ['GDAP-09', 'GDAP-33'],
    readings: [{ key: 'globalAdminOnly', sources: ['gdap-approval', 'gdap-approval-current'] }, { key: 'newEntraRole', sources: ['cipp-5813'] }],
  },
};

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

export function isAmbiguityId(id: string): id is AmbiguityId {
  return (AMBIGUITY_IDS as readonly string[]).includes(id);
}

export function isCitationId(id: string): id is CitationId {
  return isRuleId(id) || isAmbiguityId(id);
}

/** The anchor a guidance page gives a rule: `rule-inv-04`, `rule-amb-08`. */
export function ruleAnchor(id: CitationId): string {
  return `rule-${id.toLowerCase()}`;
}

/**
 * Rules no machine decides on: explained on the guidance pages only, with why. Every other
 * rule and ambiguity is cited by a machine (a test explores all flows to prove it).
 */
export const GUIDANCE_ONLY: Partial<Record<CitationId, string>> = {
  'AMB-02': 'Which partner role may send the invitation is not settled by the sources; the simulators do not model partner roles for invitations.',
  'AMB-03': 'The default state of the DAP checkbox is a matter of the Partner Center screen; the simulator asks for the choice explicitly.',
  'GDAP-03': 'The Graph API form of the request; the GDAP simulator follows the Partner Center form (GDAP-02) and its limits (GDAP-04).',
  'GDAP-06': 'The Graph API steps and the invitation URL; the simulator follows the Partner Center steps (GDAP-05, GDAP-14).',
  'GDAP-23': 'Azure access through a security group nested in Admin agents: the simulator states only that Azure RBAC continues (GDAP-34).',
  'GDAP-38': 'The bulk migration tool was available until the end of November 2023; nothing in a scenario today depends on it.',
  'GDAP-39': 'DAP self-serve removal is simulated by the DAP removal flow (DAP-06); the GDAP flow lets the customer remove DAP.',
  'GDAP-42': 'GDAP without a reseller relationship: the simulator assumes the partner is the customer\'s reseller.',
  'AMB-13': 'No source describes a customer-side auto-extend switch; the simulator lets only the partner switch it (GDAP-29).',
  'AMB-16': 'Default GDAP roles by partner type: the GDAP simulator starts from an existing customer, not from Default GDAP.',
  'AMB-17': 'How many roles the transition GDAP carried (eight or nine): the simulator states what the documented roles allow, which Global Reader does not change.',
  'AMB-18': 'Whether partners were notified of the transition GDAP: no step of a scenario depends on the notice.',
  'AMB-19': 'When DAP was removed during the transition: the simulator models the removal as one step, not by calendar date.',
  'AMB-23': 'The scope of name uniqueness matters only across several relationships; the simulator follows one.',
  'AMB-25': 'What the partner-led tool is: a question of naming, with no effect on a scenario.',
  'AMB-28': 'Microsoft\'s inconsistent Korean and Chinese wording: the glossary lists it; no scenario depends on it.',
  'AMB-30': 'Default GDAP in the national clouds: the GDAP simulator does not model customer creation.',
};
