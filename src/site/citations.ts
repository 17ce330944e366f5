/** What a simulator shows for each rule it cites: the title in one language and where it is explained. */
import { AMBIGUITY_IDS, RULE_IDS } from '../domain/rules';
import type { CitationInfo } from '../components/simulator/types';
import type { Locale, RuleTexts } from '../i18n/types';
import { ruleHref } from './rule-pages';

export function citationsFrom(texts: RuleTexts, locale: Locale): Record<string, CitationInfo> {
  const citations: Record<string, CitationInfo> = {};
  for (const id of [...RULE_IDS, ...AMBIGUITY_IDS]) {
    const href = ruleHref(id, locale);
    citations[id] = href ? { title: texts[id].title, href } : { title: texts[id].title };
  }
  return citations;
}
