/**
 * The path the site is served under: `/` by default, `/csp-guide/` when built with
 * BASE=/csp-guide/ (README, "Publish it"). Pages name each other by site path (`/ko/guides/…`);
 * `withBase` turns such a path into the one to link to, `withoutBase` reads a URL path back.
 * Outside Vite (the scenario runner under tsx) there is no import.meta.env: the base is `/`.
 */
const configured: string = import.meta.env?.BASE_URL ?? '/';

export const BASE = configured.endsWith('/') ? configured : `${configured}/`;

/**
 * Site paths put under a base path; anything else (an address, `#anchor`, `//host`) is kept.
 * Idempotent: a path already under the base (a second render of the same page data) is kept.
 * Shared with the Markdown link plugin (src/lib/base-links.ts), which has the configured base.
 */
export function underBase(base: string): (path: string) => string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (path) =>
    prefix === '/' || !path.startsWith('/') || path.startsWith('//') || path.startsWith(prefix) ? path : prefix + path.slice(1);
}

export const withBase = underBase(BASE);

export function withoutBase(pathname: string): string {
  return pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname;
}
