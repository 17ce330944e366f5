#!/usr/bin/env node
/**
 * Lighthouse gate: the built site (dist/), served by scripts/serve-dist.mjs on 127.0.0.1:4394
 * ($LH_PORT), which compresses text as any static host does, audited with Lighthouse's Node API in
 * Debian's Chromium ($CHROME_PATH, else /usr/bin/chromium); nothing reaches the network. Pages, in
 * each locale: the home page, one guide (request-a-relationship) and every simulator page (one per
 * directory in dist/en/simulators/).
 *
 * Limits: performance ≥ 0.95; accessibility, best practices and SEO = 1.
 *
 * Configuration: Lighthouse's default, i.e. a mid-range phone on a slow 4G connection with
 * *simulated* throttling (Lantern). That is what PageSpeed Insights reports, and readers open this
 * guide on phones too; the desktop preset would be the easier limit.
 *
 * Runs: LH_RUNS (default 1) runs per page, one page after another in one Chromium. Total Blocking
 * Time moves with the load of other jobs on this 2-core machine (one page measured 78, 100 and 94
 * in three runs in a row), so a page under the performance limit alone is run again, to five runs
 * as Lighthouse's variance guide suggests, and judged by its median run by performance score (of
 * an even number, the lower middle one). Runs whose CPU benchmark index is under 1000, for which
 * Lighthouse itself warns that the score suffers, count only when no run was faster. The `cpu`
 * column shows the judged run's benchmark index (* under 1000); the report lists every run.
 *
 * Output: a table on stdout, the failing audits under it, and reports/lighthouse.json (scores and
 * the failing audits per page; for pages under the performance limit also the metrics, the LCP
 * element and the top opportunities). LH_FULL=1 also writes each page's full report to
 * reports/lighthouse/<page>.json. Exit 1 when a page is under a limit, 2 when it cannot run.
 *
 * Usage: npm run build && npm run lighthouse [-- <path filter>…]   e.g. -- /ko/simulators/
 *        LH_PAGES=/,/en/embed/invitation/ npm run lighthouse   other pages, outside the gate
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './chromium-path.mjs';

const LOCALES = ['en', 'ko', 'zh-tw'];
const GUIDE = 'guides/request-a-relationship';
const PORT = Number(process.env.LH_PORT ?? 4394);
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 1));
const LIMITS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
const CATEGORIES = Object.keys(LIMITS);
const REPORT = 'reports/lighthouse.json';
// The flags this machine needs: no sandbox as root, no GPU, and nothing that reaches the network.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!existsSync('dist/en/index.html')) {
  console.error('No built site in dist/. Run `npm run build` first, then `npm run lighthouse`.');
  process.exit(2);
}
const chrome = process.env.CHROME_PATH ?? chromiumPath();
if (!chrome) {
  console.error('Chromium not found: install Debian\'s `chromium` or set CHROME_PATH.');
  process.exit(2);
}

const flows = readdirSync('dist/en/simulators', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const filters = process.argv.slice(2);
const gated = LOCALES.flatMap((l) => [`/${l}/`, `/${l}/${GUIDE}/`, ...flows.map((f) => `/${l}/simulators/${f}/`)]);
// LH_PAGES=/,/en/explorer/invitation/ audits other pages instead (not part of the gate).
const pages = (process.env.LH_PAGES ? process.env.LH_PAGES.split(',').map((p) => p.trim()) : gated).filter(
  (p) => filters.length === 0 || filters.some((f) => p.includes(f)),
);
if (pages.length === 0) {
  console.error(`No page matches ${filters.join(', ')}.`);
  process.exit(2);
}

/** Starts scripts/serve-dist.mjs and resolves once it listens. */
function serve() {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(PORT)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    server.stderr.on('data', (d) => (err += d));
    server.stdout.once('data', () => resolve(server));
    server.once('exit', (code) => reject(new Error(`scripts/serve-dist.mjs exited (${code}) on port ${PORT}: ${err.trim()}`)));
  });
}

const num = (v) => (typeof v === 'number' ? v : null);
const fmt = (s) => (s === null ? '  —' : String(Math.round(s * 100)).padStart(3));

/** The audits of a category that lose points: scored, below 1, and not merely informative. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode) && a.score !== null && a.score < 1)
    .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue ?? '' }));
}

/** For a page under the performance limit: what to look at first. */
function performanceDetail(lhr) {
  const a = lhr.audits;
  const metric = (id) => ({ score: a[id]?.score ?? null, value: a[id]?.displayValue ?? '' });
  const lcpElement = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const opportunities = Object.values(a)
    .filter((x) => x.details?.type === 'opportunity' && (x.details.overallSavingsMs ?? 0) > 0)
    .sort((x, y) => y.details.overallSavingsMs - x.details.overallSavingsMs)
    .slice(0, 5)
    .map((x) => ({ id: x.id, title: x.title, savingsMs: Math.round(x.details.overallSavingsMs), displayValue: x.displayValue ?? '' }));
  const shifts = (a['layout-shifts']?.details?.items ?? []).slice(0, 3).map((i) => ({ node: i.node?.snippet ?? i.node?.nodeLabel, score: i.score }));
  const blocking = (a['render-blocking-resources']?.details?.items ?? []).map((i) => ({ url: i.url, wastedMs: Math.round(i.wastedMs ?? 0) }));
  return {
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    },
    lcpElement: lcpElement ? { selector: lcpElement.selector, snippet: lcpElement.snippet } : null,
    opportunities,
    layoutShifts: shifts,
    renderBlocking: blocking,
  };
}

/**
 * Lighthouse warns that a run's performance score suffers when the machine's benchmark index is
 * under 1000 (a busy or slow CPU): such runs only ever score lower.
 */
const SLOW_HOST = 1000;
const cpu = (lhr) => Math.round(lhr.environment?.benchmarkIndex ?? 0);
const fastHost = (lhr) => cpu(lhr) >= SLOW_HOST;
const byPerformance = (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0);
/** The median run by performance score (of an even number, the lower middle one), counting only
 * runs on a CPU Lighthouse accepts when there are any. */
function judge(runs) {
  const pool = runs.some(fastHost) ? runs.filter(fastHost) : runs;
  return [...pool].sort(byPerformance)[(pool.length - 1) >> 1];
}

const server = await serve();
const browser = await chromeLauncher.launch({ chromePath: chrome, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
const started = Date.now();
const results = [];
let broken = 0;
try {
  for (const path of pages) {
    const url = `http://127.0.0.1:${PORT}${path}`;
    const runs = [];
    const run = async () => {
      const result = await lighthouse(url, { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      runs.push(result.lhr);
    };
    for (let i = 0; i < RUNS; i++) await run();
    const scoresOf = (lhr) => Object.fromEntries(CATEGORIES.map((c) => [c, num(lhr.categories[c]?.score)]));
    const passes = (scores, c) => scores[c] !== null && scores[c] >= LIMITS[c];
    let lhr = judge(runs);
    // Under the performance limit only: run again, to five runs, and judge by the median.
    while (
      runs.length < 5 &&
      !lhr.runtimeError &&
      !passes(scoresOf(lhr), 'performance') &&
      CATEGORIES.every((c) => c === 'performance' || passes(scoresOf(lhr), c))
    ) {
      process.stderr.write(`  ${path} performance ${fmt(scoresOf(lhr).performance)} (cpu ${cpu(lhr)}), running again\n`);
      await run();
      lhr = judge(runs);
    }
    const scores = scoresOf(lhr);
    const ok = !lhr.runtimeError && CATEGORIES.every((c) => passes(scores, c));
    if (lhr.runtimeError) broken++;
    const failing = CATEGORIES.flatMap((c) => failingAudits(lhr, c).map((f) => ({ category: c, ...f })));
    const entry = {
      page: path,
      url,
      ok,
      scores,
      performanceRuns: runs.map((r) => num(r.categories.performance?.score)),
      benchmarkIndex: cpu(lhr) || null,
      runsBenchmarkIndex: runs.map(cpu),
      runtimeError: lhr.runtimeError ?? null,
      runWarnings: lhr.runWarnings,
      failing: failing.filter((f) => f.category !== 'performance'),
    };
    if (scores.performance === null || scores.performance < LIMITS.performance) {
      entry.performance = { ...performanceDetail(lhr), failing: failing.filter((f) => f.category === 'performance') };
    }
    results.push(entry);
    if (process.env.LH_FULL) {
      mkdirSync('reports/lighthouse', { recursive: true });
      writeFileSync(join('reports/lighthouse', `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}.json`), JSON.stringify(lhr));
    }
    process.stderr.write(`  ${path} ${ok ? 'ok' : 'FAIL'}\n`);
  }
} finally {
  await browser.kill();
  server.kill();
}
const seconds = Math.round((Date.now() - started) / 1000);

mkdirSync('reports', { recursive: true });
writeFileSync(
  REPORT,
  JSON.stringify(
    {
      generated: new Date().toISOString(),
      lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
      config: 'Lighthouse default: mobile, simulated throttling',
      runsPerPage: RUNS,
      limits: LIMITS,
      seconds,
      pages: results,
    },
    null,
    2,
  ) + '\n',
);

console.log(`${'page'.padEnd(40)} perf a11y  bp  seo   cpu  ok`);
for (const r of results) {
  const s = r.scores;
  console.log(
    `${r.page.padEnd(40)} ${fmt(s.performance)}  ${fmt(s.accessibility)} ${fmt(s['best-practices'])} ${fmt(s.seo)} ${`${r.benchmarkIndex < SLOW_HOST ? '*' : ''}${r.benchmarkIndex ?? '—'}`.padStart(5)}  ${r.ok ? 'ok' : 'FAIL'}`,
  );
}
const failed = results.filter((r) => !r.ok);
for (const r of failed) {
  const runs = r.performanceRuns.map((p, i) => `${fmt(p).trim()} (cpu ${r.runsBenchmarkIndex[i]})`);
  console.log(`\n${r.page}${runs.length > 1 ? ` — ${runs.length} runs: ${runs.join(', ')}` : ''}`);
  if (r.runtimeError) console.log(`  runtime error: ${r.runtimeError.code} ${r.runtimeError.message}`);
  for (const f of r.failing) console.log(`  ${f.category}: ${f.id} (${f.score}) ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}`);
  if (r.performance) {
    const p = r.performance;
    console.log(`  performance: ${Object.entries(p.metrics).map(([k, m]) => `${k.toUpperCase()} ${m.value}`).join(', ')}`);
    if (p.lcpElement) console.log(`    LCP element: ${p.lcpElement.selector}`);
    for (const o of p.opportunities) console.log(`    opportunity: ${o.id} ~${o.savingsMs} ms ${o.displayValue}`);
    for (const f of p.failing.filter((f) => f.score < 0.9)) console.log(`    ${f.id} (${f.score}) ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}`);
  }
}
const reruns = results.filter((r) => r.performanceRuns.length > RUNS).length;
console.log(
  `\n${results.length} page(s), ${RUNS} run(s) each${reruns ? ` (${reruns} run up to 5 times for performance)` : ''}, ${seconds} s; report in ${REPORT}.`,
);
if (failed.length) {
  console.error(
    `${failed.length} page(s) under the limits (performance ≥ ${LIMITS.performance}, accessibility, best practices and SEO = 1).` +
      (failed.some((r) => r.performance)
        ? ' Performance is judged by the median of five runs; when the machine is busy (cpu under 1000, marked *), re-run the page when it is quieter before concluding.'
        : ''),
  );
}
process.exit(broken ? 2 : failed.length ? 1 : 0);
