/**
 * Every citation links to the version it cites: an archived file at its commit where Microsoft no longer
 * publishes that version (and the link says so in the page's language), the live page only where the
 * current page is what is cited.
 */
import { describe, expect, it } from 'vitest';
import { SOURCES, SOURCE_IDS, citedVersion, type Source, type SourceId } from '../../src/domain/sources';
import { sourceLink } from '../../src/site/sources';
import { LOCALES } from '../../src/i18n/types';

const source = (id: SourceId): Source => SOURCES[id];
const GLOBAL_REQUEST_PAGE = /learn\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?partner-center\/request-a-relationship-with-a-customer/;
const BLOB = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/blob\/([0-9a-f]{40})\/(.+)$/;
const ARCHIVED_WORD = { en: /archived/, ko: /보관된/, 'zh-tw': /封存/ } as const;

/** What makes two citations the same version: language, cloud, year and file (repository, commit, path or page). */
function versionOf(id: SourceId): string {
  const s = source(id);
  const locale = s.archived ? s.archived.locale : s.readIn.join('+');
  return [locale, s.cloud ?? '', s.year ?? '', citedVersion(id)].join(' | ');
}

describe('source links', () => {
  it.each(LOCALES)('every source has a link and a label (%s)', (locale) => {
    for (const id of SOURCE_IDS) {
      const link = sourceLink(id, locale);
      expect(link.href, id).toMatch(/^https:\/\/\S+$/);
      expect(link.label.trim(), id).not.toBe('');
    }
  });

  it.each(LOCALES)('sources citing different versions never share a link (%s)', (locale) => {
    const byHref = new Map<string, SourceId[]>();
    for (const id of SOURCE_IDS) {
      const { href } = sourceLink(id, locale);
      byHref.set(href, [...(byHref.get(href) ?? []), id]);
    }
    for (const [href, ids] of byHref) {
      expect(new Set(ids.map(versionOf)).size, `${ids.join(', ')} share ${href}`).toBe(1);
    }
  });

  it.each(LOCALES)('an archived link is a GitHub blob at a full commit, and says it is archived (%s)', (locale) => {
    for (const id of SOURCE_IDS) {
      const s = source(id);
      const link = sourceLink(id, locale);
      if (!s.archived) {
        expect(link.archived, id).toBeUndefined();
        continue;
      }
      const match = BLOB.exec(link.href);
      expect(match, `${id}: ${link.href}`).not.toBeNull();
      expect(match?.[1]).toBe(s.archived.repo);
      expect(match?.[2]).toBe(s.archived.commit);
      expect(match?.[3]).toBe(s.archived.path);
      expect(link.archived, id).toMatch(ARCHIVED_WORD[locale]);
      expect(link.title, id).toContain(s.archived.commit.slice(0, 8));
      expect(link.title, id).toContain(s.archived.repo);
      expect(s.archived.msDate, id).toMatch(/^\d{4}-\d{2}-\d{2}( \/ \d{4}-\d{2}-\d{2})?$/);
    }
  });

  it('the 21Vianet sources link to their archived localized files, not to the current global page', () => {
    const vianet = SOURCE_IDS.filter((id) => source(id).cloud === '21vianet');
    expect(vianet).toEqual(expect.arrayContaining(['000', '002', '003']));
    for (const locale of LOCALES) {
      const hrefs = vianet.map((id) => sourceLink(id, locale).href);
      for (const href of hrefs) {
        expect(href).not.toMatch(GLOBAL_REQUEST_PAGE);
        expect(href).toMatch(BLOB);
      }
      expect(new Set(hrefs).size).toBe(vianet.length);
    }
    expect(sourceLink('000', 'en').href).toContain('MicrosoftDocs/partner-center-pr.ko-kr/');
    expect(sourceLink('002', 'en').href).toContain('MicrosoftDocs/partner-center-pr.zh-tw/');
  });

  it('every seed is an archived file of the localized repository in its own language', () => {
    const repoFor = { 'ko-KR': 'MicrosoftDocs/partner-center-pr.ko-kr', 'zh-TW': 'MicrosoftDocs/partner-center-pr.zh-tw' } as const;
    for (const id of SOURCE_IDS) {
      const s = source(id);
      if (s.kind !== 'seed') continue;
      expect(s.archived, id).toBeDefined();
      const file = s.archived!;
      expect(file.locale === 'ko-KR' || file.locale === 'zh-TW', id).toBe(true);
      expect(file.repo, id).toBe(repoFor[file.locale as 'ko-KR' | 'zh-TW']);
      expect(String(s.year), id).toBe(file.msDate.slice(0, 4));
    }
  });

  it('a live Microsoft Learn page opens in the reader’s language', () => {
    const segment = { en: '/en-us/', ko: '/ko-kr/', 'zh-tw': '/zh-tw/' } as const;
    for (const id of SOURCE_IDS) {
      const s = source(id);
      if (s.archived || !s.live.startsWith('https://learn.microsoft.com/')) continue;
      for (const locale of LOCALES) expect(sourceLink(id, locale).href, id).toContain(`learn.microsoft.com${segment[locale]}`);
    }
  });
});
