/**
 * Run by the explore bench in a separate process, against a checkout given as the first argument
 * (this one, or the baseline's worktree): every flow explored once to warm up, then timed runs.
 * Prints one JSON line: per flow, combinations, states, transitions and the median time.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [root, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 3);
const load = (path: string) => import(pathToFileURL(join(root!, path)).href);
const { FLOWS } = await load('src/domain/flows/index.ts');
const { explore, EXHAUSTIVE_LIMITS } = await load('src/domain/explore.ts');
const { FLOW_IDS } = await load('src/domain/flow.ts');

const result: Record<string, { combinations: number; states: number; transitions: number; ms: number }> = {};
for (const id of FLOW_IDS as string[]) {
  const limits = EXHAUSTIVE_LIMITS[id] ?? {};
  let explored = explore(FLOWS[id], limits);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    explored = explore(FLOWS[id], limits);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  result[id] = { combinations: explored.combinations, states: explored.states.length, transitions: explored.transitions, ms: times[Math.floor(times.length / 2)]! };
}
console.log(JSON.stringify(result));
