/** Trainers' stories (src/stories/<flow>/<id>.json), in one language, for the simulator islands. */
import type { FlowEvent, FlowId } from '../domain/flow';
import type { Locale } from '../i18n/types';

interface StoryFile {
  id: string;
  flow: FlowId;
  title: Record<Locale, string>;
  given?: Record<string, string | number | boolean | null>;
  steps: { step: string | FlowEvent; narration: Record<Locale, string> }[];
  outcome: string;
}

export interface Story {
  id: string;
  title: string;
  given: Record<string, string | number | boolean | null>;
  events: FlowEvent[];
  narrations: string[];
  outcome: string;
}

const files = import.meta.glob<StoryFile>('../stories/*/*.json', { eager: true, import: 'default' });

export function storiesFor(flow: FlowId, locale: Locale): Story[] {
  return Object.values(files)
    .filter((s) => s.flow === flow)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => ({
      id: s.id,
      title: s.title[locale],
      given: s.given ?? {},
      events: s.steps.map((x) => (typeof x.step === 'string' ? { type: x.step } : x.step)),
      narrations: s.steps.map((x) => x.narration[locale]),
      outcome: s.outcome,
    }));
}
