/**
 * Exploration is breadth-first in src/domain/explore.ts for speed; @xstate/graph's
 * getShortestPaths is the reference. On a sample of every flow's input combinations both find the
 * same states, at the same shortest distances.
 */
import { getShortestPaths } from '@xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../src/domain/flows';
import { combinations, EXHAUSTIVE_LIMITS, exploreGiven, stateKey } from '../../src/domain/explore';
import { FLOW_IDS, start } from '../../src/domain/flow';

describe.each(FLOW_IDS)('%s: exploration agrees with @xstate/graph', (id) => {
  it('same states at the same shortest distances', () => {
    const flow = FLOWS[id];
    const all = combinations(flow, EXHAUSTIVE_LIMITS[id] ?? {});
    // A fixed spread of combinations: enough to meet every kind of state, cheap enough for every run.
    const sample = all.filter((_, i) => i % Math.ceil(all.length / 4) === 0);
    for (const given of sample) {
      const ours = new Map(exploreGiven(flow, given).states.map((s) => [stateKey(s.snapshot), s.path.length]));
      const machine: AnyStateMachine = flow.machine;
      const reference = getShortestPaths(machine, {
        input: given,
        fromState: start(flow, given),
        events: (snapshot: AnyMachineSnapshot) => flow.candidateEvents(snapshot) as never[],
        serializeState: (snapshot: AnyMachineSnapshot) => stateKey(snapshot),
      });
      const theirs = new Map(reference.map((p) => [stateKey(p.state as AnyMachineSnapshot), p.steps.length - 1]));
      expect([...ours.entries()].sort(), JSON.stringify(given)).toEqual([...theirs.entries()].sort());
    }
  }, 120_000);
});
