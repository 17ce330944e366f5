/**
 * Exhaustive exploration: every combination of a flow's inputs, every state reachable from
 * each, with the shortest path to it (@xstate/graph). The invariant checks, the edge-case
 * explorer and the benchmark all read from here.
 */
import { getShortestPaths } from '@xstate/graph';
import type { AnyEventObject, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { effectiveGiven, start, step, stateText, type FlowDefinition, type FlowEvent, type Given, type GivenValue, type Outcome } from './flow';
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
    const effective = effectiveGiven(flow, given);
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

/** Serializes a snapshot by what makes states different: the state value and the context (inputs aside). */
export function stateKey(snapshot: AnyMachineSnapshot): string {
  const { given: _given, ...rest } = snapshot.context as Record<string, unknown>;
  return `${stateText(snapshot.value)}|${JSON.stringify(rest)}`;
}

/**
 * Events that can lead somewhere new: those that change the state value or the context (XState
 * makes a new context object only when an action assigns). Refusals and no-op steps are
 * self-loops; leaving them out spares @xstate/graph hundreds of thousands of them. The invariant
 * checks still judge every event from every state, self-loops included. The next snapshots are
 * kept, so @xstate/graph reads each step instead of running it a second time.
 */
function movingEvents(flow: FlowDefinition, snapshot: AnyMachineSnapshot, next: Map<FlowEvent, AnyMachineSnapshot>): FlowEvent[] {
  const machine: AnyStateMachine = flow.machine;
  const value = stateText(snapshot.value);
  return flow.candidateEvents(snapshot).filter((event) => {
    // Most candidates are refusals: a targetless transition whose only action is `reject`. Reading
    // the enabled transition (guards only) tells them apart without running the step.
    const enabled = machine.getTransitionData(snapshot, event as AnyEventObject);
    if (enabled.every((t) => !t.target && t.actions.every(isRejectOnly))) return false;
    const after = step(flow, snapshot, event).snapshot;
    if (after.context === snapshot.context && stateText(after.value) === value) return false;
    next.set(event, after);
    return true;
  });
}

function isRejectOnly(action: unknown): boolean {
  if (typeof action === 'string') return action === 'reject';
  return typeof action === 'object' && action !== null && (action as { type?: unknown }).type === 'reject';
}

export function exploreGiven(flow: FlowDefinition, given: Given): { states: ExploredState[]; transitions: number } {
  const machine: AnyStateMachine = flow.machine;
  let transitions = 0;
  // Steps already taken by movingEvents, per snapshot and event object; keys serialized once per snapshot.
  const steps = new WeakMap<AnyMachineSnapshot, Map<FlowEvent, AnyMachineSnapshot>>();
  const keys = new WeakMap<AnyMachineSnapshot, string>();
  const logic = {
    ...machine,
    getInitialSnapshot: machine.getInitialSnapshot.bind(machine),
    transition: (snapshot: AnyMachineSnapshot, event: FlowEvent) => steps.get(snapshot)?.get(event) ?? step(flow, snapshot, event).snapshot,
  } as unknown as AnyStateMachine;
  const paths = getShortestPaths(logic, {
    input: given,
    fromState: start(flow, given),
    events: (snapshot: AnyMachineSnapshot) => {
      transitions += flow.candidateEvents(snapshot).length;
      const next = new Map<FlowEvent, AnyMachineSnapshot>();
      steps.set(snapshot, next);
      return movingEvents(flow, snapshot, next) as never[];
    },
    serializeState: (snapshot: AnyMachineSnapshot) => {
      let key = keys.get(snapshot);
      if (key === undefined) {
        key = stateKey(snapshot);
        keys.set(snapshot, key);
      }
      return key;
    },
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
  // Combinations that differ only in facts-only inputs reach the same states: explore the first,
  // read the outcome of the others on its states (tests/unit/explore.test.ts holds the claim).
  const factsOnly = flow.fields.filter((f) => f.factsOnly).map((f) => f.key);
  const groups = new Map<string, Given[]>();
  for (const given of all) {
    const key = JSON.stringify(Object.entries(given).filter(([k]) => !factsOnly.includes(k)));
    groups.set(key, [...(groups.get(key) ?? []), given]);
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
