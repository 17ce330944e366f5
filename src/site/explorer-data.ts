/** Explorer rows per flow, computed once per build (exploring multi-partner takes seconds). */
import { FLOWS } from '../domain/flows';
import { EXHAUSTIVE_LIMITS } from '../domain/explore';
import type { FlowId } from '../domain/flow';
import { distinctOutcomes, type OutcomeRow } from '../domain/outcomes';

const cache = new Map<FlowId, OutcomeRow[]>();

export function explorerRows(flow: FlowId): OutcomeRow[] {
  let rows = cache.get(flow);
  if (!rows) {
    rows = distinctOutcomes(FLOWS[flow], EXHAUSTIVE_LIMITS[flow] ?? {});
    cache.set(flow, rows);
  }
  return rows;
}
