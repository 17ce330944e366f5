/** How a comparison reads in a language: the summary line, a step's result, an input's value. Shared by the view, its announcements and the trace. */
import type { DifferenceCount, SideStep } from '~/domain/compare';
import type { FactValue, InputField } from '~/domain/flow';
import { format } from '~/i18n/format';
import { factValueText } from '../simulator/labels';
import type { CompareStrings } from './types';

export function stateName(strings: Pick<CompareStrings, 'flow'>, state: string): string {
  return strings.flow.states[state]?.name ?? state;
}

/** "3 facts and 1 rule differ", in the page's language; or that nothing differs. */
export function summaryText(strings: Pick<CompareStrings, 'compare'>, count: DifferenceCount): string {
  const c = strings.compare;
  const parts: string[] = [];
  if (count.outcome) parts.push(c.outcomePart);
  const counted = (n: number, one: string, many: string) => {
    if (n > 0) parts.push(n === 1 ? one : format(many, { n }));
  };
  counted(count.facts, c.factsOne, c.factsMany);
  counted(count.rules, c.rulesOne, c.rulesMany);
  counted(count.steps, c.stepsOne, c.stepsMany);
  if (parts.length === 0) return c.summaryNone;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(c.listComma)}${c.listAnd}${parts[parts.length - 1]!}`;
  return format(parts.length === 1 ? c.summaryOne : c.summaryMany, { list });
}

/** A step's result in one column, briefly: "done → Invitation sent" or "refused (INV-04)". */
export function resultText(strings: Pick<CompareStrings, 'compare' | 'flow'>, step: SideStep): string {
  return step.rejection
    ? format(strings.compare.resultRefused, { rule: step.rejection.rule })
    : format(strings.compare.resultDone, { state: stateName(strings, step.state) });
}

/** An input's value in words: a date left empty means the latest rules. */
export function inputValueText(strings: CompareStrings, field: InputField | undefined, value: FactValue | undefined): string {
  if (field?.kind === 'date' && value === null) return strings.compare.noDate;
  if (field?.kind === 'number') return String(value);
  return factValueText(strings, value);
}

/** A fact's value in words; a fact one column does not give at all says so. */
export function factText(strings: CompareStrings, value: FactValue | undefined): string {
  return value === undefined ? strings.compare.notGiven : factValueText(strings, value);
}
