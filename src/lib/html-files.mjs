// @ts-check
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every `.html` file under a built site, sorted; `skip` names folders to leave out (e.g. `_astro`).
 * Shared by the page-weight budget, the HTML gate and the CSP inline-script hashes.
 * @param {string} dir
 * @param {readonly string[]} [skip]
 * @returns {string[]}
 */
export function htmlFiles(dir, skip = []) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return skip.includes(e.name) ? [] : htmlFiles(path, skip);
      return e.name.endsWith('.html') ? [path] : [];
    })
    .sort();
}
