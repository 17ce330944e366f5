/**
 * The one simulator shell every flow uses. The live machine runs in an XState actor
 * (@xstate/react); the history is the list of events, replayed when the reader goes back,
 * so undo, redo, reset and jumps always land on exactly the state those steps produce.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import { changedInputs, eventKey, inputsWithoutEffect, replay, step, stateText, type FlowDefinition, type FlowEvent, type Given, type GivenValue } from '~/domain/flow';
import type { ComponentChildren } from 'preact';
import { format } from '~/i18n/format';
import type { ScenarioError } from '~/domain/scenario-parse';
import { hasScenarioParams } from '~/domain/scenario-params';
import type { PresenterBar as PresenterBarType } from './PresenterBar';
import { loadPermalink, loadPresenterBar } from './on-demand';
import { useShare } from './useShare';
import { StateDiagram } from './StateDiagram';
import { ActionLists } from './ActionLists';
import { eventLabel, outcomeHeadline } from './labels';
import { FocusPicker } from './FocusPicker';
import { GivenForm } from './GivenForm';
import { HistoryPanel } from './HistoryPanel';
import { OutcomePanel } from './OutcomePanel';
import type { SimulatorData } from './types';

interface Session {
  given: Given;
  events: FlowEvent[];
  /** How many events are applied; those after it are there to redo. */
  cursor: number;
  /** Bumped whenever the live actor must restart from a replayed snapshot. */
  generation: number;
  /** The control to focus after a restart, so keyboard users keep their place. */
  focus?: string;
}

interface Props extends SimulatorData {
  flow: FlowDefinition;
  headingLevel?: 'h2' | 'h3';
}

export function SimulatorShell(props: Props) {
  const { flow } = props;
  const [session, setSession] = useState<Session>(() => ({
    given: { ...flow.defaults, ...props.given },
    events: props.events ?? [],
    cursor: props.events?.length ?? 0,
    generation: 0,
  }));
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState(false);
  const [linkErrors, setLinkErrors] = useState<ScenarioError[]>([]);
  const [presenter, setPresenter] = useState(false);
  const [storyId, setStoryId] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);

  // Keys can come faster than renders: always step from the latest session, not this render's.
  const latest = useRef(session);
  latest.current = session;
  const [Bar, setBar] = useState<typeof PresenterBarType | null>(null);
  const loadFailed = () => setMessage(props.strings.sim.loadFailed);

  // A link opens its scenario; a bad link opens the default one and says what was wrong.
  // `data-ready` waits for it, so what a test or a reader sees first is the linked state.
  useEffect(() => {
    const search = window.location.search;
    if (!hasScenarioParams(search)) {
      setReady(true);
      return;
    }
    loadPermalink()
      .then(({ decodeScenario }) => {
        const decoded = decodeScenario(flow, search);
        if (!decoded.ok) {
          setLinkErrors(decoded.errors);
          return;
        }
        const { given, steps } = decoded.scenario;
        setSession((prev) => ({ given, events: steps, cursor: steps.length, generation: prev.generation + 1 }));
      }, loadFailed)
      .finally(() => setReady(true));
  }, []);

  // The address always holds the scenario shown, so a reload or a copied address reopens it.
  const synced = useRef(false);
  useEffect(() => {
    if (!synced.current) {
      synced.current = true;
      return;
    }
    loadPermalink().then(({ encodeScenario }) => {
      // The latest session, not this render's: steps may have been taken while the module loaded.
      const { given, events, cursor } = latest.current;
      const query = encodeScenario(flow, { given, steps: events.slice(0, cursor) });
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
    }, loadFailed);
  }, [session.given, session.events, session.cursor]);

  const history = useMemo(() => replay(flow, session.given, session.events), [flow, session.given, session.events]);
  const start = useMemo(
    () => replay(flow, session.given, session.events.slice(0, session.cursor)).final,
    // Only a restart reads this: steps taken live go through the actor instead.
    [session.generation],
  );

  const stateName = (snapshot: SnapshotFrom<AnyStateMachine>) =>
    props.strings.flow.states[stateText(snapshot.value)]?.name ?? stateText(snapshot.value);

  const restart = (
    next: Omit<Session, 'generation' | 'focus'>,
    focus: string,
    announce: (s: SnapshotFrom<AnyStateMachine>) => string,
  ) => {
    const snapshot = replay(flow, next.given, next.events.slice(0, next.cursor)).final;
    setSession((prev) => ({ ...next, generation: prev.generation + 1, focus }));
    setMessage(announce(snapshot));
  };

  const { sim } = props.strings;
  const stories = props.stories ?? [];
  const story = stories.find((s) => s.id === storyId);
  // Where the scenario is in the story: null once the reader has left the story's path.
  const position =
    story && session.events.length <= story.events.length && session.events.every((e, i) => eventKey(e) === eventKey(story.events[i]!))
      ? session.cursor
      : null;

  const goTo = (delta: number | 'start') => {
    const current = latest.current;
    const events = story && position !== null ? story.events : current.events;
    const target = Math.max(0, Math.min(events.length, delta === 'start' ? 0 : current.cursor + delta));
    if (target === current.cursor && events === current.events) return;
    const next = { ...current, events, cursor: target };
    latest.current = { ...next, generation: current.generation + 1 };
    restart(next, 'present', (s) =>
      story && position !== null && target > 0
        ? `${story.narrations[target - 1] ?? ''} ${format(sim.announceAccepted, { action: '', state: stateName(s) }).replace(/^: /, '')}`
        : format(sim.announceJump, { n: target, state: stateName(s) }),
    );
  };

  // Presenter keys: → next, ← previous, R reset, ? shortcuts, Esc leave. Typing in a field is left alone.
  useEffect(() => {
    if (!presenter) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return;
      if (e.key === 'ArrowRight') goTo(1);
      else if (e.key === 'ArrowLeft') goTo(-1);
      else if (e.key === 'r' || e.key === 'R') goTo('start');
      else if (e.key === '?') setShowHelp((v) => !v);
      else if (e.key === 'Escape') setPresenter(false);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const pickStory = (id: string | null) => {
    setStoryId(id);
    const picked = stories.find((s) => s.id === id);
    if (!picked) return;
    restart({ given: { ...flow.defaults, ...picked.given }, events: picked.events, cursor: 0 }, 'present', () =>
      format(sim.startedStory, { title: picked.title, total: picked.events.length }),
    );
  };

  return (
    <FlowView
      key={session.generation}
      {...props}
      session={session}
      start={start}
      history={history.steps}
      message={message}
      ready={ready}
      linkErrors={linkErrors}
      onAnnounce={setMessage}
      presenter={presenter}
      presenterBar={
        presenter && Bar ? (
          <Bar
            stories={stories}
            storyId={storyId}
            position={position}
            strings={props.strings}
            showHelp={showHelp}
            onPick={pickStory}
            onExit={() => setPresenter(false)}
          />
        ) : null
      }
      onPresent={() => {
        loadPresenterBar().then(({ PresenterBar }) => {
          setBar(() => PresenterBar);
          setPresenter(true);
          setShowHelp(true);
        }, loadFailed);
      }}
      onStepped={(event, text) => {
        setSession((prev) => ({ ...prev, events: [...prev.events.slice(0, prev.cursor), event], cursor: prev.cursor + 1 }));
        setMessage(text);
      }}
      onGiven={(key, value) =>
        restart({ given: { ...session.given, [key]: value }, events: [], cursor: 0 }, `field:${key}`, () => sim.restarted)
      }
      onUndo={() =>
        restart({ ...session, cursor: Math.max(0, session.cursor - 1) }, 'undo', (s) =>
          format(sim.announceUndo, { state: stateName(s) }),
        )
      }
      onRedo={() =>
        restart({ ...session, cursor: Math.min(session.events.length, session.cursor + 1) }, 'redo', (s) =>
          format(sim.announceRedo, { state: stateName(s) }),
        )
      }
      onReset={() =>
        restart({ ...session, events: [], cursor: 0 }, 'reset', (s) => format(sim.announceReset, { state: stateName(s) }))
      }
      onJump={(cursor) =>
        restart({ ...session, cursor }, `step:${cursor}`, (s) => format(sim.announceJump, { n: cursor, state: stateName(s) }))
      }
    />
  );
}

interface ViewProps extends Props {
  session: Session;
  start: SnapshotFrom<AnyStateMachine>;
  history: ReturnType<typeof replay>['steps'];
  message: string;
  ready: boolean;
  linkErrors: ScenarioError[];
  onAnnounce: (text: string) => void;
  presenter: boolean;
  presenterBar: ComponentChildren;
  onPresent: () => void;
  onStepped: (event: FlowEvent, announcement: string) => void;
  onGiven: (key: string, value: GivenValue) => void;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
  onJump: (cursor: number) => void;
}

/** The live part: one actor per generation, restored from the replayed snapshot. */
function FlowView(props: ViewProps) {
  const { flow, strings, citations, ambiguities, session } = props;
  const H = props.headingLevel ?? 'h2';
  const actor = useActorRef(flow.machine, { snapshot: flow.machine.getPersistedSnapshot(props.start) });
  const snapshot = useSelector(actor, (s) => s);
  const outcome = flow.outcome(snapshot);
  const [picks, setPicks] = useState<Record<string, string>>(() =>
    Object.fromEntries((flow.focus ?? []).map((f) => [f.key, f.initial(session.given)])),
  );
  const options = flow.candidateEvents(snapshot, flow.focus ? picks : undefined).map((event) => step(flow, snapshot, event));
  const value = stateText(snapshot.value);
  const state = strings.flow.states[value];
  const rootRef = useRef<HTMLDivElement>(null);
  const stepped = useRef(false);
  // The path taken: the start, then the state after each applied step.
  const visited = useMemo(() => {
    const path = [props.diagram?.nodes[0]?.id ?? '', ...props.history.slice(0, session.cursor).map((s) => stateText((s.snapshot as { value: unknown }).value))];
    const edges = new Set<string>();
    for (let i = 1; i < path.length; i++) if (path[i] !== path[i - 1]) edges.add(`${path[i - 1]}->${path[i]}`);
    return { states: new Set(path), edges };
  }, [props.history, session.cursor, props.diagram]);
  const { copyLink, copyTrace, fallback } = useShare({
    flow,
    locale: props.locale,
    strings,
    citations,
    given: session.given,
    events: session.events.slice(0, session.cursor),
    steps: props.history.slice(0, session.cursor),
    outcome,
    announce: props.onAnnounce,
  });

  // Keep keyboard users in place: after a restart, back on the control they used; after a step,
  // on the next available action (or the outcome when none is left).
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
    let text = result.rejection
      ? format(strings.sim.announceRefused, {
          action: label,
          rule: result.rejection.rule,
          reason: strings.flow.reasons[result.rejection.reason] ?? result.rejection.reason,
        })
      : format(strings.sim.announceAccepted, { action: label, state: name });
    const next = flow.outcome(after);
    if (next.outcome !== 'in-progress') {
      text += ` ${format(strings.sim.announceOutcome, { outcome: outcomeHeadline(strings, next.outcome) })}`;
    }
    stepped.current = true;
    props.onStepped(event, text);
  };

  return (
    <div
      ref={rootRef}
      class={`sim sim--${outcome.outcome}${props.presenter ? ' sim--presenter' : ''}`}
      data-flow={flow.id}
      data-state={value}
      data-outcome={outcome.outcome === 'in-progress' ? '' : outcome.outcome}
      data-ready={props.ready ? 'true' : 'false'}
      // For client:engaged to say so in the page language if the simulator's code cannot be fetched.
      data-load-failed={strings.sim.loadFailed}
      role="group"
      aria-label={`${strings.sim.region}: ${strings.flow.title}`}
    >
      <noscript>
        <p class="sim-hint">{strings.sim.noscript}</p>
      </noscript>
      {props.linkErrors.length > 0 && (
        <div class="sim-notice" role="alert" data-link-error="true">
          <p>{strings.sim.linkProblem}</p>
          <ul>
            {props.linkErrors.slice(0, 5).map((e, i) => (
              <li key={i}>{format(strings.sim.linkErrors[e.code], { path: e.path, value: e.value ?? '' })}</li>
            ))}
          </ul>
        </div>
      )}
      {props.presenterBar}
      <div class="sim-layout">
        <GivenForm flow={flow} given={session.given} strings={strings} citations={citations} locale={props.locale} onChange={props.onGiven} />
        <div class="sim-main">
          <section class="sim-panel sim-state">
            <H class="sim-heading">{strings.sim.state}</H>
            <p class="sim-state__name">{state?.name ?? value}</p>
            {state && <p class="sim-state__description">{state.description}</p>}
          </section>
          {flow.focus && (
            <FocusPicker
              fields={flow.focus.map((f) => ({ key: f.key, options: f.options(session.given) }))}
              picks={picks}
              strings={strings}
              onPick={(key, value) => setPicks((prev) => ({ ...prev, [key]: value }))}
            />
          )}
          <ActionLists options={options} strings={strings} citations={citations} onAct={act} headingLevel={H} />
          <OutcomePanel outcome={outcome} strings={strings} citations={citations} ambiguities={ambiguities} headingLevel={H} withoutEffect={inputsWithoutEffect(flow, changedInputs(flow, session.given))} />
        </div>
        {props.diagram && (
          <StateDiagram
            diagram={props.diagram}
            strings={strings}
            current={value}
            visitedStates={visited.states}
            visitedEdges={visited.edges}
            headingLevel={H}
          />
        )}
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
