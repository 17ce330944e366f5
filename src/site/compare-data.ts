/** What a compare island needs, in one language, and the example comparisons its page offers. */
import type { FlowId } from '../domain/flow';
import type { CompareData } from '../components/compare/types';
import { compareScenarios, examplePath, hasDifferences } from '../domain/compare';
import { comparePath } from '../domain/compare-link';
import { LAST_DAP_DAY } from '../domain/dates';
import { FLOWS } from '../domain/flows';
import { RULE_TEXTS, UI } from '../i18n/ui';
import type { Locale } from '../i18n/types';
import { citationsFrom } from './citations';
import { withBase } from './base';

export function compareData(flow: FlowId, locale: Locale): CompareData {
  const ui = UI[locale];
  return {
    locale,
    strings: { sim: ui.sim, clouds: ui.clouds, flow: ui.flows[flow], compare: ui.compare },
    citations: citationsFrom(RULE_TEXTS[locale], locale),
  };
}

export interface CompareExample {
  href: string;
  text: string;
}

/**
 * Ready-made comparisons for the page: the global cloud against 21Vianet, and the same steps on
 * the last day of DAP in global requests against a day after 2023-10-10, each where the flow has
 * that input and the comparison shows a difference.
 */
export function compareExamples(flow: FlowId, locale: Locale): CompareExample[] {
  const definition = FLOWS[flow];
  const ui = UI[locale].compare;
  const has = (key: string) => definition.fields.some((f) => f.key === key);
  const candidates: { a: Record<string, string>; b: Record<string, string>; text: string }[] = [];
  if (has('cloud')) candidates.push({ a: {}, b: { cloud: '21vianet' }, text: ui.exampleClouds });
  if (has('asOf')) candidates.push({ a: { asOf: LAST_DAP_DAY }, b: { asOf: '2023-10-11' }, text: ui.exampleDate });
  return candidates.flatMap(({ a, b, text }) => {
    const steps = examplePath(definition, a);
    if (!hasDifferences(compareScenarios(definition, a, b, steps))) return [];
    return [{ href: withBase(comparePath(definition, { a, b, steps }, locale)), text }];
  });
}
