/**
 * In Chromium, the time from a click on an action to the simulator showing its result, over 100
 * actions per run (25 on each flow's simulator page). Measured in the page: from the click
 * event's timestamp to the DOM showing the new step ("DOM"), and to the frame after it
 * ("painted"). Limit: the median painted time ≤ 100 ms, the usual bound for feeling instant.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../chromium-path.mjs';
import { FLOW_IDS, type FlowId } from '../../src/domain/flow';
import { astroBuild } from './build';
import { median, ms, percentile, printTable, type PartResult } from './table';

export const CLICK_LIMIT_MS = 100;
const PORT = Number(process.env.BENCH_PORT ?? 4393);
const ACTIONS_PER_FLOW = 25;
/** The launch arguments this machine needs, as in playwright.config.ts. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SIM = 'main [data-flow]';
const ACTION = `${SIM} .sim-button--primary[data-event]`;

/**
 * In-page probe, as a string: functions passed from tsx would carry esbuild's `__name` helper,
 * which does not exist in the page. `__benchArm()` listens for the next click and resolves when
 * the history shows one more step, as the current one, and then when the next frame is done.
 */
const PROBE = `
window.__benchArm = () => {
  const count = () => document.querySelectorAll('${SIM} [data-step]').length;
  const before = count();
  let clickAt = null;
  document.addEventListener('click', (e) => { clickAt = e.timeStamp; }, { capture: true, once: true });
  return new Promise((resolve, reject) => {
    const done = () => clickAt !== null && count() === before + 1 && document.querySelector('${SIM} [data-step="' + (before + 1) + '"].is-current');
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no update 5 s after the click')); }, 5000);
    const observer = new MutationObserver(() => {
      if (!done()) return;
      const dom = performance.now() - clickAt;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { clearTimeout(timer); resolve({ dom, painted: performance.now() - clickAt }); };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true, characterData: true });
  });
};`;

interface Sample {
  flow: FlowId;
  dom: number;
  painted: number;
  /** The simulator's state after the action, to show how much of the flow the actions covered. */
  state: string;
}

/** The newest modification time under `path` (a file or a directory). */
function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** dist/ is fresh when its last-written file (the sitemap) is newer than every input of the build. */
function distIsFresh(root: string): boolean {
  const mark = join(root, 'dist/sitemap-index.xml');
  if (!existsSync(mark) || !FLOW_IDS.every((f) => existsSync(join(root, `dist/en/simulators/${f}/index.html`)))) return false;
  const inputs = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'].map((p) => newest(join(root, p)));
  return statSync(mark).mtimeMs > Math.max(...inputs);
}

function serve(root: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(PORT)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    server.stderr.on('data', (d: Buffer) => (err += d.toString()));
    server.stdout.on('data', (d: Buffer) => d.toString().includes('serving') && resolve(server));
    server.on('exit', (code) => {
      const reason = /^Error: .*$/m.exec(err)?.[0] ?? `exited ${code}`;
      reject(new Error(`scripts/serve-dist.mjs on port ${PORT}: ${reason} (BENCH_PORT=<port> picks another)`));
    });
  });
}

/** A small seeded generator, so each run takes its own but repeatable path through the flows. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The first click on a page whose simulator has not started yet (client:engaged): no pointer has
 * been over it, so the click itself fetches the code, starts the island and is replayed. The
 * upper bound of what a reader who taps straight away waits; with a mouse, the pointer arriving
 * starts the fetch before the click.
 */
async function firstClick(page: Page, flow: FlowId): Promise<Sample> {
  await page.goto(`http://127.0.0.1:${PORT}/en/simulators/${flow}/`);
  await page.waitForLoadState('networkidle');
  if ((await page.locator(SIM).getAttribute('data-ready')) === 'true') throw new Error(`${flow}: the simulator started before any click`);
  await page.evaluate(PROBE);
  await page.evaluate('void (window.__benchPending = window.__benchArm())');
  await page.locator(ACTION).first().dispatchEvent('click');
  const { dom, painted } = (await page.evaluate('window.__benchPending')) as { dom: number; painted: number };
  return { flow, dom, painted, state: (await page.locator(SIM).getAttribute('data-state')) ?? '' };
}

async function clickThrough(page: Page, flow: FlowId, next: () => number, resets: Map<FlowId, number>): Promise<Sample[]> {
  await page.goto(`http://127.0.0.1:${PORT}/en/simulators/${flow}/`);
  // The island starts when the reader reaches for it (client:engaged): bring the pointer over it.
  // Its loading is not timed here; every click below is on a live simulator.
  await page.locator(SIM).hover();
  await page.locator(`${SIM}[data-ready="true"]`).waitFor();
  await page.evaluate(PROBE);
  const samples: Sample[] = [];
  while (samples.length < ACTIONS_PER_FLOW) {
    const available = await page.locator(ACTION).count();
    if (available === 0) {
      if ((await page.locator(`${SIM} [data-step]`).count()) === 0) throw new Error(`${flow}: no action available at the start`);
      // The flow has ended: start over (not measured).
      await page.locator(`${SIM} [data-control="reset"]`).click();
      await page.locator(`${SIM} [data-step]`).first().waitFor({ state: 'detached' });
      resets.set(flow, (resets.get(flow) ?? 0) + 1);
      continue;
    }
    await page.evaluate('void (window.__benchPending = window.__benchArm())');
    await page.locator(ACTION).nth(Math.floor(next() * available)).click();
    const { dom, painted } = (await page.evaluate('window.__benchPending')) as { dom: number; painted: number };
    samples.push({ flow, dom, painted, state: (await page.locator(SIM).getAttribute('data-state')) ?? '' });
  }
  return samples;
}

export async function benchClick(root: string, runs: number): Promise<PartResult> {
  let source: string;
  if (distIsFresh(root)) source = 'reused dist/, newer than every source file';
  else {
    console.log('  dist/ is missing or older than the sources: building it');
    const build = await astroBuild(root, root);
    source = `built dist/ first, ${(build.ms / 1000).toFixed(1)} s`;
  }
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium: install Debian\'s chromium or set CHROMIUM_PATH');
  const server = await serve(root);
  const browser = await chromium.launch({ executablePath, args: ARGS });
  const all: Sample[][] = [];
  const firsts: Sample[] = [];
  const resets = new Map<FlowId, number>();
  const errors: string[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // A fresh context (empty cache) for each first click, so it fetches all the simulator's code.
      for (const flow of FLOW_IDS) {
        const fresh = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
        const first = await fresh.newPage();
        first.on('pageerror', (e) => errors.push(e.message));
        firsts.push(await firstClick(first, flow));
        await fresh.close();
      }
      const next = random(run + 1);
      const samples: Sample[] = [];
      for (const flow of FLOW_IDS) samples.push(...(await clickThrough(page, flow, next, resets)));
      all.push(samples);
      console.log(`  click run ${run + 1}/${runs}: ${samples.length} actions, median painted ${ms(median(samples.map((s) => s.painted)))} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  if (errors.length) throw new Error(`console errors in the simulator pages:\n${errors.join('\n')}`);

  const stats = (xs: number[]) => [ms(median(xs)), ms(percentile(xs, 90)), ms(Math.max(...xs))];
  const rows = [['run', 'actions', 'DOM median', 'DOM p90', 'DOM max', 'painted median', 'painted p90', 'painted max']];
  for (const [i, samples] of all.entries()) {
    rows.push([String(i + 1), String(samples.length), ...stats(samples.map((s) => s.dom)), ...stats(samples.map((s) => s.painted))]);
  }
  const ofRuns = (f: (xs: number[]) => number, key: 'dom' | 'painted') => median(all.map((s) => f(s.map((x) => x[key]))));
  const result = ofRuns(median, 'painted');
  rows.push([
    `median of ${runs}`,
    '',
    ...[median, (xs: number[]) => percentile(xs, 90), (xs: number[]) => Math.max(...xs)].map((f) => ms(ofRuns(f, 'dom'))),
    ...[median, (xs: number[]) => percentile(xs, 90), (xs: number[]) => Math.max(...xs)].map((f) => ms(ofRuns(f, 'painted'))),
  ]);
  const perFlow = FLOW_IDS.map((flow) => {
    const xs = all.flat().filter((s) => s.flow === flow);
    return [
      flow,
      String(xs.length),
      ...stats(xs.map((s) => s.dom)),
      ...stats(xs.map((s) => s.painted)),
      String(new Set(xs.map((s) => s.state)).size),
      String(resets.get(flow) ?? 0),
    ];
  });
  printTable(`Click: action click → updated simulator, Chromium, ms (${source})`, rows, [
    `limit: painted median ≤ ${CLICK_LIMIT_MS} ms. DOM = the new step is in the history; painted = the frame after it is done.`,
    `each run: ${ACTIONS_PER_FLOW} random available actions on each flow's page (en), a reset when a flow has none left (not timed).`,
  ]);
  printTable('Click, per flow (all runs pooled), ms', [[...rows[0]!.map((h, i) => (i === 0 ? 'flow' : h)), 'states seen', 'resets'], ...perFlow]);
  const firstPainted = median(firsts.map((s) => s.painted));
  printTable(
    'First click, before the simulator has started (client:engaged: the click fetches its code, starts it and is replayed), ms',
    [['flow', 'clicks', 'DOM median', 'DOM p90', 'DOM max', 'painted median', 'painted p90', 'painted max'],
      ...FLOW_IDS.map((flow) => {
        const xs = firsts.filter((s) => s.flow === flow);
        return [flow, String(xs.length), ...stats(xs.map((s) => s.dom)), ...stats(xs.map((s) => s.painted))];
      })],
    ['one per flow and run, on a fresh page with an empty cache, code served from localhost: the network time of a real host comes on top.'],
  );
  return {
    checks: [
      { part: 'click', measure: 'click → painted, median', value: `${ms(result)} ms`, limit: `≤ ${CLICK_LIMIT_MS} ms`, pass: result <= CLICK_LIMIT_MS },
      { part: 'click', measure: 'first click (code on use), median', value: `${ms(firstPainted)} ms`, limit: '—' },
    ],
  };
}
