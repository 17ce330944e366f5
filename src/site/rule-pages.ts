/**
 * Which guidance page explains each rule, so a simulator can link a refusal to the rule's
 * anchor in the reader's language. Tests check each anchor exists on its page in every locale.
 */
import type { CitationId } from '../domain/rules';
import type { Locale } from '../i18n/types';
import { ruleAnchor } from '../domain/rules';

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
  // Every ambiguity again, side by side; links from simulators go to the topic pages above.
  'reference/ambiguities': ['AMB-01', 'AMB-02', 'AMB-03', 'AMB-04', 'AMB-05', 'AMB-06', 'AMB-07', 'AMB-08', 'AMB-09'],
};

/** The page a rule links to: the first topic page that explains it. */
export function pageOfRule(id: CitationId): string | undefined {
  return Object.keys(RULE_PAGES).find((slug) => RULE_PAGES[slug]?.includes(id));
}

/** Link to a rule's explanation, or undefined while no page explains it yet. */
export function ruleHref(id: CitationId, locale: Locale): string | undefined {
  const slug = pageOfRule(id);
  return slug ? `/${locale}/${slug}/#${ruleAnchor(id)}` : undefined;
}


