/** What the server hands a compare island: plain, serializable data in the page's language. */
import type { FlowEvent, Given } from '~/domain/flow';
import type { UiDictionary } from '~/i18n/ui';
import type { CitationInfo, SimulatorStrings } from '../simulator/types';

/** The words compare mode shows: the simulator's shared words, the flow's labels and its own. */
export interface CompareStrings extends Pick<SimulatorStrings, 'sim' | 'clouds' | 'flow'> {
  compare: UiDictionary['compare'];
}

export interface CompareData {
  locale: string;
  strings: CompareStrings;
  citations: Record<string, CitationInfo>;
  /** Where to start: both columns' inputs and the shared steps (the defaults and none when left out). */
  a?: Given;
  b?: Given;
  events?: FlowEvent[];
}
