/**
 * Every internal link and anchor of the built site resolves, in every locale. Reads the HTML in
 * dist/ (what is deployed), so it needs no browser. SITE_DIR and SITE_BASE check a build for a
 * base path instead (playwright.subpath.config.ts): every link must then stay under the base.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { htmlFiles } from '../../src/lib/html-files.mjs';
import { DEFAULT_SITE } from '../../src/integrations/site-address';
import { SITE_BASE as BASE } from './fixtures';

const DIR = process.env.SITE_DIR ?? 'dist';
// Canonical links, hreflang alternates and the like name pages by the site's full address.
const ORIGIN = process.env.SITE_ORIGIN ?? DEFAULT_SITE;

function targetFile(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const clean = decodeURIComponent(pathname.slice(BASE.length - 1));
  for (const candidate of [join(DIR, clean), join(DIR, clean, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(file, set);
  }
  return set;
}

test('every internal link and anchor in the built site resolves', () => {
  const files = htmlFiles(DIR, ['_astro', 'pagefind']);
  expect(files.length).toBeGreaterThan(20);
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    // Links, and the scripts, styles and images a page loads: all must be found under the base.
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      // Except on the 404 page: it answers at any address, and Starlight gives it a canonical and
      // alternates (/404/, /ko/404/…) that no search engine follows, since a 404 is not indexed.
      const own = m[1]!.startsWith(`${ORIGIN}/`) && !file.endsWith(`${DIR}/404.html`);
      if (m[1]!.startsWith(`${ORIGIN}/`) && !own) continue;
      const href = (own ? m[1]!.slice(ORIGIN.length) : m[1]!).replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${BASE}${file.slice(DIR.length + 1).replace(/index\.html$/, '')}`);
      const target = targetFile(url.pathname);
      if (!target) {
        broken.push(`${file}: ${href} (${url.pathname.startsWith(BASE) ? 'no such page' : `outside the base path ${BASE}`})`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) broken.push(`${file}: ${href} (no anchor #${hash})`);
    }
  }
  expect(broken.slice(0, 20)).toEqual([]);
});
