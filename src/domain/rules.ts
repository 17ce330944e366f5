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
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const AMBIGUITY_IDS = [
  'AMB-01', 'AMB-02', 'AMB-03', 'AMB-04', 'AMB-05', 'AMB-06', 'AMB-07', 'AMB-08', 'AMB-09',
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
};
