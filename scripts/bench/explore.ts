/**
 * Per flow: input combinations, reachable states and transitions, and the time to explore them
 * all (median of runs). No limit: exploration is a build-time and test-time cost, reported here.
 */
import { FLOWS } from '../../src/domain/flows';
import { explore, EXHAUSTIVE_LIMITS } from '../../src/domain/explore';
import { FLOW_IDS } from '../../src/domain/flow';
import { median, printTable, type PartResult } from './table';

export function benchExplore(runs: number): PartResult {
  const rows: string[][] = [['flow', 'combinations', 'states', 'transitions', `explore ms (median of ${runs})`, 'µs/transition']];
  let total = 0;
  for (const id of FLOW_IDS) {
    const limits = EXHAUSTIVE_LIMITS[id] ?? {};
    // One untimed run first, so the timed runs do not pay for loading and JIT warm-up.
    let result = explore(FLOWS[id], limits);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      result = explore(FLOWS[id], limits);
      times.push(performance.now() - t);
    }
    const m = median(times);
    total += m;
    rows.push([id, String(result.combinations), String(result.states.length), String(result.transitions), m.toFixed(0), ((m * 1000) / result.transitions).toFixed(1)]);
  }
  printTable('Explore: every reachable state of every flow (in-process, @xstate/graph)', rows);
  return { checks: [{ part: 'explore', measure: 'all four flows, sum of medians', value: `${(total / 1000).toFixed(1)} s`, limit: '—' }] };
}
