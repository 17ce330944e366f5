/**
 * Exploration is breadth-first in src/domain/explore.ts for speed; @xstate/graph's
 * getShortestPaths is the reference. On a sample of every flow's input combinations both find the
 * same states, at the same shortest distances.
 */
import { getShortestPaths } from '@xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../src/domain/flows';
import { combinations, EXHAUSTIVE_LIMITS, exploreGiven } from '../../src/domain/explore';
import { FLOW_IDS, start, stateKey } from '../../src/domain/flow';

describe.each(FLOW_IDS)('%s: exploration agrees with @xstate/graph', (id) => {
  it('same states at the same shortest distances', () => {
    const flow = FLOWS[id];
    const all = combinations(flow, EXHAUSTIVE_LIMITS[id] ?? {});
    // A fixed spread of combinations: enough to meet every kind of state, cheap enough for every run.
    const sample = all.filter((_, i) => i % Math.ceil(all.length / 4) === 0);
    // The reference knows no symmetry: compare the plain search here, the symmetric one below.
    const plain = { ...flow, symmetricKey: undefined };
    for (const given of sample) {
      const ours = new Map(exploreGiven(plain, given).states.map((s) => [stateKey(s.snapshot), s.path.length]));
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

describe('symmetry', () => {
  // Multi-partner explores one of two states that differ only by swapping partners B and C: the
  // states it keeps stand for every state the plain search finds, at the same distances.
  it('multi-partner: the symmetric search reaches every state up to B ↔ C, at the same shortest distances', () => {
    const flow = FLOWS['multi-partner'];
    const keyOf = flow.symmetricKey!;
    const plain = { ...flow, symmetricKey: undefined };
    const all = combinations(flow, EXHAUSTIVE_LIMITS['multi-partner'] ?? {}).filter((g) => g.partners === 3);
    for (const given of all.filter((_, i) => i % Math.ceil(all.length / 3) === 0)) {
      const full = new Map<string, number>();
      for (const s of exploreGiven(plain, given).states) {
        const key = keyOf(s.snapshot);
        full.set(key, Math.min(full.get(key) ?? Infinity, s.path.length));
      }
      const reduced = new Map(exploreGiven(flow, given).states.map((s) => [keyOf(s.snapshot), s.path.length]));
      expect([...reduced.entries()].sort(), JSON.stringify(given)).toEqual([...full.entries()].sort());
      expect(reduced.size).toBeLessThan(exploreGiven(plain, given).states.length);
    }
  }, 120_000);
});

describe('services A does not sell', () => {
  // No rule names a service, so exploration tries one service A does not sell for all of them
  // (multi-partner candidateEvents). Trying every service reaches no other kind of outcome.
  it.each(['global', '21vianet'])('multi-partner (%s): one unsold service finds every outcome that all of them find', (cloud) => {
    const flow = FLOWS['multi-partner'];
    const services = ['m365', 'azure', 'dynamics365'];
    const everyService = { ...flow, candidateEvents: (snapshot: AnyMachineSnapshot) => services.flatMap((service) => flow.candidateEvents(snapshot, { service })) };
    const given = { cloud, partners: 2, m365: true, azure: false, dynamics365: false, asOf: '2023-03-01' };
    const signature = (s: { snapshot: AnyMachineSnapshot; outcome: { outcome: string; rules: string[]; ambiguities: string[] } }) =>
      [s.outcome.outcome, [...s.outcome.rules].sort().join(','), [...s.outcome.ambiguities].sort().join(',')].join('|');
    const reduced = new Set(exploreGiven(flow, given).states.map(signature));
    const full = new Set(exploreGiven(everyService, given).states.map(signature));
    expect([...reduced].sort()).toEqual([...full].sort());
  }, 120_000);
});
