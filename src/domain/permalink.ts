/**
 * Permalinks: a scenario in a URL query, readable in a ticket.
 *   ?cloud=usgov&includeDap=false&steps=SEND_INVITATION,OPEN_LINK
 *   ?steps=CUSTOMER_REMOVES_DAP(scope:all-partners),PARTNER_REQUESTS_RELATIONSHIP
 * Inputs that keep their default are left out. Decoding builds a raw scenario and hands it to
 * the same parser as scenario files, so a link and a file are the same data with the same errors.
 * Decoding never throws, whatever the text.
 */
import { isTrackingParam } from './scenario-params';
import type { FlowDefinition, FlowEvent, GivenValue } from './flow';
import { MAX_STEPS, parseScenarioWith, shown, type ParseResult, type Scenario, type ScenarioError } from './scenario-parse';

/** Longer queries are refused before any parsing: no real scenario comes near it. */
export const MAX_QUERY_LENGTH = 8000;

/** Characters a query may hold as they are (RFC 3986 sub-delims and ':'), kept for readability. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%3B/g, ';').replace(/%28/g, '(').replace(/%29/g, ')');
}

function encodeStep(event: FlowEvent): string {
  const payload = Object.entries(event).filter(([k]) => k !== 'type');
  if (payload.length === 0) return event.type;
  return `${event.type}(${payload.map(([k, v]) => `${k}:${String(v)}`).join(';')})`;
}

export function encodeScenario(flow: FlowDefinition, scenario: Pick<Scenario, 'given' | 'steps'>): string {
  const parts: string[] = [];
  for (const field of flow.fields) {
    const value = scenario.given[field.key];
    if (value === undefined || value === flow.defaults[field.key]) continue;
    parts.push(`${encodePart(field.key)}=${encodePart(value === null ? '' : String(value))}`);
  }
  if (scenario.steps.length > 0) parts.push(`steps=${scenario.steps.map((s) => encodePart(encodeStep(s))).join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The simulator page for a scenario, in a locale. */
export function scenarioPath(flow: FlowDefinition, scenario: Pick<Scenario, 'given' | 'steps'>, locale: string): string {
  return `/${locale}/simulators/${flow.id}/${encodeScenario(flow, scenario)}`;
}

/** Text from a link to the value type its input takes; anything odd is passed on for the parser to name. */
function typedValue(flow: FlowDefinition, key: string, text: string): GivenValue | string {
  const field = flow.fields.find((f) => f.key === key);
  if (!field) return text;
  if (field.kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (field.kind === 'number') return /^-?\d+$/.test(text) ? Number(text) : text;
  if (field.kind === 'date') return text === '' ? null : text;
  return text;
}

/** Own properties only: `constructor(name:x)` must not find Object.name through the prototype. */
function ownEntry<T>(table: Record<string, T> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

function typedPayload(flow: FlowDefinition, type: string, key: string, text: string): unknown {
  const allowed = ownEntry(ownEntry(flow.payloads, type), key);
  if (allowed?.some((v) => typeof v === 'boolean')) return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/** Split `A,B(x:1;y:2),C` at the commas outside parentheses. */
function splitSteps(text: string): string[] | null {
  const steps: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0 || depth > 1) return null;
    if (ch === ',' && depth === 0) {
      steps.push(current);
      current = '';
    } else current += ch;
  }
  if (depth !== 0) return null;
  steps.push(current);
  return steps;
}

/**
 * Objects built from link text have no prototype, so a parameter or field named `__proto__` is
 * an ordinary key that the parser reports, not a prototype that swallows it.
 */
function bareRecord(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

function stepFromText(flow: FlowDefinition, text: string, path: string, errors: ScenarioError[]): unknown {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\((.*)\))?$/s.exec(text);
  if (!m) return { type: text };
  const [, type = '', args] = m;
  if (args === undefined) return type;
  const event = bareRecord();
  event.type = type;
  for (const pair of args.split(';')) {
    const i = pair.indexOf(':');
    const key = i < 0 ? pair : pair.slice(0, i);
    if (key === 'type') {
      // `SEND_INVITATION(type:OPEN_LINK)` would otherwise quietly become OPEN_LINK.
      const expected = Object.keys(ownEntry(flow.payloads, type) ?? {});
      errors.push({ code: 'unknownPayload', path: `${path}.type`, value: 'type', expected });
      continue;
    }
    if (Object.hasOwn(event, key)) {
      // `X(scope:a;scope:b)`: which one was meant cannot be told, so neither is taken silently.
      errors.push({ code: 'repeated', path: `${path}.${shown(key)}`, value: shown(key) });
      continue;
    }
    event[key] = i < 0 ? '' : typedPayload(flow, type, key, pair.slice(i + 1));
  }
  return event;
}

/**
 * Read a scenario from a page's query string. No scenario parameters gives the defaults.
 * Errors name the parameter (`given.cloud`, `steps[2].type`), as the file parser does.
 */
export function decodeScenario(flow: FlowDefinition, search: string): ParseResult {
  if (search.length > MAX_QUERY_LENGTH) {
    return { ok: false, errors: [{ code: 'badLink', path: '', value: `${search.length} characters; at most ${MAX_QUERY_LENGTH}` }] };
  }
  let params: URLSearchParams;
  try {
    // URLSearchParams decodes leniently, but a lone surrogate or bad escape must not throw later.
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { ok: false, errors: [{ code: 'badLink', path: '', value: shown(search) }] };
  }
  const given = bareRecord();
  let steps: unknown[] = [];
  const errors: ScenarioError[] = [];
  const known = new Set([...flow.fields.map((f) => f.key), 'steps']);
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!isTrackingParam(key)) {
      // `?cloud=usgov&cloud=global`: which one was meant cannot be told, so the link is refused.
      if (seen.has(key)) {
        errors.push({ code: 'repeated', path: key === 'steps' ? 'steps' : `given.${shown(key)}`, value: shown(key) });
        continue;
      }
      seen.add(key);
    }
    if (key === 'steps') {
      const parts = value === '' ? [] : splitSteps(value);
      if (parts === null) errors.push({ code: 'badLink', path: 'steps', value: shown(value) });
      else if (parts.length > MAX_STEPS) errors.push({ code: 'tooManySteps', path: 'steps', value: String(parts.length), expected: [String(MAX_STEPS)] });
      // Step 1 is the first, as in scenario files, runs and `expect.refusals`.
      else steps = parts.map((p, i) => stepFromText(flow, p, `steps[${i + 1}]`, errors));
    } else if (known.has(key)) {
      given[key] = typedValue(flow, key, value);
    } else if (!isTrackingParam(key)) {
      // Unknown parameters are reported as unknown inputs (typos), tracking parameters ignored.
      given[key] = value;
    }
  }
  const parsed = parseScenarioWith({ [flow.id]: flow }, { flow: flow.id, given, steps });
  if (errors.length === 0) return parsed;
  // The link's own errors first, then whatever the parser found in the rest.
  return { ok: false, errors: [...errors, ...(parsed.ok ? [] : parsed.errors)] };
}

