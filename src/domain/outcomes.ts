/**
 * The edge-case explorer's data: every distinct outcome a flow can reach (kind, rules,
 * ambiguities), each with the simplest way there: the shortest steps, then the fewest inputs
 * changed from their defaults.
 */
import { explore, type ExploredState } from './explore';
import { changedInputs, type FlowDefinition, type FlowEvent, type Given, type GivenValue, type OutcomeKind } from './flow';
import type { AmbiguityId, CitationId } from './rules';

export interface OutcomeRow {
  key: string;
  outcome: OutcomeKind;
  rules: CitationId[];
  ambiguities: AmbiguityId[];
  /** The inputs that differ from the defaults. */
  given: Given;
  steps: FlowEvent[];
  cloud: string | null;
}

const ORDER: OutcomeKind[] = ['established', 'access-ended', 'relationship-ended', 'blocked', 'ambiguous'];

/** What exploring a flow yields for the site: its distinct outcomes, and every open question any of its states raises. */
export interface ExploredSummary {
  rows: OutcomeRow[];
  ambiguities: AmbiguityId[];
}

export function distinctOutcomes(flow: FlowDefinition, limits: Partial<Record<string, readonly GivenValue[]>> = {}): OutcomeRow[] {
  return exploredSummary(flow, limits).rows;
}

export function exploredSummary(flow: FlowDefinition, limits: Partial<Record<string, readonly GivenValue[]>> = {}): ExploredSummary {
  const best = new Map<string, ExploredState>();
  const ambiguities = new Set<AmbiguityId>();
  const cost = (s: ExploredState) => s.path.length * 100 + Object.keys(changedInputs(flow, s.given)).length;
  for (const state of explore(flow, limits).states) {
    for (const id of state.outcome.ambiguities) ambiguities.add(id);
    if (state.outcome.outcome === 'in-progress') continue;
    const cloud = typeof state.given.cloud === 'string' ? state.given.cloud : '';
    // One row per outcome, rules and ambiguities, and per cloud, so filtering by cloud finds every case.
    const key = [state.outcome.outcome, [...state.outcome.rules].sort().join(','), [...state.outcome.ambiguities].sort().join(','), cloud].join('|');
    const current = best.get(key);
    if (!current || cost(state) < cost(current)) best.set(key, state);
  }
  const rows = [...best.entries()]
    .map(([key, s]) => ({
      key,
      outcome: s.outcome.outcome,
      rules: s.outcome.rules,
      ambiguities: s.outcome.ambiguities,
      given: changedInputs(flow, s.given),
      steps: s.path,
      cloud: typeof s.given.cloud === 'string' ? s.given.cloud : null,
    }))
    .sort((a, b) => ORDER.indexOf(a.outcome) - ORDER.indexOf(b.outcome) || (a.cloud ?? '').localeCompare(b.cloud ?? '') || a.steps.length - b.steps.length);
  return { rows, ambiguities: [...ambiguities].sort() };
}
