#!/usr/bin/env node
/**
 * Valid HTML gate: the Nu HTML Checker (vnu-jar, on the machine's Java) over every .html file in
 * dist/, in one JVM. Prints errors and warnings per page, then every error and warning with its
 * file:line:column; exits 1 on any error, 2 when the checker cannot run. Warnings do not fail.
 *
 * Known checker false positives (scripts/html-known-false-positives.mjs) are matched narrowly,
 * counted and printed with the reason; everything else counts.
 * Usage: npm run build && npm run html
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWN_FALSE_POSITIVES } from './html-known-false-positives.mjs';
import { htmlFiles } from '../src/lib/html-files.mjs';

const DIST = resolve('dist');
const started = performance.now();

if (!existsSync(DIST)) {
  console.error('dist/ does not exist: run `npm run build` first.');
  process.exit(2);
}
const files = htmlFiles(DIST);
if (files.length === 0) {
  console.error('dist/ holds no .html files: run `npm run build` first.');
  process.exit(2);
}

const vnuPackage = createRequire(import.meta.url).resolve('vnu-jar/package.json');
const jar = join(dirname(vnuPackage), 'build/dist/vnu.jar');
// --stdout: the JSON report on stdout (vnu writes it to stderr by default); the exit code is ours.
const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--stdout', ...files], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error) {
  console.error(`Cannot run the Nu HTML Checker (java -jar ${relative('.', jar)}): ${run.error.message}`);
  console.error('It needs a Java runtime on PATH (Debian: apt-get install default-jre-headless).');
  process.exit(2);
}
/** @type {{ messages: Array<{ type: string, subType?: string, url?: string, message: string, extract?: string, firstLine?: number, lastLine?: number, firstColumn?: number, lastColumn?: number }> }} */
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`The Nu HTML Checker did not print a JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(2);
}

const page = (/** @type {string} */ file) => '/' + relative(DIST, file).replace(/index\.html$/, '');
const sources = new Map();
/** The markup a message points at, from the file itself (extracts are cut short). */
function markupAt(/** @type {typeof report.messages[number]} */ m, /** @type {string} */ file) {
  if (m.lastLine === undefined || m.firstColumn === undefined || m.lastColumn === undefined) return '';
  if ((m.firstLine ?? m.lastLine) !== m.lastLine) return '';
  if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8').split('\n'));
  return (sources.get(file)[m.lastLine - 1] ?? '').slice(m.firstColumn - 1, m.lastColumn);
}

/** @type {Map<string, { errors: string[], warnings: string[], info: number }>} */
const byPage = new Map(files.map((f) => [page(f), { errors: [], warnings: [], info: 0 }]));
const filtered = KNOWN_FALSE_POSITIVES.map(() => /** @type {Map<string, number>} */ (new Map()));
/** Messages about no file of ours (e.g. the checker failing on its own); errors fail the gate. */
const unattributed = { errors: /** @type {string[]} */ ([]), warnings: /** @type {string[]} */ ([]) };
for (const m of report.messages) {
  const file = m.url?.startsWith('file:') ? fileURLToPath(m.url) : undefined;
  const where = file ? `${relative('.', file)}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}` : (m.url ?? '(checker)');
  const line = `${where}: ${m.message}${m.extract ? `\n    ${JSON.stringify(m.extract.replace(/\s+/g, ' '))}` : ''}`;
  const entry = file ? byPage.get(page(file)) : undefined;
  // 'error' (including subType 'fatal') and 'non-document-error' (the checker could not read it) count.
  if (m.type === 'error' || m.type === 'non-document-error') {
    const known = file ? KNOWN_FALSE_POSITIVES.findIndex((k) => k.message === m.message && k.matches(markupAt(m, file))) : -1;
    if (known >= 0) {
      const counts = /** @type {Map<string, number>} */ (filtered[known]);
      counts.set(page(/** @type {string} */ (file)), (counts.get(page(/** @type {string} */ (file))) ?? 0) + 1);
    } else (entry ?? unattributed).errors.push(line);
  } else if (m.subType === 'warning') {
    (entry ?? unattributed).warnings.push(line);
  } else if (entry) entry.info++;
}

const rows = [...byPage].map(([name, r]) => ({ page: name, errors: r.errors.length, warnings: r.warnings.length, info: r.info }));
const width = Math.max(4, ...rows.map((r) => r.page.length));
const pad = (/** @type {string | number} */ v, /** @type {number} */ n) => String(v).padStart(n);
console.log(`Nu HTML Checker ${JSON.parse(readFileSync(vnuPackage, 'utf8')).version} over ${files.length} pages in dist/\n`);
console.log(`${'page'.padEnd(width)}  errors  warnings  info`);
for (const r of rows) console.log(`${r.page.padEnd(width)}  ${pad(r.errors, 6)}  ${pad(r.warnings, 8)}  ${pad(r.info, 4)}`);
const total = (/** @type {'errors' | 'warnings' | 'info'} */ k) => rows.reduce((s, r) => s + r[k], 0);
const errors = total('errors') + unattributed.errors.length;
const warnings = total('warnings') + unattributed.warnings.length;
console.log(`${'total'.padEnd(width)}  ${pad(errors, 6)}  ${pad(warnings, 8)}  ${pad(total('info'), 4)}`);
console.log('(info: the checker\'s notes, e.g. "Trailing slash on void elements has no effect"; they do not fail.)');

KNOWN_FALSE_POSITIVES.forEach((k, i) => {
  const counts = /** @type {Map<string, number>} */ (filtered[i]);
  const n = [...counts.values()].reduce((s, c) => s + c, 0);
  console.log(`\nNot counted, known checker false positive: ${n} × ${JSON.stringify(k.message)}`);
  console.log(`  on ${counts.size} page(s): ${[...counts].map(([p, c]) => `${p} (${c})`).join(', ') || 'none'}`);
  console.log(`  why: ${k.reason}`);
});

const listed = [...byPage.values(), unattributed];
if (errors > 0) {
  console.log('\nErrors:');
  for (const l of listed.flatMap((r) => r.errors)) console.log(`  ${l}`);
}
if (warnings > 0) {
  console.log('\nWarnings (do not fail):');
  for (const l of listed.flatMap((r) => r.warnings)) console.log(`  ${l}`);
}
console.log(`\n${errors === 0 ? 'PASS' : 'FAIL'}: ${errors} error(s) on ${files.length} pages (limit 0), ${((performance.now() - started) / 1000).toFixed(1)} s.`);
process.exit(errors === 0 ? 0 : 1);
