/**
 * Running scenarios against every flow: parse (scenario-parse.ts) with all four machines,
 * replay, and compare with the expectation. The CLI and the tests use this module.
 */
import { FLOWS } from './flows';
import { inputsWithoutEffect, replay, stateText, type FactValue, type FlowEvent, type FlowId, type Given, type InputWithoutEffect, type OutcomeKind } from './flow';
import type { AmbiguityId, CitationId } from './rules';
import { parseScenarioWith, type Expectation, type ParseResult, type Scenario } from './scenario-parse';
import { parseScenarioTextWith } from './scenario-json';

export * from './scenario-parse';

/** Validate a scenario document (already parsed from JSON). Never throws. */
export function parseScenario(raw: unknown): ParseResult {
  return parseScenarioWith(FLOWS, raw);
}

/**
 * Parse scenario text: a byte-order mark is skipped, duplicate keys and malformed JSON are
 * reported like any other error (scenario-json.ts), so every reader of files agrees.
 */
export function parseScenarioText(text: string): ParseResult {
  return parseScenarioTextWith(FLOWS, text);
}

export interface RunStep {
  event: string | FlowEvent;
  accepted: boolean;
  rejectedBy?: CitationId;
  reason?: string;
  state: string;
}

export interface RunResult {
  flow: FlowId;
  given: Given;
  /** Inputs set here that the outcome does not rest on, each with the rule that says why. */
  inputsWithoutEffect: InputWithoutEffect[];
  steps: RunStep[];
  final: {
    state: string;
    outcome: OutcomeKind;
    facts: Record<string, FactValue>;
    rules: CitationId[];
    ambiguities: AmbiguityId[];
  };
}

export function runScenario(scenario: Scenario): RunResult {
  const flow = FLOWS[scenario.flow];
  const run = replay(flow, scenario.given, scenario.steps);
  const outcome = flow.outcome(run.final);
  return {
    flow: scenario.flow,
    given: scenario.given,
    inputsWithoutEffect: inputsWithoutEffect(flow, scenario.given),
    steps: run.steps.map((s) => {
      const event = Object.keys(s.event).length === 1 ? s.event.type : s.event;
      const state = stateText(s.snapshot.value);
      return s.rejection
        ? { event, accepted: false, rejectedBy: s.rejection.rule, reason: s.rejection.reason, state }
        : { event, accepted: true, state };
    }),
    final: { state: stateText(run.final.value), ...outcome },
  };
}

/** What differs between a run and its expectation; empty when it holds. */
export function checkExpectation(result: RunResult, expect: Expectation | undefined): string[] {
  if (!expect) return [];
  const diffs: string[] = [];
  const { final } = result;
  if (expect.outcome && expect.outcome !== final.outcome) diffs.push(`outcome: expected ${expect.outcome}, got ${final.outcome}`);
  if (expect.state && expect.state !== final.state) diffs.push(`state: expected ${expect.state}, got ${final.state}`);
  for (const id of expect.rules ?? []) {
    if (!final.rules.includes(id)) diffs.push(`rules: expected ${id} among ${final.rules.join(', ') || 'none'}`);
  }
  if (expect.ambiguities) {
    const want = [...expect.ambiguities].sort().join(', ');
    const got = [...final.ambiguities].sort().join(', ');
    if (want !== got) diffs.push(`ambiguities: expected [${want}], got [${got}]`);
  }
  for (const [key, value] of Object.entries(expect.facts ?? {})) {
    // Own facts only: `constructor` is not a fact the outcome states.
    if (!Object.hasOwn(final.facts, key)) diffs.push(`facts.${key}: expected ${JSON.stringify(value)}, but the outcome states no such fact`);
    else if (final.facts[key] !== value) diffs.push(`facts.${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(final.facts[key])}`);
  }
  for (const [n, rule] of Object.entries(expect.refusals ?? {})) {
    const step = result.steps[Number(n) - 1];
    if (!step) diffs.push(`refusals.${n}: there is no step ${n}`);
    else if (step.accepted) diffs.push(`refusals.${n}: expected refused by ${rule}, but it was accepted`);
    else if (step.rejectedBy !== rule) diffs.push(`refusals.${n}: expected refused by ${rule}, got ${step.rejectedBy}`);
  }
  return diffs;
}
