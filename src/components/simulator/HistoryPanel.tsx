/** Every step taken, with its result; undo, redo, reset, and a way back to any earlier step. */
import type { StepResult } from '~/domain/flow';
import { eventLabel } from './labels';
import { RuleLink } from './RuleLink';
import type { CitationInfo, SimulatorStrings } from './types';

interface Props {
  steps: StepResult<unknown>[];
  /** How many of the steps are applied; the rest can be redone. */
  cursor: number;
  strings: SimulatorStrings;
  citations: Record<string, CitationInfo>;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
  onJump: (cursor: number) => void;
  headingLevel: 'h2' | 'h3';
}

export function HistoryPanel({ steps, cursor, strings, citations, onUndo, onRedo, onReset, onJump, headingLevel: H }: Props) {
  const { sim } = strings;
  return (
    <section class="sim-panel sim-history" data-pagefind-ignore>
      <H class="sim-heading">{sim.history}</H>
      <div class="sim-toolbar">
        <button type="button" class="sim-button" data-control="undo" onClick={onUndo} disabled={cursor === 0}>
          {sim.undo}
        </button>
        <button type="button" class="sim-button" data-control="redo" onClick={onRedo} disabled={cursor >= steps.length}>
          {sim.redo}
        </button>
        <button type="button" class="sim-button" data-control="reset" onClick={onReset} disabled={steps.length === 0}>
          {sim.reset}
        </button>
      </div>
      {steps.length === 0 ? (
        <p class="sim-hint">{sim.historyEmpty}</p>
      ) : (
        <ol class="sim-steps">
          <li class={cursor === 0 ? 'is-current' : undefined}>
            <button type="button" class="sim-step" data-jump="0" onClick={() => onJump(0)} aria-current={cursor === 0 ? 'step' : undefined}>
              {sim.start}
            </button>
          </li>
          {steps.map((s, i) => {
            const n = i + 1;
            const undone = n > cursor;
            return (
              <li
                key={i}
                class={[n === cursor ? 'is-current' : '', undone ? 'is-undone' : ''].filter(Boolean).join(' ') || undefined}
                data-step={n}
                data-accepted={String(s.accepted)}
              >
                <button type="button" class="sim-step" data-jump={n} onClick={() => onJump(n)} aria-current={n === cursor ? 'step' : undefined}>
                  {n}. {eventLabel(strings.flow, s.event)}
                </button>{' '}
                <span class={s.accepted ? 'sim-result sim-result--ok' : 'sim-result sim-result--refused'}>
                  {s.accepted ? `✓ ${sim.accepted}` : `⊘ ${sim.refused}`}
                </span>
                {s.rejection && (
                  <>
                    {' '}
                    <RuleLink id={s.rejection.rule} info={citations[s.rejection.rule]} />
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
