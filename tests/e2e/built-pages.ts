import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of every built page (`/ko/guides/…/`), from dist/. */
export function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['_astro', 'pagefind', 'schemas'].includes(name) ? [] : builtPages(path);
    return name === 'index.html' ? [path.slice('dist'.length).replace(/index\.html$/, '')] : [];
  });
}
