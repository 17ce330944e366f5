/**
 * Which guidance page explains each rule, so a simulator can link a refusal to the rule's
 * anchor in the reader's language. Tests check each anchor exists on its page in every locale.
 */
import type { CitationId } from '../domain/rules';
import type { Locale } from '../i18n/types';
import { ruleAnchor } from '../domain/rules';
import { withBase } from './base';

export const RULE_PAGES: Record<string, readonly CitationId[]> = {
  'guides/request-a-relationship': [
    'INV-01', 'INV-02', 'INV-03', 'INV-04', 'INV-05', 'INV-06', 'INV-07', 'INV-08', 'INV-09',
    'INV-10', 'INV-11', 'INV-12', 'INV-13', 'INV-14', 'INV-15', 'NOR-01', 'NOR-02',
    'AMB-02', 'AMB-03', 'AMB-05', 'AMB-08', 'AMB-09',
  ],
  'guides/multi-partner': ['MP-01', 'MP-02', 'AMB-06'],
  'guides/multichannel': ['MC-01', 'AMB-04'],
  'guides/remove-delegated-admin': ['DAP-01', 'DAP-02', 'DAP-03', 'DAP-04', 'DAP-05', 'DAP-06', 'AMB-01'],
  'guides/indirect-resellers': ['IND-01', 'IND-02', 'IND-03', 'IND-04', 'IND-09', 'AMB-07'],
  'guides/indirect-customers-and-subscriptions': ['IND-05', 'IND-06', 'IND-07', 'IND-08', 'SUP-01'],
  'guides/gdap': [
    'GDAP-01', 'GDAP-02', 'GDAP-03', 'GDAP-04', 'GDAP-05', 'GDAP-06', 'GDAP-07', 'GDAP-08', 'GDAP-09', 'GDAP-10', 'GDAP-11', 'GDAP-12', 'GDAP-13', 'GDAP-14', 'GDAP-15', 'GDAP-16', 'GDAP-17', 'GDAP-18', 'GDAP-19', 'GDAP-20', 'GDAP-21', 'GDAP-22', 'GDAP-23', 'GDAP-24', 'GDAP-25', 'GDAP-26', 'GDAP-27', 'GDAP-28', 'GDAP-29', 'GDAP-30', 'GDAP-31', 'GDAP-32', 'GDAP-33', 'GDAP-34', 'GDAP-35', 'GDAP-36', 'GDAP-37', 'GDAP-38', 'GDAP-39', 'GDAP-40', 'GDAP-41', 'GDAP-42', 'GDAP-43', 'GDAP-44',
    'AMB-10', 'AMB-11', 'AMB-12', 'AMB-13', 'AMB-14', 'AMB-15', 'AMB-16', 'AMB-17', 'AMB-18', 'AMB-19', 'AMB-20', 'AMB-21', 'AMB-22', 'AMB-23', 'AMB-24', 'AMB-25', 'AMB-26', 'AMB-27', 'AMB-28', 'AMB-29', 'AMB-30', 'AMB-31', 'AMB-32',
  ],
  // Every ambiguity again, side by side; links from simulators go to the topic pages above.
  'reference/ambiguities': [
    'AMB-01', 'AMB-02', 'AMB-03', 'AMB-04', 'AMB-05', 'AMB-06', 'AMB-07', 'AMB-08', 'AMB-09',
    'AMB-10', 'AMB-11', 'AMB-12', 'AMB-13', 'AMB-14', 'AMB-15', 'AMB-16', 'AMB-17', 'AMB-18', 'AMB-19', 'AMB-20', 'AMB-21', 'AMB-22', 'AMB-23', 'AMB-24', 'AMB-25', 'AMB-26', 'AMB-27', 'AMB-28', 'AMB-29', 'AMB-30', 'AMB-31', 'AMB-32',
  ],
};

/** The page a rule links to: the first topic page that explains it. */
export function pageOfRule(id: CitationId): string | undefined {
  return Object.keys(RULE_PAGES).find((slug) => RULE_PAGES[slug]?.includes(id));
}

/** Link to a rule's explanation, or undefined while no page explains it yet. */
export function ruleHref(id: CitationId, locale: Locale): string | undefined {
  const slug = pageOfRule(id);
  return slug ? withBase(`/${locale}/${slug}/#${ruleAnchor(id)}`) : undefined;
}


