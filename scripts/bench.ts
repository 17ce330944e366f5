/**
 * `npm run bench`: per flow, the number of input combinations, reachable states and transitions,
 * and the time to explore them all (median of several runs). A benchmark, not a test: it prints
 * and exits 0.
 */
import { FLOWS } from '../src/domain/flows';
import { explore, EXHAUSTIVE_LIMITS } from '../src/domain/explore';
import { FLOW_IDS } from '../src/domain/flow';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const rows: string[][] = [['flow', 'combinations', 'states', 'transitions', `explore ms (median of ${runs})`, 'µs/transition']];
for (const id of FLOW_IDS) {
  const times: number[] = [];
  let result = explore(FLOWS[id], EXHAUSTIVE_LIMITS[id] ?? {});
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = explore(FLOWS[id], EXHAUSTIVE_LIMITS[id] ?? {});
    times.push(performance.now() - t);
  }
  const ms = median(times);
  rows.push([id, String(result.combinations), String(result.states.length), String(result.transitions), ms.toFixed(0), ((ms * 1000) / result.transitions).toFixed(1)]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
