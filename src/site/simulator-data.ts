/** Builds the serializable data a simulator island needs, in one language. */
import { AMBIGUITIES, AMBIGUITY_IDS, RULE_IDS } from '../domain/rules';
import type { FlowId } from '../domain/flow';
import type { AmbiguityInfo, CitationInfo, SimulatorData } from '../components/simulator/types';
import { RULE_TEXTS, UI } from '../i18n/ui';
import type { Locale } from '../i18n/types';
import { ruleHref } from './rule-pages';
import { sourceLink } from './sources';
import { storiesFor } from './stories';
import { flowDiagram } from '../domain/diagram';
import { FLOWS } from '../domain/flows';

function citationsFor(locale: Locale): Record<string, CitationInfo> {
  const texts = RULE_TEXTS[locale];
  const citations: Record<string, CitationInfo> = {};
  for (const id of [...RULE_IDS, ...AMBIGUITY_IDS]) {
    const href = ruleHref(id, locale);
    citations[id] = href ? { title: texts[id].title, href } : { title: texts[id].title };
  }
  return citations;
}

export function simulatorData(flow: FlowId, locale: Locale, options: { fullHref?: string } = {}): SimulatorData {
  const ui = UI[locale];
  const texts = RULE_TEXTS[locale];
  const citations = citationsFor(locale);
  const ambiguities: Record<string, AmbiguityInfo> = {};
  for (const id of AMBIGUITY_IDS) {
    ambiguities[id] = {
      question: texts[id].question,
      readings: AMBIGUITIES[id].readings.map((r) => ({
        text: texts[id].readings[r.key] ?? r.key,
        sources: r.sources.map((s) => sourceLink(s, locale)),
      })),
    };
  }
  const data: SimulatorData = {
    locale,
    strings: { sim: ui.sim, clouds: ui.clouds, flow: ui.flows[flow] },
    citations,
    ambiguities,
  };
  if (options.fullHref) data.fullHref = options.fullHref;
  data.stories = storiesFor(flow, locale);
  data.diagram = flowDiagram(FLOWS[flow].machine);
  if (locale !== 'en') {
    data.english = { strings: { sim: UI.en.sim, clouds: UI.en.clouds, flow: UI.en.flows[flow] }, citations: citationsFor('en') };
  }
  return data;
}
