/**
 * Presenter mode's strip, loaded on first use: the story picker, the step counter with previous
 * and next, the narration for the step just taken, and the shortcuts behind one button so the
 * stage keeps its height for the map. It also runs the stage's keys: → or Page Down next,
 * ← or Page Up previous, R reset, ? shortcuts, Esc leave (typing in a field is left alone).
 */
import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import { eventKey, type FlowEvent, type Given } from '~/domain/flow';
import { format } from '~/i18n/format';
import type { SimulatorData, SimulatorStrings } from './types';
export { GivenSummary } from './GivenSummary';

type Stories = NonNullable<SimulatorData['stories']>;

export interface PresenterSession {
  given: Given;
  events: FlowEvent[];
  cursor: number;
}

export interface PresenterControls {
  defaults: Given;
  stories: Stories;
  strings: SimulatorStrings;
  /** The session as of the latest key press (keys can come faster than renders). */
  latest: () => PresenterSession;
  restart: (next: PresenterSession, focus: string, announce: (s: SnapshotFrom<AnyStateMachine>) => string) => void;
  stateName: (s: SnapshotFrom<AnyStateMachine>) => string;
  storyId: string | null;
  /** A story a link asked for, with the link's steps: opened once the strip is here. */
  opening: { id: string; events: readonly FlowEvent[] } | null;
  onPick: (id: string | null) => void;
  onOpened: () => void;
  onExit: () => void;
  showHelp: boolean;
  onHelp: () => void;
  /** Where the stage's key handler goes: the shell listens, this strip decides. */
  keys: { current: ((e: KeyboardEvent) => void) | null };
}

const onPath = (events: readonly FlowEvent[], story: readonly FlowEvent[]) =>
  events.length <= story.length && events.every((e, i) => eventKey(e) === eventKey(story[i]!));

export function PresenterBar(props: PresenterControls) {
  const { stories, strings, latest, restart, stateName, storyId } = props;
  const id = useId();
  const { sim } = strings;
  const { showHelp, onHelp } = props;
  const story = stories.find((s) => s.id === storyId);
  const session = latest();
  // Where the scenario is in the story: null once the reader has left the story's path.
  const position = story && onPath(session.events, story.events) ? session.cursor : null;

  const pick = (next: string | null) => {
    props.onPick(next);
    const picked = stories.find((s) => s.id === next);
    if (!picked) return;
    restart({ given: { ...props.defaults, ...picked.given }, events: picked.events, cursor: 0 }, 'present', () =>
      format(sim.startedStory, { title: picked.title, total: picked.events.length }),
    );
  };

  // A story link: its steps reopen that point of the story; a bare link starts it.
  useEffect(() => {
    const asked = props.opening;
    if (!asked) return;
    props.onOpened();
    const picked = stories.find((s) => s.id === asked.id);
    if (!picked) return;
    if (asked.events.length > 0 && onPath(asked.events, picked.events)) props.onPick(picked.id);
    else pick(picked.id);
  }, [props.opening]);

  const goTo = (delta: number | 'start') => {
    const current = latest();
    const events = story && position !== null ? story.events : current.events;
    const target = Math.max(0, Math.min(events.length, delta === 'start' ? 0 : current.cursor + delta));
    if (target === current.cursor && events === current.events) return;
    restart({ ...current, events, cursor: target }, 'present', (s) =>
      story && position !== null && target > 0
        ? `${story.narrations[target - 1] ?? ''} ${format(sim.announceAccepted, { action: '', state: stateName(s) }).replace(/^: /, '')}`
        : format(sim.announceJump, { n: target, state: stateName(s) }),
    );
  };

  // Set while rendering, so a key pressed before the next render still uses this story and session.
  props.keys.current = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (e.altKey || e.ctrlKey || e.metaKey || (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') goTo(1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') goTo(-1);
    else if (e.key === 'r' || e.key === 'R') goTo('start');
    else if (e.key === '?') onHelp();
    else if (e.key === 'Escape') props.onExit();
    else return;
    e.preventDefault();
  };

  // The stage covers the page while the strip is shown: the page stops scrolling, and the host and
  // Starlight's main pane let it rise above the header and sidebar (presenter.css).
  // Before paint, in the commit that shows the stage, so nothing scrolls the page in between.
  const strip = useRef<HTMLDivElement>(null);
  // The page behind stands at its top while the stage covers it (nothing of it can scroll into
  // view), and the reader is put back where they were on leaving.
  useLayoutEffect(() => {
    const host = strip.current?.closest('.sim-host');
    const scrolled = window.scrollY;
    host?.classList.add('sim-host--presenting');
    document.documentElement.classList.add('sim-presenting');
    window.scrollTo(0, 0);
    return () => {
      host?.classList.remove('sim-host--presenting');
      document.documentElement.classList.remove('sim-presenting');
      window.scrollTo(0, scrolled);
    };
  }, []);

  const inStory = story && position !== null;
  const narration = inStory
    ? position === 0
      ? sim.storyStart
      : `${story.narrations[position - 1] ?? ''}${position === story.events.length ? ` ${sim.storyEnd}` : ''}`
    : null;
  return (
    <div class="sim-presenter" ref={strip}>
      <div class="sim-presenter__bar">
        <label for={`${id}-story`}>{sim.story}</label>
        <select id={`${id}-story`} name="story" value={storyId ?? ''} onChange={(e) => pick((e.currentTarget as HTMLSelectElement).value || null)}>
          <option value="">{sim.freePlay}</option>
          {stories.map((s) => (
            <option value={s.id} key={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <span class="sim-presenter__nav">
          <button type="button" class="sim-button" data-control="previous" onClick={() => goTo(-1)} aria-label={sim.previousStep}>
            ←
          </button>
          <span class="sim-presenter__step" data-story-step={inStory ? position : undefined} data-step-count={session.cursor}>
            {inStory ? format(sim.storyStep, { n: position, total: story.events.length }) : format(sim.stepCount, { n: session.cursor })}
          </span>
          <button type="button" class="sim-button" data-control="next" onClick={() => goTo(1)} aria-label={sim.nextStep}>
            →
          </button>
        </span>
        <button type="button" class="sim-button" data-control="shortcuts" aria-expanded={showHelp ? 'true' : 'false'} onClick={onHelp}>
          ? <span class="sim-visually-hidden">{sim.shortcuts}</span>
        </button>
        <button type="button" class="sim-button" data-control="exit-presenter" onClick={props.onExit}>
          {sim.exitPresenter}
        </button>
      </div>
      {showHelp && (
        <p class="sim-presenter__help" role="note" aria-label={sim.shortcuts}>
          {[sim.keyNext, sim.keyPrev, sim.keyReset, sim.keyHelp, sim.keyExit].join(' · ')}
        </p>
      )}
      {narration && (
        <p class="sim-presenter__narration" data-narration="">
          {narration}
        </p>
      )}
    </div>
  );
}
