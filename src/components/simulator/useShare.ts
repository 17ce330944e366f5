/**
 * Copy link and copy trace: the scenario's link built from the session (the address is updated a
 * moment later), the trace in the reader's language and English. Where the clipboard is refused
 * (permissions, insecure origins) the text is handed back to show for copying by hand.
 */
import { useState } from 'preact/hooks';
import type { FlowDefinition, FlowEvent, Given, Outcome, StepResult } from '~/domain/flow';
import { loadEnglish, loadPermalink, loadTrace } from './on-demand';
import type { CitationInfo, SimulatorStrings } from './types';

interface ShareInput {
  flow: FlowDefinition;
  locale: string;
  strings: SimulatorStrings;
  citations: Record<string, CitationInfo>;
  given: Given;
  events: FlowEvent[];
  steps: StepResult<unknown>[];
  outcome: Outcome;
  announce: (text: string) => void;
}

export function useShare(input: ShareInput) {
  const { flow, strings, announce } = input;
  const [fallback, setFallback] = useState<string | null>(null);

  const copy = (text: string, done: string) => {
    const write = navigator.clipboard?.writeText(text);
    const refused = () => {
      setFallback(text);
      announce(strings.sim.copyFallback);
    };
    if (!write) return refused();
    write.then(() => {
      setFallback(null);
      announce(done);
    }, refused);
  };
  const fail = () => announce(strings.sim.loadFailed);
  const link = async () => {
    const { encodeScenario } = await loadPermalink();
    const query = encodeScenario(flow, { given: input.given, steps: input.events });
    return `${window.location.origin}${window.location.pathname}${query}${window.location.hash}`;
  };
  const copyLink = () => link().then((href) => copy(href, strings.sim.copiedLink), fail);
  const copyTrace = () =>
    Promise.all([loadTrace(), link(), input.locale === 'en' ? null : loadEnglish()]).then(([{ traceText }, href, en]) => {
      const text = traceText({
        flow,
        given: input.given,
        steps: input.steps,
        events: input.events,
        outcome: input.outcome,
        reader: { strings, citations: input.citations },
        ...(en ? { english: en.englishFor(flow.id) } : {}),
        link: href,
      });
      copy(text, strings.sim.copiedTrace);
    }, fail);
  return { copyLink, copyTrace, fallback };
}
