/**
 * Copy link and copy trace for the view: the work is in share.ts, loaded on the first copy; this
 * keeps the text to show for copying by hand where the clipboard is refused.
 */
import { useState } from 'preact/hooks';
import type { FlowDefinition, FlowEvent, Given, Outcome, StepResult } from '~/domain/flow';
import { loadShare } from './on-demand';
import type { CitationInfo, SimulatorStrings } from './types';
import type { View } from './view-params';

export interface ShareInput {
  flow: FlowDefinition;
  locale: string;
  strings: SimulatorStrings;
  citations: Record<string, CitationInfo>;
  given: Given;
  events: FlowEvent[];
  steps: StepResult<unknown>[];
  outcome: Outcome;
  /** Presenter mode and its story: a copied link keeps them. */
  view: View;
  announce: (text: string) => void;
}

export function useShare(input: ShareInput) {
  const [fallback, setFallback] = useState<string | null>(null);
  const fail = () => input.announce(input.strings.sim.loadFailed);
  const copyLink = () => loadShare().then((share) => share.copyLink(input, setFallback), fail);
  const copyTrace = () => loadShare().then((share) => share.copyTrace(input, setFallback), fail);
  return { copyLink, copyTrace, fallback };
}
