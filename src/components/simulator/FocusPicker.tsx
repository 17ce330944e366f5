/** For flows with many actors: pick who acts and on what, instead of one button per combination. */
import { useId } from 'preact/hooks';
import type { SimulatorStrings } from './types';

interface Props {
  fields: { key: string; options: readonly string[] }[];
  picks: Record<string, string>;
  strings: Omit<SimulatorStrings, 'map'>;
  onPick: (key: string, value: string) => void;
}

export function FocusPicker({ fields, picks, strings, onPick }: Props) {
  const base = useId();
  return (
    <div class="sim-panel sim-focus">
      {fields.map((field) => (
        <span class="sim-field" key={field.key}>
          <label for={`${base}-${field.key}`}>{strings.flow.focus?.[field.key] ?? field.key}</label>
          <select
            id={`${base}-${field.key}`}
            name={`focus-${field.key}`}
            value={picks[field.key]}
            onChange={(e) => onPick(field.key, (e.currentTarget as HTMLSelectElement).value)}
          >
            {field.options.map((option) => (
              <option value={option} key={option}>
                {strings.flow.values[option] ?? option}
              </option>
            ))}
          </select>
        </span>
      ))}
    </div>
  );
}
