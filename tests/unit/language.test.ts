/**
 * Korean particles after glossary terms (src/i18n/josa.ts) for every term and particle pair, and
 * the built-site language checks (src/lib/language-checks.ts) on pages made wrong on purpose.
 */
import { describe, expect, it } from 'vitest';
import { josa } from 'es-hangul';
import { GLOSSARY } from '../../src/i18n/glossary';
import { JOSA_OPTIONS, particleAfter, spokenWord } from '../../src/i18n/josa';
import { chineseProblems, koreanParticleProblem } from '../../src/lib/language-checks';

describe('Korean particles after terms', () => {
  it.each(GLOSSARY.map((t) => [t.id, t] as const))('%s: every particle pair follows the Korean word, not its gloss', (_id, term) => {
    const word = spokenWord(term.term.ko, term.koReading);
    expect(word, 'the word a particle attaches to ends in a Korean syllable').toMatch(/[가-힣]$/);
    for (const option of JOSA_OPTIONS) expect(particleAfter(term.term.ko, option, term.koReading)).toBe(josa.pick(word, option));
  });

  it('a term with an English gloss takes the particle of its Korean word', () => {
    const gdap = GLOSSARY.find((t) => t.id === 'gdap')!;
    expect(particleAfter(gdap.term.ko, '이/가')).toBe('이'); // 권한(GDAP)이, not 권한(GDAP)가
    const mpn = GLOSSARY.find((t) => t.id === 'mpnId')!;
    expect(particleAfter(mpn.term.ko, '을/를', mpn.koReading)).toBe('를'); // MPN ID(아이디)를
    expect(() => particleAfter('MPN ID', '이/가')).toThrow(/koReading/);
  });
});

const term = (id: string, text: string) => `<span data-term="${id}">${text}</span>`;
const page = (body: string) => `<main><div class="sl-markdown-content">${body}</div></main>`;

describe('language gate checks', () => {
  const spoken = (_id: string, text: string) => spokenWord(text);

  it('Korean: a wrong particle after a term is found, a right one and the copula are not', () => {
    expect(koreanParticleProblem(page(`<p>${term('gdap', '세분화된 위임된 관리자 권한(GDAP)')}가 있습니다.</p>`), spoken)).toHaveLength(1);
    expect(koreanParticleProblem(page(`<p>${term('gdap', '세분화된 위임된 관리자 권한(GDAP)')}이 있습니다.</p>`), spoken)).toEqual([]);
    expect(koreanParticleProblem(page(`<p>${term('partner', '파트너')}을 봅니다.</p>`), spoken)).toHaveLength(1);
    expect(koreanParticleProblem(page(`<p>${term('partner', '파트너')}이고, 고객입니다.</p>`), spoken)).toEqual([]);
    expect(koreanParticleProblem(page(`<p>${term('x', '서울')}로 갑니다.</p>`), spoken)).toEqual([]);
  });

  it('Chinese: 的 before a term with 的, spaces around a term, and a wrapped line are found', () => {
    expect(chineseProblems(page(`<p>客戶的${term('dap', '委派的系統管理權限 (DAP)')}已移除。</p>`))).toHaveLength(1);
    expect(chineseProblems(page(`<p>移除 ${term('dap', '委派的系統管理權限 (DAP)')}。</p>`))).toHaveLength(1);
    expect(chineseProblems(page(`<p>${term('partner', '合作夥伴')} 可以要求。</p>`))).toHaveLength(1);
    expect(chineseProblems(page('<p>這是第一行\n第二行。</p>'))).toHaveLength(1);
    expect(chineseProblems(page(`<p>客戶的${term('dap', '委派系統管理權限 (DAP)')}已移除，${term('partner', '合作夥伴')}可以要求。</p>`))).toEqual([]);
  });
});
