/**
 * Every internal link and anchor of the built site resolves, in every locale. Reads the HTML in
 * dist/ (what is deployed), so it needs no browser.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function targetFile(pathname: string): string | null {
  const clean = decodeURIComponent(pathname);
  for (const candidate of [join('dist', clean), join('dist', clean, 'index.html')]) {
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
  const files = htmlFiles('dist');
  expect(files.length).toBeGreaterThan(20);
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\shref="([^"]+)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${file.slice(4).replace(/index\.html$/, '')}`);
      const target = targetFile(url.pathname);
      if (!target) {
        broken.push(`${file}: ${href} (no such page)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) broken.push(`${file}: ${href} (no anchor #${hash})`);
    }
  }
  expect(broken.slice(0, 20)).toEqual([]);
});
