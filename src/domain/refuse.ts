/**
 * How machines refuse: a targetless transition whose `reject` action names the rule and a
 * reason key. `step()` reads it back from the transition; `final` refusals also record the rule
 * in context (`block`), because no later step can lift them under the same inputs.
 */
import type { RejectParams } from './flow';
import type { AmbiguityId, CitationId } from './rules';

export function refuse(rule: CitationId, reason: string, final = false) {
  const params: RejectParams = { rule, reason, final };
  return {
    actions: final
      ? [{ type: 'reject' as const, params }, { type: 'block' as const, params }]
      : [{ type: 'reject' as const, params }],
  };
}

/** The same refusal for several event types, e.g. everything once a flow has ended. */
export function refuseAll<T extends string>(types: readonly T[], rule: CitationId, reason: string) {
  return Object.fromEntries(types.map((type) => [type, refuse(rule, reason)])) as Record<T, ReturnType<typeof refuse>>;
}

/**
 * Every event refused once a flow has reached an outcome the sources do not document: the
 * refusal cites the first ambiguity the run met.
 */
export function refuseUndocumented<T extends string>(types: readonly T[], fallback: AmbiguityId) {
  const transition = {
    actions: {
      type: 'reject' as const,
      params: ({ context }: { context: { ambiguities: readonly AmbiguityId[] } }): RejectParams => ({
        rule: context.ambiguities[0] ?? fallback,
        reason: 'outcomeUndocumented',
      }),
    },
  };
  return Object.fromEntries(types.map((type) => [type, transition])) as Record<T, typeof transition>;
}
