/**
 * Language gate over the built site: what only shows once Korean and Chinese text is rendered.
 * - Korean: the particle after a glossary term fits the Korean word, not its English gloss
 *   (권한(GDAP)이, never 권한(GDAP)가).
 * - Traditional Chinese: no 「的…的」 where a term with 的 follows a possessive 的 (use
 *   form="compound"); no half-width space around a term; no space where a source line was
 *   wrapped inside a paragraph (Chrome and Edge render the break as a space).
 * Prints every finding with its page; exits 1 on any. Usage: npm run build && npm run language
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { htmlFiles } from '../src/lib/html-files.mjs';
import { GLOSSARY } from '../src/i18n/glossary';
import { spokenWord } from '../src/i18n/josa';
import { koreanParticleProblem, chineseProblems } from '../src/lib/language-checks';

const DIST = resolve('dist');
if (!existsSync(DIST)) {
  console.error('dist/ does not exist: run `npm run build` first.');
  process.exit(2);
}
const started = performance.now();
const findings: string[] = [];
const readings = new Map(GLOSSARY.map((t) => [t.id, t.koReading]));
let pages = 0;

for (const file of htmlFiles(DIST, ['_astro', 'pagefind'])) {
  const page = `/${relative(DIST, file).replace(/index\.html$/, '')}`;
  const html = readFileSync(file, 'utf8');
  if (page.startsWith('/ko/')) {
    pages++;
    for (const problem of koreanParticleProblem(html, (id, text) => spokenWord(text, readings.get(id)))) findings.push(`${page}: ${problem}`);
  } else if (page.startsWith('/zh-tw/')) {
    pages++;
    for (const problem of chineseProblems(html)) findings.push(`${page}: ${problem}`);
  }
}
for (const f of findings) console.log(f);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${findings.length ? 'FAIL' : 'PASS'}: ${findings.length} finding(s) on ${pages} Korean and Chinese pages, ${seconds} s.`);
if (findings.length) {
  console.log('Fix the page source (src/content/docs/…): <Term particle="이/가" /> in Korean, <Term form="compound" /> after 的, one line per Chinese paragraph.');
  process.exit(1);
}
