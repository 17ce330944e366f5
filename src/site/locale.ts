import { isLocale, type Locale } from '../i18n/types';
import { withoutBase } from './base';

/** The locale a URL path starts with, after the base path (`/ko/guides/…` → `ko`), English when there is none. */
export function localeFromPath(pathname: string): Locale {
  const first = withoutBase(pathname).split('/').filter(Boolean)[0];
  return isLocale(first) ? first : 'en';
}
