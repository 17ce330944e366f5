/**
 * Exhaustive exploration: every combination of a flow's inputs, every state reachable from
 * each, with the shortest path to it (@xstate/graph). The invariant checks, the edge-case
 * explorer and the benchmark all read from here.
 */
import { getShortestPaths } from '@xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { start, step, stateText, type FlowDefinition, type FlowEvent, type Given, type GivenValue, type Outcome } from './flow';
import { CLOUDS } from './rules';

export interface ExploredState {
  given: Given;
  snapshot: AnyMachineSnapshot;
  /** The shortest sequence of events from the initial state, refused steps included. */
  path: FlowEvent[];
  outcome: Outcome;
}

export interface Exploration {
  combinations: number;
  states: ExploredState[];
  transitions: number;
}

/** Values each input takes in exhaustive runs (dates: one per era, and none). */
export function inputValues(flow: FlowDefinition, key: string): readonly GivenValue[] {
  const field = flow.fields.find((f) => f.key === key);
  if (!field) return [flow.defaults[key] ?? null];
  switch (field.kind) {
    case 'boolean':
      return [true, false];
    case 'choice':
      return field.options ?? CLOUDS;
    case 'number': {
      const values: number[] = [];
      for (let n = field.min ?? 0; n <= (field.max ?? 0); n++) values.push(n);
      return values;
    }
    case 'date':
      return [null, '2023-01-15', '2023-10-01', '2024-06-01'];
  }
}

/** Every combination of the inputs, optionally narrowed (e.g. multi-partner up to 3 partners). */
export function combinations(flow: FlowDefinition, limits: Partial<Record<string, readonly GivenValue[]>> = {}): Given[] {
  let result: Given[] = [{}];
  for (const field of flow.fields) {
    const values = limits[field.key] ?? inputValues(flow, field.key);
    result = result.flatMap((given) => values.map((value) => ({ ...given, [field.key]: value })));
  }
  return result.map((given) => ({ ...flow.defaults, ...given }));
}

/** Serializes a snapshot by what makes states different: the state value and the context (inputs aside). */
export function stateKey(snapshot: AnyMachineSnapshot): string {
  const { given: _given, ...rest } = snapshot.context as Record<string, unknown>;
  return `${stateText(snapshot.value)}|${JSON.stringify(rest)}`;
}

/**
 * Events that can lead somewhere new: those that change the state value or the context (XState
 * makes a new context object only when an action assigns). Refusals and no-op steps are
 * self-loops; leaving them out spares @xstate/graph hundreds of thousands of them. The invariant
 * checks still judge every event from every state, self-loops included.
 */
function movingEvents(flow: FlowDefinition, snapshot: AnyMachineSnapshot): FlowEvent[] {
  const value = stateText(snapshot.value);
  return flow.candidateEvents(snapshot).filter((event) => {
    const next = step(flow, snapshot, event).snapshot;
    return next.context !== snapshot.context || stateText(next.value) !== value;
  });
}

export function exploreGiven(flow: FlowDefinition, given: Given): { states: ExploredState[]; transitions: number } {
  const machine: AnyStateMachine = flow.machine;
  let transitions = 0;
  const paths = getShortestPaths(machine, {
    input: given,
    fromState: start(flow, given),
    events: (snapshot: AnyMachineSnapshot) => {
      transitions += flow.candidateEvents(snapshot).length;
      return movingEvents(flow, snapshot) as never[];
    },
    serializeState: (snapshot: AnyMachineSnapshot) => stateKey(snapshot),
  });
  const states = paths.map((p) => ({
    given,
    snapshot: p.state as AnyMachineSnapshot,
    path: p.steps.slice(1).map((s) => s.event as FlowEvent),
    outcome: flow.outcome(p.state),
  }));
  return { states, transitions };
}

export function explore(flow: FlowDefinition, limits: Partial<Record<string, readonly GivenValue[]>> = {}): Exploration {
  const all = combinations(flow, limits);
  const states: ExploredState[] = [];
  let transitions = 0;
  for (const given of all) {
    const result = exploreGiven(flow, given);
    states.push(...result.states);
    transitions += result.transitions;
  }
  return { combinations: all.length, states, transitions };
}

/** For invariant checks: every transition out of every explored state, judged like a step. */
export function* edges(flow: FlowDefinition, state: ExploredState) {
  for (const event of flow.candidateEvents(state.snapshot)) {
    yield { event, result: step(flow, state.snapshot, event) };
  }
}

/** Limits that keep exhaustive runs to what the issue asks: multi-partner up to 3 partners. */
export const EXHAUSTIVE_LIMITS: Partial<Record<string, Partial<Record<string, readonly GivenValue[]>>>> = {
  'multi-partner': { partners: [2, 3] },
};
