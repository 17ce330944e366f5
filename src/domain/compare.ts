/**
 * Compare mode: one list of steps replayed under two sets of inputs (A and B), side by side.
 * For each step: accepted or refused in each column (with the refusing rule) and the state after;
 * at the end both outcomes, and which outcome kind, facts and rules differ. A fact differs when
 * its values differ: `null` (not documented) and `'not-applicable'` are values like any other.
 * Pure: the compare page, its trace and the tests all read from here.
 */
import { effectiveGiven, replay, start, stateKey, stateText, step, type FactValue, type FlowDefinition, type FlowEvent, type Given, type Outcome, type Rejection } from './flow';
import type { CitationId } from './rules';

export const SIDES = ['a', 'b'] as const;
export type Side = (typeof SIDES)[number];

/** One step in one column. */
export interface SideStep {
  accepted: boolean;
  /** The rule that refused the step, and the reason key; null when accepted. */
  rejection: Rejection | null;
  /** The state after the step (`stateText`): the same as before when refused. */
  state: string;
}

export interface CompareStep {
  event: FlowEvent;
  a: SideStep;
  b: SideStep;
  /** Accepted in one column and refused in the other, refused by different rules, or a different state after. */
  differs: boolean;
}

/** A fact whose values differ; `undefined` when one column's outcome does not give the fact at all. */
export interface FactDifference {
  key: string;
  a: FactValue | undefined;
  b: FactValue | undefined;
}

/** A rule or ambiguity ID one outcome rests on and the other does not. */
export interface RuleDifference {
  id: CitationId;
  in: Side;
}

export interface Comparison {
  /** The starting state in each column. */
  start: { a: string; b: string };
  steps: CompareStep[];
  outcomes: { a: Outcome; b: Outcome };
  /** The outcome kinds differ (`established` against `blocked`). */
  outcomeDiffers: boolean;
  /** Every fact key either outcome gives, A's order first. */
  factKeys: string[];
  facts: FactDifference[];
  rules: RuleDifference[];
  /** Inputs whose values in force differ (after inputs without effect take the value in force). */
  inputs: string[];
}

function sideStep(accepted: boolean, rejection: Rejection | null, snapshot: unknown): SideStep {
  return { accepted, rejection, state: stateText((snapshot as { value: unknown }).value) };
}

function sameStep(a: SideStep, b: SideStep): boolean {
  return a.accepted === b.accepted && a.state === b.state && a.rejection?.rule === b.rejection?.rule && a.rejection?.reason === b.rejection?.reason;
}

/** Rules and ambiguities together, as one outcome cites them. */
export function citedIds(outcome: Outcome): CitationId[] {
  return [...outcome.rules, ...outcome.ambiguities];
}

export function compareScenarios(flow: FlowDefinition, a: Given, b: Given, events: readonly FlowEvent[]): Comparison {
  const runA = replay(flow, a, events);
  const runB = replay(flow, b, events);
  const steps = events.map((event, i): CompareStep => {
    const sa = runA.steps[i]!;
    const sb = runB.steps[i]!;
    const left = sideStep(sa.accepted, sa.rejection, sa.snapshot);
    const right = sideStep(sb.accepted, sb.rejection, sb.snapshot);
    return { event, a: left, b: right, differs: !sameStep(left, right) };
  });
  const outA = flow.outcome(runA.final);
  const outB = flow.outcome(runB.final);
  const factKeys = [...new Set([...Object.keys(outA.facts), ...Object.keys(outB.facts)])];
  const facts = factKeys.flatMap((key): FactDifference[] => {
    const va = Object.hasOwn(outA.facts, key) ? outA.facts[key] : undefined;
    const vb = Object.hasOwn(outB.facts, key) ? outB.facts[key] : undefined;
    return va === vb ? [] : [{ key, a: va, b: vb }];
  });
  const idsA = citedIds(outA);
  const idsB = citedIds(outB);
  const rules: RuleDifference[] = [
    ...idsA.filter((id) => !idsB.includes(id)).map((id): RuleDifference => ({ id, in: 'a' })),
    ...idsB.filter((id) => !idsA.includes(id)).map((id): RuleDifference => ({ id, in: 'b' })),
  ];
  const inForceA = effectiveGiven(flow, a);
  const inForceB = effectiveGiven(flow, b);
  return {
    start: { a: stateText(runA.initial.value), b: stateText(runB.initial.value) },
    steps,
    outcomes: { a: outA, b: outB },
    outcomeDiffers: outA.outcome !== outB.outcome,
    factKeys,
    facts,
    rules,
    inputs: flow.fields.map((f) => f.key).filter((key) => inForceA[key] !== inForceB[key]),
  };
}

/** How many things differ, for the summary line: the outcome kind, facts, rules and steps. */
export interface DifferenceCount {
  outcome: boolean;
  facts: number;
  rules: number;
  steps: number;
}

export function countDifferences(c: Comparison): DifferenceCount {
  return { outcome: c.outcomeDiffers, facts: c.facts.length, rules: c.rules.length, steps: c.steps.filter((s) => s.differs).length };
}

export function hasDifferences(c: Comparison): boolean {
  const n = countDifferences(c);
  return n.outcome || n.facts > 0 || n.rules > 0 || n.steps > 0;
}

/**
 * Whether an event's payload is one the inputs allow (multi-partner: partner D exists only with
 * four partners). A step shared by both columns must be valid under both inputs.
 */
export function eventFits(flow: FlowDefinition, given: Given, event: FlowEvent): boolean {
  const full: Given = { ...flow.defaults, ...given };
  return Object.entries(event).every(([key, value]) => {
    if (key === 'type') return true;
    const allowed = flow.payloadOptions?.(full, key);
    return allowed === undefined || allowed.includes(value as string);
  });
}

/** The steps valid under both inputs, in order: after an input changes, steps it rules out are dropped. */
export function sharedSteps(flow: FlowDefinition, a: Given, b: Given, events: readonly FlowEvent[]): FlowEvent[] {
  return events.filter((event) => eventFits(flow, a, event) && eventFits(flow, b, event));
}

/**
 * The defaults to compare a case with: the flow's defaults, keeping only those of the case's
 * inputs its steps need to be valid (multi-partner: three partners when a step names partner C).
 */
export function baselineFor(flow: FlowDefinition, given: Given, events: readonly FlowEvent[]): Given {
  const baseline: Given = {};
  const fitting = (g: Given) => events.filter((e) => eventFits(flow, g, e)).length;
  for (const [key, value] of Object.entries(given)) {
    if (fitting(baseline) === events.length) break;
    if (value !== flow.defaults[key] && fitting({ ...baseline, [key]: value }) > fitting(baseline)) baseline[key] = value;
  }
  return baseline;
}

/**
 * Steps to start an example comparison from: the shortest path under the given inputs to an
 * established relationship, else to the first outcome reached (breadth-first, bounded).
 */
export function examplePath(flow: FlowDefinition, given: Given, maxDepth = 8, maxStates = 5000): FlowEvent[] {
  const first = start(flow, given);
  const queue: { snapshot: typeof first; path: FlowEvent[] }[] = [{ snapshot: first, path: [] }];
  const seen = new Set([stateKey(first)]);
  let other: FlowEvent[] | null = null;
  for (let i = 0; i < queue.length && seen.size < maxStates; i++) {
    const { snapshot, path } = queue[i]!;
    const kind = flow.outcome(snapshot).outcome;
    if (kind === 'established') return path;
    if (kind !== 'in-progress') {
      other ??= path;
      continue;
    }
    if (path.length >= maxDepth) continue;
    for (const event of flow.candidateEvents(snapshot)) {
      const r = step(flow, snapshot, event);
      const key = stateKey(r.snapshot);
      if (!r.accepted || seen.has(key)) continue;
      seen.add(key);
      queue.push({ snapshot: r.snapshot, path: [...path, event] });
    }
  }
  return other ?? [];
}
