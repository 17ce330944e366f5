/**
 * Copy link and copy trace, loaded on the first copy (useShare.ts keeps only the fallback text):
 * the scenario's link built from the session (the address is updated a moment later), the trace in
 * the reader's language and English. Where the clipboard is refused (permissions, insecure origins)
 * the text is handed back to show for copying by hand.
 */
import { encodeScenario } from '~/domain/permalink';
import { traceText } from './trace';
import { withView } from './view-params';
import type { ShareInput } from './useShare';

function copy(input: ShareInput, text: string, done: string, setFallback: (text: string | null) => void) {
  const write = navigator.clipboard?.writeText(text);
  const refused = () => {
    setFallback(text);
    input.announce(input.strings.sim.copyFallback);
  };
  if (!write) return refused();
  write.then(() => {
    setFallback(null);
    input.announce(done);
  }, refused);
}

function link(input: ShareInput): string {
  const query = withView(encodeScenario(input.flow, { given: input.given, steps: input.events }), input.view);
  return `${window.location.origin}${window.location.pathname}${query}${window.location.hash}`;
}

export function copyLink(input: ShareInput, setFallback: (text: string | null) => void) {
  copy(input, link(input), input.strings.sim.copiedLink, setFallback);
}

/** The English half (for readers in Korean or Chinese) loads only for them. */
export async function copyTrace(input: ShareInput, setFallback: (text: string | null) => void) {
  const en = input.locale === 'en' ? null : await import('./english');
  const text = traceText({
    flow: input.flow,
    given: input.given,
    steps: input.steps,
    events: input.events,
    outcome: input.outcome,
    reader: { strings: input.strings, citations: input.citations },
    ...(en ? { english: en.englishFor(input.flow.id) } : {}),
    link: link(input),
  });
  copy(input, text, input.strings.sim.copiedTrace, setFallback);
}
