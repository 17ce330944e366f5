/**
 * What every flow shares: the shape of a flow definition, how one step is judged, and how a
 * run is replayed. The simulator shell, the scenario runner and the tests all go through here,
 * so a step means the same thing everywhere.
 */
import { initialTransition, transition, type AnyEventObject, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import type { AmbiguityId, CitationId } from './rules';

export const FLOW_IDS = ['invitation'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

export type OutcomeKind = 'in-progress' | 'established' | 'ended' | 'blocked' | 'ambiguous';

/** A value a scenario's `given` may hold. */
export type GivenValue = string | boolean | number | null;
export type Given = Record<string, GivenValue>;

/** Why an event was refused: the rule (or ambiguity) that decided, and a reason key for the UI. */
export interface Rejection {
  rule: CitationId;
  reason: string;
}

/** A flow's machines report every refusal through this one action, so callers can read it back. */
export interface RejectParams extends Rejection {
  /** True when no later step can lift the refusal under the same inputs. */
  final?: boolean;
}

export interface FlowEvent {
  type: string;
  [payload: string]: GivenValue | undefined;
}

export type FactValue = string | boolean | number | null;

export interface Outcome {
  outcome: OutcomeKind;
  facts: Record<string, FactValue>;
  /** The rules the outcome rests on. */
  rules: CitationId[];
  ambiguities: AmbiguityId[];
}

export interface InputField {
  key: string;
  kind: 'boolean' | 'choice' | 'date';
  options?: readonly string[];
}

/** Why an input has no effect under the other inputs: the rule that says so, and a reason key. */
export type Inapplicable = Rejection | null;

export interface FlowDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
  id: FlowId;
  machine: TMachine;
  /** Every input with its default: a scenario may give any subset. */
  defaults: Given;
  fields: readonly InputField[];
  /** Every event type the flow knows, in the order the UI lists them. */
  eventTypes: readonly string[];
  /** The concrete events worth offering in a snapshot (with payloads, for flows that need them). */
  candidateEvents(snapshot: SnapshotFrom<TMachine>): FlowEvent[];
  inapplicable(field: string, given: Given): Inapplicable;
  outcome(snapshot: SnapshotFrom<TMachine>): Outcome;
}

export interface StepResult<TSnapshot> {
  event: FlowEvent;
  accepted: boolean;
  rejection: Rejection | null;
  snapshot: TSnapshot;
}

/** Judge one event without running anything: the machine's reject action carries the rule. */
export function step<TMachine extends AnyStateMachine>(
  flow: FlowDefinition<TMachine>,
  snapshot: SnapshotFrom<TMachine>,
  event: FlowEvent,
): StepResult<SnapshotFrom<TMachine>> {
  // Flows are held generically; the machine's own event type is checked by the scenario parser.
  const machine: AnyStateMachine = flow.machine;
  const [next, actions] = transition(machine, snapshot, event as AnyEventObject);
  const reject = (actions as { type: string; params?: unknown }[]).find((a) => a.type === 'reject');
  const state = next as SnapshotFrom<TMachine>;
  if (reject) {
    const { rule, reason } = reject.params as RejectParams;
    return { event, accepted: false, rejection: { rule, reason }, snapshot: state };
  }
  return { event, accepted: true, rejection: null, snapshot: state };
}

export function start<TMachine extends AnyStateMachine>(
  flow: FlowDefinition<TMachine>,
  given: Given,
): SnapshotFrom<TMachine> {
  const machine: AnyStateMachine = flow.machine;
  const [snapshot] = initialTransition(machine, { ...flow.defaults, ...given });
  return snapshot as SnapshotFrom<TMachine>;
}

export interface Run<TSnapshot> {
  initial: TSnapshot;
  steps: StepResult<TSnapshot>[];
  final: TSnapshot;
}

/** Replay a whole scenario from its inputs; a refused step leaves the state as it was. */
export function replay<TMachine extends AnyStateMachine>(
  flow: FlowDefinition<TMachine>,
  given: Given,
  events: readonly FlowEvent[],
): Run<SnapshotFrom<TMachine>> {
  const initial = start(flow, given);
  const steps: StepResult<SnapshotFrom<TMachine>>[] = [];
  let current = initial;
  for (const event of events) {
    const result = step(flow, current, event);
    steps.push(result);
    current = result.snapshot;
  }
  return { initial, steps, final: current };
}

/** The state value as one readable string: `reviewing`, or `a.b` for nested states. */
export function stateText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => `${key}.${stateText(child)}`)
      .join(',');
  }
  return String(value);
}
