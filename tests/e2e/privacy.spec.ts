/** Privacy gate: every page makes requests to the site's own origin only (no fonts, analytics or images from elsewhere). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { LOCALES } from '../../src/i18n/types';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['_astro', 'pagefind', 'schemas'].includes(name) ? [] : pages(path);
    return name === 'index.html' ? [path.slice('dist'.length).replace(/index\.html$/, '')] : [];
  });
}

for (const locale of LOCALES) {
  test(`every ${locale} page requests its own origin only`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(`${page.url()} → ${url}`);
    });
    for (const path of pages('dist').filter((p) => p.startsWith(`/${locale}/`))) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.mouse.wheel(0, 20_000); // bring islands into view, so they load too
      await page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
  });
}
