/**
 * Exhaustive checks: for each flow and every combination of its inputs (multi-partner up to
 * three partners and three services), every reachable state (@xstate/graph) and every step out
 * of it, against the invariants named for their rules.
 */
import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../src/domain/flows';
import { edges, explore, EXHAUSTIVE_LIMITS, type Exploration } from '../../src/domain/explore';
import { eventKey, FLOW_IDS, stateKey, stateText, step, type FlowId } from '../../src/domain/flow';
import { isCitationId } from '../../src/domain/rules';
import { NOT_APPLICABLE } from '../../src/domain/facts';
import { reachableAmbiguities } from '../../src/site/explorer-data';
import { GDAP_STATE_INVARIANTS, GDAP_STEP_INVARIANTS, STATE_INVARIANTS as BASE_STATE, STEP_INVARIANTS as BASE_STEP } from './invariants';

const STATE_INVARIANTS = [...BASE_STATE, ...GDAP_STATE_INVARIANTS];
const STEP_INVARIANTS = [...BASE_STEP, ...GDAP_STEP_INVARIANTS];

const explored = new Map<FlowId, Exploration>();
function exploration(id: FlowId): Exploration {
  let result = explored.get(id);
  if (!result) {
    result = explore(FLOWS[id], EXHAUSTIVE_LIMITS[id] ?? {});
    explored.set(id, result);
  }
  return result;
}

describe.each(FLOW_IDS)('%s: every reachable state', (id) => {
  const flow = FLOWS[id];

  it('explores every input combination to a finite set of states', () => {
    const { combinations, states } = exploration(id);
    expect(combinations).toBeGreaterThan(1);
    expect(states.length).toBeGreaterThan(combinations);
  }, 600_000);

  // The simulator carries the texts of these open questions only (src/site/simulator-data.ts),
  // read from the build's exploration cache: it must hold every one a reachable state raises.
  it('the site knows every open question a reachable state raises', () => {
    const raised = new Set(exploration(id).states.flatMap((s) => s.outcome.ambiguities));
    expect([...reachableAmbiguities(id)].sort()).toEqual([...raised].sort());
  }, 600_000);

  for (const invariant of STATE_INVARIANTS.filter((i) => i.flows.includes(id))) {
    it(`${invariant.rule}: holds in every reachable state`, () => {
      const failures: string[] = [];
      for (const state of exploration(id).states) {
        const problem = invariant.check(state);
        if (problem) failures.push(`${problem} (given ${JSON.stringify(state.given)}, path ${state.path.map((e) => e.type).join(' → ')})`);
      }
      expect(failures.slice(0, 5)).toEqual([]);
    }, 600_000);
  }

  // Unknown stays unknown (src/domain/facts.ts): one set of fact keys; what an open question or a
  // rule of another cloud bears on is null; what does not arise is "not applicable", never null.
  it('unknown stays unknown: the same fact keys every time, open questions and other clouds unknown', () => {
    const failures: string[] = [];
    for (const state of exploration(id).states) {
      const { facts, ambiguities } = state.outcome;
      const keys = flow.facts.keys(state.given);
      const where = `(given ${JSON.stringify(state.given)}, path ${state.path.map((e) => e.type).join(' → ')})`;
      if (JSON.stringify(Object.keys(facts)) !== JSON.stringify(keys)) failures.push(`fact keys ${Object.keys(facts).join(',')} ${where}`);
      for (const key of keys) {
        const value = facts[key];
        const open = ambiguities.find((a) => flow.facts.openFacts[a]?.(key));
        if (open && value !== null && value !== NOT_APPLICABLE) failures.push(`${key} is ${String(value)} though ${open} is open ${where}`);
        const bound = flow.facts.cloudBound?.[key];
        const cloud = typeof state.given.cloud === 'string' ? state.given.cloud : 'global';
        if (bound && !(bound.clouds as readonly string[]).includes(cloud) && value !== null && value !== NOT_APPLICABLE) failures.push(`${key} is ${String(value)} in ${cloud}, though ${bound.rule} is stated for ${bound.clouds.join(', ')} only ${where}`);
      }
      if (failures.length > 5) break;
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('every state’s own words agree with the facts the outcome states', () => {
    const failures: string[] = [];
    for (const state of exploration(id).states) {
      const name = stateText(state.snapshot.value);
      for (const [key, want] of Object.entries(flow.stateFacts?.[name] ?? {})) {
        const got = state.outcome.facts[key];
        if (got !== want) failures.push(`${name} says ${key} is ${JSON.stringify(want)}, the outcome ${JSON.stringify(got)} (given ${JSON.stringify(state.given)}, path ${state.path.map((e) => e.type).join(' → ')})`);
      }
      if (failures.length > 5) break;
    }
    expect(failures).toEqual([]);
  }, 600_000);

  // Order independence: two moves that are each possible from a state, and keep it documented,
  // end with the same judgment in either order; no source gives the parties' moves an order.
  if (id === 'multi-partner') {
    it('order independence: two possible moves end the same whichever comes first', () => {
      const failures: string[] = [];
      // The judgment: refused or not (and by which rule), the outcome and its open questions; and,
      // where both orders stay documented, the very same state.
      const judge = (snapshot: Parameters<typeof flow.outcome>[0], accepted: boolean, rule: string | undefined) => {
        const o = flow.outcome(snapshot);
        const documented = stateText(snapshot.value) === 'serving';
        return JSON.stringify([accepted, rule ?? null, o.outcome, [...o.ambiguities].sort(), documented ? stateKey(snapshot) : null]);
      };
      // Two partners (A and B) hold every kind of pair; a third adds the same pairs again, relabelled.
      for (const state of exploration(id).states) {
        if (stateText(state.snapshot.value) !== 'serving' || state.given.partners !== 2) continue;
        const moves = flow
          .candidateEvents(state.snapshot)
          .map((event) => ({ event, result: step(flow, state.snapshot, event) }))
          .filter((m) => m.result.accepted && stateText(m.result.snapshot.value) === 'serving' && m.result.snapshot.context !== state.snapshot.context);
        for (let i = 0; i < moves.length; i++) {
          for (let j = i + 1; j < moves.length; j++) {
            const [a, b] = [moves[i]!, moves[j]!];
            // Two versions of one party's move (a request with or without DAP) are alternatives, not two moves.
            if (a.event.type === b.event.type && a.event.partner === b.event.partner && a.event.type !== 'PARTNER_ACTION') continue;
            const ab = step(flow, a.result.snapshot, b.event);
            const ba = step(flow, b.result.snapshot, a.event);
            const one = judge(ab.snapshot, ab.accepted, ab.rejection?.rule);
            const two = judge(ba.snapshot, ba.accepted, ba.rejection?.rule);
            if (one !== two) failures.push(`${eventKey(a.event)} then ${eventKey(b.event)}: ${one}; the other order: ${two} (given ${JSON.stringify(state.given)}, path ${state.path.map(eventKey).join(' → ')})`);
            if (failures.length > 3) break;
          }
          if (failures.length > 3) break;
        }
        if (failures.length > 3) break;
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }

  it(`every step out of every state: ${STEP_INVARIANTS.filter((i) => i.flows.includes(id)).map((i) => i.rule).join('; ')}; every citation exists`, () => {
    const invariants = STEP_INVARIANTS.filter((i) => i.flows.includes(id));
    const failures: string[] = [];
    for (const state of exploration(id).states) {
      for (const cited of [...state.outcome.rules, ...state.outcome.ambiguities]) {
        if (!isCitationId(cited)) failures.push(`outcome cites unknown rule ${cited}`);
      }
      for (const { result } of edges(flow, state)) {
        if (result.rejection && !isCitationId(result.rejection.rule)) failures.push(`refusal cites unknown rule ${result.rejection.rule}`);
        for (const invariant of invariants) {
          const problem = invariant.check(state, result);
          if (problem) failures.push(`${invariant.rule}: ${problem} (given ${JSON.stringify(state.given)}, path ${state.path.map((e) => e.type).join(' → ')})`);
        }
        if (failures.length > 5) break;
      }
      if (failures.length > 5) break;
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
