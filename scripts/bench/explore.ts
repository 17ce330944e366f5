/**
 * Per flow: input combinations, reachable states and transitions, and the time to explore them
 * all (median of runs), for this checkout and for the baseline code of
 * scripts/bench/explore-baseline.json (before the GDAP flow). Limit: all flows now take no longer
 * than the baseline's flows took. Both are measured the same way, each in its own process, one
 * after the other in this run, so the machine's load weighs on both alike.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printTable, type Check, type PartResult } from './table';

interface FlowTiming {
  combinations: number;
  states: number;
  transitions: number;
  ms: number;
}

const BASELINE_DIR = '.bench-tmp/explore-baseline';

function measure(root: string, checkout: string, runs: number): Record<string, FlowTiming> {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/explore-child.ts'), checkout, String(runs)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`exploring ${checkout} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, FlowTiming>;
}

/** A worktree of the baseline ref inside .bench-tmp (it finds node_modules by walking up). */
function baselineCheckout(root: string, ref: string): string | null {
  const dir = join(root, BASELINE_DIR);
  try {
    if (existsSync(dir)) execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
    execFileSync('git', ['worktree', 'add', '--detach', '--force', dir, ref], { cwd: root, stdio: 'ignore' });
    return dir;
  } catch {
    return null;
  }
}

export function benchExplore(root: string, runs: number): PartResult {
  const { ref } = JSON.parse(readFileSync(join(root, 'scripts/bench/explore-baseline.json'), 'utf8')) as { ref: string };
  const base = baselineCheckout(root, ref);
  let before: Record<string, FlowTiming> | null = null;
  try {
    before = base ? measure(root, base, runs) : null;
  } finally {
    // The worktree is a throwaway copy, like the build bench's: nothing is left behind.
    if (base) execFileSync('git', ['worktree', 'remove', '--force', base], { cwd: root, stdio: 'ignore' });
  }
  const now = measure(root, root, runs);
  const sum = (t: Record<string, FlowTiming>) => Object.values(t).reduce((a, f) => a + f.ms, 0);
  const rows = [['flow', 'combinations', 'states', 'transitions', `ms now (median of ${runs})`, `ms at ${ref}`]];
  for (const [id, f] of Object.entries(now)) {
    rows.push([id, String(f.combinations), String(f.states), String(f.transitions), f.ms.toFixed(0), before?.[id] ? before[id].ms.toFixed(0) : '—']);
  }
  rows.push(['all flows', '', '', '', sum(now).toFixed(0), before ? sum(before).toFixed(0) : '—']);
  printTable('Explore: every reachable state of every flow (in-process, breadth-first)', rows, [
    before ? `baseline: ${ref} (${Object.keys(before).length} flows), worktree in ${BASELINE_DIR}` : `baseline ${ref} is not in this clone's history (a shallow clone?): no comparison`,
  ]);
  const checks: Check[] = [
    { part: 'explore', measure: `all ${Object.keys(now).length} flows, sum of medians`, value: `${(sum(now) / 1000).toFixed(1)} s`, limit: before ? `≤ ${(sum(before) / 1000).toFixed(1)} s (${ref})` : '—', ...(before ? { pass: sum(now) <= sum(before) } : {}) },
  ];
  return { checks };
}
