/**
 * The path the site is served under: `/` by default, `/csp-guide/` when built with
 * BASE=/csp-guide/ (README, "Publish it"). Pages name each other by site path (`/ko/guides/…`);
 * `withBase` turns such a path into the one to link to, `withoutBase` reads a URL path back.
 * Outside Vite (the scenario runner under tsx) there is no import.meta.env: the base is `/`.
 */
const configured: string = import.meta.env?.BASE_URL ?? '/';

export const BASE = configured.endsWith('/') ? configured : `${configured}/`;

/** Idempotent: a path already under the base (a second render of the same page data) is kept. */
export function withBase(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || (BASE !== '/' && path.startsWith(BASE))) return path;
  return BASE + path.slice(1);
}

export function withoutBase(pathname: string): string {
  return pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname;
}
