/** What the server hands a simulator island: plain, serializable data in the page's language. */
import type { FlowDefinition, FlowEvent, Given, GivenValue, OutcomeKind } from '~/domain/flow';
import type { UiDictionary } from '~/i18n/ui';
import type { LineKind, PartyKind, TieKind } from '~/domain/picture';
import type { PremiseNotice } from './PremiseNotice';

export interface FlowStrings {
  title: string;
  fields: Record<string, { label: string; help: string }>;
  states: Record<string, { name: string; description: string }>;
  events: Record<string, string>;
  reasons: Record<string, string>;
  facts: Record<string, string>;
  values: Record<string, string>;
  /** Labels of the payload fields the reader picks once (multi-partner: partner, service). */
  focus?: Record<string, string>;
  /** Headlines that name what ended in this flow, over the shared ones. */
  outcomes?: Partial<Record<OutcomeKind, string>>;
}

/** The relationship map's words: names from the glossary (src/site/map-strings.ts), captions from the dictionary. */
export interface MapStrings extends Omit<UiDictionary['map'], 'otherPartners' | 'microsoftSupport' | 'securityGroup' | 'partnerUser'> {
  customer: string;
  parties: Record<PartyKind, string>;
  ties: Record<TieKind, string>;
  lines: Record<LineKind, string>;
  /** Values that say more about a tie (roles, with or without DAP); others come from the flow's values. */
  details: Record<string, string>;
  slots: Record<string, string>;
}

export interface SimulatorStrings {
  sim: UiDictionary['sim'];
  clouds: UiDictionary['clouds'];
  flow: FlowStrings;
  map: MapStrings;
}

export interface CitationInfo {
  title: string;
  /** The rule's anchor on the guidance page in the same language, when a page explains it. */
  href?: string;
}

export interface AmbiguityInfo {
  question: string;
  /** A citation; `archived` (in the page language) when it opens an archived file, `title` says where. */
  readings: { text: string; sources: { href: string; label: string; archived?: string; title?: string }[] }[];
}

export interface SimulatorData {
  locale: string;
  strings: SimulatorStrings;
  citations: Record<string, CitationInfo>;
  ambiguities: Record<string, AmbiguityInfo>;
  /** Link to the standalone simulator page, shown when the island is embedded in a guide. */
  fullHref?: string;
  /** The state diagram, drawn at build time. */
  diagram?: DiagramPicture;
  /** Scripted walkthroughs for presenter mode, in the page's language. */
  stories?: { id: string; title: string; given: Given; events: FlowEvent[]; narrations: string[]; outcome: string }[];
  /** Where to start: inputs and steps (empty for a fresh scenario). */
  given?: Given;
  events?: FlowEvent[];
}

/** The state diagram as the build drew it: its SVG, and the state it starts in. */
export interface DiagramPicture {
  start: string;
  svg: string;
}

/** What the inputs panel and its rules-date line take: the flow, its inputs, and how to change one. */
export interface GivenProps {
  flow: FlowDefinition;
  given: Given;
  /** The form reads the shared, cloud and flow words only, so compare mode can hand it its own. */
  strings: Omit<SimulatorStrings, 'map'>;
  citations: Record<string, CitationInfo>;
  locale: string;
  onChange: (key: string, value: GivenValue) => void;
  /** The note for a starting point the date's rules no longer have; only flows with a premise carry it. */
  Premise?: typeof PremiseNotice | undefined;
}
