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
};

export function pageOfRule(id: CitationId): string | undefined {
  return Object.keys(RULE_PAGES).find((slug) => RULE_PAGES[slug]?.includes(id));
}

/** Link to a rule's explanation, or undefined while no page explains it yet. */
export function ruleHref(id: CitationId, locale: Locale): string | undefined {
  const slug = pageOfRule(id);
  return slug ? `/${locale}/${slug}/#${ruleAnchor(id)}` : undefined;
}

export function ruleHrefs(locale: Locale): Partial<Record<CitationId, string>> {
  const hrefs: Partial<Record<CitationId, string>> = {};
  for (const [slug, ids] of Object.entries(RULE_PAGES)) {
    for (const id of ids) hrefs[id] = `/${locale}/${slug}/#${ruleAnchor(id)}`;
  }
  return hrefs;
}
