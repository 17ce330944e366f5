import { SOURCES, type SourceId } from '../domain/sources';
import type { Locale } from '../i18n/types';
import { UI } from '../i18n/ui';

const LEARN_LOCALE: Record<Locale, string> = { en: 'en-us', ko: 'ko-kr', 'zh-tw': 'zh-tw' };

/** The public page behind a source, in the reader's language where Microsoft Learn has one. */
export function sourceLink(id: SourceId, locale: Locale): { href: string; label: string } {
  const source = SOURCES[id];
  const href = source.url.replace('https://learn.microsoft.com/', `https://learn.microsoft.com/${LEARN_LOCALE[locale]}/`);
  return { href, label: UI[locale].sourceTitles[id] };
}
