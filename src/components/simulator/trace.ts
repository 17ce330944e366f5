/**
 * "Copy trace": the scenario's steps and outcome as plain text in the reader's language, then
 * the same in English (for tickets to English-speaking support), then the scenario JSON and the
 * link. Pure: the shell passes everything in.
 */
import { changedInputs, inputsWithoutEffect, stateText, type FactValue, type FlowDefinition, type FlowEvent, type Given, type Outcome, type StepResult } from '~/domain/flow';
import { eventLabel, factLabel, factValueText, outcomeHeadline } from './labels';
import type { CitationInfo, SimulatorStrings } from './types';

export interface TraceLanguage {
  strings: Omit<SimulatorStrings, 'map'>;
  citations: Record<string, CitationInfo>;
}

function block(lang: TraceLanguage, flow: FlowDefinition, given: Given, steps: StepResult<unknown>[], outcome: Outcome): string {
  const { strings, citations } = lang;
  const { sim } = strings;
  const cite = (id: string) => `${id} ${citations[id]?.title ?? ''}`.trim();
  const lines: string[] = [strings.flow.title, '', `${sim.given}:`];
  for (const field of flow.fields) {
    lines.push(`- ${strings.flow.fields[field.key]?.label ?? field.key}: ${factValueText(strings, given[field.key] as FactValue)}`);
  }
  lines.push('', `${sim.history}:`);
  if (steps.length === 0) lines.push(`- ${sim.historyEmpty}`);
  steps.forEach((s, i) => {
    const state = stateText((s.snapshot as { value: unknown }).value);
    const label = eventLabel(strings.flow, s.event);
    lines.push(
      s.rejection
        ? `${i + 1}. ${label}: ${sim.refused}. ${strings.flow.reasons[s.rejection.reason] ?? s.rejection.reason} (${cite(s.rejection.rule)})`
        : `${i + 1}. ${label}: ${sim.accepted} → ${strings.flow.states[state]?.name ?? state}`,
    );
  });
  lines.push('', `${sim.outcome}: ${outcomeHeadline(strings, outcome.outcome)}`);
  for (const [key, v] of Object.entries(outcome.facts)) lines.push(`- ${factLabel(strings.flow, key)}: ${factValueText(strings, v)}`);
  const withoutEffect = inputsWithoutEffect(flow, changedInputs(flow, given));
  if (withoutEffect.length) lines.push(`${sim.withoutEffect}: ${withoutEffect.map((w) => `${strings.flow.fields[w.input]?.label ?? w.input}: ${strings.flow.reasons[w.reason] ?? w.reason} (${cite(w.rule)})`).join('; ')}`);
  if (outcome.rules.length) lines.push(`${sim.restsOn}: ${outcome.rules.map(cite).join('; ')}`);
  if (outcome.ambiguities.length) lines.push(`${sim.openQuestions}: ${outcome.ambiguities.map(cite).join('; ')}`);
  return lines.join('\n');
}

export function traceText(options: {
  flow: FlowDefinition;
  given: Given;
  steps: StepResult<unknown>[];
  events: FlowEvent[];
  outcome: Outcome;
  reader: TraceLanguage;
  english?: TraceLanguage;
  link: string;
}): string {
  const { flow, given, steps, events, outcome, reader, english, link } = options;
  const parts = [block(reader, flow, given, steps, outcome)];
  if (english) parts.push(`----- ${reader.strings.sim.traceEnglish} -----`, block(english, flow, given, steps, outcome));
  parts.push(
    `----- ${reader.strings.sim.traceScenario} -----`,
    JSON.stringify({ flow: flow.id, given, steps: events.map((e) => (Object.keys(e).length === 1 ? e.type : e)) }, null, 2),
    `${reader.strings.sim.traceLink}: ${link}`,
  );
  return parts.join('\n\n');
}
