/**
 * Presenter mode's strip: the story picker, where the story is, the narration for the step just
 * taken, and the keyboard shortcuts (→ ← R ? Esc, handled by the shell).
 */
import { useId } from 'preact/hooks';
import { format } from '~/i18n/format';
import type { SimulatorData, SimulatorStrings } from './types';

type Stories = NonNullable<SimulatorData['stories']>;

interface Props {
  stories: Stories;
  storyId: string | null;
  /** Steps of the story applied so far, or null when the scenario has left the story. */
  position: number | null;
  strings: SimulatorStrings;
  showHelp: boolean;
  onPick: (id: string | null) => void;
  onExit: () => void;
}

export function PresenterBar({ stories, storyId, position, strings, showHelp, onPick, onExit }: Props) {
  const id = useId();
  const { sim } = strings;
  const story = stories.find((s) => s.id === storyId);
  const narration =
    story && position !== null
      ? position === 0
        ? sim.storyStart
        : `${story.narrations[position - 1] ?? ''}${position === story.events.length ? ` ${sim.storyEnd}` : ''}`
      : null;
  return (
    <div class="sim-presenter">
      <div class="sim-presenter__bar">
        <label for={`${id}-story`}>{sim.story}</label>
        <select id={`${id}-story`} name="story" value={storyId ?? ''} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value || null)}>
          <option value="">{sim.freePlay}</option>
          {stories.map((s) => (
            <option value={s.id} key={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        {story && position !== null && (
          <span class="sim-presenter__step" data-story-step={position}>
            {format(sim.storyStep, { n: position, total: story.events.length })}
          </span>
        )}
        <button type="button" class="sim-button" data-control="exit-presenter" onClick={onExit}>
          {sim.exitPresenter}
        </button>
      </div>
      {narration && (
        <p class="sim-presenter__narration" data-narration="">
          {narration}
        </p>
      )}
      {showHelp && (
        <div class="sim-presenter__help" role="note" aria-label={sim.shortcuts}>
          <strong>{sim.shortcuts}</strong>
          <ul>
            {[sim.keyNext, sim.keyPrev, sim.keyReset, sim.keyHelp, sim.keyExit].map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
