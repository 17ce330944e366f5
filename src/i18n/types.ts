import type { AmbiguityId, RuleId } from '../domain/rules';

export const LOCALES = ['en', 'ko', 'zh-tw'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tag for each URL locale (used for `lang` and `Intl`). */
export const LANG_TAG: Record<Locale, string> = { en: 'en', ko: 'ko', 'zh-tw': 'zh-TW' };

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

export interface RuleText {
  /** A short name, a few words, used in badges, lists and "why" notes. */
  title: string;
  /** The rule stated in full, one to three sentences. */
  text: string;
}

export interface AmbiguityText {
  title: string;
  /** The open question, phrased as a question. */
  question: string;
  /** One sentence per competing reading, keyed as in the catalogue. */
  readings: Record<string, string>;
}

export type RuleTexts = Record<RuleId, RuleText> & Record<AmbiguityId, AmbiguityText>;
