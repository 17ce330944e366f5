/**
 * "Copy trace" in compare mode: both scenarios' inputs, each step in both, the outcome, facts and
 * rules that differ, in the reader's language, then in English, then each scenario as a scenario
 * file (JSON) and the link. Pure: the view passes everything in.
 */
import { countDifferences, type Comparison, type SideStep } from '~/domain/compare';
import type { FactValue, FlowDefinition, FlowEvent, Given } from '~/domain/flow';
import { format } from '~/i18n/format';
import { eventLabel, factLabel, outcomeHeadline } from '../simulator/labels';
import type { CitationInfo } from '../simulator/types';
import type { CompareStrings } from './types';
import { factText, inputValueText, stateName, summaryText } from './words';

export interface CompareTraceLanguage {
  strings: CompareStrings;
  citations: Record<string, CitationInfo>;
}

function block(lang: CompareTraceLanguage, flow: FlowDefinition, a: Given, b: Given, c: Comparison): string {
  const { strings, citations } = lang;
  const { sim, compare } = strings;
  const cite = (id: string) => `${id} ${citations[id]?.title ?? ''}`.trim();
  const mark = (differs: boolean) => (differs ? ` ≠ ${compare.differs}` : '');
  const side = (s: SideStep) =>
    s.rejection
      ? `${sim.refused}. ${strings.flow.reasons[s.rejection.reason] ?? s.rejection.reason} (${cite(s.rejection.rule)})`
      : `${sim.accepted} → ${stateName(strings, s.state)}`;
  const lines: string[] = [format(compare.traceTitle, { flow: strings.flow.title }), summaryText(strings, countDifferences(c)), '', `${sim.given}:`];
  for (const field of flow.fields) {
    const label = strings.flow.fields[field.key]?.label ?? field.key;
    const va = inputValueText(strings, field, a[field.key] as FactValue);
    const vb = inputValueText(strings, field, b[field.key] as FactValue);
    lines.push(`- ${label}: A ${va} | B ${vb}${mark(c.inputs.includes(field.key))}`);
  }
  lines.push('', `${compare.steps}:`, `0. ${compare.start}: A ${stateName(strings, c.start.a)} | B ${stateName(strings, c.start.b)}${mark(c.start.a !== c.start.b)}`);
  c.steps.forEach((s, i) => lines.push(`${i + 1}. ${eventLabel(strings.flow, s.event)}: A ${side(s.a)} | B ${side(s.b)}${mark(s.differs)}`));
  const headline = (kind: Comparison['outcomes']['a']['outcome']) => outcomeHeadline(strings, kind);
  lines.push('', `${sim.outcome}: A ${headline(c.outcomes.a.outcome)} | B ${headline(c.outcomes.b.outcome)}${mark(c.outcomeDiffers)}`);
  if (c.facts.length) {
    lines.push(`${compare.facts} (${compare.differs}):`);
    for (const f of c.facts) lines.push(`- ${factLabel(strings.flow, f.key)}: A ${factText(strings, f.a)} | B ${factText(strings, f.b)}`);
  }
  if (c.rules.length) {
    lines.push(`${compare.rules} (${compare.differs}):`);
    for (const r of c.rules) lines.push(`- ${cite(r.id)}: ${format(compare.onlyIn, { side: r.in.toUpperCase() })}`);
  }
  return lines.join('\n');
}

const stepsJson = (events: FlowEvent[]) => events.map((e) => (Object.keys(e).length === 1 ? e.type : e));

export function compareTraceText(options: {
  flow: FlowDefinition;
  a: Given;
  b: Given;
  events: FlowEvent[];
  comparison: Comparison;
  reader: CompareTraceLanguage;
  english?: CompareTraceLanguage;
  link: string;
}): string {
  const { flow, a, b, events, comparison, reader, english, link } = options;
  const { sim, compare } = reader.strings;
  const parts = [block(reader, flow, a, b, comparison)];
  if (english) parts.push(`----- ${sim.traceEnglish} -----`, block(english, flow, a, b, comparison));
  for (const [side, given] of [['A', a], ['B', b]] as const) {
    parts.push(`----- ${format(compare.traceScenario, { side })} -----`, JSON.stringify({ flow: flow.id, given, steps: stepsJson(events) }, null, 2));
  }
  parts.push(`${sim.traceLink}: ${link}`);
  return parts.join('\n\n');
}
