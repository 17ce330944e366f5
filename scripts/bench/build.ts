/**
 * Build time of the site and of a synthetic site ten times larger, cold builds in throwaway
 * copies (see project.ts). Limit: the larger site may take at most 12× as long, i.e. build time
 * must grow about linearly with the page count.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { FLOWS } from '../../src/domain/flows';
import { FLOW_IDS } from '../../src/domain/flow';
import { EXHAUSTIVE_LIMITS } from '../../src/domain/explore';
import { distinctOutcomes } from '../../src/domain/outcomes';
import { LOCALES } from '../../src/i18n/types';
import { addSyntheticPages, builtPages, clean, docsPages, makeProject, remove } from './project';
import { median, ms, printTable, seconds, type PartResult } from './table';

export const RATIO_LIMIT = 12;
const SCALE = 10;
/** Runs of the larger build stop once they have taken this long (at least one run). */
const BUDGET_MS = Number(process.env.BENCH_BUILD_BUDGET_S ?? 600) * 1000;

interface Build {
  ms: number;
  /** Astro's own timings from its log, in ms (NaN when the log did not say). */
  render: number;
  bundle: number;
  pagefind: number;
}

/** Astro's durations: `850ms`, `12.34s`, or past a minute `2m 14s`. */
const TIME = String.raw`(\d+ms|[\d.]+s|\d+m \d+s)`;

function duration(text: string | undefined): number {
  if (!text) return NaN;
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  return text.endsWith('ms') ? parseFloat(text) : parseFloat(text) * 1000;
}

/** Astro's phases, read from its log: page rendering, Vite bundles, search index. */
function phases(log: string): Omit<Build, 'ms'> {
  const bundles = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${TIME}`, 'g'))].map((m) => duration(m[1]));
  return {
    render: duration(new RegExp(String.raw`^\d\d:\d\d:\d\d ✓ Completed in ${TIME}`, 'm').exec(log)?.[1]),
    bundle: bundles.length ? bundles.reduce((a, b) => a + b, 0) : NaN,
    pagefind: duration(new RegExp(`Finished building search index in ${TIME}`).exec(log)?.[1]),
  };
}

/** `astro build` in `cwd` on this Node (24), timed from spawn to exit. */
export function astroBuild(root: string, cwd: string): Promise<Build> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`astro build in ${cwd} exited ${code}:\n${log.split('\n').slice(-40).join('\n')}`));
      else resolve({ ms, ...phases(log) });
    });
  });
}

async function timeBuilds(root: string, dir: string, label: string, runs: number, budget = Infinity, after?: () => void): Promise<Build[]> {
  const builds: Build[] = [];
  const start = performance.now();
  while (builds.length < runs && (builds.length === 0 || performance.now() - start < budget)) {
    clean(dir);
    const build = await astroBuild(root, dir);
    builds.push(build);
    console.log(`  build ${label}, run ${builds.length}/${runs}: ${seconds(build.ms)} s`);
    after?.();
  }
  return builds;
}

/** What the explorer pages compute once per build: every flow's distinct outcomes. */
function explorerData(): number {
  const t = performance.now();
  for (const id of FLOW_IDS) distinctOutcomes(FLOWS[id], EXHAUSTIVE_LIMITS[id] ?? {});
  return performance.now() - t;
}

const med = (builds: Build[], key: keyof Build) => median(builds.map((b) => b[key]));

export async function benchBuild(root: string, runs: number): Promise<PartResult> {
  const real = makeProject(root, '1x');
  let synthetic: string | undefined;
  try {
    // The explorer pages' data is computed inside the build, out of reach of a timer; it is timed
    // here, in this process, right after each build of the real site, so under the same load.
    const explorer: number[] = [];
    const realBuilds = await timeBuilds(root, real, '1×', runs, Infinity, () => explorer.push(explorerData()));
    const explorerMs = median(explorer);
    const realPages = builtPages(real);
    const docs = LOCALES.reduce((n, l) => n + docsPages(real, l).length, 0);
    // Copies of every docs page in every locale, enough to reach about ten times the pages.
    const copies = Math.round(((SCALE - 1) * realPages) / docs);
    synthetic = makeProject(root, '10x');
    const added = addSyntheticPages(synthetic, copies);
    const bigBuilds = await timeBuilds(root, synthetic, '10×', runs, BUDGET_MS);
    const bigPages = builtPages(synthetic);

    const row = (name: string, pages: number, builds: Build[]) => [
      name,
      String(pages),
      String(builds.length),
      seconds(med(builds, 'ms')),
      `${seconds(Math.min(...builds.map((b) => b.ms)))}–${seconds(Math.max(...builds.map((b) => b.ms)))}`,
      seconds(med(builds, 'render')),
      ms(med(builds, 'render') / pages),
      seconds(med(builds, 'bundle')),
      seconds(med(builds, 'pagefind')),
    ];
    const timeRatio = med(bigBuilds, 'ms') / med(realBuilds, 'ms');
    const pageRatio = bigPages / realPages;
    const perPage = (builds: Build[], pages: number) => {
      const rest = med(builds, 'render') - explorerMs;
      return rest > 0 ? ms(rest / pages) : '—';
    };
    const renderShare = (builds: Build[]) => `${ms((100 * med(builds, 'render')) / med(builds, 'ms'))}%`;
    printTable(
      'Build: `astro build`, cold (no content or Vite cache), in a throwaway copy',
      [
        ['site', 'pages', 'runs', 'build s (median)', 'range s', 'render s', 'render ms/page', 'bundle s', 'pagefind s'],
        row('real', realPages, realBuilds),
        row(`synthetic (+${added} pages: ${copies} copies of ${docs} docs pages)`, bigPages, bigBuilds),
      ],
      [
        `ratio 10×/1×: time ${timeRatio.toFixed(2)}× for ${pageRatio.toFixed(2)}× the pages (limit: time ≤ ${RATIO_LIMIT}×);`,
        `  each added page costs ${((med(bigBuilds, 'ms') - med(realBuilds, 'ms')) / (bigPages - realPages)).toFixed(0)} ms, against ${(med(realBuilds, 'ms') / realPages).toFixed(0)} ms per page of the real build (fixed costs included).`,
        `what dominates: rendering pages (${renderShare(realBuilds)} of the real build, ${renderShare(bigBuilds)} of the synthetic one);`,
        `  within it a fixed cost: the explorer pages explore every flow once per build, ${seconds(explorerMs)} s (median, timed apart, see above),`,
        `  mostly multi-partner; the synthetic site adds docs pages only, so this cost does not grow. Without it, rendering`,
        `  takes ${perPage(realBuilds, realPages)} ms/page on the real site and ${perPage(bigBuilds, bigPages)} ms/page on the synthetic one.`,
        `render = Astro's "generating static routes"; bundle = its Vite builds; the rest is startup, content sync and sitemap.`,
        `runs of the synthetic build stop after ${BUDGET_MS / 1000} s (BENCH_BUILD_BUDGET_S), at least one.`,
      ],
    );
    return {
      checks: [
        { part: 'build', measure: `real site, ${realPages} pages (median)`, value: `${seconds(med(realBuilds, 'ms'))} s`, limit: '—' },
        { part: 'build', measure: `synthetic site, ${bigPages} pages (median)`, value: `${seconds(med(bigBuilds, 'ms'))} s`, limit: '—' },
        { part: 'build', measure: `time ratio for ${pageRatio.toFixed(1)}× the pages`, value: `${timeRatio.toFixed(2)}×`, limit: `≤ ${RATIO_LIMIT}×`, pass: timeRatio <= RATIO_LIMIT },
      ],
    };
  } finally {
    remove(real);
    if (synthetic) remove(synthetic);
  }
}
