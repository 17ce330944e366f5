/**
 * The live part of a simulator: one actor per generation, restored from the replayed snapshot,
 * and the panels that show it. In presenter mode the same panels stand on a stage: the map large,
 * the state and the actions beside it, the inputs folded into one line.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import { changedInputs, eventKey, inputsWithoutEffect, step, stateText, type FlowDefinition, type FlowEvent, type Given, type GivenValue, type StepResult } from '~/domain/flow';
import type { PictureBuilder } from '~/domain/picture';
import type { ScenarioError } from '~/domain/scenario-parse';
import { format } from '~/i18n/format';
import { ActionLists, type Refusal } from './ActionLists';
import type { FocusPicker } from './FocusPicker';
import { GivenForm } from './GivenForm';
import type { GivenSummary } from './GivenSummary';
import { HistoryPanel } from './HistoryPanel';
import { eventLabel, outcomeHeadline } from './labels';
import { OutcomePanel } from './OutcomePanel';
import { RelationshipMap } from './RelationshipMap';
import { StateDiagram } from './StateDiagram';
import type { GivenProps, SimulatorData } from './types';
import { useShare } from './useShare';
import type { View } from './view-params';
import type { LinkNotice } from './address';

export interface ViewProps extends SimulatorData {
  flow: FlowDefinition;
  picture: PictureBuilder;
  /** The picker of the acting partner and service, for flows that have one (only their islands carry it). */
  FocusPicker?: typeof FocusPicker;
  Premise?: GivenProps['Premise'];
  headingLevel?: 'h2' | 'h3';
  session: { given: Given; events: FlowEvent[]; cursor: number; focus?: string };
  start: SnapshotFrom<AnyStateMachine>;
  initial: SnapshotFrom<AnyStateMachine>;
  history: StepResult<SnapshotFrom<AnyStateMachine>>[];
  message: string;
  ready: boolean;
  linkErrors: ScenarioError[];
  viewNotice: string;
  /** Says what a link got wrong; it loads with the code that reads links. */
  Notice: typeof LinkNotice | null;
  onAnnounce: (text: string) => void;
  presenter: boolean;
  presenterBar: ComponentChildren;
  /** The one-line inputs of the stage, loaded with presenter mode. */
  Summary: typeof GivenSummary | null;
  view: View;
  onPresent: () => void;
  onStepped: (event: FlowEvent, announcement: string) => void;
  onGiven: (key: string, value: GivenValue) => void;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
  onJump: (cursor: number) => void;
}

export function FlowView(props: ViewProps) {
  const { flow, strings, citations, ambiguities, session } = props;
  const H = props.headingLevel ?? 'h2';
  const actor = useActorRef(flow.machine, { snapshot: flow.machine.getPersistedSnapshot(props.start) });
  const snapshot = useSelector(actor, (s) => s);
  const outcome = flow.outcome(snapshot);
  const [picks, setPicks] = useState<Record<string, string>>(() =>
    Object.fromEntries((flow.focus ?? []).map((f) => [f.key, f.initial(session.given)])),
  );
  // The last refused action, shown beside the button the reader used.
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const options = flow.candidateEvents(snapshot, flow.focus ? picks : undefined).map((event) => step(flow, snapshot, event));
  const value = stateText(snapshot.value);
  const state = strings.flow.states[value];
  const rootRef = useRef<HTMLDivElement>(null);
  const stepped = useRef(false);
  const applied = props.history.slice(0, session.cursor);
  const last = applied[applied.length - 1];
  // The path taken: the start, then the state after each applied step.
  const path = [props.diagram?.start ?? '', ...applied.map((s) => stateText((s.snapshot as { value: unknown }).value))];
  const visited = { states: new Set(path), edges: new Set(path.slice(1).flatMap((to, i) => (to === path[i] ? [] : [`${path[i]}->${to}`]))) };
  // The map now and before the last step: what the step changed is marked on it.
  const pictureOf = (s: SnapshotFrom<AnyStateMachine>) => props.picture(session.given, flow.outcome(s), s);
  const picture = pictureOf(snapshot);
  const before = session.cursor === 0 ? undefined : pictureOf(session.cursor === 1 ? props.initial : applied[applied.length - 2]!.snapshot);
  const { copyLink, copyTrace, fallback } = useShare({
    flow,
    locale: props.locale,
    strings,
    citations,
    given: session.given,
    events: session.events.slice(0, session.cursor),
    steps: applied,
    outcome,
    view: props.view,
    announce: props.onAnnounce,
  });

  // Keep keyboard users in place: after a restart, back on the control they used; after a step,
  // on the next available action (or the outcome when none is left). A refusal leaves focus on
  // the button, where its reason now shows.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !session.focus) return;
    const wanted = root.querySelector<HTMLElement>(focusSelector(session.focus));
    (wanted && !wanted.matches(':disabled') ? wanted : firstAction(root))?.focus();
  }, []);
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !stepped.current) return;
    stepped.current = false;
    firstAction(root)?.focus();
  });

  const act = (event: FlowEvent) => {
    const result = step(flow, actor.getSnapshot(), event);
    actor.send(event);
    const after = actor.getSnapshot();
    const label = eventLabel(strings.flow, event);
    const name = strings.flow.states[stateText(after.value)]?.name ?? stateText(after.value);
    const reason = result.rejection ? (strings.flow.reasons[result.rejection.reason] ?? result.rejection.reason) : '';
    let text = result.rejection
      ? format(strings.sim.announceRefused, { action: label, rule: result.rejection.rule, reason })
      : format(strings.sim.announceAccepted, { action: label, state: name });
    const next = flow.outcome(after);
    if (next.outcome !== 'in-progress') {
      text += ` ${format(strings.sim.announceOutcome, { outcome: outcomeHeadline(strings, next.outcome) })}`;
    }
    setRefusal(result.rejection ? { key: eventKey(event), rule: result.rejection.rule, reason } : null);
    stepped.current = !result.rejection;
    props.onStepped(event, text);
  };

  const given = <GivenForm flow={flow} given={session.given} strings={strings} citations={citations} locale={props.locale} onChange={props.onGiven} Premise={props.Premise} />;
  const statePanel = (
    <section class="sim-panel sim-state">
      <H class="sim-heading">{strings.sim.state}</H>
      <p class="sim-state__name">{state?.name ?? value}</p>
      {state && <p class="sim-state__description">{state.description}</p>}
    </section>
  );
  const controls = (
    <>
      {flow.focus && props.FocusPicker && (
        <props.FocusPicker
          fields={flow.focus.map((f) => ({ key: f.key, options: f.options(session.given) }))}
          picks={picks}
          strings={strings}
          onPick={(key, value) => setPicks((prev) => ({ ...prev, [key]: value }))}
        />
      )}
      <ActionLists options={options} strings={strings} citations={citations} onAct={act} refusal={refusal} headingLevel={H} />
    </>
  );
  const outcomePanel = (
    <OutcomePanel outcome={outcome} strings={strings} citations={citations} ambiguities={ambiguities} headingLevel={H} withoutEffect={inputsWithoutEffect(flow, changedInputs(flow, session.given))} />
  );
  const map = <RelationshipMap picture={picture} before={before} strings={strings} headingLevel={H} />;

  return (
    <div
      ref={rootRef}
      class={`sim sim--${outcome.outcome}${props.presenter ? ' sim--presenter' : ''}`}
      data-flow={flow.id}
      data-state={value}
      data-outcome={outcome.outcome === 'in-progress' ? '' : outcome.outcome}
      data-ready={props.ready ? 'true' : 'false'}
      data-steps={session.cursor}
      data-last-step={last ? (last.accepted ? 'accepted' : 'refused') : ''}
      // For client:engaged to say so in the page language if the simulator's code cannot be fetched.
      data-load-failed={strings.sim.loadFailed}
      role="group"
      aria-label={`${strings.sim.region}: ${strings.flow.title}`}
    >
      <noscript>
        <p class="sim-hint">{strings.sim.noscript}</p>
      </noscript>
      {props.Notice && (props.linkErrors.length > 0 || props.viewNotice) && <props.Notice errors={props.linkErrors} notice={props.viewNotice} strings={strings} />}
      {props.presenterBar}
      {/* One layout in both modes: on the presenter's stage (presenter.css) the inputs fold into one line and the map stands beside the state. */}
      <div class="sim-layout">
        {map}
        {props.presenter && props.Summary ? (
          <props.Summary flow={flow} given={session.given} strings={strings} open={session.focus?.startsWith('field:') ?? false}>
            {given}
          </props.Summary>
        ) : (
          given
        )}
        <div class="sim-main">
          {statePanel}
          {controls}
          {outcomePanel}
        </div>
        {!props.presenter && props.diagram && (
          <StateDiagram diagram={props.diagram} strings={strings} current={value} visitedStates={visited.states} visitedEdges={visited.edges} headingLevel={H} />
        )}
        {!props.presenter && (
          <HistoryPanel
            steps={props.history}
            cursor={session.cursor}
            strings={strings}
            citations={citations}
            onUndo={props.onUndo}
            onRedo={props.onRedo}
            onReset={props.onReset}
            onJump={props.onJump}
            headingLevel={H}
          />
        )}
      </div>
      <div class="sim-share">
        {!props.presenter && (
          <button type="button" class="sim-button" data-control="present" onClick={props.onPresent}>
            {strings.sim.present}
          </button>
        )}
        <button type="button" class="sim-button" data-control="copy-link" onClick={copyLink}>
          {strings.sim.copyLink}
        </button>
        <button type="button" class="sim-button" data-control="copy-trace" onClick={copyTrace}>
          {strings.sim.copyTrace}
        </button>
      </div>
      {fallback !== null && (
        <textarea class="sim-fallback" readOnly rows={8} aria-label={strings.sim.copyFallback} value={fallback} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
      )}
      <p class="sim-live" role="status">
        {props.message}
      </p>
      {props.fullHref && (
        <p class="sim-full">
          <a href={props.fullHref}>{strings.sim.openFull} →</a>
        </p>
      )}
    </div>
  );
}

function focusSelector(focus: string): string {
  if (focus === 'present') return '[data-control="exit-presenter"]';
  if (focus.startsWith('field:')) return `[name="${focus.slice(6)}"]`;
  if (focus.startsWith('step:')) return `[data-jump="${focus.slice(5)}"]`;
  return `[data-control="${focus}"]`;
}

function firstAction(root: HTMLElement): HTMLElement | null {
  return (
    root.querySelector<HTMLElement>('.sim-action-list:not(.sim-action-list--refused) button') ??
    root.querySelector<HTMLElement>('.sim-outcome [tabindex="-1"]')
  );
}
