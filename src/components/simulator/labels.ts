/** How events and facts read in a language: shared by the simulator, the trace and the explorer. */
import type { FlowEvent } from '~/domain/flow';
import { format } from '~/i18n/format';

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
