/**
 * What an outcome's facts mean, the same way in every flow:
 * - every outcome of a flow gives the same fact keys, so a scenario's `expect.facts` can assert
 *   any of them; a fact that does not arise in an outcome is `not-applicable`;
 * - `null` means not documented: a fact an open question (ambiguity) of the outcome bears on is
 *   null, and so is a fact a rule states for some clouds only, in the other clouds.
 * Flows declare which facts each ambiguity and each cloud-bound rule bears on; `settleFacts`
 * applies it, so no flow can state what the sources do not.
 */
import type { AnyStateMachine } from 'xstate';
import type { FactValue, FlowDefinition, Given, Outcome } from './flow';
import type { AmbiguityId, Cloud, RuleId } from './rules';

/** A fact that does not arise in this outcome (not the same as "not documented", which is null). */
export const NOT_APPLICABLE = 'not-applicable';

export interface FactSpec {
  /** Every fact key the flow's outcomes give under these inputs. */
  keys(given: Given): readonly string[];
  /** Facts each open question bears on: unknown whenever an outcome lists that ambiguity. */
  openFacts: Partial<Record<AmbiguityId, (key: string) => boolean>>;
  /**
   * Facts stated by one rule that holds in some clouds only: unknown in the others. The clouds
   * are copied from the catalogue (a unit test holds them equal) so the rule table stays out of
   * the simulator's bundle.
   */
  cloudBound?: Readonly<Record<string, { rule: RuleId; clouds: readonly Cloud[] }>>;
}

function cloudOf(given: Given): Cloud | null {
  return typeof given.cloud === 'string' ? (given.cloud as Cloud) : null;
}

export function settleFacts(spec: FactSpec, given: Given, outcome: Outcome): Outcome {
  const cloud = cloudOf(given);
  const facts: Record<string, FactValue> = {};
  for (const key of spec.keys(given)) {
    let value: FactValue = key in outcome.facts ? (outcome.facts[key] ?? null) : NOT_APPLICABLE;
    if (value !== NOT_APPLICABLE) {
      // Flows without a cloud input rest on global-only pages.
      const bound = spec.cloudBound?.[key];
      if (bound && !bound.clouds.includes(cloud ?? 'global')) value = null;
      if (outcome.ambiguities.some((id) => spec.openFacts[id]?.(key))) value = null;
    }
    facts[key] = value;
  }
  return { ...outcome, facts };
}

/** A predicate over fact keys: these keys, or keys starting with one of these prefixes (`dap:`). */
export function factsNamed(...names: string[]): (key: string) => boolean {
  return (key) => names.some((n) => (n.endsWith(':') ? key.startsWith(n) : key === n));
}

/** A flow whose outcomes always come with their facts settled: every caller gets the same facts. */
export function defineFlow<TMachine extends AnyStateMachine>(definition: FlowDefinition<TMachine>): FlowDefinition<TMachine> {
  const raw = definition.outcome;
  return {
    ...definition,
    outcome: (snapshot) => settleFacts(definition.facts, (snapshot as unknown as { context: { given: Given } }).context.given, raw(snapshot)),
  };
}
