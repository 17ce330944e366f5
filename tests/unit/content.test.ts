/** Locales are equal: the same pages in each, and each rule placed where the site says it is explained. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_PAGES } from '../../src/site/rule-pages';
import { AMBIGUITY_IDS, RULE_IDS } from '../../src/domain/rules';
import { LOCALES } from '../../src/i18n/types';

function pages(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? pages(path) : [path];
    })
    .filter((p) => /\.mdx?$/.test(p));
}

const slugsOf = (locale: string) => pages(`src/content/docs/${locale}`).map((p) => relative(`src/content/docs/${locale}`, p).replace(/\.mdx?$/, '')).sort();

describe('content', () => {
  it('every page exists in every locale', () => {
    const en = slugsOf('en');
    expect(en.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(slugsOf(locale), locale).toEqual(en);
  });

  for (const [slug, ids] of Object.entries(RULE_PAGES)) {
    for (const locale of LOCALES) {
      it(`${locale}/${slug} places each rule it explains exactly once`, () => {
        const file = [`src/content/docs/${locale}/${slug}.mdx`, `src/content/docs/${locale}/${slug}.md`].find((f) => existsSync(f));
        expect(file, `${locale}/${slug}`).toBeTruthy();
        const text = readFileSync(file!, 'utf8');
        for (const id of ids) {
          const count = text.split(`<Rule id="${id}" />`).length - 1;
          expect(count, `${locale}/${slug} ${id}`).toBe(1);
        }
      });
    }
  }

  it('every rule and ambiguity of the catalogue is explained on a page (in every locale, by the test above)', () => {
    const explained = new Set(Object.values(RULE_PAGES).flat());
    expect([...RULE_IDS, ...AMBIGUITY_IDS].filter((id) => !explained.has(id))).toEqual([]);
  });

  // Search results and link previews show the description (Starlight's <meta name="description">;
  // the Lighthouse gate checks it is there): one specific line per page, in the page's language.
  const LENGTH: Record<string, [number, number]> = { en: [70, 160], ko: [35, 120], 'zh-tw': [25, 90] };
  const frontmatter = (file: string, key: string) => {
    const head = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    const value = new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(head)?.[1]?.trim() ?? '';
    return value.replace(/^(['"])(.*)\1$/, '$2');
  };
  for (const locale of LOCALES) {
    it(`every ${locale} page has its own description of a search-result length`, () => {
      const [min, max] = LENGTH[locale]!;
      const seen = new Map<string, string>();
      for (const file of pages(`src/content/docs/${locale}`)) {
        const description = frontmatter(file, 'description');
        expect(description.length, `${file}: description of ${min}–${max} characters`).toBeGreaterThanOrEqual(min);
        expect(description.length, `${file}: description of ${min}–${max} characters`).toBeLessThanOrEqual(max);
        expect(description, `${file}: description repeats the title`).not.toBe(frontmatter(file, 'title'));
        if (locale !== 'en') expect(description, `${file}: description in ${locale}`).toMatch(locale === 'ko' ? /[가-힣]/ : /[\u4e00-\u9fff]/);
        expect(seen.get(description), `${file}: same description as ${seen.get(description)}`).toBeUndefined();
        seen.set(description, file);
      }
    });
  }

  it('no page carries placeholder text', () => {
    for (const locale of LOCALES) {
      for (const file of pages(`src/content/docs/${locale}`)) {
        const text = readFileSync(file, 'utf8');
        expect(text, file).not.toMatch(/\b(TODO|TBD|FIXME|lorem ipsum)\b|\bXXX\b/i);
      }
    }
  });
});
