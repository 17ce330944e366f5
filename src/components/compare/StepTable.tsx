/** The shared steps as rows: what each step did in A and in B, and whether that differs. */
import type { Comparison, SideStep } from '~/domain/compare';
import { eventKey } from '~/domain/flow';
import { eventLabel } from '../simulator/labels';
import { RuleLink } from '../simulator/RuleLink';
import type { CitationInfo } from '../simulator/types';
import { Marker } from './Marker';
import type { CompareStrings } from './types';
import { stateName } from './words';

interface Props {
  comparison: Comparison;
  strings: CompareStrings;
  citations: Record<string, CitationInfo>;
}

function SideCell({ step, label, strings, citations }: { step: SideStep; label: string; strings: CompareStrings; citations: Record<string, CitationInfo> }) {
  const { sim, flow } = strings;
  return (
    <td data-label={label} data-accepted={step.accepted ? 'true' : 'false'}>
      {/* One element per cell: a narrow screen's card lays out label and value side by side. */}
      <div>
        {step.rejection ? (
          <span class="cmp-result cmp-result--refused">
            <span aria-hidden="true">⊘ </span>
            {sim.refused}: {flow.reasons[step.rejection.reason] ?? step.rejection.reason} <RuleLink id={step.rejection.rule} info={citations[step.rejection.rule]} />
          </span>
        ) : (
          <span class="cmp-result cmp-result--done">
            <span aria-hidden="true">✓ </span>
            {sim.accepted} →
          </span>
        )}{' '}
        <span class="cmp-state" data-state={step.state}>
          {stateName(strings, step.state)}
        </span>
      </div>
    </td>
  );
}

export function StepTable({ comparison, strings, citations }: Props) {
  const { compare } = strings;
  const startDiffers = comparison.start.a !== comparison.start.b;
  return (
    <div class="cmp-table-wrap">
      <table class="cmp-table cmp-steps">
        <thead>
          <tr>
            <th scope="col">{compare.colNumber}</th>
            <th scope="col">{compare.colStep}</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">{compare.colDiffers}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-step="0" data-differs={startDiffers ? 'true' : 'false'}>
            <td data-label={compare.colNumber}>0</td>
            <th scope="row" data-label={compare.colStep}>
              {compare.start}
            </th>
            <td data-label="A">
              <span class="cmp-state" data-state={comparison.start.a}>
                {stateName(strings, comparison.start.a)}
              </span>
            </td>
            <td data-label="B">
              <span class="cmp-state" data-state={comparison.start.b}>
                {stateName(strings, comparison.start.b)}
              </span>
            </td>
            <td data-label={compare.colDiffers}>
              <Marker differs={startDiffers} strings={strings} />
            </td>
          </tr>
          {comparison.steps.map((s, i) => (
            <tr key={`${i}:${eventKey(s.event)}`} data-step={String(i + 1)} data-event={s.event.type} data-differs={s.differs ? 'true' : 'false'}>
              <td data-label={compare.colNumber}>{i + 1}</td>
              <th scope="row" data-label={compare.colStep}>
                {eventLabel(strings.flow, s.event)}
              </th>
              <SideCell step={s.a} label="A" strings={strings} citations={citations} />
              <SideCell step={s.b} label="B" strings={strings} citations={citations} />
              <td data-label={compare.colDiffers}>
                <Marker differs={s.differs} strings={strings} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison.steps.length === 0 && <p class="sim-hint">{compare.noSteps}</p>}
    </div>
  );
}
