/** How events and facts read in a language: shared by the simulator, the trace and the explorer. */
import type { FactValue, FlowEvent, OutcomeKind } from '~/domain/flow';
import { NOT_APPLICABLE } from '~/domain/facts';
import { format } from '~/i18n/format';
import type { SimulatorStrings } from './types';

interface Labels {
  events: Record<string, string>;
  facts?: Record<string, string>;
  values: Record<string, string>;
}

/**
 * An event's label: the most specific template the dictionary has (`TYPE:value` for one payload
 * value, else `TYPE`), with `{field}` placeholders filled from the payload in the page's language.
 */
export function eventLabel(labels: Labels, event: FlowEvent): string {
  const payload = Object.entries(event)
    .filter(([k]) => k !== 'type')
    .sort(([a], [b]) => a.localeCompare(b));
  let template = labels.events[event.type] ?? event.type;
  for (const [, value] of payload) {
    const specific = labels.events[`${event.type}:${String(value)}`];
    if (specific) {
      template = specific;
      break;
    }
  }
  const vars: Record<string, string> = {};
  for (const [key, value] of payload) vars[key] = labels.values[String(value)] ?? String(value);
  return format(template, vars);
}

/** `dap:B` reads as the `dap` template with `{arg}` = B (in the page's words where they differ). */
export function factLabel(labels: Labels, key: string): string {
  const [name, arg] = key.split(':');
  const template = labels.facts?.[name ?? key] ?? key;
  return arg === undefined ? template : format(template, { arg: labels.values[arg] ?? arg });
}

/** A fact's value in words: yes, no, not documented (null), not applicable, or the value's label. */
export function factValueText(strings: Omit<SimulatorStrings, 'map'>, value: FactValue | undefined): string {
  if (value === true) return strings.sim.yes;
  if (value === false) return strings.sim.no;
  if (value === null || value === undefined) return strings.sim.unknown;
  if (value === NOT_APPLICABLE) return strings.sim.factNotApplicable;
  if (typeof value === 'string' && value in strings.clouds) return strings.clouds[value as keyof typeof strings.clouds];
  return strings.flow.values[String(value)] ?? String(value);
}

/** The outcome's headline: the flow's own words for what ended, where it has them. */
export function outcomeHeadline(strings: Omit<SimulatorStrings, 'map'>, kind: OutcomeKind): string {
  return strings.flow.outcomes?.[kind] ?? strings.sim.outcomes[kind];
}

/** Each outcome's symbol, shown beside its words (colour is never the only signal). */
export const OUTCOME_SYMBOL: Record<OutcomeKind, string> = {
  'in-progress': '…',
  established: '✓',
  'access-ended': '■',
  'relationship-ended': '■',
  blocked: '⊘',
  ambiguous: '?',
};
