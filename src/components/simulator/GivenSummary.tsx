/**
 * The inputs folded into one line on the presenter's stage: what differs from the defaults, and
 * the whole form one click (or Enter) away. It stays open while the reader is changing an input.
 */
import type { ComponentChildren } from 'preact';
import { changedInputs, type FlowDefinition, type Given } from '~/domain/flow';
import { format } from '~/i18n/format';
import type { SimulatorStrings } from './types';

interface Props {
  flow: FlowDefinition;
  given: Given;
  strings: SimulatorStrings;
  open?: boolean;
  children: ComponentChildren;
}

function valueText(strings: SimulatorStrings, key: string, value: Given[string]): string {
  if (value === true) return strings.sim.yes;
  if (value === false) return strings.sim.no;
  if (value === null) return '—';
  if (key === 'cloud') return strings.clouds[value as keyof SimulatorStrings['clouds']] ?? String(value);
  return strings.flow.values[String(value)] ?? String(value);
}

export function GivenSummary({ flow, given, strings, open = false, children }: Props) {
  const changed = Object.entries(changedInputs(flow, given));
  const list = changed.length
    ? changed.map(([key, value]) => `${strings.flow.fields[key]?.label ?? key}: ${valueText(strings, key, value)}`).join(' · ')
    : strings.sim.inputsDefault;
  return (
    <details class="sim-given-summary" open={open}>
      <summary>{format(strings.sim.inputsSummary, { label: strings.sim.given, list })}</summary>
      {children}
    </details>
  );
}
