import { SOURCES, archiveUrl, type Source, type SourceId } from '../domain/sources';
import type { Locale } from '../i18n/types';
import { UI, format } from '../i18n/ui';

const LEARN_LOCALE: Record<Locale, string> = { en: 'en-us', ko: 'ko-kr', 'zh-tw': 'zh-tw' };

export interface SourceLink {
  href: string;
  label: string;
  /** Set when the link opens an archived file: says so, and in which language the file is. */
  archived?: string;
  /** Where exactly the archived file is (repository, path, commit, ms.date), for a tooltip. */
  title?: string;
}

/**
 * The address that shows the version a source cites: an archived file at its commit on GitHub,
 * or the live page (Microsoft Learn in the reader's language) where the current page is the one cited.
 */
export function sourceLink(id: SourceId, locale: Locale): SourceLink {
  const source: Source = SOURCES[id];
  const ui = UI[locale];
  const label = ui.sourceTitles[id];
  if (source.archived) {
    const file = source.archived;
    const vars = { repo: file.repo, path: file.path, commit: file.commit.slice(0, 8), date: file.msDate };
    return {
      href: archiveUrl(file),
      label,
      archived: format(ui.sourceLink.archived, { language: ui.sourceLink.languages[file.locale] }),
      title: format(file.copyOf ? ui.sourceLink.archivedCopyTitle : ui.sourceLink.archivedTitle, vars),
    };
  }
  const href = source.live.replace('https://learn.microsoft.com/', `https://learn.microsoft.com/${LEARN_LOCALE[locale]}/`);
  return { href, label };
}
