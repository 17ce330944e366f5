/**
 * Presenter mode's state in the shell: on or off, and the story. Everything else (the strip,
 * stepping through a story, the keys) lives in PresenterBar, which loads on first use so that
 * readers who never present do not download it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FlowEvent } from '~/domain/flow';
import type { GivenSummary as GivenSummaryType, PresenterBar as PresenterBarType, PresenterControls } from './PresenterBar';
import { loadPresenterBar } from './on-demand';

type Options = Omit<PresenterControls, 'storyId' | 'opening' | 'onPick' | 'onOpened' | 'onExit' | 'showHelp' | 'onHelp' | 'keys'> & { loadFailed: () => void };

export function usePresenter(options: Options) {
  const [on, setOn] = useState(false);
  const [storyId, setStoryId] = useState<string | null>(null);
  // A story to open at the point its link gives, once the strip has loaded.
  const [opening, setOpening] = useState<{ id: string; events: readonly FlowEvent[] } | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  // The strip remounts with every step; the keys are heard here, so none is lost in between.
  const keys = useRef<((e: KeyboardEvent) => void) | null>(null);
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => keys.current?.(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);
  const [parts, setParts] = useState<{ Bar: typeof PresenterBarType; Summary: typeof GivenSummaryType } | null>(null);

  const open = (withStory?: { id: string; events: readonly FlowEvent[] }) =>
    loadPresenterBar().then(({ PresenterBar, GivenSummary }) => {
      setParts({ Bar: PresenterBar, Summary: GivenSummary });
      setOn(true);
      if (withStory) setOpening(withStory);
    }, options.loadFailed);

  const Bar = parts?.Bar;
  const bar =
    on && Bar ? (
      <Bar
        {...options}
        storyId={storyId}
        opening={opening}
        onPick={setStoryId}
        onOpened={() => setOpening(null)}
        onExit={() => setOn(false)}
        showHelp={showHelp}
        onHelp={() => setShowHelp((v) => !v)}
        keys={keys}
      />
    ) : null;

  // The inputs folded into one line on the stage come with the strip.
  return { presenter: on, storyId, bar, Summary: parts?.Summary ?? null, open };
}
