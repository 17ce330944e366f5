/**
 * Korean particles after an inserted term. The particle follows the last syllable of the Korean
 * word itself, not the English gloss in brackets after it (권한(GDAP)이, not 권한(GDAP)가), and a
 * term that ends in Latin letters is read as Koreans say it (MPN ID: 아이디 → 가). es-hangul picks
 * the form; this module only decides which word it looks at.
 */
import { josa } from 'es-hangul';

export const JOSA_OPTIONS = ['이/가', '을/를', '은/는', '으로/로', '와/과', '이나/나', '이란/란', '이라/라', '으로서/로서', '으로써/로써', '으로부터/로부터'] as const;
export type JosaOption = (typeof JOSA_OPTIONS)[number];

/** The part of a term a particle attaches to: without a bracketed gloss at its end. */
export function spokenWord(term: string, reading?: string): string {
  return reading ?? term.replace(/\s*\([^()]*\)\s*$/, '');
}

/** The particle form that follows `term` (e.g. 이 or 가). */
export function particleAfter(term: string, option: JosaOption, reading?: string): string {
  const word = spokenWord(term, reading);
  if (!/[가-힣]$/.test(word)) throw new Error(`Korean particle after “${term}”: the word ends in “${word.slice(-1)}”; give the term a Korean reading (koReading) in the glossary`);
  return josa.pick(word, option);
}

export function isJosaOption(value: string): value is JosaOption {
  return (JOSA_OPTIONS as readonly string[]).includes(value);
}
