/**
 * What every flow shares: the shape of a flow definition, how one step is judged, and how a
 * run is replayed. The simulator shell, the scenario runner and the tests all go through here,
 * so a step means the same thing everywhere.
 */
import { createEmptyActor, initialTransition, type ActorScope, type AnyEventObject, type AnyMachineSnapshot, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import type { AmbiguityId, CitationId } from './rules';
import type { FactSpec } from './facts';

export const FLOW_IDS = ['gdap', 'invitation', 'dap-revocation', 'multi-partner', 'indirect-reseller'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

/**
 * What a run came to. Two kinds of ending, because support needs to know which tie ended:
 * `access-ended` (the partner's admin access ended; the commercial relationship continues) and
 * `relationship-ended` (the relationship or partnership the flow is about ended, or never began).
 */
export const OUTCOME_KINDS = ['in-progress', 'established', 'access-ended', 'relationship-ended', 'blocked', 'ambiguous'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

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
  kind: 'boolean' | 'choice' | 'date' | 'number';
  options?: readonly string[];
  min?: number;
  max?: number;
  /**
   * The values exhaustive exploration tries, where the field's own range is too wide to try all
   * (a duration of 1–730 days) or a date stands for an era of rules.
   */
  samples?: readonly GivenValue[];
  /**
   * No guard or action reads this input: it changes the outcome's facts, never which states are
   * reachable. Exploration then explores one value and reads the outcome under the others.
   */
  factsOnly?: boolean;
}

/** For events that carry data: each payload field and the values it may take. */
export type PayloadSpec = Record<string, Record<string, readonly (string | number | boolean)[]>>;

/** Why an input has no effect under the other inputs: the rule that says so, and a reason key. */
export type Inapplicable = Rejection | null;

/**
 * Where a flow's starting point no longer exists under the rules in force (a partner holding DAP
 * in today's global cloud): the rule that says so, a reason key, the last date it held, and
 * whether the GDAP simulator is where the reader should go instead.
 */
export interface Premise extends Rejection {
  lastDate?: string;
  gdap?: boolean;
}

export interface FlowDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
  id: FlowId;
  machine: TMachine;
  /** Every input with its default: a scenario may give any subset. */
  defaults: Given;
  fields: readonly InputField[];
  /** Every event type the flow knows, in the order the UI lists them. */
  eventTypes: readonly string[];
  /** Payload fields of the events that have them; other events take none. */
  payloads?: PayloadSpec;
  /** Narrower payload values under given inputs (e.g. only the partners in the scenario). */
  payloadOptions?: (given: Given, field: string) => readonly string[] | undefined;
  /**
   * Payload fields the reader picks once (e.g. which partner acts, on which service) rather than
   * one button per combination; the UI shows them as selectors.
   */
  focus?: readonly { key: string; options: (given: Given) => readonly string[]; initial: (given: Given) => string }[];
  /**
   * The concrete events worth offering in a snapshot. With `focus`, only those for the picked
   * values; without it (exploration, tests), every combination.
   */
  candidateEvents(snapshot: SnapshotFrom<TMachine>, focus?: Record<string, string>): FlowEvent[];
  inapplicable(field: string, given: Given): Inapplicable;
  /** The value that applies when an input is inapplicable (e.g. the DAP box after 2023-10-10); else its default. */
  inForce?(field: string, given: Given): GivenValue | undefined;
  premise?(given: Given): Premise | null;
  /**
   * For exhaustive exploration: the one case that stands for all cases equal to this one up to a
   * symmetry of the rules (e.g. which services A sold, when no rule names a service).
   */
  canonicalGiven?(given: Given): Given;
  /**
   * For exhaustive exploration: a key equal for states alike up to such a symmetry (partners B
   * and C swapped), so only one of them is explored. Without it, `stateKey` in explore.ts.
   */
  symmetricKey?(snapshot: SnapshotFrom<TMachine>): string;
  /** Which facts outcomes give, and which of them open questions and cloud-bound rules leave unknown. */
  facts: FactSpec;
  /**
   * What each state's own words (its description in the UI) assert, as facts: in every reachable
   * state the outcome agrees with them (an exhaustive check). Keyed by `stateText`.
   */
  stateFacts?: Readonly<Record<string, Readonly<Record<string, FactValue>>>>;
  /** The outcome with its facts settled (see `defineFlow` in facts.ts). */
  outcome(snapshot: SnapshotFrom<TMachine>): Outcome;
}

export interface StepResult<TSnapshot> {
  event: FlowEvent;
  accepted: boolean;
  rejection: Rejection | null;
  snapshot: TSnapshot;
}

interface Scope {
  scope: ActorScope<AnyMachineSnapshot, AnyEventObject>;
  actions: { type: string; params?: unknown }[];
}
const scopes = new WeakMap<AnyStateMachine, Scope>();

/**
 * What xstate's `transition()` does, with one inert actor scope per machine instead of a new
 * actor per call: the same pure computation, six times faster, which exhaustive exploration needs.
 */
function scopeFor(machine: AnyStateMachine): Scope {
  let entry = scopes.get(machine);
  if (!entry) {
    const self = createEmptyActor();
    const actions: Scope['actions'] = [];
    const scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      system: self.system,
      stopChild: () => {},
      emit: () => {},
      actionExecutor: (action: { type: string; params?: unknown }) => {
        actions.push(action);
      },
    } as unknown as ActorScope<AnyMachineSnapshot, AnyEventObject>;
    entry = { scope, actions };
    scopes.set(machine, entry);
  }
  return entry;
}

/** Judge one event without running anything: the machine's reject action carries the rule. */
export function step<TMachine extends AnyStateMachine>(
  flow: FlowDefinition<TMachine>,
  snapshot: SnapshotFrom<TMachine>,
  event: FlowEvent,
): StepResult<SnapshotFrom<TMachine>> {
  // Flows are held generically; the machine's own event type is checked by the scenario parser.
  const machine: AnyStateMachine = flow.machine;
  const { scope, actions } = scopeFor(machine);
  actions.length = 0;
  const next = machine.transition(snapshot as AnyMachineSnapshot, event as AnyEventObject, scope) as SnapshotFrom<TMachine>;
  const reject = actions.find((a) => a.type === 'reject');
  if (reject) {
    const { rule, reason } = reject.params as RejectParams;
    return { event, accepted: false, rejection: { rule, reason }, snapshot: next };
  }
  return { event, accepted: true, rejection: null, snapshot: next };
}

/**
 * The inputs the machine runs on: an input that has no effect under the others takes the value
 * in force (or its default), so the same case never runs two ways.
 */
export function effectiveGiven(flow: FlowDefinition, given: Given): Given {
  const full: Given = { ...flow.defaults, ...given };
  for (const field of flow.fields) {
    if (flow.inapplicable(field.key, full)) full[field.key] = flow.inForce?.(field.key, full) ?? flow.defaults[field.key] ?? null;
  }
  return full;
}

/** The inputs that differ from the flow's defaults: what a reader (or a link) actually set. */
export function changedInputs(flow: FlowDefinition, given: Given): Given {
  return Object.fromEntries(Object.entries(given).filter(([key, value]) => value !== flow.defaults[key]));
}

/** An input the reader set that has no effect under the other inputs, and the rule that says why. */
export interface InputWithoutEffect extends Rejection {
  input: string;
}

/**
 * The inputs a scenario sets that the outcome does not rest on: outside the clouds a rule is
 * stated for (the sources do not cover them there), or overtaken by the date. The outcome says so,
 * rather than dropping them silently.
 */
export function inputsWithoutEffect(flow: FlowDefinition, given: Given): InputWithoutEffect[] {
  const full: Given = { ...flow.defaults, ...given };
  const effective = effectiveGiven(flow, given);
  return flow.fields.flatMap((field) => {
    const why = flow.inapplicable(field.key, full);
    if (!why || !Object.hasOwn(given, field.key) || given[field.key] === effective[field.key]) return [];
    return [{ input: field.key, rule: why.rule, reason: why.reason }];
  });
}

export function start<TMachine extends AnyStateMachine>(
  flow: FlowDefinition<TMachine>,
  given: Given,
): SnapshotFrom<TMachine> {
  const machine: AnyStateMachine = flow.machine;
  const [snapshot] = initialTransition(machine, effectiveGiven(flow as unknown as FlowDefinition, given));
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

/** Serializes a snapshot by what makes states different: the state value and the context (inputs aside). */
export function stateKey(snapshot: AnyMachineSnapshot): string {
  const { given: _given, ...rest } = snapshot.context as Record<string, unknown>;
  return `${stateText(snapshot.value)}|${JSON.stringify(rest)}`;
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

export function isFlowId(value: string): value is FlowId {
  return (FLOW_IDS as readonly string[]).includes(value);
}

/** A stable text key for an event with its payload: `PARTNER_ACTION:B:receiveBill:m365`. */
export function eventKey(event: FlowEvent): string {
  const values = Object.entries(event)
    .filter(([k]) => k !== 'type')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, v]) => String(v));
  return [event.type, ...values].join(':');
}
