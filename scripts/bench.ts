/**
 * `npm run bench [-- explore|build|click …]`: the speed gate. Each part prints a table of what it
 * measured; a summary lists each result against its limit, and the exit code is 1 when one is
 * past it. BENCH_RUNS sets the runs per measure (default 3); medians are printed.
 * A benchmark, not a test: it is not part of `npm test`.
 */
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { benchExplore } from './bench/explore';
import { benchBuild } from './bench/build';
import { benchClick } from './bench/click';
import { printTable, type Check } from './bench/table';

const PARTS = {
  explore: (root: string, runs: number) => Promise.resolve(benchExplore(root, runs)),
  build: benchBuild,
  click: benchClick,
} as const;
type Part = keyof typeof PARTS;

const isPart = (name: string): name is Part => Object.hasOwn(PARTS, name);
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !isPart(a));
if (unknown.length) {
  console.error(`unknown part: ${unknown.join(', ')}; use ${Object.keys(PARTS).join(', ')} (none: all)`);
  process.exit(2);
}
const parts = asked.length ? (asked as Part[]) : (Object.keys(PARTS) as Part[]);
const runs = Number(process.env.BENCH_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`BENCH_RUNS must be a whole number ≥ 1, not "${process.env.BENCH_RUNS}"`);
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');

const started = performance.now();
// Timings depend on what else the machine runs: the summary says how busy it was.
const loadBefore = loadavg()[0]!;
const checks: Check[] = [];
for (const part of parts) {
  console.log(`\n== ${part} (${runs} run${runs === 1 ? '' : 's'}) ==`);
  const t = performance.now();
  checks.push(...(await PARTS[part](root, runs)).checks);
  console.log(`  (${part}: ${((performance.now() - t) / 1000).toFixed(0)} s)`);
}
const verdict = (c: Check) => (c.pass === undefined ? '' : c.pass ? 'ok' : 'OVER LIMIT');
printTable(
  `Summary: ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${availableParallelism()} CPUs`,
  [['part', 'measure', 'value', 'limit', 'result'], ...checks.map((c) => [c.part, c.measure, c.value, c.limit, verdict(c)])],
);
process.exit(checks.some((c) => c.pass === false) ? 1 : 0);
