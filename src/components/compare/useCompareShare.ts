/**
 * Copy link and copy trace in compare mode: the link built from the comparison shown (the address
 * follows a moment later), the trace in the reader's language and English. Where the clipboard is
 * refused the text is handed back to show for copying by hand, as the simulator does.
 */
import { useState } from 'preact/hooks';
import type { Comparison } from '~/domain/compare';
import type { FlowDefinition, FlowEvent, Given } from '~/domain/flow';
import type { CitationInfo } from '../simulator/types';
import { loadCompareEnglish, loadCompareLink, loadCompareTrace } from './on-demand';
import type { CompareStrings } from './types';

interface ShareInput {
  flow: FlowDefinition;
  locale: string;
  strings: CompareStrings;
  citations: Record<string, CitationInfo>;
  a: Given;
  b: Given;
  events: FlowEvent[];
  comparison: Comparison;
  announce: (text: string) => void;
}

export function useCompareShare(input: ShareInput) {
  const { flow, strings, announce } = input;
  const [fallback, setFallback] = useState<string | null>(null);

  const copy = (text: string, done: string) => {
    const refused = () => {
      setFallback(text);
      announce(strings.sim.copyFallback);
    };
    const write = navigator.clipboard?.writeText(text);
    if (!write) return refused();
    write.then(() => {
      setFallback(null);
      announce(done);
    }, refused);
  };
  const fail = () => announce(strings.sim.loadFailed);
  const link = async () => {
    const { encodeCompare } = await loadCompareLink();
    const query = encodeCompare(flow, { a: input.a, b: input.b, steps: input.events });
    return `${window.location.origin}${window.location.pathname}${query}${window.location.hash}`;
  };
  const copyLink = () => link().then((href) => copy(href, strings.sim.copiedLink), fail);
  const copyTrace = () =>
    Promise.all([loadCompareTrace(), link(), input.locale === 'en' ? null : loadCompareEnglish()]).then(([{ compareTraceText }, href, en]) => {
      const text = compareTraceText({
        flow,
        a: input.a,
        b: input.b,
        events: input.events,
        comparison: input.comparison,
        reader: { strings, citations: input.citations },
        ...(en ? { english: en.englishCompare(flow.id) } : {}),
        link: href,
      });
      copy(text, strings.compare.copiedTrace);
    }, fail);
  return { copyLink, copyTrace, fallback };
}
