/** The actions a person can take now, and the ones refused now with the rule behind each refusal. */
import { useId } from 'preact/hooks';
import { eventKey, type FlowEvent, type StepResult } from '~/domain/flow';
import { eventLabel } from './labels';
import { RuleCitation } from './RuleLink';
import type { CitationInfo, SimulatorStrings } from './types';

interface Props {
  options: StepResult<unknown>[];
  strings: SimulatorStrings;
  citations: Record<string, CitationInfo>;
  onAct: (event: FlowEvent) => void;
  /** The last action refused, to explain beside its button. */
  refusal: Refusal | null;
  headingLevel: 'h2' | 'h3';
}

/** A refused action: which (its event key), and the rule and reason in the page language. */
export interface Refusal {
  key: string;
  rule: string;
  reason: string;
}

interface RefusalGroup {
  key: string;
  rule: string;
  reason: string;
  options: StepResult<unknown>[];
}

/** The payload as `key=value;…`, for automation beside `data-event`. */
export function payloadText(event: FlowEvent): string | undefined {
  const entries = Object.entries(event).filter(([k]) => k !== 'type');
  return entries.length ? entries.map(([k, v]) => `${k}=${String(v)}`).join(';') : undefined;
}

export function ActionLists({ options, strings, citations, onAct, refusal, headingLevel: H }: Props) {
  const available = options.filter((o) => o.accepted);
  const idBase = useId();
  // Refusals that share a rule and a reason are explained once, above the actions they refuse.
  const groups: RefusalGroup[] = [];
  for (const o of options) {
    if (!o.rejection) continue;
    const { rule, reason } = o.rejection;
    // One key per rule and reason: it finds the group, keys it, and ids its explanation.
    const key = `${rule}-${reason}`;
    const group = groups.find((g) => g.key === key);
    if (group) group.options.push(o);
    else groups.push({ key, rule, reason, options: [o] });
  }
  return (
    <div class="sim-actions">
      <section class="sim-panel">
        <H class="sim-heading">{strings.sim.available}</H>
        {available.length === 0 ? (
          <p class="sim-hint">{strings.sim.noneAvailable}</p>
        ) : (
          <ul class="sim-action-list">
            {available.map((o) => (
              <li key={eventKey(o.event)}>
                <button
                  type="button"
                  class="sim-button sim-button--primary"
                  data-event={o.event.type}
                  data-payload={payloadText(o.event)}
                  onClick={() => onAct(o.event)}
                >
                  {eventLabel(strings.flow, o.event)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {groups.length > 0 && (
        <section class="sim-panel sim-panel--refused">
          <H class="sim-heading">{strings.sim.unavailable}</H>
          <p class="sim-hint">{strings.sim.tryAnyway}</p>
          {groups.map((group) => (
            <div class="sim-refusal" key={group.key}>
              <p class="sim-why" id={idBase + group.key}>
                {strings.sim.why} {strings.flow.reasons[group.reason] ?? group.reason}{' '}
                <RuleCitation id={group.rule} info={citations[group.rule]} />
              </p>
              <ul class="sim-action-list sim-action-list--refused">
                {group.options.map((o) => (
                  <li key={eventKey(o.event)}>
                    <button
                      type="button"
                      class="sim-button sim-button--refused"
                      data-event={o.event.type}
                      data-payload={payloadText(o.event)}
                      aria-describedby={idBase + group.key}
                      onClick={() => onAct(o.event)}
                    >
                      <span aria-hidden="true">⊘ </span>
                      {eventLabel(strings.flow, o.event)}
                    </button>
                    {refusal?.key === eventKey(o.event) && (
                      // Where the reader clicked; the live region announces the same words once.
                      <p class="sim-refusal-note">
                        <strong>{strings.sim.refused}:</strong> {refusal.reason} <RuleCitation id={refusal.rule} info={citations[refusal.rule]} />
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
