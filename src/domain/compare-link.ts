/**
 * Compare links: both scenarios in one query, readable in a ticket.
 *   ?steps=SEND_INVITATION,OPEN_LINK&a.cloud=global&b.cloud=21vianet
 * One shared `steps`; each column's inputs carry an `a.` or `b.` prefix; inputs that keep their
 * default are left out (as in scenario links). Decoding splits the query into one scenario query
 * per column and hands each to the scenario link decoder (permalink.ts), so a compare link has the
 * same errors as a scenario link, named by the parameter as the link spells it (`b.cloud`).
 * Decoding never throws, whatever the text.
 */
import type { FlowDefinition, FlowEvent, Given } from './flow';
import { decodeScenario, encodeScenario, MAX_QUERY_LENGTH } from './permalink';
import { isTrackingParam } from './scenario-params';
import { shown, type ScenarioError } from './scenario-parse';
import { SIDES, type Side } from './compare';

export interface CompareScenario {
  a: Given;
  b: Given;
  steps: FlowEvent[];
}

export type CompareDecodeResult = { ok: true; compare: CompareScenario } | { ok: false; errors: ScenarioError[] };

/** The query of one column's inputs without its `?`, as scenario links write it. */
function inputsQuery(flow: FlowDefinition, given: Given): string {
  return encodeScenario(flow, { given, steps: [] }).replace(/^\?/, '');
}

export function encodeCompare(flow: FlowDefinition, compare: CompareScenario): string {
  const parts: string[] = [];
  const steps = encodeScenario(flow, { given: {}, steps: compare.steps }).replace(/^\?/, '');
  if (steps) parts.push(steps);
  for (const side of SIDES) {
    const query = inputsQuery(flow, compare[side]);
    if (query) parts.push(...query.split('&').map((p) => `${side}.${p}`));
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The compare page for two scenarios, in a locale. */
export function comparePath(flow: FlowDefinition, compare: CompareScenario, locale: string): string {
  return `/${locale}/compare/${flow.id}/${encodeCompare(flow, compare)}`;
}

/** A column's error, named as the link spells it: `given.cloud` → `b.cloud`; a step's path keeps its place, with the column. */
function sidePath(side: Side, path: string): string {
  if (path.startsWith('given.')) return `${side}.${path.slice('given.'.length)}`;
  if (path === 'given') return side;
  return path === '' ? side : `${side}: ${path}`;
}

const sameError = (x: ScenarioError, y: ScenarioError) => x.code === y.code && x.path === y.path && x.value === y.value;

/**
 * Read two scenarios from a compare page's query. No parameters gives the defaults in both
 * columns. Errors name the parameter (`a.cloud`, `steps[2]`); an error both columns find in the
 * shared steps is reported once.
 */
export function decodeCompare(flow: FlowDefinition, search: string): CompareDecodeResult {
  // Two columns of inputs and one of steps: twice a scenario link's room is ample.
  if (search.length > 2 * MAX_QUERY_LENGTH) {
    return { ok: false, errors: [{ code: 'badLink', path: '', value: `${search.length} characters; at most ${2 * MAX_QUERY_LENGTH}` }] };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { ok: false, errors: [{ code: 'badLink', path: '', value: shown(search) }] };
  }
  const queries: Record<Side, URLSearchParams> = { a: new URLSearchParams(), b: new URLSearchParams() };
  const errors: ScenarioError[] = [];
  for (const [key, value] of params) {
    if (isTrackingParam(key)) continue;
    if (key === 'steps') {
      // Both columns take the same steps; a repeated `steps` is reported by each, then once.
      for (const side of SIDES) queries[side].append('steps', value);
      continue;
    }
    const side = SIDES.find((s) => key.startsWith(`${s}.`));
    const input = side ? key.slice(2) : '';
    // `steps` is shared, never a column's own; anything without a column is not an input of either.
    if (!side || input === 'steps' || input === '') errors.push({ code: 'unknownInput', path: shown(key), value: shown(key) });
    else queries[side].append(input, value);
  }
  const decoded = SIDES.map((side) => ({ side, result: decodeScenario(flow, queries[side].toString()) }));
  const [fromA, fromB] = decoded.map(({ result }) => (result.ok ? [] : result.errors)) as [ScenarioError[], ScenarioError[]];
  const shared = fromA.filter((e) => !e.path.startsWith('given') && fromB.some((f) => sameError(e, f)));
  errors.push(...shared);
  for (const { side, result } of decoded) {
    if (result.ok) continue;
    for (const e of result.errors) if (!shared.some((s) => sameError(s, e))) errors.push({ ...e, path: sidePath(side, e.path) });
  }
  const [a, b] = decoded;
  if (errors.length > 0 || !a?.result.ok || !b?.result.ok) return { ok: false, errors };
  return { ok: true, compare: { a: a.result.scenario.given, b: b.result.scenario.given, steps: a.result.scenario.steps } };
}
