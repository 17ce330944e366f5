/**
 * How the reader builds the shared steps: pick the next step among those either column offers
 * (each option says what it does in A and in B), add it, remove the last one, or start over.
 */
import { useId } from 'preact/hooks';
import { eventKey, type FlowEvent } from '~/domain/flow';
import { format } from '~/i18n/format';
import { FocusPicker } from '../simulator/FocusPicker';
import { eventLabel } from '../simulator/labels';
import type { CompareStrings } from './types';
import type { SideStep } from '~/domain/compare';
import { resultText } from './words';

export interface StepOption {
  event: FlowEvent;
  a: SideStep;
  b: SideStep;
}

interface Props {
  strings: CompareStrings;
  options: StepOption[];
  selected: string | null;
  /** Who acts and on what, for flows that pick it once (multi-partner). */
  focus: { key: string; options: readonly string[] }[];
  picks: Record<string, string>;
  stepCount: number;
  onPick: (key: string, value: string) => void;
  onSelect: (key: string) => void;
  onAdd: () => void;
  onRemoveLast: () => void;
  onResetSteps: () => void;
  onResetInputs: () => void;
}

export function StepPicker(props: Props) {
  const { strings, options } = props;
  const { compare } = strings;
  const id = useId();
  return (
    <div class="cmp-picker">
      {props.focus.length > 0 && <FocusPicker fields={props.focus} picks={props.picks} strings={strings} onPick={props.onPick} />}
      <div class="cmp-picker__add">
        <label for={`${id}-next`}>{compare.nextStep}</label>
        <select id={`${id}-next`} name="compare-next" value={props.selected ?? ''} onChange={(e) => props.onSelect((e.currentTarget as HTMLSelectElement).value)}>
          {options.map((o) => (
            <option key={eventKey(o.event)} value={eventKey(o.event)}>
              {format(compare.optionResult, { action: eventLabel(strings.flow, o.event), a: resultText(strings, o.a), b: resultText(strings, o.b) })}
            </option>
          ))}
        </select>
        <button type="button" class="sim-button sim-button--primary" data-control="add-step" disabled={options.length === 0} onClick={props.onAdd}>
          {compare.addStep}
        </button>
      </div>
      <div class="sim-toolbar">
        <button type="button" class="sim-button" data-control="remove-last" disabled={props.stepCount === 0} onClick={props.onRemoveLast}>
          {compare.removeLast}
        </button>
        <button type="button" class="sim-button" data-control="reset-steps" disabled={props.stepCount === 0} onClick={props.onResetSteps}>
          {compare.resetSteps}
        </button>
        <button type="button" class="sim-button" data-control="reset-inputs" onClick={props.onResetInputs}>
          {compare.resetInputs}
        </button>
      </div>
    </div>
  );
}
