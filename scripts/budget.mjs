#!/usr/bin/env node
/**
 * Page weight budget: for every built page, the JavaScript loaded at page load (gzip), following
 * static imports. Loaded on demand and not counted: search (Pagefind) and islands whose directive
 * waits for the reader (`client:engaged`, src/directives/engaged.ts); their weight is shown in
 * its own column. Islands with `client:load`, `idle`, `visible` or `only` count. Guide pages
 * without a simulator may load 12 KB, simulator pages 35 KB. Prints a table; exits 1 past a
 * budget, naming the heaviest modules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from '../src/lib/html-files.mjs';

const DIST = 'dist';
const BUDGET = { plain: 12 * 1024, simulator: 35 * 1024 };
/** What a simulator loads when the reader reaches for it is held to the simulator figure too, so it cannot grow unseen. */
const ON_USE_BUDGET = 35 * 1024;

const sizes = new Map();
function gz(file) {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(file)).length);
  return sizes.get(file);
}

/** A module and everything it imports statically (dynamic `import()` is on demand). */
function closure(url, seen = new Set()) {
  if (seen.has(url) || !url.startsWith('/') || url.startsWith('/pagefind/')) return seen;
  seen.add(url);
  const code = readFileSync(join(DIST, url), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    closure(new URL(m[1], `http://x${url}`).pathname, seen);
  }
  for (const m of code.matchAll(/\bfrom\s*["'](\.\.?\/[^"']+)["']/g)) closure(new URL(m[1], `http://x${url}`).pathname, seen);
  return seen;
}

const rows = [];
let over = 0;
for (const file of htmlFiles(DIST, ['_astro', 'pagefind'])) {
  const html = readFileSync(file, 'utf8');
  const entries = new Set();
  const onDemandEntries = new Set();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) entries.add(m[1]);
  for (const [island] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const deferred = /\sclient="engaged"/.test(island);
    for (const m of island.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) (deferred ? onDemandEntries : entries).add(m[1]);
  }
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1].matchAll(/import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) entries.add(i[1]);
  }
  const modules = new Set();
  for (const entry of entries) closure(entry, modules);
  // Inline scripts travel inside the one compressed HTML response, so they are measured together.
  const inlineCode = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const inline = inlineCode ? gzipSync(inlineCode).length : 0;
  const total = [...modules].reduce((sum, url) => sum + gz(join(DIST, url)), 0) + inline;
  const kind = html.includes('data-flow=') ? 'simulator' : 'plain';
  const later = new Set();
  for (const entry of onDemandEntries) closure(entry, later);
  const onDemand = [...later].filter((url) => !modules.has(url)).reduce((sum, url) => sum + gz(join(DIST, url)), 0);
  const ok = total <= BUDGET[kind] && onDemand <= ON_USE_BUDGET;
  if (!ok) over++;
  rows.push({ page: file.slice(DIST.length).replace(/index\.html$/, ''), kind, kb: (total / 1024).toFixed(1), later: (onDemand / 1024).toFixed(1), ok, modules: new Set([...modules, ...later]) });
}
rows.sort((a, b) => Number(b.kb) - Number(a.kb));
console.log('page'.padEnd(50), 'kind'.padEnd(10), 'at load KB'.padStart(10), 'on use KB'.padStart(10), ' budget');
for (const r of rows) console.log(r.page.padEnd(50), r.kind.padEnd(10), r.kb.padStart(10), r.later.padStart(10), ` ${r.ok ? 'ok' : 'OVER'} (${BUDGET[r.kind] / 1024}${r.kind === 'simulator' ? ` / ${ON_USE_BUDGET / 1024}` : ''})`);
console.log(`\n${rows.length} pages; heaviest at load: ${rows[0]?.page} ${rows[0]?.kb} KB. "on use": simulator code loaded when the reader reaches for it (client:engaged).`);
if (over) {
  const worst = rows.find((r) => !r.ok);
  console.error(`\n${over} page(s) over budget. Heaviest modules on ${worst.page}:`);
  for (const url of [...worst.modules].sort((a, b) => gz(join(DIST, b)) - gz(join(DIST, a))).slice(0, 8)) {
    console.error(`  ${(gz(join(DIST, url)) / 1024).toFixed(1).padStart(6)} KB  ${url}`);
  }
  process.exit(1);
}
