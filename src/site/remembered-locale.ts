/** The reader's language choice, kept in the browser only (no cookie, nothing sent anywhere). */
import { isLocale, type Locale } from '../i18n/types';

const KEY = 'csp-guide:locale';

export function rememberLocale(locale: string): void {
  if (!isLocale(locale)) return;
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Storage can be disabled; the choice is then simply not remembered.
  }
}

export function rememberedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(KEY) ?? undefined;
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The first of the browser's preferred languages the site has. */
export function preferredLocale(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('ko')) return 'ko';
    if (lower === 'zh-tw' || lower === 'zh-hant' || lower.startsWith('zh-hant') || lower === 'zh-hk' || lower === 'zh-mo') return 'zh-tw';
    if (lower.startsWith('en')) return 'en';
  }
  return null;
}
