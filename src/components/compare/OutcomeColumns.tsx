/** Both outcomes side by side: the kind, the rules each rests on (marked where only one does), then the facts in one table. */
import { citedIds, type Comparison, type Side } from '~/domain/compare';
import type { FactValue } from '~/domain/flow';
import { format } from '~/i18n/format';
import { factLabel, OUTCOME_SYMBOL, outcomeHeadline } from '../simulator/labels';
import { RuleCitation } from '../simulator/RuleLink';
import type { CitationInfo } from '../simulator/types';
import { Marker } from './Marker';
import type { CompareStrings } from './types';
import { factText } from './words';

interface Props {
  comparison: Comparison;
  strings: CompareStrings;
  citations: Record<string, CitationInfo>;
}

function OutcomeColumn({ side, comparison, strings, citations }: Props & { side: Side }) {
  const { compare } = strings;
  const outcome = comparison.outcomes[side];
  const ids = citedIds(outcome);
  const label = side.toUpperCase();
  return (
    <section class={`sim-panel cmp-outcome sim-outcome--${outcome.outcome}`} data-side={side} data-outcome={outcome.outcome} data-differs={comparison.outcomeDiffers ? 'true' : 'false'}>
      <h3 class="sim-heading">{format(compare.scenario, { side: label })}</h3>
      <p class="sim-outcome__kind">
        <span class="sim-outcome__symbol" aria-hidden="true">
          {OUTCOME_SYMBOL[outcome.outcome]}
        </span>{' '}
        <strong>{outcomeHeadline(strings, outcome.outcome)}</strong>
      </p>
      {comparison.outcomeDiffers && (
        <p>
          <Marker differs strings={strings} />
        </p>
      )}
      <p class="sim-label">{compare.rules}</p>
      {ids.length === 0 ? (
        <p class="sim-hint">{compare.noRules}</p>
      ) : (
        <ul class="cmp-rules">
          {ids.map((id) => {
            const only = comparison.rules.some((r) => r.id === id && r.in === side);
            return (
              <li key={id} data-rule={id} data-differs={only ? 'true' : 'false'}>
                <RuleCitation id={id} info={citations[id]} />
                {only && (
                  <>
                    {' '}
                    <Marker differs strings={strings} text={format(compare.onlyIn, { side: label })} />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function OutcomeColumns(props: Props) {
  const { comparison, strings, citations } = props;
  const { compare } = strings;
  return (
    <>
      <div class="cmp-columns">
        <OutcomeColumn {...props} side="a" />
        <OutcomeColumn {...props} side="b" />
      </div>
      {comparison.factKeys.length > 0 && (
        <>
          <h3 class="sim-heading cmp-subheading">{compare.facts}</h3>
          {/* Facts are a state's values, not prose: kept out of search excerpts. */}
          <div class="cmp-table-wrap" data-pagefind-ignore>
            <table class="cmp-table cmp-facts">
              <thead>
                <tr>
                  <th scope="col">{compare.colFact}</th>
                  <th scope="col">A</th>
                  <th scope="col">B</th>
                  <th scope="col">{compare.colDiffers}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.factKeys.map((key) => {
                  const a = comparison.outcomes.a.facts[key];
                  const b = comparison.outcomes.b.facts[key];
                  const differs = comparison.facts.some((f) => f.key === key);
                  const value = (v: FactValue | undefined) => (typeof v === 'string' && citations[v] ? <RuleCitation id={v} info={citations[v]} /> : factText(strings, v));
                  return (
                    <tr key={key} data-fact={key} data-differs={differs ? 'true' : 'false'}>
                      <th scope="row" data-label={compare.colFact}>
                        {factLabel(strings.flow, key)}
                      </th>
                      <td data-label="A">{value(a)}</td>
                      <td data-label="B">{value(b)}</td>
                      <td data-label={compare.colDiffers}>
                        <Marker differs={differs} strings={strings} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
