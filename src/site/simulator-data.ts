/** Builds the serializable data a simulator island needs, in one language. */
import { AMBIGUITIES, AMBIGUITY_IDS } from '../domain/rules';
import type { FlowId } from '../domain/flow';
import type { AmbiguityInfo, SimulatorData } from '../components/simulator/types';
import { RULE_TEXTS, UI } from '../i18n/ui';
import type { Locale } from '../i18n/types';
import { citationsFrom } from './citations';
import { sourceLink } from './sources';
import { storiesFor } from './stories';
import { flowDiagram } from '../domain/diagram';
import { diagramSvg } from './diagram-svg';
import { FLOWS } from '../domain/flows';
import { mapStrings } from './map-strings';
import { reachableAmbiguities } from './explorer-data';


export function simulatorData(flow: FlowId, locale: Locale, options: { fullHref?: string } = {}): SimulatorData {
  const ui = UI[locale];
  const texts = RULE_TEXTS[locale];
  const citations = citationsFrom(texts, locale);
  // Only the open questions this flow can raise: the others' texts were half of every page's
  // island data (an unlisted one would still show its ID and title, linked to its explanation).
  const reachable = reachableAmbiguities(flow);
  const ambiguities: Record<string, AmbiguityInfo> = {};
  for (const id of AMBIGUITY_IDS.filter((a) => reachable.has(a))) {
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
    strings: { sim: ui.sim, clouds: ui.clouds, flow: ui.flows[flow], map: mapStrings(locale) },
    citations,
    ambiguities,
  };
  if (options.fullHref) data.fullHref = options.fullHref;
  data.stories = storiesFor(flow, locale);
  // A diagram of one or two states says nothing the relationship map does not (multi-partner:
  // every move happens in one state); there the map stands alone.
  const diagram = flowDiagram(FLOWS[flow].machine);
  if (diagram.nodes.length > 2) {
    data.diagram = { start: diagram.nodes[0]?.id ?? '', svg: diagramSvg(diagram, { ...data.strings.flow, title: ui.sim.diagram }, flow) };
  }
  return data;
}
