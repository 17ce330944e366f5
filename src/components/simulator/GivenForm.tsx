/** The scenario's inputs as a form; an input that has no effect under the others is disabled, with why. */
import { useId } from 'preact/hooks';
import { effectiveGiven } from '~/domain/flow';
import { isIsoDate } from '~/domain/dates';
import { RuleLink } from './RuleLink';
import { RulesDate } from './RulesDate';
import type { GivenProps } from './types';

export function GivenForm({ flow, given, strings, citations, locale, onChange, Premise }: GivenProps) {
  const base = useId();
  const { sim, flow: labels, clouds } = strings;
  // An input with no effect shows the value in force (the DAP box cleared after 2023-10-10), not the old one.
  const inForce = effectiveGiven(flow, given);
  return (
    <fieldset class="sim-given">
      <legend>{sim.given}</legend>
      <RulesDate flow={flow} given={given} strings={strings} citations={citations} locale={locale} onChange={onChange} Premise={Premise} />
      <p class="sim-hint">{sim.givenHelp}</p>
      {flow.fields.map((field) => {
        const id = `${base}-${field.key}`;
        const label = labels.fields[field.key];
        const blocked = flow.inapplicable(field.key, given);
        const why = blocked ? `${id}-why` : undefined;
        // A date field's own help is folded into its date hint, so it is read once.
        const help = label?.help && field.kind !== 'date' ? `${id}-help` : undefined;
        const describedBy = [help, why].filter(Boolean).join(' ') || undefined;
        const value = blocked ? inForce[field.key] : given[field.key];
        // A select lists a short range; a wide one (a duration of 1–730 days) is typed.
        const typed = field.kind === 'number' && (field.max ?? 0) - (field.min ?? 0) > 24;
        return (
          <div class={`sim-field sim-field--${field.kind}`} key={field.key}>
            {field.kind === 'boolean' && (
              <label for={id} class="sim-check">
                <input
                  id={id}
                  type="checkbox"
                  name={field.key}
                  checked={value === true}
                  disabled={blocked !== null}
                  aria-describedby={describedBy}
                  onChange={(e) => onChange(field.key, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{label?.label ?? field.key}</span>
              </label>
            )}
            {typed && (
              <>
                <label for={id}>{label?.label ?? field.key}</label>
                <input
                  id={id}
                  type="number"
                  name={field.key}
                  inputMode="numeric"
                  min={field.min}
                  max={field.max}
                  step={1}
                  value={String(value)}
                  disabled={blocked !== null}
                  aria-describedby={describedBy}
                  onChange={(e) => {
                    const n = Number((e.currentTarget as HTMLInputElement).value);
                    if (Number.isInteger(n) && n >= (field.min ?? 0) && n <= (field.max ?? 0)) onChange(field.key, n);
                    else (e.currentTarget as HTMLInputElement).value = String(value);
                  }}
                />
              </>
            )}
            {(field.kind === 'choice' || (field.kind === 'number' && !typed)) && (
              <>
                <label for={id}>{label?.label ?? field.key}</label>
                <select
                  id={id}
                  name={field.key}
                  value={String(value)}
                  disabled={blocked !== null}
                  aria-describedby={describedBy}
                  onChange={(e) => {
                    const text = (e.currentTarget as HTMLSelectElement).value;
                    onChange(field.key, field.kind === 'number' ? Number(text) : text);
                  }}
                >
                  {(field.kind === 'number' ? range(field.min ?? 0, field.max ?? 0).map(String) : (field.options ?? [])).map((option) => (
                    <option value={option} key={option}>
                      {field.key === 'cloud' ? clouds[option as keyof typeof clouds] : (labels.values[option] ?? option)}
                    </option>
                  ))}
                </select>
              </>
            )}
            {field.kind === 'date' && (
              <>
                <label for={id}>{label?.label ?? field.key}</label>
                <span class="sim-date">
                  <input
                    id={id}
                    type="date"
                    name={field.key}
                    value={typeof value === 'string' ? value : ''}
                    disabled={blocked !== null}
                    aria-describedby={[describedBy, `${id}-date`].filter(Boolean).join(' ')}
                    onChange={(e) => {
                      const text = (e.currentTarget as HTMLInputElement).value;
                      if (text === '') onChange(field.key, null);
                      else if (isIsoDate(text)) onChange(field.key, text);
                    }}
                  />
                  {typeof value === 'string' && (
                    <button type="button" class="sim-button sim-button--small" onClick={() => onChange(field.key, null)}>
                      {sim.clearDate}
                    </button>
                  )}
                </span>
                <span id={`${id}-date`} class="sim-hint">
                  {[label?.help, sim.dateHelp].filter(Boolean).join(' ')}
                </span>
              </>
            )}
            {help && (
              <span id={help} class="sim-hint">
                {label?.help}
              </span>
            )}
            {blocked && why && (
              <span id={why} class="sim-hint sim-hint--why">
                {sim.notApplicable} {labels.reasons[blocked.reason] ?? blocked.reason}{' '}
                <RuleLink id={blocked.rule} info={citations[blocked.rule]} />
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

function range(min: number, max: number): number[] {
  const values: number[] = [];
  for (let n = min; n <= max; n++) values.push(n);
  return values;
}
