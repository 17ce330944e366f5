/**
 * One glossary per language: a rejected variant anywhere in a page, a dictionary or a rule
 * text fails here, so terms stay consistent as pages are added.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/i18n/glossary';
import { RULE_TEXTS, UI } from '../../src/i18n/ui';
import type { Locale } from '../../src/i18n/types';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Words that are always allowed: the chosen terms, and Microsoft's own localized wording (quoted as screen
 * words). Longest first, so a shorter one inside a longer one does not break it up.
 */
function allowed(locale: Locale): string[] {
  const words = GLOSSARY.flatMap((entry) => [entry.term[locale], ...(entry.microsoft?.[locale] ?? [])]);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** Allowed words are removed first, so a variant that is part of a chosen term or of Microsoft's wording is not flagged. */
function offending(text: string, locale: Locale): string[] {
  let rest = text;
  for (const word of allowed(locale)) rest = rest.split(word).join(' ');
  return GLOSSARY.flatMap((entry) => (entry.avoid[locale] ?? []).filter((variant) => rest.includes(variant)).map((v) => `${v} (use ${entry.term[locale]})`));
}

const sources: { locale: Locale; name: string; text: string }[] = [];
for (const locale of ['ko', 'zh-tw'] as const) {
  for (const file of files(`src/content/docs/${locale}`)) sources.push({ locale, name: file, text: readFileSync(file, 'utf8') });
  sources.push({ locale, name: `UI ${locale}`, text: JSON.stringify(UI[locale]) });
  sources.push({ locale, name: `rules ${locale}`, text: JSON.stringify(RULE_TEXTS[locale]) });
}
// Story narrations and titles, per language.
for (const file of existsSync('src/stories') ? files('src/stories').filter((f) => f.endsWith('.json')) : []) {
  const story = JSON.parse(readFileSync(file, 'utf8')) as { title: Record<string, string>; steps: { narration: Record<string, string> }[] };
  for (const locale of ['ko', 'zh-tw'] as const) {
    const text = [story.title[locale], ...story.steps.map((s) => s.narration[locale])].join('\n');
    sources.push({ locale, name: `${file} (${locale})`, text });
  }
}

describe('terminology', () => {
  it('the glossary never rejects a term it chose', () => {
    for (const entry of GLOSSARY) {
      for (const [locale, variants] of Object.entries(entry.avoid) as [Locale, string[]][]) {
        for (const v of variants) expect(v, entry.id).not.toBe(entry.term[locale]);
      }
    }
  });

  it('Microsoft\'s wording is never a rejected variant of the same entry, nor the entry\'s own term', () => {
    for (const entry of GLOSSARY) {
      for (const [locale, words] of Object.entries(entry.microsoft ?? {}) as [Locale, string[]][]) {
        for (const w of words) {
          expect(entry.avoid[locale] ?? [], `${entry.id} (${locale}): ${w}`).not.toContain(w);
          expect(w, `${entry.id} (${locale})`).not.toBe(entry.term[locale]);
        }
      }
    }
  });

  it('Microsoft\'s quoted wording is allowed in text', () => {
    for (const entry of GLOSSARY) {
      for (const [locale, words] of Object.entries(entry.microsoft ?? {}) as [Locale, string[]][]) {
        for (const w of words) expect(offending(`**${w}**`, locale), `${entry.id} (${locale})`).toEqual([]);
      }
    }
  });

  for (const source of sources) {
    it(`${source.name} uses no rejected variant`, () => {
      expect(offending(source.text, source.locale)).toEqual([]);
    });
  }

  it('ko is written in 합니다체: no 해요체, no -세요/-십시오 requests', () => {
    const casual = /(하세요|하십시오|십시오|세요[.!?]|해요[.!?]|어요[.!?]|아요[.!?]|예요|이에요)/;
    for (const source of sources.filter((s) => s.locale === 'ko')) {
      const hits = source.text.split(/\n/).filter((line) => casual.test(line));
      expect(hits.slice(0, 3), source.name).toEqual([]);
    }
  });

  it('zh-tw uses Taiwan usage, not Mainland terms', () => {
    const mainland = ['信息', '设置', '链接', '用户', '默认', '账户', '軟件', '屏幕', '程序包', '數據庫', '帳號設置'];
    for (const source of sources.filter((s) => s.locale === 'zh-tw')) {
      expect(mainland.filter((w) => source.text.includes(w)), source.name).toEqual([]);
    }
  });
});
