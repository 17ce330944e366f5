/**
 * Exhaustive exploration: every combination of a flow's inputs, every state reachable from
 * each, with the shortest path to it (breadth-first, checked against @xstate/graph). The invariant checks, the edge-case
 * explorer and the benchmark all read from here.
 */
import type { AnyEventObject, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { effectiveGiven, start, stateKey, step, stateText, type FlowDefinition, type FlowEvent, type Given, type GivenValue, type Outcome } from './flow';
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
  if (field.samples) return field.samples;
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

/**
 * Every combination of the inputs, optionally narrowed (e.g. multi-partner up to 3 partners).
 * An input with no effect under the others takes its value in force, so each case appears once.
 */
export function combinations(flow: FlowDefinition, limits: Partial<Record<string, readonly GivenValue[]>> = {}): Given[] {
  let result: Given[] = [{}];
  for (const field of flow.fields) {
    const values = limits[field.key] ?? inputValues(flow, field.key);
    result = result.flatMap((given) => values.map((value) => ({ ...given, [field.key]: value })));
  }
  const seen = new Map<string, Given>();
  for (const given of result) {
    const effective = effectiveGiven(flow, flow.canonicalGiven?.(given) ?? given);
    seen.set(JSON.stringify(effective), effective);
  }
  return [...seen.values()];
}

/** A reachable state read under other values of the facts-only inputs (same state, other given). */
function rebase(flow: FlowDefinition, state: ExploredState, given: Given): ExploredState {
  const machine: AnyStateMachine = flow.machine;
  const snapshot = machine.resolveState({
    value: state.snapshot.value,
    context: { ...(state.snapshot.context as Record<string, unknown>), given },
  }) as AnyMachineSnapshot;
  return { given, snapshot, path: state.path, outcome: flow.outcome(snapshot) };
}


/**
 * The snapshot an event leads to, or null for a self-loop: a refusal or a step that changes
 * neither the state value nor the context (XState makes a new context object only when an
 * action assigns). Most candidates are refusals, a targetless transition whose only action is
 * `reject`: reading the enabled transition (guards only) tells them apart without running them.
 * The invariant checks still judge every event from every state, self-loops included.
 */
function moveTo(flow: FlowDefinition, snapshot: AnyMachineSnapshot, event: FlowEvent, value: string): AnyMachineSnapshot | null {
  const machine: AnyStateMachine = flow.machine;
  const enabled = machine.getTransitionData(snapshot, event as AnyEventObject);
  if (enabled.every((t) => !t.target && t.actions.every(isRejectOnly))) return null;
  const after = step(flow, snapshot, event).snapshot;
  return after.context === snapshot.context && stateText(after.value) === value ? null : after;
}

function isRejectOnly(action: unknown): boolean {
  if (typeof action === 'string') return action === 'reject';
  return typeof action === 'object' && action !== null && (action as { type?: unknown }).type === 'reject';
}

/**
 * Breadth-first from the initial state: each state once, by `stateKey`, with the shortest path
 * to it. This is what @xstate/graph's getShortestPaths computes for unit weights (a unit test
 * compares the two on every flow); done here in one pass, it takes a third of the time, which
 * the build, the tests and the benchmark all pay.
 */
export function exploreGiven(flow: FlowDefinition, given: Given): { states: ExploredState[]; transitions: number } {
  const initial = start(flow, given) as AnyMachineSnapshot;
  const keyOf = flow.symmetricKey ?? stateKey;
  const seen = new Set<string>([keyOf(initial)]);
  const queue: { snapshot: AnyMachineSnapshot; path: FlowEvent[] }[] = [{ snapshot: initial, path: [] }];
  let transitions = 0;
  for (let i = 0; i < queue.length; i++) {
    const { snapshot, path } = queue[i]!;
    const value = stateText(snapshot.value);
    const candidates = flow.candidateEvents(snapshot);
    transitions += candidates.length;
    for (const event of candidates) {
      const next = moveTo(flow, snapshot, event, value);
      if (!next) continue;
      const key = keyOf(next);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ snapshot: next, path: [...path, event] });
    }
  }
  const states = queue.map(({ snapshot, path }) => ({ given, snapshot, path, outcome: flow.outcome(snapshot) }));
  return { states, transitions };
}

export function explore(flow: FlowDefinition, limits: Partial<Record<string, readonly GivenValue[]>> = {}): Exploration {
  const all = combinations(flow, limits);
  // Combinations that differ only in facts-only inputs reach the same states: explore the first,
  // read the outcome of the others on its states (tests/unit/gdap.test.ts holds the claim).
  const factsOnly = flow.fields.filter((f) => f.factsOnly).map((f) => f.key);
  const groups = new Map<string, Given[]>();
  for (const given of all) {
    const key = JSON.stringify(Object.entries(given).filter(([k]) => !factsOnly.includes(k)));
    const group = groups.get(key);
    if (group) group.push(given);
    else groups.set(key, [given]);
  }
  const states: ExploredState[] = [];
  let transitions = 0;
  for (const [first, ...others] of groups.values()) {
    const result = exploreGiven(flow, first!);
    states.push(...result.states);
    transitions += result.transitions;
    for (const given of others) for (const state of result.states) states.push(rebase(flow, state, given));
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
