import { isLocale, type Locale } from '../i18n/types';

/** The locale a URL path starts with (`/ko/guides/…` → `ko`), English when there is none. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : 'en';
}
