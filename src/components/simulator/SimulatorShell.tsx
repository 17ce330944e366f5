/**
 * The one simulator shell every flow uses. The live machine runs in an XState actor
 * (@xstate/react); the history is the list of events, replayed when the reader goes back,
 * so undo, redo, reset and jumps always land on exactly the state those steps produce.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import { replay, stateText, type FlowDefinition, type FlowEvent, type Given } from '~/domain/flow';
import type { PictureBuilder } from '~/domain/picture';
import type { ScenarioError } from '~/domain/scenario-parse';
import type { LinkNotice } from './address';
import { format } from '~/i18n/format';
import { FlowView, type ViewProps } from './FlowView';
import { usePresenter } from './usePresenter';
import { useScenarioAddress } from './useScenarioAddress';
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
  /** Draws the flow's relationship map from a snapshot (src/domain/pictures/). */
  picture: PictureBuilder;
  FocusPicker?: ViewProps['FocusPicker'];
  Premise?: ViewProps['Premise'];
  headingLevel?: 'h2' | 'h3';
}

export function SimulatorShell(props: Props) {
  const { flow } = props;
  const { sim } = props.strings;
  const [session, setSession] = useState<Session>(() => ({
    given: { ...flow.defaults, ...props.given },
    events: props.events ?? [],
    cursor: props.events?.length ?? 0,
    generation: 0,
  }));
  const [message, setMessage] = useState('');
  const [linkErrors, setLinkErrors] = useState<ScenarioError[]>([]);
  const [viewNotice, setViewNotice] = useState('');
  const [Notice, setNotice] = useState<typeof LinkNotice | null>(null);

  // Keys can come faster than renders: always step from the latest session, not this render's.
  const latest = useRef(session);
  latest.current = session;
  const loadFailed = () => setMessage(sim.loadFailed);

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
    latest.current = { ...next, generation: latest.current.generation + 1 };
    setSession((prev) => ({ ...next, generation: prev.generation + 1, focus }));
    setMessage(announce(snapshot));
  };

  const stories = props.stories ?? [];
  const presenter = usePresenter({ defaults: flow.defaults, stories, strings: props.strings, latest: () => latest.current, restart, stateName, loadFailed });
  const view = { present: presenter.presenter, story: presenter.presenter ? presenter.storyId : null };

  const ready = useScenarioAddress(
    {
      flow,
      latest: () => latest.current,
      view,
      loadFailed,
      onOpen: (scenario, asked, errors, notice) => {
        setLinkErrors(errors);
        setNotice(() => notice);
        if (scenario) {
          latest.current = { ...latest.current, given: scenario.given, events: scenario.steps, cursor: scenario.steps.length };
          setSession((prev) => ({ given: scenario.given, events: scenario.steps, cursor: scenario.steps.length, generation: prev.generation + 1 }));
        }
        if (!asked.present) return;
        const known = asked.story !== null && stories.some((s) => s.id === asked.story);
        if (asked.story !== null && !known) setViewNotice(format(sim.storyNotFound, { value: asked.story }));
        void presenter.open(known ? { id: asked.story!, events: scenario?.steps ?? [] } : undefined);
      },
    },
    [session.given, session.events, session.cursor, view.present, view.story],
  );

  return (
    <FlowView
      key={session.generation}
      {...props}
      session={session}
      start={start}
      initial={history.initial}
      history={history.steps}
      message={message}
      ready={ready}
      linkErrors={linkErrors}
      viewNotice={viewNotice}
      Notice={Notice}
      onAnnounce={setMessage}
      presenter={presenter.presenter}
      presenterBar={presenter.bar}
      Summary={presenter.Summary}
      view={view}
      onPresent={() => void presenter.open()}
      onStepped={(event, text) => {
        setSession((prev) => ({ ...prev, events: [...prev.events.slice(0, prev.cursor), event], cursor: prev.cursor + 1 }));
        setMessage(text);
      }}
      onGiven={(key, value) =>
        restart({ given: { ...session.given, [key]: value }, events: [], cursor: 0 }, `field:${key}`, () => sim.restarted)
      }
      onUndo={() =>
        restart({ ...session, cursor: Math.max(0, session.cursor - 1) }, 'undo', (s) => format(sim.announceUndo, { state: stateName(s) }))
      }
      onRedo={() =>
        restart({ ...session, cursor: Math.min(session.events.length, session.cursor + 1) }, 'redo', (s) =>
          format(sim.announceRedo, { state: stateName(s) }),
        )
      }
      onReset={() => restart({ ...session, events: [], cursor: 0 }, 'reset', (s) => format(sim.announceReset, { state: stateName(s) }))}
      onJump={(cursor) =>
        restart({ ...session, cursor }, `step:${cursor}`, (s) => format(sim.announceJump, { n: cursor, state: stateName(s) }))
      }
    />
  );
}
