/** The outcome: what kind it is (in words and a symbol, not colour alone), what holds, and why. */
import type { InputWithoutEffect, Outcome } from '~/domain/flow';
import { factLabel, factValueText, OUTCOME_SYMBOL, outcomeHeadline } from './labels';
import { RuleCitation } from './RuleLink';
import type { AmbiguityInfo, CitationInfo, SimulatorStrings } from './types';

interface Props {
  outcome: Outcome;
  strings: SimulatorStrings;
  citations: Record<string, CitationInfo>;
  ambiguities: Record<string, AmbiguityInfo>;
  headingLevel: 'h2' | 'h3';
  /** Inputs set that the outcome does not rest on (another cloud's rule, or the date). */
  withoutEffect: InputWithoutEffect[];
}

export function OutcomePanel({ outcome, strings, citations, ambiguities, headingLevel: H, withoutEffect }: Props) {
  const { sim } = strings;
  const facts = Object.entries(outcome.facts);
  return (
    <section class={`sim-panel sim-outcome sim-outcome--${outcome.outcome}`}>
      <H class="sim-heading" tabIndex={-1}>
        {sim.outcome}
      </H>
      <p class="sim-outcome__kind">
        <span class="sim-outcome__symbol" aria-hidden="true">
          {OUTCOME_SYMBOL[outcome.outcome]}
        </span>{' '}
        <strong>{outcomeHeadline(strings, outcome.outcome)}</strong>
      </p>
      <p class="sim-hint">{sim.outcomeHelp[outcome.outcome]}</p>
      {facts.length > 0 && (
        <>
          <p class="sim-label">{sim.facts}</p>
          {/* Facts are a state's values, not prose: keep them out of search excerpts. */}
          <dl class="sim-facts" data-pagefind-ignore>
            {facts.map(([key, value]) => (
              <div key={key} class="sim-fact" data-fact={key}>
                <dt>{factLabel(strings.flow, key)}</dt>
                <dd>{typeof value === 'string' && citations[value] ? <RuleCitation id={value} info={citations[value]} /> : factValueText(strings, value)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {withoutEffect.length > 0 && (
        <>
          <p class="sim-label">{sim.withoutEffect}</p>
          <ul class="sim-without-effect">
            {withoutEffect.map((w) => (
              <li key={w.input} data-without-effect={w.input}>
                {strings.flow.fields[w.input]?.label ?? w.input}: {strings.flow.reasons[w.reason] ?? w.reason} <RuleCitation id={w.rule} info={citations[w.rule]} />
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome.rules.length > 0 && (
        <>
          <p class="sim-label">{sim.restsOn}</p>
          <ul class="sim-rules">
            {outcome.rules.map((id) => (
              <li key={id}>
                <RuleCitation id={id} info={citations[id]} />
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome.ambiguities.length > 0 && (
        <>
          <p class="sim-label">{sim.openQuestions}</p>
          <ul class="sim-ambiguities">
            {outcome.ambiguities.map((id) => {
              const info = ambiguities[id];
              return (
                <li key={id} data-ambiguity={id}>
                  <RuleCitation id={id} info={citations[id]} />
                  {info && (
                    <>
                      <p>{info.question}</p>
                      <ul>
                        {info.readings.map((reading, i) => (
                          <li key={i}>
                            {reading.text}{' '}
                            {reading.sources.map((s, j) => (
                              <span key={s.href}>
                                {j > 0 && ', '}
                                <a href={s.href} rel="noopener" title={s.title} data-archived={s.archived ? '' : undefined}>
                                  {s.label}
                                </a>
                                {s.archived && <span class="source-archived"> ({s.archived})</span>}
                              </span>
                            ))}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
