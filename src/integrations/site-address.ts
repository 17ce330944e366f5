/**
 * Where the site is published, from the environment: SITE, the origin (`https://org.github.io`),
 * and BASE, the path under it (`/csp-guide/`). With neither, the build is what it always was: the
 * placeholder origin below, served at `/`. A SITE with a path and no BASE takes the path as BASE.
 * Canonical links, hreflang alternates, the sitemap, copied links, the scenario schema's `$id`
 * and the offline cache all follow these two values.
 */
export const DEFAULT_SITE = 'https://csp-relationships.example.org';

export interface SiteAddress {
  /** The origin, without a trailing slash. */
  site: string;
  /** The path, with a leading and a trailing slash. */
  base: string;
}

export function siteAddress(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  const given = env.SITE?.trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE must be an absolute address such as https://org.github.io, not "${given}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE must start with https:// or http://, not "${given}".`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`SITE must be an origin and at most a path, with no query, fragment or credentials: "${given}".`);
  const raw = env.BASE?.trim() || url.pathname;
  if (!raw.startsWith('/') || raw.includes('//') || /[?#\s\\]/.test(raw)) {
    throw new Error(`BASE must be a path that starts with "/", such as /csp-guide/, not "${raw}".`);
  }
  return { site: url.origin, base: raw.endsWith('/') ? raw : `${raw}/` };
}
